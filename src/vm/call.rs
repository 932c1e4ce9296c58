//! Calls. From the run loop a Python call builds a heap frame and switches
//! to it (`call_from_stack`, `call_general`); native code calls back into
//! Python through `call_value`, the one guarded re-entry point. Argument
//! binding (`bind_args`) reproduces CPython's messages.

use super::frame::Frame;
use super::frame_box::FrameBox;
use super::{Exit, Op, Vm};
use crate::object::exceptions::*;
use crate::object::types::type_name;
use crate::object::*;
use std::rc::Rc;

pub type Kwargs = Vec<(Rc<PyStr>, Value)>;

/// `first` followed by `args`, in a new vector: `insert` would grow the
/// old one (reallocating and copying), then shift it.
fn prepend(first: Value, args: Vec<Value>) -> Vec<Value> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(first);
    all.extend(args);
    all
}

/// Moves a call's arguments, `f.stack[start..]`, into the next slots of
/// the callee's frame `new`, then makes the rest of its locals.
#[inline(always)]
fn take_arguments(f: &mut Frame, start: usize, new: &mut Frame) {
    f.move_top_into(start, &mut new.stack);
    unset_other_locals(new);
}

/// Makes the locals of `new` after those already set, unset.
#[inline(always)]
fn unset_other_locals(new: &mut Frame) {
    let nlocals = new.code.varnames.len();
    if new.stack.len() < nlocals {
        new.stack.fill_unbound(nlocals);
    }
}

/// Pops what a fast call left of its call site above `callee_at`: the
/// callee's slot (its value already taken) and, for a method call without
/// a receiver, the receiver's placeholder.
#[inline(always)]
fn pop_to(f: &mut Frame, callee_at: usize) {
    debug_assert!(f.stack[callee_at..].iter().all(|v| matches!(v, Value::None | Value::NotImplemented)));
    pop_call_site(f, callee_at);
}

/// Makes room for more parked frames (`Vm::enter_frame`'s rare path).
#[cold]
#[inline(never)]
fn grow_frames(frames: &mut Vec<FrameBox>) {
    frames.reserve(frames.len().max(16));
}

/// Pops the stack down to `callee_at` (a call site: the callee, its
/// arguments), one value at a time: a call site holds few values, and
/// `truncate` drops them out of line.
#[inline(always)]
fn pop_call_site(f: &mut Frame, callee_at: usize) {
    while f.stack.len() > callee_at {
        if let Some(v) = f.stack.pop() {
            v.discard();
        }
    }
}

impl Vm {
    /// The fast paths of a call from the run loop, tried before the general
    /// one (`call_from_stack`): a plain Python function (`try_call_plain`),
    /// `g.send(v)`/`next(g)` resuming a generator inline
    /// (`try_resume_call`), a plain class (`try_instantiate_inline`) and a
    /// native that needs no frame. The callee is at `f.stack[callee_at]`, its
    /// arguments are `f.stack[start..]`; `None`, having changed nothing,
    /// when neither applies.
    #[inline(always)]
    pub(crate) fn try_call_fast(&mut self, f: &mut FrameBox, callee_at: usize, start: usize) -> Option<PyResult<()>> {
        match &f.stack[callee_at] {
            Value::Function(_) => self.try_call_plain(f, callee_at, start),
            Value::Class(cls) if !cls.builtin && cls.kind == crate::object::class::TypeKind::Object && !self.trace => {
                self.try_instantiate_inline(f, callee_at, start)
            }
            Value::Class(cls) if crate::builtins::construct::is_native_constructor(cls) && !self.trace && !super::finalize::pending() => {
                // `str(x)`, `int(x)`, `list(it)`…: built from the stack, as
                // `instantiate` would build them
                let cls = cls.clone();
                let r = crate::builtins::construct::construct_builtin(self, &cls, &f.stack[start..], &[]);
                pop_call_site(f, callee_at);
                Some(r.map(|v| f.push(v)))
            }
            Value::Builtin(b) if matches!(b.role, BuiltinRole::GeneratorSend | BuiltinRole::Next) => self.try_resume_call(f, callee_at, start),
            Value::Builtin(b)
                if b.role == BuiltinRole::Len
                    && f.stack.len() - start == 1
                    && let Some(n) = crate::builtins::functions::native_len(&f.stack[start]) =>
            {
                pop_call_site(f, callee_at);
                f.push(Value::Int(n as i64));
                Some(Ok(()))
            }
            Value::Builtin(b)
                if b.role == BuiltinRole::ListAppend
                    && f.stack.len() - start == 2
                    && matches!(f.stack[start], Value::List(_))
                    && !self.trace
                    && !super::finalize::pending() =>
            {
                // `lst.append(x)`: the item moves from the stack to the list
                let x = f.pop();
                if let Value::List(l) = &f.stack[start] {
                    crate::object::value::push_value(&mut l.items.borrow_mut(), x);
                }
                pop_call_site(f, callee_at);
                f.push(Value::None);
                Some(Ok(()))
            }
            Value::Builtin(b)
                if matches!(b.role, BuiltinRole::Plain | BuiltinRole::Len | BuiltinRole::ListAppend)
                    && !self.trace
                    && !super::finalize::pending() =>
            {
                // natives read their arguments straight from the value stack
                let native = b.func;
                let r = native(self, &f.stack[start..], &[]);
                pop_call_site(f, callee_at);
                Some(r.map(|v| f.push(v)))
            }
            _ => None,
        }
    }

    /// `g.send(v)` or `next(g)` of a generator that can be resumed: its
    /// frame goes on top of `f` and runs inline (see `resume_inline`).
    #[inline(never)]
    fn try_resume_call(&mut self, f: &mut FrameBox, callee_at: usize, start: usize) -> Option<PyResult<()>> {
        if self.trace || super::finalize::pending() {
            return None;
        }
        let Value::Builtin(b) = &f.stack[callee_at] else { return None };
        let is_send = match (b.role, f.stack.len() - start) {
            (BuiltinRole::GeneratorSend, 2) => true,
            (BuiltinRole::Next, 1) => false,
            _ => return None,
        };
        let Value::Generator(g) = &f.stack[start] else { return None };
        if !is_send && (g.is_coroutine() || g.is_async_gen()) {
            // `next(coroutine)`: the general path raises the TypeError
            return None;
        }
        if !super::generator::resumable(g, if is_send { &f.stack[start + 1] } else { &Value::None }) {
            return None;
        }
        let sent = if is_send { f.pop() } else { Value::None };
        let Value::Generator(g) = f.pop() else { return None };
        if start == callee_at + 1 {
            // the usual call site, `[callee, g(, sent)]`: the callee's
            // reference dropped as the `Rc` it is (no drop glue call)
            if let Value::Builtin(b) = f.pop() {
                drop(b);
            }
        } else {
            let callee = crate::object::value::replace_value(&mut f.stack[callee_at], Value::None);
            pop_to(f, callee_at);
            drop(callee);
        }
        Some(self.resume_inline_owned(f, g, sent, super::frame::Resume::Send))
    }

    /// The callee at `f.stack[callee_at]` is a plain Python function (see
    /// `CodeObject::plain_argcount`) called with exactly its number of
    /// positional arguments, which are `f.stack[start..]`. Its new frame
    /// (pooled when possible) takes the arguments as its first slots and
    /// becomes `f` (a generator function's waits in its generator).
    #[inline(always)]
    fn try_call_plain(&mut self, f: &mut FrameBox, callee_at: usize, start: usize) -> Option<PyResult<()>> {
        let Value::Function(func) = &f.stack[callee_at] else { return None };
        if func.code.plain_argcount as usize != f.stack.len() - start || super::finalize::pending() {
            return None;
        }
        if func.code.flags.generator || func.code.flags.coroutine {
            if func.code.flags.coroutine
                && !func.code.flags.generator
                && let Some(t) = self.awaited_at(f, func)
            {
                self.call_awaited(f, callee_at, start, t);
            } else {
                self.call_generator_function(f, callee_at, start);
            }
            return Some(Ok(()));
        }
        if self.depth >= self.recursion_limit {
            return Some(Err(recursion_limit()));
        }
        if let Err(e) = self.check_interrupt() {
            return Some(Err(e));
        }
        let Value::Function(func) = crate::object::value::replace_value(&mut f.stack[callee_at], Value::None) else { return None };
        let mut new = self.alloc_frame(&func.code, &func.globals);
        take_arguments(f, start, &mut new);
        // `start == callee_at + 1`, or `+ 2` for a method call without a
        // receiver; the callee's slot holds the `None` left by `take`, the
        // one above it, if any, the receiver's placeholder
        pop_to(f, callee_at);
        drop(func);
        self.enter_frame(f, new);
        Some(Ok(()))
    }

    /// A call of a class whose instances are plain objects made by
    /// `object.__new__` and set up by a plain Python `__init__` (see
    /// `try_call_plain`) taking the call's positional arguments: the new
    /// instance replaces the class on the stack and `__init__` runs inline
    /// on top of the caller, its frame marked `Resume::Init` so that its
    /// return leaves the instance as the call's result (`instantiate` is the
    /// general path, which re-enters the VM).
    fn try_instantiate_inline(&mut self, f: &mut FrameBox, callee_at: usize, start: usize) -> Option<PyResult<()>> {
        let Value::Class(cls) = &f.stack[callee_at] else { return None };
        // `object.__new__` (a static method of a native): no user `__new__`
        let native_new = match cls.lookup(&self.names.new) {
            None | Some(Value::Builtin(_)) => true,
            Some(Value::StaticMethod(f)) => matches!(*f, Value::Builtin(_)),
            _ => false,
        };
        if !native_new || super::finalize::pending() {
            return None;
        }
        let Some(Value::Function(init)) = cls.lookup(&self.names.init) else { return None };
        let code = &init.code;
        if code.plain_argcount as usize != f.stack.len() - start + 1 || code.flags.generator || code.flags.coroutine {
            return None;
        }
        if self.depth >= self.recursion_limit {
            return Some(Err(recursion_limit()));
        }
        if let Err(e) = self.check_interrupt() {
            return Some(Err(e));
        }
        let instance = crate::builtins::construct::new_instance(cls, vec![]);
        let mut new = self.alloc_frame(code, &init.globals);
        new.stack.push(instance.clone());
        take_arguments(f, start, &mut new);
        // the class's slot (and a method call's placeholder) become the instance
        pop_call_site(f, callee_at);
        f.push(instance);
        new.set_resume(super::frame::Resume::Init);
        self.enter_frame(f, new);
        Some(Ok(()))
    }

    /// Whether the call of coroutine function `func` about to run in `f` is
    /// awaited at once (`await f(...)`: the call's next instructions are
    /// `emit_await`'s `GetAwaitable`, `LoadConst(None)`, `YieldFrom(t)`,
    /// `AwaitResume`) and can run as an awaited call (see `call_awaited`):
    /// its `YieldFrom` target `t`, or None.
    #[inline(always)]
    fn awaited_at(&self, f: &Frame, func: &crate::object::function::Function) -> Option<u32> {
        if self.trace || func.renamed.get() || self.depth >= self.recursion_limit {
            // (past the limit, the ordinary path raises at the `await`, as CPython does)
            return None;
        }
        let ip = f.ip as usize;
        let ops = f.code.ops.get(ip..ip + 4)?;
        match *ops {
            [Op::GetAwaitable, Op::LoadConst(k), Op::YieldFrom(t), Op::AwaitResume]
                if t as usize == ip + 4 && f.code.consts.get(k as usize).is_some_and(|c| c.is_none()) =>
            {
                Some(t)
            }
            _ => None,
        }
    }

    /// `await f(...)` of a coroutine function `f`, run as an *awaited call*:
    /// the coroutine's frame is entered at once, as a plain function's
    /// would be, with no coroutine object. Its resume mark is the
    /// `YieldFrom(t)` of the `await` (with no generator, what tells an
    /// awaited call from any other frame, `Frame::is_awaited_call`), and
    /// the caller waits at `t`, past the `await`, so an ordinary return
    /// hands back the `await`'s value. A coroutine that suspends gets its
    /// object then, on the way out (`Vm::materialize_awaited_call`), and
    /// from there on is an ordinary coroutine delegated to by the caller's
    /// `yield from`; one that raises is finished as a coroutine would be
    /// (PEP 479 included, in the unwinding). Most awaited coroutines
    /// return without suspending: each saves the object's allocation and
    /// tracking, the `GetAwaitable`/`LoadConst`/`YieldFrom` dispatches and
    /// the resumption.
    #[inline(never)]
    fn call_awaited(&mut self, f: &mut FrameBox, callee_at: usize, start: usize, t: u32) {
        let Value::Function(func) = crate::object::value::replace_value(&mut f.stack[callee_at], Value::None) else { return };
        let mut new = self.alloc_frame(&func.code, &func.globals);
        take_arguments(f, start, &mut new);
        pop_to(f, callee_at);
        drop(func);
        self.enter_awaited(f, new, t);
    }

    /// Enters the frame `new` of an awaited call whose `await` jumps to `t`.
    fn enter_awaited(&mut self, f: &mut FrameBox, mut new: FrameBox, t: u32) {
        new.set_resume(super::frame::Resume::YieldFrom(t));
        f.ip = t;
        self.enter_frame(f, new);
    }

    /// `try_call_plain` of a generator or coroutine function: the new
    /// frame, not entered, waits in the generator object that replaces the
    /// call site on the stack.
    #[inline(never)]
    fn call_generator_function(&mut self, f: &mut FrameBox, callee_at: usize, start: usize) {
        let Value::Function(func) = crate::object::value::replace_value(&mut f.stack[callee_at], Value::None) else { return };
        let mut new = self.alloc_frame(&func.code, &func.globals);
        take_arguments(f, start, &mut new);
        pop_to(f, callee_at);
        let g = self.make_generator(new, &func);
        f.push(g);
    }

    /// Calls the callee at `f.stack[callee_at]` with the `nargs` values at
    /// `f.stack[start..]`. A Python function gets a new frame that becomes
    /// `f` (the caller is parked in `self.frames`); anything else leaves its
    /// result on the stack.
    pub(crate) fn call_from_stack(&mut self, f: &mut FrameBox, callee: Value, start: usize, nargs: usize, callee_at: usize) -> PyResult<()> {
        if super::finalize::pending() {
            self.run_finalizers();
        }
        if let Value::Function(func) = &callee {
            let code = &func.code;
            if !code.flags.varargs
                && !code.flags.varkw
                && code.kwonlyargcount == 0
                && nargs <= code.argcount
                && nargs + func.defaults.len() >= code.argcount
            {
                let mut new = self.alloc_frame(code, &func.globals);
                // the arguments are the top `nargs` values of the stack
                f.move_top_into(start, &mut new.stack);
                let ndef = func.defaults.len();
                for i in nargs..code.argcount {
                    new.stack.push(func.defaults[ndef - (code.argcount - i)].clone());
                }
                unset_other_locals(&mut new);
                f.stack.truncate(callee_at);
                if !code.cellvars.is_empty() || !code.freevars.is_empty() {
                    setup_cells(&mut new, func);
                }
                if code.flags.coroutine
                    && !code.flags.generator
                    && let Some(t) = self.awaited_at(f, func)
                {
                    // `await f(...)` with defaults or cells (see `call_awaited`)
                    self.enter_awaited(f, new, t);
                    return Ok(());
                }
                if code.flags.generator || code.flags.coroutine {
                    let func = func.clone();
                    let v = self.make_generator(new, &func);
                    f.push(v);
                    return Ok(());
                }
                return self.push_frame(f, new);
            }
        }
        if let Value::Builtin(b) = &callee {
            // `g.send(v)` and `next(g)` resume the generator inline (what
            // `try_resume_call` does, here under `--trace`, or after due
            // finalizers ran: checking for those first in `try_call_fast`
            // instead cost fib 1.4 %)
            let is_send = nargs == 2 && b.role == BuiltinRole::GeneratorSend;
            let is_next = nargs == 1 && b.role == BuiltinRole::Next;
            if (is_send || is_next)
                && let Value::Generator(g) = &f.stack[start]
                && (is_send || !(g.is_coroutine() || g.is_async_gen()))
            {
                let sent = if is_send { f.stack[start + 1].clone() } else { Value::None };
                if super::generator::resumable(g, &sent) {
                    let g = g.clone();
                    f.stack.truncate(callee_at);
                    if self.trace {
                        let saved = self.trace_enter_native(f, if is_send { "send" } else { "next" }.to_string(), false);
                        let r = self.resume_inline(f, &g, sent, super::frame::Resume::Send);
                        self.trace_leave(saved);
                        return r;
                    }
                    return self.resume_inline(f, &g, sent, super::frame::Resume::Send);
                }
            }
        }
        if let Value::Builtin(b) = &callee
            && b.role != BuiltinRole::NeedsFrame
            && !self.trace
        {
            // natives read their arguments straight from the value stack
            let r = (b.func)(self, &f.stack[start..start + nargs], &[]);
            f.stack.truncate(callee_at);
            f.push(r?);
            return Ok(());
        }
        let args: Vec<Value> = f.stack.take_range(start, start + nargs);
        f.stack.truncate(callee_at);
        self.call_general(f, callee, args, vec![])
    }

    /// Calls with already collected arguments, from the run loop.
    pub(crate) fn call_general(&mut self, f: &mut FrameBox, callee: Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<()> {
        if super::finalize::pending() {
            self.run_finalizers();
        }
        match callee {
            Value::Function(func) => {
                let new = self.bind_args(&func, args, &kwargs)?;
                if func.code.flags.generator || func.code.flags.coroutine {
                    let v = self.make_generator(new, &func);
                    f.push(v);
                    return Ok(());
                }
                self.push_frame(f, new)
            }
            Value::BoundMethod(bm) => self.call_general(f, bm.func.clone(), prepend(bm.self_value.clone(), args), kwargs),
            Value::Builtin(ref b) if b.role == BuiltinRole::NeedsFrame => {
                let r = self.call_parked(f, &callee, &args, &kwargs);
                f.push(r?);
                Ok(())
            }
            Value::Builtin(_) | Value::Class(_) if self.trace => {
                let r = self.call_parked(f, &callee, &args, &kwargs);
                f.push(r?);
                Ok(())
            }
            other => {
                let v = self.call_value(&other, args, kwargs)?;
                f.push(v);
                Ok(())
            }
        }
    }

    /// Calls a native (or a class) with the calling frame parked on top of
    /// `frames`, where natives that need it (`@` names) find it. Under
    /// `--trace` every native is called this way, so that a generator it
    /// resumes can say from which line.
    fn call_parked(&mut self, f: &mut FrameBox, callee: &Value, args: &[Value], kwargs: &Kwargs) -> PyResult<Value> {
        let saved = if self.trace {
            let via = match callee {
                Value::Builtin(b) => b.name.trim_start_matches('@').to_string(),
                Value::Class(c) => c.name.to_string(),
                other => type_name(other).to_string(),
            };
            self.trace_enter_native(f, via, true)
        } else {
            None
        };
        let placeholder = super::generator::dummy_frame(&f.code, &f.globals);
        let cur = std::mem::replace(f, placeholder);
        self.frames.push(cur);
        let r = match callee {
            Value::Builtin(b) => {
                // (a green thread's `time.sleep` suspends only when called from here)
                self.green.direct_sleep = b.name == "@sleep";
                let r = (b.func)(self, args, kwargs);
                self.green.direct_sleep = false;
                r
            }
            other => self.call_value(other, args.to_vec(), kwargs.clone()),
        };
        if let Some(cur) = self.frames.pop() {
            *f = cur;
        }
        if self.trace {
            self.trace_leave(saved);
        }
        r
    }

    /// The generator, coroutine or async generator object for a call of
    /// `func` whose frame `frame` is bound but not started.
    pub(crate) fn make_generator(&mut self, frame: FrameBox, func: &Rc<Function>) -> Value {
        // a suspended frame keeps its slots: exactly as many as it can use
        // (a pooled frame's block may be larger), and no pooled frame's
        // room for blocks (it has no block yet)
        let need = frame.code.frame_room;
        let mut frame = frame.fit(need);
        frame.shed_empty_extras();
        let g = super::generator::Generator::new(frame, func);
        crate::object::gc::track_generator(&g);
        if self.trace {
            self.trace_created(&g);
        }
        Value::Generator(g)
    }

    /// Makes `new` the running frame, the caller (`f` until now) parked on
    /// `frames`: the run loop goes on in `new`, with no Rust recursion.
    #[inline(always)]
    pub(crate) fn enter_frame(&mut self, f: &mut FrameBox, new: FrameBox) {
        self.depth += 1;
        let caller = std::mem::replace(f, new);
        // `Vec::push`, without the call it is not always inlined into
        let n = self.frames.len();
        if n == self.frames.capacity() {
            grow_frames(&mut self.frames);
        }
        // SAFETY: there is room for one more frame past the `n` in use
        unsafe {
            self.frames.as_mut_ptr().add(n).write(caller);
            self.frames.set_len(n + 1);
        }
    }

    fn push_frame(&mut self, f: &mut FrameBox, new: FrameBox) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(recursion_limit());
        }
        self.check_interrupt()?;
        self.enter_frame(f, new);
        Ok(())
    }

    /// Calls any callable from native code (re-entering the VM for Python
    /// functions). Counts toward the recursion limit like a Python call.
    pub fn call_value(&mut self, callee: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        match callee {
            Value::Function(func) => {
                let frame = self.bind_args(func, args, &kwargs)?;
                if func.code.flags.generator || func.code.flags.coroutine {
                    return Ok(self.make_generator(frame, func));
                }
                match self.run_frame(frame)? {
                    Exit::Return(v) => Ok(v),
                    Exit::Yield(v, _) => Ok(v),
                }
            }
            Value::BoundMethod(bm) => self.call_value(&bm.func, prepend(bm.self_value.clone(), args), kwargs),
            Value::Builtin(b) => (b.func)(self, &args, &kwargs),
            Value::Class(cls) => self.instantiate(cls, args, kwargs),
            Value::StaticMethod(inner) => self.call_value(inner, args, kwargs),
            Value::Instance(inst) => match inst.class.lookup(&self.names.call) {
                Some(m) => self.call_value(&m, prepend(callee.clone(), args), kwargs),
                None => Err(not_callable(&type_name(callee))),
            },
            other => Err(not_callable(&type_name(other))),
        }
    }

    /// Calls a method found on the type of `obj` (a dunder), if there is one.
    pub fn call_method(&mut self, obj: &Value, name: &PyStr, args: Vec<Value>) -> PyResult<Option<Value>> {
        let cls = self.types.of(obj);
        match cls.lookup(name) {
            Some(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend(args);
                let m = match m {
                    Value::StaticMethod(inner) => return self.call_value(&inner, full[1..].to_vec(), vec![]).map(Some),
                    Value::ClassMethod(inner) => {
                        full[0] = Value::Class(cls.clone());
                        (*inner).clone()
                    }
                    m => m,
                };
                self.call_value(&m, full, vec![]).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Builds the frame for a call of `func`, binding arguments to parameters.
    pub fn bind_args(&mut self, func: &Rc<Function>, args: Vec<Value>, kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<FrameBox> {
        let code = &func.code;
        let mut frame = self.alloc_frame(code, &func.globals);
        frame.stack.resize_unbound(code.varnames.len());
        let argcount = code.argcount;
        let nkwonly = code.kwonlyargcount;
        // the name is only needed for an error message: formatted, not cloned
        let qual = QualName(func);
        let nargs = args.len();
        let mut extra = Vec::new();
        for (i, v) in args.into_iter().enumerate() {
            if i < argcount {
                frame.stack[i] = v;
            } else {
                extra.push(v);
            }
        }
        let varargs_slot = argcount + nkwonly;
        if code.flags.varargs {
            frame.stack[varargs_slot] = Value::tuple(extra);
        } else if !extra.is_empty() {
            let ndef = func.defaults.len();
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", argcount - ndef, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given_kw =
                kwargs.iter().filter(|(k, _)| code.varnames[argcount..argcount + nkwonly].iter().any(|n| n.as_str() == k.as_str())).count();
            let was = if nargs == 1 { "was" } else { "were" };
            let msg = if given_kw > 0 {
                format!(
                    "{qual}() takes {takes} but {nargs} positional argument{} (and {given_kw} keyword-only argument{}) were given",
                    if nargs == 1 { "" } else { "s" },
                    if given_kw == 1 { "" } else { "s" }
                )
            } else {
                format!("{qual}() takes {takes} but {nargs} {was} given")
            };
            return Err(type_error(msg));
        }
        let kwdict = if code.flags.varkw { Some(Rc::new(PyDict::new())) } else { None };
        let mut posonly_as_kw: Vec<String> = vec![];
        for (k, v) in kwargs {
            // names are usually the same interned string: compare pointers first
            let params = &code.varnames[..argcount + nkwonly];
            let slot = params.iter().position(|n| Rc::ptr_eq(n, k)).or_else(|| params.iter().position(|n| n.as_str() == k.as_str()));
            match slot {
                Some(s) if s >= code.posonlyargcount => {
                    if frame.local(s).is_some() {
                        return Err(type_error(format!("{qual}() got multiple values for argument '{}'", k.as_str())));
                    }
                    frame.stack[s] = v.clone();
                }
                _ => match &kwdict {
                    Some(d) => {
                        if d.get_str(k).is_some() {
                            return Err(type_error(format!("{qual}() got multiple values for keyword argument '{}'", k.as_str())));
                        }
                        d.set_str(k.clone(), v.clone())
                    }
                    None => {
                        if slot.is_some() {
                            posonly_as_kw.push(k.as_str().to_string());
                            continue;
                        }
                        return Err(type_error(format!("{qual}() got an unexpected keyword argument '{}'", k.as_str())));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            let slot = varargs_slot + code.flags.varargs as usize;
            frame.stack[slot] = Value::Dict(d);
        }
        // defaults for missing positional parameters
        let ndef = func.defaults.len();
        let mut missing = vec![];
        for i in 0..argcount {
            if frame.local(i).is_none() {
                if i + ndef >= argcount {
                    frame.stack[i] = func.defaults[i + ndef - argcount].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let mut missing_kw = vec![];
        for i in argcount..argcount + nkwonly {
            if frame.local(i).is_none() {
                let name = &code.varnames[i];
                match func.kwdefaults.iter().find(|(k, _)| k.as_str() == name.as_str()) {
                    Some((_, v)) => frame.stack[i] = v.clone(),
                    None => missing_kw.push(name.as_str().to_string()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                name_list(&missing_kw)
            )));
        }
        setup_cells(&mut frame, func);
        Ok(frame)
    }

    /// `MAKE_FUNCTION`: pops qualname, code and the optional parts.
    pub(crate) fn make_function(&mut self, f: &mut Frame, flags: u32) -> PyResult<Value> {
        let qualname = f.pop();
        let code = match f.pop() {
            Value::Code(c) => c,
            _ => return Err(internal("MAKE_FUNCTION without code")),
        };
        let closure = if flags & 8 != 0 {
            match f.pop() {
                Value::Tuple(t) => t.items.iter().filter_map(|c| if let Value::Cell(c) = c { Some(c.clone()) } else { None }).collect(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let kwdefaults = if flags & 2 != 0 {
            match f.pop() {
                Value::Dict(d) => d.items().into_iter().filter_map(|(k, v)| if let Value::Str(k) = k { Some((k, v)) } else { None }).collect(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let defaults = if flags & 1 != 0 {
            match f.pop() {
                Value::Tuple(t) => t.items.to_vec(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let doc = if code.name != "<lambda>" && !code.name.starts_with('<') { code.consts.first().cloned().unwrap_or_default() } else { Value::None };
        let qualname = match qualname {
            Value::Str(s) => s.as_str().to_string(),
            _ => code.qualname.clone(),
        };
        let func = Rc::new(Function {
            name: std::cell::RefCell::new(code.name.clone()),
            renamed: std::cell::Cell::new(qualname != code.qualname),
            qualname: std::cell::RefCell::new(qualname),
            code,
            globals: f.globals.clone(),
            defaults,
            kwdefaults,
            closure,
            dict: std::cell::RefCell::new(None),
            doc,
        });
        crate::object::gc::track_function(&func);
        Ok(Value::Function(func))
    }
}

/// Creates the frame's cells: fresh ones for its own cell variables
/// (holding the parameter's value when a parameter is captured), then the
/// function's closure cells for its free variables.
fn setup_cells(frame: &mut Frame, func: &Function) {
    let code = &func.code;
    if code.cellvars.is_empty() && code.freevars.is_empty() {
        return;
    }
    let mut cells = thin_vec::ThinVec::with_capacity(code.cellvars.len() + func.closure.len());
    for i in 0..code.cellvars.len() {
        let init = code.cell_params.iter().find(|(ci, _)| *ci == i).and_then(|(_, slot)| frame.local(*slot).cloned());
        let c = CellObj::new(init);
        crate::object::gc::track_cell(&c);
        cells.push(c);
    }
    cells.extend(func.closure.iter().cloned());
    frame.set_cells(cells);
}

/// A function's `__qualname__` for messages, read only when formatted.
struct QualName<'a>(&'a Function);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.qualname.borrow())
    }
}

/// How CPython names a callable in argument errors: `f()`, `A.m()`, `print()`.
pub fn callable_name(v: &Value) -> String {
    match v {
        Value::Function(f) => match f.globals.get_item_str("__name__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{}()", m.as_str(), f.qualname.borrow()),
            _ => format!("{}()", f.qualname.borrow()),
        },
        Value::Builtin(b) => format!("{}()", b.name.trim_start_matches('@')),
        Value::BoundMethod(m) => callable_name(&m.func),
        Value::Class(c) => format!("{}()", c.name),
        other => format!("{}()", crate::object::types::type_name(other)),
    }
}

/// 'a', 'a' and 'b', 'a', 'b', and 'c' — CPython's list of missing names.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
