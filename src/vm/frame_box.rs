//! How a frame is laid out in memory: one heap block holding the `Frame`
//! header and, right after it, the frame's value slots (its locals, then its
//! value stack), as CPython lays out its frames. `FrameBox` owns such a
//! block (one pointer, like a `Box`); `Slots`, the header's last field,
//! counts the slots in use and reads and writes them in place.
//!
//! One block instead of a header and a separate vector saves an allocation
//! per call that misses the frame pool and per generator, an indirection on
//! every local and stack access, and memory: a suspended generator of three
//! locals is a 128-byte block instead of an 80-byte header and an 80-byte
//! vector.
//!
//! Invariant: a `Slots` exists only as the last field of a `Frame` inside a
//! block allocated by `FrameBox` with room for `cap` values after the header.
//! `Frame` has private fields, so only this module and `frame.rs` make one,
//! and a `Frame` is never moved out of, or swapped between, its blocks.
//! (Slot pointers are computed from the header's address, which Tree
//! Borrows accepts for memory past a reference's own bytes.)

use super::frame::Frame;
use crate::object::Value;
use crate::object::value::{read_value, write_value};
use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

/// The slot count and capacity of a frame: the values live right after the
/// header that this struct ends.
#[repr(C)]
pub struct Slots {
    len: u32,
    cap: u32,
}

const HEADER: usize = std::mem::size_of::<Frame>();
const SLOT: usize = std::mem::size_of::<Value>();

const _: () = {
    assert!(std::mem::offset_of!(Frame, stack) + std::mem::size_of::<Slots>() == HEADER);
    assert!(std::mem::align_of::<Frame>() >= std::mem::align_of::<Value>());
    assert!(HEADER.is_multiple_of(std::mem::align_of::<Value>()));
};

impl Slots {
    pub(super) fn new(cap: usize) -> Slots {
        Slots { len: 0, cap: cap as u32 }
    }

    #[inline(always)]
    fn base(&self) -> *const Value {
        // SAFETY: (module invariant) the slots start where this struct, the
        // header's last field, ends
        unsafe { (self as *const Slots).add(1) as *const Value }
    }

    #[inline(always)]
    fn base_mut(&mut self) -> *mut Value {
        // SAFETY: as in `base`
        unsafe { (self as *mut Slots).add(1) as *mut Value }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.cap as usize
    }

    /// Pushes `v`. The compiler sizes every frame for the deepest stack its
    /// code can reach (`CodeObject::max_stack`), so a full frame is a bug
    /// in that computation.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        if self.len == self.cap {
            stack_overflow();
        }
        // SAFETY: slot `len` is within the block and holds no value
        unsafe { write_value(self.base_mut().add(self.len as usize), v) };
        self.len += 1;
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Option<Value> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: slot `len` held a value, now no longer counted
        Some(unsafe { read_value(self.base().add(self.len as usize)) })
    }

    /// Drops the values from `n` up.
    #[inline]
    pub fn truncate(&mut self, n: usize) {
        while self.len() > n {
            drop(self.pop());
        }
    }

    /// Sets the count of slots in use.
    ///
    /// # Safety
    /// `n <= capacity()`, the first `n` slots hold values, and any value
    /// above `n` has been moved out (or is dropped by the caller).
    #[inline(always)]
    pub unsafe fn set_len(&mut self, n: usize) {
        debug_assert!(n <= self.capacity());
        self.len = n as u32;
    }

    /// Slot `i`, in use or not (the block slots past the value stack).
    ///
    /// # Safety
    /// `i < capacity()`; what the slot holds is the caller's to know.
    #[inline(always)]
    pub unsafe fn slot_ptr(&mut self, i: usize) -> *mut Value {
        debug_assert!(i < self.capacity());
        // SAFETY: the block has room for `cap` slots
        unsafe { self.base_mut().add(i) }
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const Value {
        self.base()
    }

    #[inline(always)]
    pub fn as_mut_ptr(&mut self) -> *mut Value {
        self.base_mut()
    }

    /// Grows to `n` slots with `Value::Unbound` (a new frame's unset
    /// locals), inline: `n` is within the capacity (a frame is made with
    /// room for its code's slots), else it stops at the capacity.
    #[inline(always)]
    pub fn fill_unbound(&mut self, n: usize) {
        debug_assert!(n <= self.cap as usize);
        let n = n.min(self.cap as usize);
        while (self.len as usize) < n {
            // SAFETY: slot `len` is within the capacity and free
            unsafe { write_value(self.base_mut().add(self.len as usize), Value::Unbound) };
            self.len += 1;
        }
    }

    /// Grows to `n` slots with `Value::Unbound` (unset locals), or shrinks.
    pub fn resize_unbound(&mut self, n: usize) {
        if n < self.len() {
            self.truncate(n);
        }
        while self.len() < n {
            self.push(Value::Unbound);
        }
    }

    /// Inserts `v` at `i`, shifting the values above it up.
    pub fn insert(&mut self, i: usize, v: Value) {
        let n = self.len();
        assert!(i <= n, "insert above the stack top");
        if self.len == self.cap {
            stack_overflow();
        }
        // SAFETY: slots `i..n` hold values and slot `n` is free; they move
        // up one, then `i` is written
        unsafe {
            let p = self.base_mut().add(i);
            std::ptr::copy(p, p.add(1), n - i);
            p.write(v);
        }
        self.len += 1;
    }

    /// Moves the values from `at` up out, in order.
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        let at = at.min(self.len());
        let n = self.len() - at;
        let mut out = Vec::with_capacity(n);
        // SAFETY: slots `at..len` hold values; they are moved into `out`'s
        // room and stop being counted here
        unsafe {
            std::ptr::copy_nonoverlapping(self.base().add(at), out.as_mut_ptr(), n);
            out.set_len(n);
            self.len = at as u32;
        }
        out
    }

    /// Moves the values `from..to` out, in order, closing the gap.
    pub fn take_range(&mut self, from: usize, to: usize) -> Vec<Value> {
        let mut top = self.split_off(from);
        let rest = top.split_off((to - from).min(top.len()));
        for v in rest {
            self.push(v);
        }
        top
    }
}

#[cold]
#[inline(never)]
fn stack_overflow() -> ! {
    panic!("internal error: a frame's value stack outgrew the depth its code was compiled for")
}

impl Deref for Slots {
    type Target = [Value];

    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` slots hold values
        unsafe { std::slice::from_raw_parts(self.base(), self.len as usize) }
    }
}

impl DerefMut for Slots {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        let n = self.len as usize;
        // SAFETY: as in `deref`
        unsafe { std::slice::from_raw_parts_mut(self.base_mut(), n) }
    }
}

/// The owner of a frame's block (header and slots).
pub struct FrameBox(NonNull<Frame>);

/// The allocator's size class for a request of `n` bytes: multiples of 8 up
/// to 64, then four classes per doubling (mimalloc's bins). A frame gets
/// every slot its block has room for anyway.
fn size_class(n: usize) -> usize {
    if n <= 64 {
        return (n + 7) & !7;
    }
    let log = usize::BITS - 1 - (n - 1).leading_zeros();
    let step = 1usize << (log - 2);
    (n + step - 1) & !(step - 1)
}

/// How many slots a block made for `need` slots has.
pub(super) fn room_for(need: usize) -> usize {
    (size_class(HEADER + need * SLOT) - HEADER) / SLOT
}

fn layout(cap: usize) -> Layout {
    match Layout::from_size_align(HEADER + cap * SLOT, std::mem::align_of::<Frame>()) {
        Ok(l) => l,
        Err(_) => handle_alloc_error(Layout::new::<Frame>()),
    }
}

impl FrameBox {
    /// Moves `header` (whose `stack` is `Slots::new(cap)`, with `cap` from
    /// `room_for`) into a new block with room for its slots.
    pub(super) fn new(header: Frame) -> FrameBox {
        let cap = header.stack.capacity();
        let layout = layout(cap);
        // SAFETY: the layout is never zero-sized (it holds the header)
        let p = unsafe { alloc(layout) } as *mut Frame;
        let Some(p) = NonNull::new(p) else { handle_alloc_error(layout) };
        // SAFETY: `p` is a fresh block big enough and aligned for a Frame
        unsafe { p.as_ptr().write(header) };
        FrameBox(p)
    }

    /// The same frame in a block with room for `need` slots and no more
    /// than that size class holds (a generator keeps its frame for long).
    /// The frame has no block yet: its block slots start empty again.
    pub fn fit(self, need: usize) -> FrameBox {
        let mut fitted = self.fit_slots(need);
        fitted.init_blocks();
        fitted
    }

    fn fit_slots(self, need: usize) -> FrameBox {
        let cap = room_for(need.max(self.stack.len()));
        if cap == self.stack.capacity() {
            return self;
        }
        let keep = self.stack.len();
        self.move_to(cap, keep)
    }

    /// Makes the running frame `this` no bigger than its code needs (a
    /// frame from the pool may have been made for bigger code): an awaited
    /// call that suspends (`Vm::materialize_awaited_call`), whose frame
    /// lives on in its coroutine. Unlike `fit`, its block slots move with
    /// it (it may be inside `try` or `with`).
    pub fn shrink_running(this: &mut FrameBox) {
        let keep = this.code.frame_room.max(this.stack.len());
        let cap = room_for(keep);
        if cap >= this.stack.capacity() {
            return;
        }
        // SAFETY: the frame is read out of `this` and the moved copy
        // written back, with nothing in between that could unwind
        // (`move_to` aborts if it cannot allocate), so `this` holds exactly
        // one owner of the frame throughout
        unsafe {
            let old = std::ptr::read(this);
            std::ptr::write(this, old.move_to(cap, keep));
        }
    }

    /// The frame moved to a new block of `cap` slots, taking its first
    /// `keep` slots along (the values in use, and the block slots if `keep`
    /// reaches them).
    fn move_to(self, cap: usize, keep: usize) -> FrameBox {
        let old = std::mem::ManuallyDrop::new(self);
        let (new_layout, old_layout) = (layout(cap), layout(old.stack.capacity()));
        // SAFETY: the header and the slots kept (`keep <= cap` and the old
        // capacity, by the callers) are moved bit for bit to a fresh block,
        // then the old block is freed without dropping anything (each value
        // is owned once, by the new).
        unsafe {
            let p = alloc(new_layout) as *mut Frame;
            let Some(p) = NonNull::new(p) else { handle_alloc_error(new_layout) };
            let src = old.0.as_ptr() as *const u8;
            std::ptr::copy_nonoverlapping(src, p.as_ptr() as *mut u8, HEADER + keep * SLOT);
            (*p.as_ptr()).stack.cap = cap as u32;
            dealloc(old.0.as_ptr() as *mut u8, old_layout);
            FrameBox(p)
        }
    }
}

impl Deref for FrameBox {
    type Target = Frame;

    #[inline(always)]
    fn deref(&self) -> &Frame {
        // SAFETY: the block holds an initialized Frame for as long as `self`
        unsafe { self.0.as_ref() }
    }
}

impl DerefMut for FrameBox {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Frame {
        // SAFETY: as in `deref`; `&mut self` makes the access unique
        unsafe { self.0.as_mut() }
    }
}

impl Drop for FrameBox {
    fn drop(&mut self) {
        let p = self.0.as_ptr();
        // SAFETY: the values in use are dropped, then the header's fields,
        // then the block is freed with the layout it was allocated with
        unsafe {
            (*p).stack.truncate(0);
            (*p).clear_blocks();
            let cap = (*p).stack.capacity();
            std::ptr::drop_in_place(p);
            dealloc(p as *mut u8, layout(cap));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_follow_the_allocator() {
        assert_eq!(size_class(48), 48);
        assert_eq!(size_class(49), 56);
        assert_eq!(size_class(65), 80);
        assert_eq!(size_class(128), 128);
        assert_eq!(size_class(129), 160);
        assert_eq!(size_class(200), 224);
        assert_eq!(size_class(257), 320);
        assert_eq!(size_class(1024), 1024);
    }

    fn frame(need: usize) -> FrameBox {
        let src = "x = 1\n";
        let ast = crate::syntax::parse_file(src).expect("parses");
        let code = crate::compile::compile_module(&ast, src, "<test>", false).expect("compiles");
        Frame::with_room(code, std::rc::Rc::new(crate::object::PyDict::new()), need)
    }

    fn ints(s: &[Value]) -> Vec<i64> {
        s.iter().map(|v| if let Value::Int(i) = v { *i } else { -1 }).collect()
    }

    #[test]
    fn slots_move_values_in_order() {
        let mut f = frame(9);
        assert!(f.stack.capacity() >= 9);
        for i in 0..6 {
            f.stack.push(Value::Int(i));
        }
        f.stack.insert(2, Value::Int(10));
        assert_eq!(ints(&f.stack), [0, 1, 10, 2, 3, 4, 5]);
        assert_eq!(ints(&f.stack.take_range(1, 3)), [1, 10]);
        assert_eq!(ints(&f.stack), [0, 2, 3, 4, 5]);
        assert_eq!(ints(&f.stack.split_off(3)), [4, 5]);
        f.stack.resize_unbound(5);
        assert!(matches!(f.stack[4], Value::Unbound));
        f.stack.truncate(1);
        assert_eq!(ints(&f.stack), [0]);
        assert!(matches!(f.stack.pop(), Some(Value::Int(0))));
        assert!(f.stack.pop().is_none());
    }

    #[test]
    fn refitting_keeps_the_values() {
        let mut f = frame(40);
        for i in 0..3 {
            f.stack.push(Value::str(i.to_string()));
        }
        let f = f.fit(5);
        assert_eq!(f.stack.capacity(), 5);
        let texts: Vec<&str> = f.stack.iter().map(|v| if let Value::Str(s) = v { s.as_str() } else { "?" }).collect();
        assert_eq!(texts, ["0", "1", "2"]);
    }

    #[test]
    fn a_generator_of_three_locals_fits_128_bytes() {
        assert_eq!(HEADER, 48);
        assert_eq!(room_for(5), 5);
        assert_eq!(HEADER + room_for(5) * SLOT, 128);
        assert_eq!(room_for(6), 7);
    }
}
