//! A `Frame` is one activation of a code object, allocated on the heap:
//! instruction pointer, value stack, local slots, cells, the block stack for
//! exception handlers and the exception currently being handled. Because
//! nothing of a frame lives on the Rust stack, a generator can keep its
//! frame between resumptions. The header and the slots share one block
//! (`frame_box.rs`).
//!
//! The blocks live in slots too, after the value stack's room: the compiler
//! counts how many can be active at once (`CodeObject::max_blocks`), and
//! each takes two slots, an `Int` packing its kind, handler and level, and
//! the exception a handler block handles (None for a `Setup` block). An
//! unused pair holds two `Unbound`s; the used ones come first. So entering
//! a `try` allocates nothing, and a coroutine suspended inside one keeps
//! its block in its own frame block.

use super::frame_box::{FrameBox, Slots, room_for};
use crate::bytecode::CodeObject;
use crate::object::{CellObj, PyDict, Value};
use std::rc::Rc;
use thin_vec::ThinVec;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `try`/`with` protection: on an exception, jump to `handler`.
    Setup,
    /// Inside an exception handler for `exc`.
    Handler,
}

#[derive(Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Value-stack depth to restore.
    pub level: u32,
    /// The exception a `Handler` block handles (None for `Setup`): the
    /// innermost one is the frame's `sys.exc_info()`, and leaving the
    /// handler (popping the block) restores the one outside it.
    pub exc: Option<Value>,
}

/// How a frame running inline on top of another in the same run loop (a
/// generator's, on top of its consumer's, or an `__init__`'s) hands its
/// results back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resume {
    /// An ordinary call (or a frame run on its own).
    None,
    /// Resumed by `ForIter`: a yielded value is the next item; on return the
    /// loop exits to this target.
    ForIter(u32),
    /// Resumed by `send()`/`next()`: a yielded value is the call's result; a
    /// return raises StopIteration in the caller.
    Send,
    /// Resumed by a delegating `yield from`: a yielded value is yielded on by
    /// the delegating frame; a return becomes the `yield from` result and the
    /// delegating frame continues at this target.
    YieldFrom(u32),
    /// `__init__` of an instance being made by a call from the run loop: it
    /// must return None, which is dropped; the instance already waits on
    /// the caller's stack as the call's result.
    Init,
}

/// A frame's header; its slots follow it in the same block (see
/// `frame_box.rs`), so a `Frame` only ever lives inside a `FrameBox`.
#[repr(C)]
pub struct Frame {
    pub code: Rc<CodeObject>,
    pub ip: u32,
    resume: PackedResume,
    pub globals: Rc<PyDict>,
    /// The generator this frame belongs to, while it runs inline.
    pub generator: Option<Rc<crate::vm::generator::Generator>>,
    /// What few frames have: blocks, cells, a namespace dict.
    extras: Option<Box<Extras>>,
    /// The local slots (`code.varnames`, `Value::Unbound` while unset)
    /// followed by the value stack. Stack depths (block levels, call
    /// positions) count from the start, locals included. Must stay last.
    pub stack: Slots,
}

/// The parts of a frame that most calls never use, kept out of the header
/// so that it is 48 bytes (with five slots, a 128-byte block).
#[derive(Default)]
struct Extras {
    /// The frame's cells: its own cell variables, then the closure's.
    cells: ThinVec<Rc<CellObj>>,
    /// The namespace dict of a module or class body.
    names: Option<Rc<PyDict>>,
}

/// `Resume` in one 32-bit word (the kind in the top three bits, a jump
/// target below), which keeps the header small: a suspended generator is
/// mostly its frame.
#[derive(Clone, Copy, PartialEq, Eq)]
struct PackedResume(u32);

impl PackedResume {
    const SHIFT: u32 = 29;
    const TARGET: u32 = (1 << Self::SHIFT) - 1;
    const INIT: PackedResume = PackedResume(4 << Self::SHIFT);

    fn pack(r: Resume) -> PackedResume {
        PackedResume(match r {
            Resume::None => 0,
            Resume::ForIter(t) => 1 << Self::SHIFT | (t & Self::TARGET),
            Resume::Send => 2 << Self::SHIFT,
            Resume::YieldFrom(t) => 3 << Self::SHIFT | (t & Self::TARGET),
            Resume::Init => Self::INIT.0,
        })
    }

    fn get(self) -> Resume {
        let t = self.0 & Self::TARGET;
        match self.0 >> Self::SHIFT {
            0 => Resume::None,
            1 => Resume::ForIter(t),
            2 => Resume::Send,
            3 => Resume::YieldFrom(t),
            _ => Resume::Init,
        }
    }
}

impl Frame {
    /// A frame for `code` with its locals unset.
    pub fn allocate(code: Rc<CodeObject>, globals: Rc<PyDict>, names: Option<Rc<PyDict>>) -> FrameBox {
        let nlocals = code.varnames.len();
        let mut f = Frame::with_room(code, globals, 0);
        f.stack.resize_unbound(nlocals);
        if names.is_some() {
            f.set_names(names);
        }
        f
    }

    /// A frame for `code` with no slots in use yet and room for `need`.
    pub fn with_room(code: Rc<CodeObject>, globals: Rc<PyDict>, need: usize) -> FrameBox {
        let need = need.max(code.frame_room);
        let mut f =
            FrameBox::new(Frame { code, ip: 0, resume: PackedResume(0), globals, generator: None, extras: None, stack: Slots::new(room_for(need)) });
        f.init_blocks();
        f
    }

    /// Empties a finished frame for the frame pool, keeping its code and
    /// globals (a recursive call reuses them) and its block's room.
    /// Each field is written only when set: returns are the hot path.
    #[inline(always)]
    pub fn clear_for_pool(&mut self) {
        while let Some(v) = self.stack.pop() {
            v.discard();
        }
        self.clear_blocks();
        if let Some(e) = &mut self.extras {
            if !e.cells.is_empty() {
                e.cells = ThinVec::new();
            }
            e.names = None;
        }
        if self.generator.is_some() {
            self.generator = None;
        }
        self.resume = PackedResume(0);
    }

    /// A frame with no slots at all (a placeholder; see `dummy_frame`).
    pub fn empty(code: Rc<CodeObject>, globals: Rc<PyDict>) -> FrameBox {
        FrameBox::new(Frame { code, ip: 0, resume: PackedResume(0), globals, generator: None, extras: None, stack: Slots::new(0) })
    }

    fn extras_mut(&mut self) -> &mut Extras {
        self.extras.get_or_insert_with(Default::default)
    }

    /// The namespace dict of a module or class body.
    #[inline]
    pub fn names(&self) -> Option<&Rc<PyDict>> {
        self.extras.as_ref().and_then(|e| e.names.as_ref())
    }

    pub fn set_names(&mut self, names: Option<Rc<PyDict>>) {
        if names.is_some() || self.extras.is_some() {
            self.extras_mut().names = names;
        }
    }

    /// The frame's cells (its cell variables, then its free variables).
    #[inline]
    pub fn cells(&self) -> &[Rc<CellObj>] {
        match &self.extras {
            Some(e) => &e.cells,
            None => &[],
        }
    }

    pub fn set_cells(&mut self, cells: ThinVec<Rc<CellObj>>) {
        if !cells.is_empty() || self.extras.is_some() {
            self.extras_mut().cells = cells;
        }
    }

    /// Moves the cells out (the collector breaking a cycle).
    pub fn take_cells(&mut self) -> ThinVec<Rc<CellObj>> {
        self.extras.as_mut().map(|e| std::mem::take(&mut e.cells)).unwrap_or_default()
    }

    /// The first block slot and how many blocks fit, when this frame's
    /// slots have room for its code's blocks (a placeholder frame has none).
    #[inline]
    fn block_region(&mut self) -> Option<(*mut Value, usize)> {
        let n = self.block_room();
        // SAFETY: `block_base < capacity()` when there is room for blocks
        (n > 0).then(|| (unsafe { self.stack.slot_ptr(self.code.block_base) }, n))
    }

    /// How many blocks this frame's slots hold room for: its code's count,
    /// or none in a placeholder frame without the slots.
    #[inline]
    fn block_room(&self) -> usize {
        if self.stack.capacity() >= self.code.frame_room { self.code.max_blocks } else { 0 }
    }

    /// Makes every block slot `Unbound` without dropping what was there:
    /// for a new frame (or a pooled one given new code), whose block slots
    /// hold nothing yet.
    #[inline]
    pub fn init_blocks(&mut self) {
        if let Some((p, n)) = self.block_region() {
            for k in 0..2 * n {
                // SAFETY: slot `k` of the region is within the frame's block
                unsafe { p.add(k).write(Value::Unbound) };
            }
        }
    }

    /// Drops every block (a frame going back to the pool, or dropped).
    #[inline]
    pub fn clear_blocks(&mut self) {
        if self.code.max_blocks > 0 {
            self.clear_block_slots();
        }
    }

    #[inline(never)]
    fn clear_block_slots(&mut self) {
        if let Some((p, n)) = self.block_region() {
            // SAFETY: the region's slots hold values; the used pairs come
            // first, so an unused first pair means no block (the usual case:
            // a frame returns with its blocks popped)
            if unsafe { matches!(*p, Value::Unbound) } {
                return;
            }
            for k in 0..2 * n {
                // SAFETY: the region's slots hold values (module comment)
                drop(unsafe { std::mem::replace(&mut *p.add(k), Value::Unbound) });
            }
        }
    }

    /// The active `try`/`with`/handler blocks, outermost first (no
    /// allocation: `exc_info` reads them on every raise inside a handler).
    pub fn blocks(&self) -> impl DoubleEndedIterator<Item = Block> + '_ {
        let (base, region) = (self.code.block_base, self.block_room());
        let p = self.stack.as_ptr();
        // SAFETY (both closures): the region's slots hold values (module
        // comment), and `k < region` keeps them within it
        let meta = move |k: usize| unsafe { &*p.add(base + 2 * k) };
        let used = (0..region).take_while(|&k| matches!(meta(k), Value::Int(_))).count();
        (0..used).map(move |k| {
            let exc = unsafe { &*p.add(base + 2 * k + 1) };
            match meta(k) {
                Value::Int(packed) => unpack_block(*packed, exc.clone()),
                _ => unreachable_block(),
            }
        })
    }

    #[inline]
    pub fn pop_block(&mut self) -> Option<Block> {
        let (p, last) = self.last_block()?;
        // SAFETY: as above; the pair is left empty
        let (meta, exc) =
            unsafe { (std::mem::replace(&mut *p.add(2 * last), Value::Unbound), std::mem::replace(&mut *p.add(2 * last + 1), Value::Unbound)) };
        match meta {
            Value::Int(packed) => Some(unpack_block(packed, exc)),
            _ => None,
        }
    }

    /// The block slots and the index of the innermost block.
    #[inline]
    fn last_block(&mut self) -> Option<(*mut Value, usize)> {
        let (p, n) = self.block_region()?;
        // SAFETY: the region's slots hold values (module comment)
        let last = (0..n).rev().find(|&k| unsafe { matches!(*p.add(2 * k), Value::Int(_)) })?;
        Some((p, last))
    }

    /// `pop_block` for `PopBlock`/`PopExcept`, which only leave the block.
    #[inline]
    pub fn drop_block(&mut self) {
        if let Some((p, last)) = self.last_block() {
            // SAFETY: the pair holds an `Int` (no drop needed) and a value;
            // both become `Unbound`, the pair unused
            unsafe {
                p.add(2 * last).write(Value::Unbound);
                let exc = std::mem::replace(&mut *p.add(2 * last + 1), Value::Unbound);
                exc.discard();
            }
        }
    }

    /// Lets go of an empty `Extras` a pooled frame kept (a generator's
    /// frame is kept long).
    pub fn shed_empty_extras(&mut self) {
        if self.extras.as_ref().is_some_and(|e| e.cells.is_empty() && e.names.is_none()) {
            self.extras = None;
        }
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        debug_assert!(self.stack.len() < self.code.varnames.len() + self.code.max_stack, "stack deeper than computed for {}", self.code.qualname);
        self.stack.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        // not `unwrap_or(Value::None)`: that drops the unused default out of line
        match self.stack.pop() {
            Some(v) => v,
            None => Value::None,
        }
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// Moves the values from `start` to the top onto the end of `dst` (the
    /// arguments of a call becoming the callee's first locals), in order.
    #[inline(always)]
    pub fn move_top_into(&mut self, start: usize, dst: &mut Slots) {
        let start = start.min(self.stack.len());
        let n = self.stack.len() - start;
        if dst.len() + n > dst.capacity() {
            // (never for a frame sized for its code: a call's positional
            // arguments are at most its parameters)
            for v in self.stack.split_off(start) {
                dst.push(v);
            }
            return;
        }
        // SAFETY: `start + n == self.stack.len()` and `dst` has room for `n`
        // more; the values are moved bit for bit, after which the source
        // slots are forgotten (len shortened) and the destination ones
        // adopted (len extended), so each value is owned exactly once.
        // (value by value: a call has few arguments, and `memcpy` of a
        // variable length is an out-of-line call)
        unsafe {
            let (mut src, mut to) = (self.stack.as_ptr().add(start), dst.as_mut_ptr().add(dst.len()));
            let end = src.add(n);
            while src < end {
                crate::object::value::write_value(to, crate::object::value::read_value(src));
                src = src.add(1);
                to = to.add(1);
            }
            self.stack.set_len(start);
            dst.set_len(dst.len() + n);
        }
    }

    /// Pops `n` values, in push order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    /// `LoadFast`: pushes local slot `i` (UnboundLocalError if it is unset).
    #[inline(always)]
    pub fn load_fast(&mut self, i: usize) -> crate::object::exceptions::PyResult<()> {
        match &self.stack[i] {
            Value::Unbound => Err(crate::object::exceptions::unbound_local_var(self.code.varnames[i].as_str())),
            v => {
                let v = v.clone();
                self.stack.push(v);
                Ok(())
            }
        }
    }

    /// Local slot `i`, if it is set.
    #[inline]
    pub fn local(&self, i: usize) -> Option<&Value> {
        match self.stack.get(i) {
            None | Some(Value::Unbound) => None,
            Some(v) => Some(v),
        }
    }

    /// Sets local slot `i`, returning what it held.
    #[inline]
    pub fn set_local(&mut self, i: usize, v: Value) -> Value {
        crate::object::value::replace_value(&mut self.stack[i], v)
    }

    /// The local slots (unset ones are `Value::Unbound`).
    pub fn locals(&self) -> &[Value] {
        &self.stack[..self.code.varnames.len().min(self.stack.len())]
    }

    /// Line currently executing (for tracebacks).
    pub fn line(&self) -> u32 {
        self.code.position(self.ip.saturating_sub(1) as usize).line
    }

    /// How this frame, running inline as a generator, hands results back.
    #[inline]
    pub fn resume(&self) -> Resume {
        self.resume.get()
    }

    #[inline]
    pub fn set_resume(&mut self, r: Resume) {
        self.resume = PackedResume::pack(r);
    }

    /// Whether this frame runs an awaited call (`Vm::call_awaited`): a
    /// coroutine's frame with a `yield from` mark and no coroutine object.
    #[inline]
    pub fn is_awaited_call(&self) -> bool {
        self.generator.is_none() && matches!(self.resume.get(), Resume::YieldFrom(_))
    }

    /// Whether this frame runs `__init__` for an inline instantiation.
    #[inline]
    pub fn is_init(&self) -> bool {
        self.resume == PackedResume::INIT
    }

    /// `resume()`, leaving `Resume::None` behind.
    #[inline]
    pub fn take_resume(&mut self) -> Resume {
        std::mem::replace(&mut self.resume, PackedResume(0)).get()
    }

    /// Enters a `try`/`with`/handler block, in the first unused pair of
    /// block slots; an error (not a panic) if the compiler counted too few.
    #[inline]
    pub fn push_block(&mut self, b: Block) -> crate::object::exceptions::PyResult<()> {
        let Some((p, n)) = self.block_region() else { return Err(too_many_blocks()) };
        // SAFETY: the region's slots hold values (module comment)
        let Some(free) = (0..n).find(|&k| unsafe { matches!(*p.add(2 * k), Value::Unbound) }) else { return Err(too_many_blocks()) };
        let packed = pack_block(&b).ok_or_else(too_many_blocks)?;
        // SAFETY: an unused pair holds two `Unbound`s, which need no drop
        unsafe {
            p.add(2 * free).write(Value::Int(packed));
            p.add(2 * free + 1).write(b.exc.unwrap_or(Value::None));
        }
        Ok(())
    }

    /// The exception being handled in this frame (`sys.exc_info()`): the
    /// innermost handler's.
    pub fn exc_info(&self) -> Option<Value> {
        self.blocks().rev().find_map(|b| b.exc)
    }

    #[inline]
    pub fn op_at_ip(&self) -> Option<crate::bytecode::Op> {
        self.code.ops.get(self.ip as usize).copied()
    }
}

/// A block's kind, handler and level in one `Int` (see the module comment):
/// the kind in bit 0, the handler in the next 32 bits, the level above.
fn pack_block(b: &Block) -> Option<i64> {
    let level = i64::from(b.level);
    (level < 1 << 30).then(|| level << 33 | i64::from(b.handler) << 1 | i64::from(b.kind == BlockKind::Handler))
}

fn unpack_block(packed: i64, exc: Value) -> Block {
    let kind = if packed & 1 == 1 { BlockKind::Handler } else { BlockKind::Setup };
    let exc = (kind == BlockKind::Handler).then_some(exc);
    Block { kind, handler: (packed >> 1) as u32, level: (packed >> 33) as u32, exc }
}

/// (never: `blocks` counts the used pairs, whose first slot is an `Int`)
#[cold]
fn unreachable_block() -> Block {
    Block { kind: BlockKind::Setup, handler: 0, level: 0, exc: None }
}

#[cold]
fn too_many_blocks() -> crate::object::exceptions::PyErr {
    crate::object::exceptions::internal("more try/with blocks active than the compiler counted")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_is_small() {
        // a suspended generator is mostly its frame (see bench/README.md)
        assert_eq!(std::mem::size_of::<Frame>(), 48);
    }

    #[test]
    fn resume_packs_and_unpacks() {
        let largest = PackedResume::TARGET;
        for r in [
            Resume::None,
            Resume::ForIter(7),
            Resume::Send,
            Resume::YieldFrom(123_456),
            Resume::Init,
            Resume::ForIter(largest),
            Resume::YieldFrom(largest),
        ] {
            assert_eq!(PackedResume::pack(r).get(), r);
        }
        assert!(PackedResume::pack(Resume::Init) == PackedResume::INIT);
        assert!(PackedResume::pack(Resume::YieldFrom(largest)) != PackedResume::INIT);
    }
}
