//! The instruction dispatch loop: `step` runs the current frame's
//! instructions one after another, each arm a few lines that route to the
//! family files (`ops`, `attr`, `subscript`, `iter`, `call`, `build_ops`,
//! `with_ops`, `generator`, …). A call, a return, a yield or an inline
//! resume switches the frame `f` in place (no Rust recursion); an error
//! leaves `step` for `run_frames_at` (mod.rs), which unwinds it.

use super::*;

impl Vm {
    /// Runs instructions until the base frame returns or yields, or an
    /// error must be unwound. Calls and returns switch `f` in place: the
    /// caller is parked in `self.frames`.
    #[inline(never)]
    pub(super) fn step<S: YieldSink>(&mut self, f: &mut FrameBox, base: usize, sink: &mut S) -> PyResult<StepOut> {
        // The dispatch state, in locals the compiler keeps in registers:
        // `ops` is `f.code.ops` and `ip` is `f.ip` at the top of the loop,
        // so fetching an instruction is one load instead of a chain of four
        // (frame, code, ops, ip). `f.ip` is still written on each dispatch,
        // for whatever reads it (errors, tracebacks, suspension); a jump
        // sets both (`goto!`), and a handler that may have switched `f` to
        // another frame (a call, a return, a yield, an inline resume) reads
        // both back (`switched!`). Debug builds check the invariant.
        let mut ops: *const Op = f.code.ops.as_ptr();
        let mut ip: u32 = f.ip;
        macro_rules! goto {
            ($t:expr) => {{
                let t = $t;
                ip = t;
                f.ip = t;
            }};
        }
        macro_rules! switched {
            () => {{
                ops = f.code.ops.as_ptr();
                ip = f.ip;
            }};
        }
        // The target of the `PopJumpIfFalse` in slot `$slot`, the jump of
        // a fused test (`CompareJumpIfFalse`, `CompareConstJump`)
        macro_rules! test_jump_target {
            ($slot:expr) => {
                // SAFETY: a fused test's slots hold its compare, then its jump
                match unsafe { *ops.add($slot as usize) } {
                    Op::PopJumpIfFalse(t) => t,
                    _ => return Err(internal("a fused test without its jump")),
                }
            };
        }
        // `f` yields `$v`: a generator frame running inline goes back into
        // its generator and its consumer goes on; a frame resumed from
        // native code leaves the run loop
        macro_rules! yield_value {
            ($v:expr) => {
                // (the two ways to a base frame's yield do not meet in one
                // value: a value written as two words and copied on as one
                // 16-byte move stalls the copy)
                let v = $v;
                if f.generator.is_none() && !f.is_awaited_call() {
                    leave_with!(v);
                }
                match self.yield_inline(f, v) {
                    None => {
                        switched!();
                        continue;
                    }
                    Some(v) => leave_with!(v),
                }
            };
        }
        // A loop-head `yield $v` reached by a backward `Jump`: a generator
        // resumed by `send()`/`next()` suspends here (`try_yield_to_sender`),
        // anything else as `yield_value!`
        macro_rules! loop_head_yield {
            ($v:expr) => {
                let v = match self.try_yield_to_sender(f, $v) {
                    Ok(()) => {
                        switched!();
                        continue;
                    }
                    Err(v) => v,
                };
                yield_value!(v);
            };
        }
        // A base frame yields `$v`: a drain takes it here, without leaving
        // the loop (see `run_frames_at`); anything else leaves the loop
        macro_rules! leave_with {
            ($v:expr) => {{
                if self.frames.len() != base {
                    return Err(internal("yield outside a generator frame"));
                }
                match sink.take($v) {
                    None => {
                        self.arrive(f, Value::None);
                        switched!();
                        continue;
                    }
                    Some(v) => return Ok(StepOut::Yield(v)),
                }
            }};
        }
        // `CallMethod(argc)`: `method self-or-placeholder args -- result`
        macro_rules! call_method {
            ($argc:expr) => {{
                let argc: usize = $argc;
                let n = f.stack.len();
                let has_self = !matches!(f.stack[n - argc - 1], Value::NotImplemented);
                let (start, nargs) = if has_self { (n - argc - 1, argc + 1) } else { (n - argc, argc) };
                if let Some(r) = self.try_call_fast(f, n - argc - 2, start) {
                    r?;
                    switched!();
                    continue;
                }
                // taken, not cloned: the call truncates the stack below it anyway
                let callee = crate::object::value::replace_value(&mut f.stack[n - argc - 2], Value::None);
                self.call_from_stack(f, callee, start, nargs, n - argc - 2)?;
                switched!();
            }};
        }
        // In a fused pair of loads (`LoadFastLoadConst`, `LoadFastLoadFast`)
        // of two small ints `$x`, `$y`: when the instruction after the
        // pair's second slot is their operation (`n - 1`, `i % 3`,
        // `total += 1`, `n < 2`), it is done here and its slots skipped.
        macro_rules! int_pair_op {
            ($x:expr, $y:expr) => {{
                let (x, y): (i64, i64) = ($x, $y);
                // SAFETY: the pair's second slot (`ip`) falls through, so an
                // instruction follows it (control flow is closed)
                match unsafe { *ops.add(ip as usize + 1) } {
                    Op::BinaryOp(code) | Op::InplaceOp(code) => {
                        if let Some(r) = ops::small_int_op(x, y, code as u8) {
                            // and the test after it, `if i % 3 == 0:`
                            // (the slots simply run in order)
                            // SAFETY: the operation falls through, so an
                            // instruction follows it
                            if let Op::CompareConstJump(arg) = unsafe { *ops.add(ip as usize + 2) }
                                && let Some(Value::Int(k)) = f.code.consts.get((arg & 0xff_ffff) as usize)
                            {
                                let truth = ops::compare_ints(r, *k, (arg >> 24) as u8);
                                let target = test_jump_target!(ip + 4);
                                goto!(if truth { ip + 5 } else { target });
                                continue;
                            }
                            f.push(Value::Int(r));
                            goto!(ip + 2);
                            continue;
                        }
                    }
                    Op::OpStoreFast(arg) => {
                        let (code, local) = ((arg & 0xff) as u8, (arg >> 16) as usize);
                        if let Some(r) = ops::small_int_op(x, y, code) {
                            f.set_local(local, Value::Int(r)).discard();
                            goto!(ip + 3);
                            continue;
                        }
                    }
                    Op::CompareJumpIfFalse(code) => {
                        let truth = ops::compare_ints(x, y, code as u8);
                        let target = test_jump_target!(ip + 2);
                        goto!(if truth { ip + 3 } else { target });
                        continue;
                    }
                    _ => {}
                }
            }};
        }
        loop {
            debug_assert!(ip == f.ip && std::ptr::eq(ops, f.code.ops.as_ptr()) && (ip as usize) < f.code.ops.len());
            // SAFETY: every code object's control flow is closed (checked by
            // `CodeBuilder::finish`, its only maker), so `ip` is always the
            // index of an instruction of `f.code`, whose ops `ops` points at
            let op = unsafe { *ops.add(ip as usize) };
            ip += 1;
            f.ip = ip;
            match op {
                Op::Nop => {}
                Op::PopTop => {
                    if let Some(v) = f.stack.pop() {
                        v.discard();
                        if warnings::pending() {
                            self.flush_warnings(f);
                        }
                        if finalize::pending() {
                            self.run_finalizers();
                        }
                    }
                }
                Op::RotTwo => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Op::RotThree => {
                    let v = f.pop();
                    let n = f.stack.len();
                    f.stack.insert(n - 2, v);
                }
                Op::DupTop => {
                    let v = f.top().clone();
                    f.push(v);
                }
                Op::DupTopTwo => {
                    let n = f.stack.len();
                    let a = f.stack[n - 2].clone();
                    let b = f.stack[n - 1].clone();
                    f.push(a);
                    f.push(b);
                }
                Op::LoadConst(i) => {
                    let v = f.code.consts[i as usize].clone();
                    f.push(v);
                }
                Op::LoadFast(i) => f.load_fast(i as usize)?,
                Op::LoadFastLoadConst(arg) => {
                    let (a, b) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[a], &f.code.consts[b]) {
                        int_pair_op!(*x, *y);
                    }
                    f.load_fast(a)?;
                    goto!(ip + 1);
                    let c = f.code.consts[b].clone();
                    f.push(c);
                }
                Op::LoadFastLoadFast(arg) => {
                    let (a, b) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[a], &f.stack[b]) {
                        int_pair_op!(*x, *y);
                    }
                    f.load_fast(a)?;
                    goto!(ip + 1);
                    f.load_fast(b)?;
                }
                Op::LoadFastLoadAttr(arg) => {
                    let (a, i) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                    // `self.x` from the cache, without pushing `self`
                    if let Some(v) = attr_cache::load_attr(&f.code, i, &f.stack[a]) {
                        f.push(v);
                        goto!(ip + 1);
                        continue;
                    }
                    f.load_fast(a)?;
                }
                Op::LoadFastStoreAttr(arg) => {
                    let (a, i) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                    // `self.x = v` through the cache, without pushing `self`
                    if matches!(&f.stack[a], Value::Instance(_)) {
                        let v = f.pop();
                        match attr_cache::store_attr(&f.code, i, &f.stack[a], v) {
                            Ok(()) => {
                                goto!(ip + 1);
                                continue;
                            }
                            Err(v) => f.push(v),
                        }
                    }
                    f.load_fast(a)?;
                }
                Op::LoadFastLoadMethod(arg) => {
                    let (a, i) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                    let obj = &f.stack[a];
                    if !matches!(obj, Value::Unbound) {
                        if matches!(obj, Value::Instance(_))
                            && let Some((v, this)) = attr_cache::load_method(&f.code, i, obj)
                        {
                            f.push(v);
                            f.push(this);
                            goto!(ip + 1);
                            continue;
                        }
                        // SAFETY: the pair's second slot follows
                        if let Value::Generator(g) = obj
                            && matches!(unsafe { *ops.add(ip as usize) }, Op::LoadSendMethod(_))
                            && !g.is_async_gen()
                        {
                            // a placeholder for `send` (see `LoadSendMethod`)
                            let obj = obj.clone();
                            f.push(Value::Unbound);
                            f.push(obj);
                            goto!(ip + 1);
                            continue;
                        }
                        if let Some(method) = attr::cached_builtin_method(f, &self.types, obj, i) {
                            let obj = obj.clone();
                            f.push(method);
                            f.push(obj);
                            goto!(ip + 1);
                            continue;
                        }
                    }
                    f.load_fast(a)?;
                }
                Op::LocalConstOp(arg) => {
                    let (a, c, d) = ((arg & 0x3ff) as usize, ((arg >> 10) & 0x3ff) as usize, ((arg >> 20) & 0x3ff) as usize);
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[a], &f.code.consts[c])
                        && let Some(r) = ops::small_int_op(*x, *y, (arg >> 30) as u8)
                    {
                        f.set_local(d, Value::Int(r)).discard();
                        goto!(ip + 3);
                        continue;
                    }
                    f.load_fast(a)?;
                    let k = f.code.consts[c].clone();
                    f.push(k);
                    goto!(ip + 1);
                }
                Op::LocalLocalOp(arg) => {
                    let (a, b, d) = ((arg & 0x3ff) as usize, ((arg >> 10) & 0x3ff) as usize, ((arg >> 20) & 0x3ff) as usize);
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[a], &f.stack[b])
                        && let Some(r) = ops::small_int_op(*x, *y, (arg >> 30) as u8)
                    {
                        f.set_local(d, Value::Int(r)).discard();
                        goto!(ip + 3);
                        continue;
                    }
                    f.load_fast(a)?;
                    // (past the second load's slot first: an unbound `b`
                    // is reported at its own position)
                    goto!(ip + 1);
                    f.load_fast(b)?;
                }
                Op::NameOp(arg) => {
                    // SAFETY: the first load falls through to the second
                    if self.try_name_op(f, arg, unsafe { *ops.add(ip as usize) }) {
                        goto!(ip + 3);
                        continue;
                    }
                    self.load_name(f, (arg & 0x7fff) as usize)?;
                }
                Op::SendFast(arg) => {
                    if let Some(r) = self.try_send_fast(f, arg) {
                        r?;
                        switched!();
                        continue;
                    }
                    f.load_fast(generator::send_operand(arg).0)?;
                }
                Op::SendName(arg) => {
                    if let Some(r) = self.try_send_name(f, arg) {
                        r?;
                        switched!();
                        continue;
                    }
                    self.load_name(f, generator::send_operand(arg).0)?;
                }
                Op::AppendFast(arg) => {
                    let (l, x) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                    let appended = match (&f.stack[l], &f.stack[x]) {
                        (Value::List(list), item) if !matches!(item, Value::Unbound) && !self.trace => match list.items.try_borrow_mut() {
                            // (what the call and its `PopTop` would do: the
                            // call's None owns nothing, so nothing else runs)
                            Ok(mut items) => {
                                value::push_value(&mut items, item.clone());
                                true
                            }
                            Err(_) => false,
                        },
                        _ => false,
                    };
                    if appended {
                        goto!(ip + 4);
                        continue;
                    }
                    f.load_fast(l)?;
                }
                Op::CompareConstJump(arg) => {
                    let c = (arg & 0xff_ffff) as usize;
                    if let (Some(Value::Int(x)), Value::Int(y)) = (f.stack.last(), &f.code.consts[c]) {
                        let truth = ops::compare_ints(*x, *y, (arg >> 24) as u8);
                        // (an int: nothing to drop)
                        std::mem::forget(f.pop());
                        let target = test_jump_target!(ip + 1);
                        goto!(if truth { ip + 2 } else { target });
                        continue;
                    }
                    let v = f.code.consts[c].clone();
                    f.push(v);
                }
                Op::CompareJumpIfFalse(code) => {
                    let b = f.pop();
                    let a = f.pop();
                    let truth = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => ops::compare_ints(*x, *y, code as u8),
                        _ => match ops::str_equality(&a, &b, code as u8) {
                            Some(t) => t,
                            None => match self.compare_op(&a, &b, code as u8)? {
                                Value::Bool(t) => t,
                                other => self.truthy(&other)?,
                            },
                        },
                    };
                    a.discard();
                    b.discard();
                    let target = test_jump_target!(ip);
                    goto!(if truth { ip + 1 } else { target });
                }
                Op::StoreFast(i) => {
                    let v = f.pop();
                    let old = f.set_local(i as usize, v);
                    if !old.is_inline() {
                        drop(old);
                        if warnings::pending() {
                            self.flush_warnings(f);
                        }
                    }
                }
                Op::DeleteFast(i) => {
                    if matches!(f.set_local(i as usize, Value::Unbound), Value::Unbound) {
                        return Err(unbound_local_var(f.code.varnames[i as usize].as_str()));
                    }
                    if warnings::pending() {
                        self.flush_warnings(f);
                    }
                }
                Op::LoadDeref(i) => {
                    let v = f.cells()[i as usize].get();
                    match v {
                        Some(v) => f.push(v),
                        None => return Err(unwind::unbound_deref(f, i as usize)),
                    }
                }
                Op::StoreDeref(i) => {
                    let v = f.pop();
                    f.cells()[i as usize].set(Some(v));
                }
                Op::DeleteDeref(i) => {
                    if f.cells()[i as usize].get().is_none() {
                        return Err(unwind::unbound_deref(f, i as usize));
                    }
                    f.cells()[i as usize].set(None);
                }
                Op::LoadClosure(i) => {
                    let c = f.cells()[i as usize].clone();
                    f.push(Value::Cell(c));
                }
                Op::LoadClassDeref(i) => {
                    let name = unwind::deref_name(f, i as usize);
                    let found = f.names().and_then(|d| d.get_str(&name));
                    match found {
                        Some(v) => f.push(v),
                        None => match f.cells()[i as usize].get() {
                            Some(v) => f.push(v),
                            None => return Err(unwind::unbound_deref(f, i as usize)),
                        },
                    }
                }
                Op::LoadGlobal(i) => {
                    let i = i as usize;
                    let v = match global_cache::load(&f.code, i, &f.globals, &self.builtins) {
                        Some(v) => v,
                        None => match global_cache::load_and_fill(&f.code, i, &f.globals, &self.builtins) {
                            Some(v) => v,
                            None => return Err(self.name_error_at(f, f.code.names[i].as_str())),
                        },
                    };
                    f.push(v);
                }
                Op::StoreGlobal(i) => {
                    let v = f.pop();
                    if let Err(v) = global_cache::store(&f.code, i as usize, &f.globals, v) {
                        global_cache::store_and_fill(&f.code, i as usize, &f.globals, v);
                    }
                    if warnings::pending() {
                        self.flush_warnings(f);
                    }
                }
                Op::DeleteGlobal(i) => {
                    let name = f.code.names[i as usize].clone();
                    if f.globals.remove_str(&name).is_none() {
                        return Err(self.name_error_at(f, name.as_str()));
                    }
                }
                Op::LoadName(i) => self.load_name(f, i as usize)?,
                Op::StoreName(i) => {
                    let v = f.pop();
                    let i = i as usize;
                    match f.names() {
                        Some(d) if Rc::ptr_eq(d, &f.globals) => {
                            if let Err(v) = global_cache::store(&f.code, i, &f.globals, v) {
                                global_cache::store_and_fill(&f.code, i, &f.globals, v);
                            }
                        }
                        Some(d) => d.set_str(f.code.names[i].clone(), v),
                        None => f.globals.set_str(f.code.names[i].clone(), v),
                    }
                    if warnings::pending() {
                        self.flush_warnings(f);
                    }
                }
                Op::DeleteName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let d = f.names().cloned().unwrap_or_else(|| f.globals.clone());
                    if d.remove_str(&name).is_none() {
                        return Err(self.name_error_at(f, name.as_str()));
                    }
                    if warnings::pending() {
                        self.flush_warnings(f);
                    }
                }
                Op::LoadAttr(i) => {
                    let obj = f.pop();
                    if let Some(v) = attr_cache::load_attr(&f.code, i as usize, &obj) {
                        f.push(v);
                        continue;
                    }
                    let name = f.code.names[i as usize].clone();
                    let v = self.get_attr(&obj, &name)?;
                    attr_cache::fill(&f.code, i as usize, &obj, &self.names.setattr);
                    f.push(v);
                }
                Op::StoreAttr(i) => {
                    let obj = f.pop();
                    let v = f.pop();
                    let Err(v) = attr_cache::store_attr(&f.code, i as usize, &obj, v) else { continue };
                    let name = f.code.names[i as usize].clone();
                    self.set_attr(&obj, &name, v)?;
                    attr_cache::fill(&f.code, i as usize, &obj, &self.names.setattr);
                }
                Op::DeleteAttr(i) => {
                    let obj = f.pop();
                    let name = f.code.names[i as usize].clone();
                    self.del_attr(&obj, &name)?;
                }
                Op::LoadMethod(i) | Op::LoadSendMethod(i) => {
                    let obj = f.pop();
                    if matches!(op, Op::LoadSendMethod(_)) && matches!(&obj, Value::Generator(g) if !g.is_async_gen()) {
                        // a placeholder for `send` (see `LoadSendMethod`)
                        f.push(Value::Unbound);
                        f.push(obj);
                        continue;
                    }
                    if let Some(method) = attr::cached_builtin_method(f, &self.types, &obj, i as usize) {
                        f.push(method);
                        f.push(obj);
                        continue;
                    }
                    if let Some((v, this)) = attr_cache::load_method(&f.code, i as usize, &obj) {
                        f.push(v);
                        f.push(this);
                        continue;
                    }
                    let name = f.code.names[i as usize].clone();
                    attr_cache::fill(&f.code, i as usize, &obj, &self.names.setattr);
                    match self.load_method(&obj, &name)? {
                        (func, Some(this)) => {
                            f.push(func);
                            f.push(this);
                        }
                        (attr, None) => {
                            f.push(attr);
                            f.push(Value::NotImplemented);
                        }
                    }
                }
                Op::CallMethod(argc) => call_method!(argc as usize),
                Op::CallSend => {
                    if let Some(r) = self.try_send_top(f) {
                        r?;
                        switched!();
                        continue;
                    }
                    self.load_send_method(f)?;
                    call_method!(1)
                }
                Op::CallFunction(argc) => {
                    let argc = argc as usize;
                    let n = f.stack.len();
                    if let Some(r) = self.try_call_fast(f, n - argc - 1, n - argc) {
                        r?;
                        switched!();
                        continue;
                    }
                    let callee = crate::object::value::replace_value(&mut f.stack[n - argc - 1], Value::None);
                    self.call_from_stack(f, callee, n - argc, argc, n - argc - 1)?;
                    switched!();
                }
                Op::CallFunctionKw(argc) => {
                    let names = f.pop();
                    let argc = argc as usize;
                    let mut args = f.pop_n(argc);
                    let callee = f.pop();
                    let kwnames: Vec<Rc<PyStr>> = match &names {
                        Value::Tuple(t) => t.items.iter().filter_map(|v| if let Value::Str(s) = v { Some(s.clone()) } else { None }).collect(),
                        _ => vec![],
                    };
                    let kwvals = args.split_off(argc - kwnames.len());
                    let kwargs: Vec<(Rc<PyStr>, Value)> = kwnames.into_iter().zip(kwvals).collect();
                    self.call_general(f, callee, args, kwargs)?;
                    switched!();
                }
                Op::CallFunctionEx(has_kw) => {
                    let kwargs = if has_kw == 1 { Some(f.pop()) } else { None };
                    let args = f.pop();
                    let callee = f.pop();
                    let args = match args {
                        Value::Tuple(t) => t.items.to_vec(),
                        other if !self.is_iterable(&other) => {
                            let fname = call::callable_name(&callee);
                            return Err(type_error(format!("{fname} argument after * must be an iterable, not {}", type_name(&other))));
                        }
                        other => self.collect(&other)?,
                    };
                    let kwargs = match kwargs {
                        Some(Value::Dict(d)) => {
                            let mut out = vec![];
                            for (k, v) in d.items() {
                                match k {
                                    Value::Str(s) => out.push((s, v)),
                                    _ => return Err(type_error("keywords must be strings")),
                                }
                            }
                            out
                        }
                        _ => vec![],
                    };
                    self.call_general(f, callee, args, kwargs)?;
                    switched!();
                }
                Op::ReturnValue => {
                    let v = f.pop();
                    if f.generator.is_some() {
                        self.return_inline(f, v)?;
                        switched!();
                        continue;
                    }
                    if self.frames.len() == base {
                        return Ok(StepOut::Return(v));
                    }
                    let caller = match self.frames.pop() {
                        Some(c) => c,
                        None => return Ok(StepOut::Return(v)),
                    };
                    self.depth -= 1;
                    let done = std::mem::replace(f, caller);
                    switched!();
                    let init = done.is_init();
                    self.recycle(done);
                    if init {
                        // the instance is already the call's result
                        if !v.is_none() {
                            return Err(type_error(format!("__init__() should return None, not '{}'", type_name(&v))));
                        }
                    } else {
                        f.push(v);
                    }
                    if warnings::pending() {
                        self.flush_warnings(f);
                    }
                    if finalize::pending() {
                        self.run_finalizers();
                    }
                }
                Op::BinarySubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    let v = self.get_item(&obj, &key)?;
                    f.push(v);
                }
                Op::StoreSubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    let v = f.pop();
                    self.set_item(&obj, key, v)?;
                }
                Op::DeleteSubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    self.del_item(&obj, &key)?;
                }
                Op::BinaryOp(code) | Op::InplaceOp(code) => {
                    let b = f.pop();
                    let n = f.stack.len();
                    // small-int fast paths
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[n - 1], &b)
                        && let Some(r) = ops::small_int_op(*x, *y, code as u8)
                    {
                        value::replace_value(&mut f.stack[n - 1], Value::Int(r)).discard();
                        b.discard();
                        continue;
                    }
                    let a = f.pop();
                    let v = self.binary_or_inplace(&a, &b, code as u8, matches!(op, Op::InplaceOp(_)))?;
                    f.push(v);
                }
                Op::OpStoreFast(arg) => {
                    let (code, local) = ((arg & 0xff) as u8, (arg >> 16) as usize);
                    let n = f.stack.len();
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[n - 2], &f.stack[n - 1])
                        && let Some(r) = ops::small_int_op(*x, *y, code)
                    {
                        // SAFETY: the top two values are ints, which own
                        // nothing: forgetting them drops nothing
                        unsafe { f.stack.set_len(n - 2) };
                        f.set_local(local, Value::Int(r)).discard();
                        goto!(ip + 1);
                        continue;
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let v = self.binary_or_inplace(&a, &b, code, arg & 0x100 != 0)?;
                    f.push(v);
                }
                Op::UnaryOp(code) => {
                    let a = f.pop();
                    let v = self.unary_op(&a, code as u8)?;
                    f.push(v);
                }
                Op::CompareOp(code) => {
                    let b = f.pop();
                    let n = f.stack.len();
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[n - 1], &b) {
                        let r = ops::compare_ints(*x, *y, code as u8);
                        value::replace_value(&mut f.stack[n - 1], Value::Bool(r)).discard();
                        b.discard();
                        continue;
                    }
                    let a = f.pop();
                    let v = self.compare_op(&a, &b, code as u8)?;
                    f.push(v);
                }
                Op::IsOp(neg) => {
                    let b = f.pop();
                    let a = f.pop();
                    f.push(Value::Bool(a.is(&b) != (neg == 1)));
                }
                Op::ContainsOp(neg) => {
                    let container = f.pop();
                    let item = f.pop();
                    let r = self.contains(&container, &item)?;
                    f.push(Value::Bool(r != (neg == 1)));
                }
                Op::Jump(t) => {
                    if t < ip {
                        self.check_interrupt()?;
                        if crate::object::gc::due() {
                            crate::object::gc::collect();
                        }
                        // back to a `for` over a range: its next item is
                        // taken here (what `ForIterStoreFast` would do), one
                        // dispatch fewer per iteration
                        // SAFETY: a jump's target is an instruction of the code
                        match unsafe { *ops.add(t as usize) } {
                            Op::ForIterStoreFast(arg) => {
                                if let Some(Some(v)) = range_next(f) {
                                    f.set_local((arg >> 20) as usize, Value::Int(v)).discard();
                                    goto!(t + 2);
                                    continue;
                                }
                            }
                            Op::ForIter(_) => {
                                if let Some(Some(v)) = range_next(f) {
                                    // and the `StoreName` after it, in module
                                    // code (`for i in range(n):` at top level)
                                    // SAFETY: a ForIter falls through
                                    if let Op::StoreName(n) = unsafe { *ops.add(t as usize + 1) }
                                        && f.names().is_some_and(|d| Rc::ptr_eq(d, &f.globals))
                                        && global_cache::store(&f.code, n as usize, &f.globals, Value::Int(v)).is_ok()
                                    {
                                        if warnings::pending() {
                                            self.flush_warnings(f);
                                        }
                                        goto!(t + 2);
                                        continue;
                                    }
                                    f.push(Value::Int(v));
                                    goto!(t + 1);
                                    continue;
                                }
                            }
                            // back to `while i < n:` on two small-int
                            // locals: the test and its jump are done here
                            Op::LoadFastLoadFast(arg) => {
                                let (a, b) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                                if let (Value::Int(x), Value::Int(y)) = (&f.stack[a], &f.stack[b]) {
                                    // (the pair's second slot, as in its own arm)
                                    ip = t + 1;
                                    int_pair_op!(*x, *y);
                                }
                            }
                            // back to a `while True:` loop that starts
                            // with `yield x`: a coroutine's next suspension
                            Op::LoadFastYieldValue(i) => {
                                if let Some(v) = f.stack.get(i as usize)
                                    && !matches!(v, Value::Unbound)
                                {
                                    let v = v.clone();
                                    f.ip = t + 2;
                                    loop_head_yield!(v);
                                }
                            }
                            Op::LoadConstYieldValue(i) => {
                                let v = f.code.consts[i as usize].clone();
                                f.ip = t + 2;
                                loop_head_yield!(v);
                            }
                            _ => {}
                        }
                    }
                    goto!(t);
                }
                Op::PopJumpIfFalse(t) => {
                    let v = f.pop();
                    let truth = match v {
                        Value::Bool(b) => b,
                        other => {
                            let t = self.truthy(&other)?;
                            other.discard();
                            t
                        }
                    };
                    if !truth {
                        goto!(t);
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = f.pop();
                    let truth = match v {
                        Value::Bool(b) => b,
                        other => {
                            let t = self.truthy(&other)?;
                            other.discard();
                            t
                        }
                    };
                    if truth {
                        goto!(t);
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = f.top().clone();
                    if !self.truthy(&v)? {
                        goto!(t);
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = f.top().clone();
                    if self.truthy(&v)? {
                        goto!(t);
                    } else {
                        f.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = f.pop();
                    let it = self.get_iter(&v)?;
                    f.push(it);
                }
                Op::ForIterStoreFast(arg) => {
                    let (t, local) = (arg & 0xfffff, (arg >> 20) as usize);
                    match range_next(f) {
                        Some(Some(v)) => {
                            f.set_local(local, Value::Int(v)).discard();
                            goto!(ip + 1);
                        }
                        Some(None) => {
                            f.stack.pop();
                            goto!(t);
                        }
                        // not a range: the ForIter half (the StoreFast runs next)
                        None => {
                            self.for_iter_general(f, t)?;
                            switched!();
                        }
                    }
                }
                Op::ForIter(t) => match range_next(f) {
                    Some(Some(v)) => f.push(Value::Int(v)),
                    Some(None) => {
                        f.stack.pop();
                        goto!(t);
                    }
                    None => {
                        self.for_iter_general(f, t)?;
                        switched!();
                    }
                },
                Op::BuildTuple(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(Value::tuple(items));
                }
                Op::BuildList(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(Value::list(items));
                }
                Op::BuildSet(n) => self.build_set(f, n)?,
                Op::BuildMap(n) => self.build_map(f, n)?,
                Op::BuildSlice(n) => build_ops::build_slice(f, n),
                Op::BuildString(n) => build_ops::build_string(f, n),
                Op::ListAppend(d) => {
                    let v = f.pop();
                    let n = f.stack.len();
                    if let Value::List(l) = &f.stack[n - d as usize] {
                        value::push_value(&mut l.items.borrow_mut(), v);
                    }
                }
                Op::SetAdd(d) => self.set_add(f, d)?,
                Op::MapAdd(d) => self.map_add(f, d)?,
                Op::ListExtend(d) => self.list_extend(f, d)?,
                Op::SetUpdate(d) => self.set_update(f, d)?,
                Op::DictUpdate(d) => self.dict_update(f, d, false)?,
                Op::DictMerge(d) => self.dict_update(f, d, true)?,
                Op::ListToTuple => build_ops::list_to_tuple(f),
                Op::UnpackSequence(n) => self.unpack_sequence(f, n)?,
                Op::UnpackEx(arg) => self.unpack_ex_op(f, arg)?,
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(f.pop()) } else { None };
                    let v = f.pop();
                    let s = self.format_value(&v, flags & 3, spec)?;
                    f.push(s);
                }
                Op::MakeFunction(flags) => {
                    let func = self.make_function(f, flags)?;
                    f.push(func);
                }
                Op::SetupFinally(t) => {
                    let level = f.stack.len() as u32;
                    f.push_block(Block { kind: BlockKind::Setup, handler: t, level, exc: None })?;
                }
                Op::SetupWith(t) => self.setup_with(f, t)?,
                Op::PopBlock => f.drop_block(),
                Op::PopExcept => {
                    f.drop_block();
                    if warnings::pending() {
                        // the handled exception was freed, and with it what
                        // its traceback kept (`ExcData::kept_warnings`)
                        self.flush_warnings(f);
                    }
                }
                Op::Reraise => {
                    let v = f.pop();
                    self.skip_tb = true;
                    return Err(unwind::reraise(v));
                }
                Op::RaiseVarargs(n) => return Err(self.raise(f, n)),
                Op::WithExceptStart => self.with_except_start(f)?,
                Op::ExitWith => {
                    let exit = f.pop();
                    self.call_value(&exit, vec![Value::None, Value::None, Value::None], vec![])?;
                }
                Op::CheckExcMatch => self.check_exc_match(f)?,
                Op::LoadBuildClass => {
                    let v = self.builtins.get_item_str("__build_class__").unwrap_or_default();
                    f.push(v);
                }
                Op::ImportName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let m = self.import_dotted(name.as_str())?;
                    f.push(m);
                }
                Op::ImportFrom(i) => {
                    let name = f.code.names[i as usize].clone();
                    let m = f.top().clone();
                    let v = self.import_from(&m, &name)?;
                    f.push(v);
                }
                Op::ImportStar => {
                    let m = f.pop();
                    self.import_star(f, &m)?;
                }
                Op::YieldValue => {
                    let v = f.pop();
                    yield_value!(v);
                }
                Op::LoadFastYieldValue(i) => {
                    let v = match &f.stack[i as usize] {
                        Value::Unbound => return Err(unbound_local_var(f.code.varnames[i as usize].as_str())),
                        v => v.clone(),
                    };
                    // past the YieldValue slot: a resumption goes on after it
                    // (the frame is left either way: `f.ip` is what counts)
                    f.ip = ip + 1;
                    yield_value!(v);
                }
                Op::LoadConstYieldValue(i) => {
                    let v = f.code.consts[i as usize].clone();
                    f.ip = ip + 1;
                    yield_value!(v);
                }
                Op::GetYieldFromIter => {
                    let v = f.pop();
                    let it = match v {
                        Value::Generator(ref g) if g.is_coroutine() && !f.code.flags.coroutine && !f.code.flags.iterable_coroutine => {
                            return Err(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                        }
                        Value::Generator(ref g) if g.is_async_gen() => return Err(not_iterable("async_generator")),
                        Value::Generator(_) => v,
                        other => self.get_iter(&other)?,
                    };
                    f.push(it);
                }
                Op::YieldFrom(t) => {
                    let sent = f.pop();
                    let it = match f.top().clone() {
                        Value::Generator(g) if generator::resumable(&g, &sent) => {
                            self.resume_inline_owned(f, g, sent, Resume::YieldFrom(t))?;
                            switched!();
                            continue;
                        }
                        it => it,
                    };
                    // a plain asyncio future, left by GetAwaitable: its
                    // FutureIter's first step, done here
                    if matches!(it, Value::Instance(_))
                        && matches!(f.op_at_ip(), Some(Op::AwaitResume))
                        && !self.trace
                        && crate::asyncio::future_await::is_plain_future(self, &it)
                    {
                        match crate::asyncio::future_await::step(self, &it)? {
                            Some(result) => {
                                let n = f.stack.len();
                                value::replace_value(&mut f.stack[n - 1], result).discard();
                                goto!(t);
                            }
                            // resumed at the AwaitResume after this (`f.ip`)
                            None => {
                                yield_value!(it);
                            }
                        }
                        continue;
                    }
                    let r = if self.trace {
                        let saved = self.trace_enter_delegate(f, &it);
                        let r = self.delegate_send(&it, sent);
                        self.trace_leave(saved);
                        r
                    } else {
                        self.delegate_send(&it, sent)
                    };
                    match r? {
                        generator::Delegated::Yielded(v) => {
                            // come back to this instruction on resume (the
                            // frame is left either way: `f.ip` is what counts)
                            f.ip = ip - 1;
                            yield_value!(v);
                        }
                        generator::Delegated::Returned(v) => {
                            f.stack.pop();
                            f.push(v);
                            goto!(t);
                        }
                    }
                }
                Op::GetAwaitable => {
                    // a coroutine not yet awaited is its own awaitable
                    if let Value::Generator(g) = f.top()
                        && g.is_coroutine()
                        && g.state() != generator::GenState::Closed
                    {
                        continue;
                    }
                    // so is a plain asyncio future (see asyncio/future_await.rs)
                    if !self.trace && crate::asyncio::future_await::is_plain_future(self, f.top()) {
                        continue;
                    }
                    let v = f.pop();
                    let it = self.get_awaitable(&v)?;
                    f.push(it);
                }
                Op::AwaitResume => {
                    let sent = f.pop();
                    sent.discard();
                    let future = f.top().clone();
                    let result = crate::asyncio::future_await::resume(self, &future)?;
                    let n = f.stack.len();
                    value::replace_value(&mut f.stack[n - 1], result).discard();
                }
                Op::GetAIter => {
                    let v = f.pop();
                    let it = self.get_aiter(&v)?;
                    f.push(it);
                }
                Op::GetANext => {
                    let it = f.top().clone();
                    let aw = self.get_anext(&it)?;
                    f.push(aw);
                }
                Op::EndAsyncFor => self.end_async_for(f)?,
                Op::BeforeAsyncWith => self.before_async_with(f)?,
                Op::SetupAsyncWith(t) => {
                    let level = f.stack.len().saturating_sub(1) as u32;
                    f.push_block(Block { kind: BlockKind::Setup, handler: t, level, exc: None })?;
                }
                Op::AsyncExitCall => {
                    let aexit = f.pop();
                    let aw = self.call_value(&aexit, vec![Value::None, Value::None, Value::None], vec![])?;
                    f.push(aw);
                }
                Op::LoadAssertionError => {
                    f.push(Value::Class(self.types.assertion_error.clone()));
                }
                Op::PrintExpr => {
                    let v = f.pop();
                    self.print_expr(v)?;
                }
            }
        }
    }
}
