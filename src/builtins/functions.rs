//! The built-in functions: print, len, iteration helpers, numeric helpers,
//! reflection (isinstance, getattr, dir, …).

use super::{arity, native, no_kwargs, take_kwargs};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use crate::vm::iter::make_iter;
use crate::vm::ops::{Num, to_num};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("open", crate::stdlib::fileio::open),
        ("input", input),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("iter", iter),
        ("next", next),
        ("aiter", aiter),
        ("anext", anext),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("callable", callable),
        ("id", id),
        ("hash", hash),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("format", format),
        ("exit", exit),
        ("quit", exit),
        ("@globals", globals),
        ("@locals", locals),
        ("@vars", vars),
        ("@dir", dir),
    ];
    for (name, f) in fns {
        vm.builtins.set_item_str(name.trim_start_matches('@'), native(name, *f));
    }
}

/// `exit()` / `quit()`: leave the program or the interactive prompt.
fn exit(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("exit", args, 0, 1)?;
    Err(PyErr::with_args(&vm.types.system_exit, args.to_vec()))
}

fn print(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [sep, end, file, flush] = <[Option<Value>; 4]>::try_from(take_kwargs("print", kwargs, &["sep", "end", "file", "flush"])?).unwrap_or_default();
    let sep = match sep {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(type_error(format!("sep must be None or a string, not {}", type_name(&other)))),
    };
    let end = match end {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(type_error(format!("end must be None or a string, not {}", type_name(&other)))),
    };
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(a)?);
    }
    out.push_str(&end);
    match file.filter(|f| !f.is_none()).or_else(|| redirected_stdout(vm)) {
        None => vm.write_out(&out),
        Some(f) => {
            let write = Rc::new(PyStr::new("write"));
            let w = vm.get_attr(&f, &write)?;
            vm.call_value(&w, vec![Value::str(out)], vec![])?;
        }
    }
    if let Some(fl) = flush
        && vm.truthy(&fl)?
    {
        vm.flush_out();
    }
    Ok(Value::None)
}

/// What the program put in `sys.stdout` in place of the real one
/// (`contextlib.redirect_stdout`, `sys.stdout = io.StringIO()`), if anything.
fn redirected_stdout(vm: &Vm) -> Option<Value> {
    let Some(Value::Module(sys)) = vm.modules.get_item_str("sys") else { return None };
    match sys.dict.get_item_str("stdout") {
        Some(Value::Module(m)) if m.name == "sys.stdout" => None,
        other => other,
    }
}

fn input(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str(p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    let read = match &mut vm.input {
        crate::vm::Input::Stdin => std::io::stdin().read_line(&mut line),
        crate::vm::Input::Text(lines) => Ok(lines.pop_front().map_or(0, |l| {
            line = l;
            line.len().max(1)
        })),
    };
    match read {
        Ok(0) => Err(PyErr::new(&vm.types.eof_error, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::str(line))
        }
        Err(e) => Err(PyErr::new(&vm.types.os_error, e.to_string())),
    }
}

/// The length of a built-in container (None for anything else): what
/// `len()` answers without calling Python code.
#[inline(always)]
pub fn native_len(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Str(s) => s.chars,
        Value::Bytes(b) => b.data.len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Range(r) => r.len() as usize,
        Value::DictView(v) => v.dict.len(),
        _ => return None,
    })
}

pub fn py_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Some(n) = native_len(v) {
        return Ok(n);
    }
    Ok(match v {
        Value::Instance(inst) => match inst.class.lookup(&vm.names.len) {
            Some(m) => {
                let r = vm.call_value(&m, vec![v.clone()], vec![])?;
                vm.len_result(&r)?
            }
            None => return Err(type_error(format!("object of type '{}' has no len()", type_name(v)))),
        },
        _ => return Err(type_error(format!("object of type '{}' has no len()", type_name(v)))),
    })
}

fn len(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    no_kwargs("len", k)?;
    arity("len", args, 1, 1)?;
    Ok(Value::Int(py_len(vm, &args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("repr", args, 1, 1)?;
    Ok(Value::str(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("ascii", args, 1, 1)?;
    Ok(Value::str(crate::vm::repr::ascii_escape(&vm.repr(&args[0])?)))
}

fn abs(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::from_bigint(BigInt::from(*i).abs())),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        other => match vm.call_method(other, &PyStr::new("__abs__"), vec![])? {
            Some(v) => v,
            None => return Err(type_error(format!("bad operand type for abs(): '{}'", type_name(other)))),
        },
    })
}

fn sum(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [start] = <[Option<Value>; 1]>::try_from(take_kwargs("sum", kwargs, &["start"])?).unwrap_or_default();
    arity("sum", args, 1, 2)?;
    let mut acc = args.get(1).cloned().or(start).unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Value::Bytes(_) => return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        _ => {}
    }
    let it = vm.get_iter(&args[0])?;
    // small ints and floats are added without leaving the iterator's run
    // (a generator's frame); anything else comes back here
    while let Some(x) = vm.sum_items(&it, &mut acc)? {
        acc = vm.binary_op(&acc, &x, 0)?;
    }
    Ok(acc)
}

/// `sum`'s step for small ints and floats (None: added), else `x` back.
#[inline(always)]
pub(crate) fn add_native(acc: &mut Value, x: Value) -> Option<Value> {
    let total = match (&*acc, &x) {
        (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
            Some(n) => Value::Int(n),
            None => return Some(x),
        },
        (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
        _ => return Some(x),
    };
    // both were inline numbers: nothing to drop (and no drop glue called)
    std::mem::forget(std::mem::replace(acc, total));
    std::mem::forget(x);
    None
}

fn min_max(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &str, want: u8) -> PyResult<Value> {
    let [key, default] = <[Option<Value>; 2]>::try_from(take_kwargs(name, kwargs, &["key", "default"])?).unwrap_or_default();
    if args.is_empty() {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let key = key.filter(|k| !k.is_none());
    if args.len() == 1 && key.is_none() {
        return min_max_plain(vm, &args[0], default, name, want);
    }
    // one item at a time, each keyed as it comes (the iterable may be a
    // generator whose steps interleave with the key function's)
    let (it, items) = if args.len() == 1 {
        (Some(vm.get_iter(&args[0])?), Vec::new())
    } else {
        if default.is_some() {
            return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        (None, args.to_vec())
    };
    let mut items = items.into_iter();
    let mut best: Option<(Value, Value)> = None;
    loop {
        let x = match &it {
            Some(it) => vm.next_fast(it)?,
            None => items.next(),
        };
        let Some(x) = x else { break };
        let k = match &key {
            Some(f) => vm.call_value(f, vec![x.clone()], vec![])?,
            None => x.clone(),
        };
        match &best {
            None => best = Some((k, x)),
            Some((bk, _)) => {
                let r = vm.compare_op(&k, bk, want)?;
                if vm.truthy(&r)? {
                    best = Some((k, x));
                }
            }
        }
    }
    match best {
        Some((_, x)) => Ok(x),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// `min(iterable)` / `max(iterable)` without a key: items of the same
/// int, float or str type are compared inside the iterator's run (a
/// generator's frame, see `Vm::take_items`); others come back here, with
/// the generator suspended, for a comparison that may run Python code.
fn min_max_plain(vm: &mut Vm, iterable: &Value, default: Option<Value>, name: &str, want: u8) -> PyResult<Value> {
    let it = vm.get_iter(iterable)?;
    let mut best: Option<Value> = None;
    loop {
        let back = vm.take_items(&it, &mut |x| {
            let better = match &best {
                None => Some(true),
                Some(b) => native_better(&x, b, want),
            };
            match better {
                Some(true) => {
                    best = Some(x);
                    None
                }
                Some(false) => None,
                None => Some(x),
            }
        })?;
        let Some(x) = back else { break };
        let replace = match &best {
            None => true,
            Some(b) => {
                let r = vm.compare_op(&x, b, want)?;
                vm.truthy(&r)?
            }
        };
        if replace {
            best = Some(x);
        }
    }
    best.or(default).ok_or_else(|| value_error(format!("{name}() arg is an empty sequence")))
}

/// Whether `x` beats `best` (`<` for min, `>` for max) when both are ints,
/// floats or strs; None for other pairs.
fn native_better(x: &Value, best: &Value, want: u8) -> Option<bool> {
    use std::cmp::Ordering;
    let ord = match (x, best) {
        (Value::Int(a), Value::Int(b)) => a.cmp(b),
        (Value::Float(a), Value::Float(b)) => return Some(if want == 0 { a < b } else { a > b }),
        (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
        _ => return None,
    };
    Some(if want == 0 { ord == Ordering::Less } else { ord == Ordering::Greater })
}

fn min(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min", 0)
}

fn max(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max", 4)
}

fn any(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("any", args, 1, 1)?;
    find_truth(vm, &args[0], true)
}

fn all(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("all", args, 1, 1)?;
    find_truth(vm, &args[0], false).map(|v| Value::Bool(!matches!(v, Value::Bool(true))))
}

/// Whether some item of `iterable` has truth value `wanted`, stopping at
/// the first. Items whose truth needs no Python code are tested inside the
/// iterator's run (a generator's frame, see `Vm::take_items`); the others
/// come back here, with the generator suspended, to call `__bool__`/`__len__`.
fn find_truth(vm: &mut Vm, iterable: &Value, wanted: bool) -> PyResult<Value> {
    let it = vm.get_iter(iterable)?;
    let mut test = |x: Value| match crate::vm::ops::native_truth(&x) {
        Some(t) if t != wanted => None,
        _ => Some(x),
    };
    while let Some(x) = vm.take_items(&it, &mut test)? {
        if vm.truthy(&x)? == wanted {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// Stable sort with an optional key and reverse flag (CPython's semantics).
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let key = key.filter(|k| !k.is_none());
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for x in items.drain(..) {
        let k = match &key {
            Some(f) => vm.call_value(f, vec![x.clone()], vec![])?,
            None => x.clone(),
        };
        keyed.push((k, x));
    }
    if reverse {
        keyed.reverse();
    }
    let mut err: Option<PyErr> = None;
    keyed.sort_by(|a, b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let lt = match (&a.0, &b.0) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            _ => vm.compare_op(&a.0, &b.0, 0).and_then(|r| vm.truthy(&r)),
        };
        match lt {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => {
                // b < a decides Greater; equal otherwise (keeps stability)
                let gt = match (&a.0, &b.0) {
                    (Value::Int(x), Value::Int(y)) => Ok(y < x),
                    (Value::Str(x), Value::Str(y)) => Ok(y.as_str() < x.as_str()),
                    _ => vm.compare_op(&b.0, &a.0, 0).and_then(|r| vm.truthy(&r)),
                };
                match gt {
                    Ok(true) => std::cmp::Ordering::Greater,
                    Ok(false) => std::cmp::Ordering::Equal,
                    Err(e) => {
                        err = Some(e);
                        std::cmp::Ordering::Equal
                    }
                }
            }
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        keyed.reverse();
    }
    items.extend(keyed.into_iter().map(|(_, x)| x));
    Ok(())
}

fn sorted(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| k.as_str() != "key" && k.as_str() != "reverse") {
        // (sorted() passes its keywords on to list.sort())
        return Err(type_error(format!("'{}' is an invalid keyword argument for sort()", k.as_str())));
    }
    let [key, reverse] = <[Option<Value>; 2]>::try_from(take_kwargs("sorted", kwargs, &["key", "reverse"])?).unwrap_or_default();
    if args.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let mut items = vm.collect(&args[0])?;
    let rev = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    sort_values(vm, &mut items, key, rev)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("reversed", args, 1, 1)?;
    let v = &args[0];
    Ok(match v {
        Value::List(l) => make_iter(IterKind::Reversed { seq: v.clone(), index: l.items.borrow().len() }, "list_reverseiterator"),
        Value::Tuple(t) => make_iter(IterKind::Reversed { seq: v.clone(), index: t.items.len() }, "reversed"),
        Value::Str(s) => make_iter(IterKind::Reversed { seq: v.clone(), index: s.chars }, "reversed"),
        Value::Range(r) => make_iter(IterKind::Reversed { seq: v.clone(), index: r.len() as usize }, "range_iterator"),
        Value::Dict(d) => {
            let mut keys = d.keys();
            keys.reverse();
            make_iter(IterKind::Seq { seq: Value::list(keys), index: 0 }, "dict_reversekeyiterator")
        }
        Value::DictView(view) => {
            let (mut items, name) = match view.kind {
                ViewKind::Keys => (view.dict.keys(), "dict_reversekeyiterator"),
                ViewKind::Values => (view.dict.values(), "dict_reversevalueiterator"),
                ViewKind::Items => (view.dict.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(), "dict_reverseitemiterator"),
            };
            items.reverse();
            make_iter(IterKind::Seq { seq: Value::list(items), index: 0 }, name)
        }
        Value::Instance(inst) => {
            if let Some(m) = inst.class.lookup(&vm.names.reversed) {
                return vm.call_value(&m, vec![v.clone()], vec![]);
            }
            if inst.class.lookup(&vm.names.getitem).is_some() && inst.class.lookup(&vm.names.len).is_some() {
                let n = super::functions::py_len(vm, v)?;
                make_iter(IterKind::Reversed { seq: v.clone(), index: n }, "reversed")
            } else {
                return Err(type_error(format!("'{}' object is not reversible", type_name(v))));
            }
        }
        _ => return Err(type_error(format!("'{}' object is not reversible", type_name(v)))),
    })
}

fn enumerate(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [start] = <[Option<Value>; 1]>::try_from(take_kwargs("enumerate", kwargs, &["start"])?).unwrap_or_default();
    arity("enumerate", args, 1, 2)?;
    let inner = vm.get_iter(&args[0])?;
    let count = args.get(1).cloned().or(start).unwrap_or(Value::Int(0));
    if !matches!(count, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&count))));
    }
    Ok(make_iter(IterKind::Enumerate { inner, count }, "enumerate"))
}

fn zip(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [strict] = <[Option<Value>; 1]>::try_from(take_kwargs("zip", kwargs, &["strict"])?).unwrap_or_default();
    let mut inners = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => inners.push(it),
            Err(_) => return Err(type_error(format!("zip argument #{} must support iteration", i + 1))),
        }
    }
    let strict = match strict {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    Ok(make_iter(IterKind::Zip { inners, strict }, "zip"))
}

fn map(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::new();
    for a in &args[1..] {
        inners.push(vm.get_iter(a)?);
    }
    Ok(make_iter(IterKind::Map { func: args[0].clone(), inners }, "map"))
}

fn filter(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("filter", args, 2, 2)?;
    let inner = vm.get_iter(&args[1])?;
    Ok(make_iter(IterKind::Filter { func: args[0].clone(), inner }, "filter"))
}

fn iter(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(vm, &args[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(make_iter(IterKind::CallIter { func: args[0].clone(), sentinel: args[1].clone() }, "callable_iterator"));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("next", args, 1, 2)?;
    if !vm.is_iterator(&args[0]) {
        return Err(type_error(format!("'{}' object is not an iterator", type_name(&args[0]))));
    }
    match vm.next_fast(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => {
                vm.stop_value = None;
                Ok(d.clone())
            }
            None => {
                let v = vm.stop_value.take();
                Err(stop_iteration(v.filter(|v| !v.is_none())))
            }
        },
    }
}

/// `aiter(obj)`: `obj.__aiter__()`, which must be an async iterator.
fn aiter(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("aiter", args, 1, 1)?;
    let name = crate::object::string::intern("__aiter__");
    if vm.types.of(&args[0]).lookup(&name).is_none() {
        return Err(type_error(format!("'{}' object is not an async iterable", type_name(&args[0]))));
    }
    let Some(it) = vm.call_method(&args[0], &name, vec![])? else {
        return Err(type_error(format!("'{}' object is not an async iterable", type_name(&args[0]))));
    };
    if vm.types.of(&it).lookup_str("__anext__").is_none() {
        return Err(type_error(format!("aiter() returned not an async iterator of type '{}'", type_name(&it))));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `it.__anext__()`; with a
/// default, an `anext_awaitable` that gives the default instead of
/// raising StopAsyncIteration.
fn anext(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("anext", args, 1, 2)?;
    let name = crate::object::string::intern("__anext__");
    if vm.types.of(&args[0]).lookup(&name).is_none() {
        return Err(type_error(format!("'{}' object is not an async iterator", type_name(&args[0]))));
    }
    let Some(awaitable) = vm.call_method(&args[0], &name, vec![])? else {
        return Err(type_error(format!("'{}' object is not an async iterator", type_name(&args[0]))));
    };
    Ok(match args.get(1) {
        None => awaitable,
        Some(default) => {
            let kind = IterKind::AwaitWrapper { inner: awaitable, default: Some(default.clone()), started: false };
            crate::vm::iter::make_iter(kind, "anext_awaitable")
        }
    })
}

fn class_of_spec(spec: &Value, fname: &str) -> PyResult<Vec<Rc<Class>>> {
    match spec {
        Value::Class(c) => Ok(vec![c.clone()]),
        Value::Tuple(t) => {
            let mut out = vec![];
            for x in t.items.iter() {
                out.extend(class_of_spec(x, fname)?);
            }
            Ok(out)
        }
        _ => Err(type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("isinstance", args, 2, 2)?;
    let classes = class_of_spec(&args[1], "isinstance")?;
    let cls = vm.types.of(&args[0]);
    subclass_of_any(vm, &cls, &classes)
}

fn issubclass(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("issubclass", args, 2, 2)?;
    let Value::Class(c) = &args[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let classes = class_of_spec(&args[1], "issubclass")?;
    subclass_of_any(vm, c, &classes)
}

/// Whether `cls` is a subclass of one of `classes`. Abstract base classes
/// (`abc.ABC` in the frozen stdlib, which tikitaka has instead of the
/// `ABCMeta` metaclass) decide for themselves through their
/// `_abc_subclasscheck` class method: virtual subclasses (`register`) and
/// `__subclasshook__`, as `ABCMeta.__subclasscheck__` does.
fn subclass_of_any(vm: &mut Vm, cls: &Rc<Class>, classes: &[Rc<Class>]) -> PyResult<Value> {
    for c in classes {
        if cls.is_subclass(c) {
            return Ok(Value::Bool(true));
        }
        if !c.builtin
            && let Some(Value::ClassMethod(f)) = c.lookup_str("_abc_subclasscheck")
        {
            let r = vm.call_value(&f, vec![Value::Class(c.clone()), Value::Class(cls.clone())], vec![])?;
            if vm.truthy(&r)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) | Value::StaticMethod(_) => true,
        Value::Instance(i) => i.class.lookup(&vm.names.call).is_some(),
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args[0])))
}

fn id(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("id", args, 1, 1)?;
    Ok(Value::Int(args[0].id() as i64))
}

fn hash(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])? as i64))
}

fn chr(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("chr", args, 1, 1)?;
    let i = match &args[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        other => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            if s.chars != 1 {
                return Err(type_error(format!("ord() expected a character, but string of length {} found", s.chars)));
            }
            Ok(Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0)))
        }
        Value::Bytes(b) if b.data.len() == 1 => Ok(Value::Int(b.data[0] as i64)),
        other => Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(other)))),
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Instance(_) => {
            let i = vm.int_index(v)?;
            Ok(BigInt::from(i))
        }
        other => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
    }
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    arity(name, args, 1, 1)?;
    let v = int_arg(vm, &args[0])?;
    let digits = v.abs().to_str_radix(base);
    Ok(Value::str(format!("{}{prefix}{digits}", if v.is_negative() { "-" } else { "" })))
}

fn hex(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}
fn oct(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}
fn bin(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

fn divmod(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("divmod", args, 2, 2)?;
    if to_num(&args[0]).is_none() || to_num(&args[1]).is_none() {
        if let Some(v) = vm.call_method(&args[0], &PyStr::new("__divmod__"), vec![args[1].clone()])? {
            return Ok(v);
        }
        return Err(unsupported_binop("divmod()", &type_name(&args[0]), &type_name(&args[1])));
    }
    let q = vm.binary_op(&args[0], &args[1], 5)?;
    let r = vm.binary_op(&args[0], &args[1], 6)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [base, exp, m] = <[Option<Value>; 3]>::try_from(take_kwargs("pow", kwargs, &["base", "exp", "mod"])?).unwrap_or_default();
    let base = args.first().cloned().or(base).ok_or_else(|| type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = args.get(1).cloned().or(exp).ok_or_else(|| type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = args.get(2).cloned().or(m).filter(|v| !v.is_none());
    match m {
        None => vm.binary_op(&base, &exp, 7),
        Some(m) => {
            let (Some(b), Some(e), Some(md)) = (to_num(&base), to_num(&exp), to_num(&m)) else {
                return Err(type_error("unsupported operand type(s) for pow()"));
            };
            if matches!(b, Num::F(_)) || matches!(e, Num::F(_)) || matches!(md, Num::F(_)) {
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            let (b, e, md) = (crate::vm::ops::to_big(&b), crate::vm::ops::to_big(&e), crate::vm::ops::to_big(&md));
            if md.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                let inv = mod_inverse(&b, &md).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                inv.modpow(&(-e), &md)
            } else {
                b.modpow(&e, &md)
            };
            let r = if !r.is_zero() && (r.is_negative() != md.is_negative()) { r + &md } else { r };
            Ok(Value::from_bigint(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let g = a.extended_gcd(m);
    if g.gcd != BigInt::from(1) && g.gcd != BigInt::from(-1) {
        return None;
    }
    Some(g.x.mod_floor(m))
}

fn round(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [nd] = <[Option<Value>; 1]>::try_from(take_kwargs("round", kwargs, &["ndigits"])?).unwrap_or_default();
    arity("round", args, 1, 2)?;
    let nd = args.get(1).cloned().or(nd).filter(|v| !v.is_none());
    match (&args[0], nd) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            Ok(match r.to_i64() {
                Some(i) if r.abs() < 9.2e18 => Value::Int(i),
                _ => Value::from_bigint(BigInt::from(r as i128)),
            })
        }
        (Value::Float(f), Some(n)) => {
            let n = vm.to_index(&n, "'float' object cannot be interpreted as an integer")?;
            Ok(Value::Float(round_float(*f, n)))
        }
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), None) => Ok(match &args[0] {
            Value::Bool(b) => Value::Int(*b as i64),
            v => v.clone(),
        }),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), Some(n)) => {
            let n = vm.to_index(&n, "integer argument expected")?;
            let x = match &args[0] {
                Value::Int(i) => BigInt::from(*i),
                Value::Bool(b) => BigInt::from(*b as i64),
                Value::BigInt(b) => (**b).clone(),
                _ => BigInt::zero(),
            };
            Ok(Value::from_bigint(crate::builtins::methods_num::round_int(&x, n)))
        }
        (v @ Value::Instance(_), nd) => {
            let args: Vec<Value> = nd.into_iter().collect();
            match vm.call_method(v, &PyStr::new("__round__"), args)? {
                Some(r) => Ok(r),
                None => Err(type_error(format!("type {} doesn't define __round__ method", type_name(v)))),
            }
        }
        (v, _) => Err(type_error(format!("type {} doesn't define __round__ method", type_name(v)))),
    }
}

/// round(x, n) with correct decimal rounding (via the shortest repr digits).
pub fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 300 {
        return x;
    }
    if n < -308 {
        return 0.0 * x;
    }
    // format with exact decimal expansion, then round half-even on the digits
    let s = format!("{:.*e}", 40, x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect();
    // value = 0.d1d2d3... * 10^(exp+1); keep digits up to position exp+1+n
    let keep = exp + 1 + n;
    if keep < 0 {
        return 0.0 * x;
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return x;
    }
    let mut kept: Vec<u8> = digits[..keep].to_vec();
    let rest = &digits[keep..];
    let first = rest[0];
    let tail_nonzero = rest[1..].iter().any(|&d| d != 0);
    // exact check: the 40-digit expansion is exact enough for doubles here
    let round_up = first > 5 || (first == 5 && (tail_nonzero || kept.last().map(|d| d % 2 == 1).unwrap_or(false)));
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                break;
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let carried = kept.len() > keep;
    let int_exp = exp + 1 + carried as i64 - kept.len() as i64;
    let mant_str: String = kept.iter().map(|d| (d + b'0') as char).collect();
    let mant_str = if mant_str.is_empty() { "0".to_string() } else { mant_str };
    let r: f64 = format!("{}{}e{}", if neg { "-" } else { "" }, mant_str, int_exp).parse().unwrap_or(x);
    if r == 0.0 { 0.0f64.copysign(x) } else { r }
}

/// An attribute, or None when it is missing (no AttributeError is built
/// unless a `__getattr__` has to run).
fn attr_if_any(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    if let Some(v) = vm.get_attr_opt(obj, name)? {
        return Ok(Some(v));
    }
    if matches!(obj, Value::Instance(inst) if inst.class.lookup(&vm.names.getattr).is_some()) {
        return match vm.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance_of(&vm.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        };
    }
    Ok(None)
}

fn getattr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("getattr", args, 2, 3)?;
    let name = super::expect_str(&args[1], "attribute name must be string")?.clone();
    if args.len() == 3 {
        return Ok(attr_if_any(vm, &args[0], &name)?.unwrap_or_else(|| args[2].clone()));
    }
    vm.get_attr(&args[0], &name)
}

fn setattr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("setattr", args, 3, 3)?;
    let name = super::expect_str(&args[1], "attribute name must be string")?.clone();
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("hasattr", args, 2, 2)?;
    let name = super::expect_str(&args[1], "attribute name must be string")?.clone();
    Ok(Value::Bool(attr_if_any(vm, &args[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("delattr", args, 2, 2)?;
    let name = super::expect_str(&args[1], "attribute name must be string")?.clone();
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn format(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(type_error(format!("format() argument 2 must be str, not {}", type_name(other)))),
        None => String::new(),
    };
    Ok(Value::str(vm.format(&args[0], &spec)?))
}

/// The frame that called a frame-aware builtin (pushed by the run loop).
fn caller_frame(vm: &Vm) -> PyResult<&crate::vm::frame::Frame> {
    vm.frames.last().map(|f| &**f).ok_or_else(|| internal("no calling frame"))
}

fn globals(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("globals", args, 0, 0)?;
    Ok(Value::Dict(caller_frame(vm)?.globals.clone()))
}

fn locals(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("locals", args, 0, 0)?;
    let f = caller_frame(vm)?;
    if let Some(n) = f.names() {
        return Ok(Value::Dict(n.clone()));
    }
    Ok(Value::Dict(Rc::new(super::methods_gen::snapshot_locals(f))))
}

fn vars(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    arity("vars", args, 0, 1)?;
    match args.first() {
        None => locals(vm, args, k),
        Some(Value::Instance(i)) => Ok(Value::Dict(i.own_dict())),
        Some(Value::Class(c)) => Ok(Value::Dict(c.dict.clone())),
        Some(Value::Module(m)) => Ok(Value::Dict(m.dict.clone())),
        Some(_) => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("dir", args, 0, 1)?;
    let mut names: Vec<String> = vec![];
    match args.first() {
        None => {
            let f = caller_frame(vm)?;
            if let Some(n) = f.names() {
                names = n.keys().iter().filter_map(|k| if let Value::Str(s) = k { Some(s.as_str().to_string()) } else { None }).collect();
            } else {
                for (i, name) in f.code.varnames.iter().enumerate() {
                    if f.local(i).is_some() {
                        names.push(name.as_str().to_string());
                    }
                }
            }
        }
        Some(v) => names = dir_names(vm, v),
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// `dir(v)`: the names of its attributes, its class's and their bases',
/// sorted, each once.
pub fn dir_names(vm: &Vm, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = vec![];
    let mut add = |keys: Vec<Value>| {
        for k in keys {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    };
    match v {
        Value::Instance(i) => {
            add(i.attr_names());
            for c in i.class.full_mro() {
                add(c.dict.keys());
            }
        }
        Value::Class(c) => {
            for c in c.full_mro() {
                add(c.dict.keys());
            }
        }
        Value::Module(m) => add(m.dict.keys()),
        other => {
            for c in vm.types.of(other).full_mro() {
                add(c.dict.keys());
            }
        }
    }
    names.sort();
    names.dedup();
    names
}
