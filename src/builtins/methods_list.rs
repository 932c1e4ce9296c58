//! Methods of `list` and `tuple`. List methods never hold the `items`
//! borrow across a call back into the VM (`==`, key functions, `__index__`):
//! they copy what they need, release the borrow, call, and re-check bounds.

use super::add_methods;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use num_traits::Signed;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(
        &t.list,
        "list",
        &[
            ("append", append),
            ("clear", clear),
            ("copy", copy),
            ("count", count),
            ("extend", extend),
            ("index", index),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("reverse", reverse),
            ("sort", sort),
        ],
    );
    add_methods(&t.tuple, "tuple", &[("count", tuple_count), ("index", tuple_index)]);
}

/// Checks a built-in method call: no keyword arguments, a self argument and
/// `min..=max` further positional arguments, with CPython's messages
/// (`list.append() takes exactly one argument (2 given)`,
/// `index expected at least 1 argument, got 0`).
#[inline]
pub(crate) fn check_call(owner: &str, name: &str, args: &[Value], kwargs: KwArgs, min: usize, max: usize) -> PyResult<()> {
    if !args.is_empty() && kwargs.is_empty() && (min..=max).contains(&(args.len() - 1)) {
        return Ok(());
    }
    call_error(owner, name, args, kwargs, min, max)
}

/// What `check_call` raises (out of line: methods are called often).
#[cold]
#[inline(never)]
fn call_error(owner: &str, name: &str, args: &[Value], kwargs: KwArgs, min: usize, max: usize) -> PyResult<()> {
    if args.is_empty() {
        return Err(type_error(format!("unbound method {owner}.{name}() needs an argument")));
    }
    if !kwargs.is_empty() {
        return Err(type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    check_arity(owner, name, args, min, max)
}

/// The positional-count half of `check_call` (`args[0]` is self).
pub(crate) fn check_arity(owner: &str, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min <= 1 {
        let what = if min == 0 { "no arguments".to_string() } else { "exactly one argument".to_string() };
        format!("{owner}.{name}() takes {what} ({n} given)")
    } else if min == max {
        format!("{name} expected {min} arguments, got {n}")
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(type_error(msg))
}

/// The error for a method of `owner` called on a value of another type.
pub(crate) fn descriptor_error(owner: &str, name: &str, got: &Value) -> PyErr {
    type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object", type_name(got)))
}

fn this_list<'a>(name: &str, args: &'a [Value], kwargs: KwArgs, min: usize, max: usize) -> PyResult<&'a Rc<PyList>> {
    check_call("list", name, args, kwargs, min, max)?;
    match &args[0] {
        Value::List(l) => Ok(l),
        other => Err(descriptor_error("list", name, other)),
    }
}

fn this_tuple<'a>(name: &str, args: &'a [Value], kwargs: KwArgs, min: usize, max: usize) -> PyResult<&'a Rc<PyTuple>> {
    check_call("tuple", name, args, kwargs, min, max)?;
    match &args[0] {
        Value::Tuple(t) => Ok(t),
        other => Err(descriptor_error("tuple", name, other)),
    }
}

/// An index argument of `pop`/`insert` (`__index__` allowed; huge ints overflow).
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.int_index(v),
    }
}

/// A start/stop argument of `index`: like a slice bound, huge ints clamp.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => vm.to_index(v, "slice indices must be integers or have an __index__ method"),
    }
}

/// Resolves `index(x, start, stop)` bounds against a length.
fn index_range(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let norm = |i: i64| -> usize {
        let i = if i < 0 { i.saturating_add(len).max(0) } else { i };
        i as usize
    };
    let start = match args.get(2) {
        Some(v) => norm(slice_bound(vm, v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => norm(slice_bound(vm, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

/// The item at `i` of a list, if still present (no borrow is kept).
fn item_at(l: &PyList, i: usize) -> Option<Value> {
    l.items.borrow().get(i).cloned()
}

/// `x is y or x == y`, as CPython's containers compare.
fn same(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || vm.eq(a, b)?)
}

fn append(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("append", args, kwargs, 1, 1)?;
    l.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("clear", args, kwargs, 0, 0)?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    crate::object::drop_last_first(old);
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("copy", args, kwargs, 0, 0)?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn count(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("count", args, kwargs, 1, 1)?.clone();
    let mut n = 0i64;
    let mut i = 0;
    while let Some(x) = item_at(&l, i) {
        if same(vm, &x, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("extend", args, kwargs, 1, 1)?.clone();
    vm.extend_list(&l, &args[1])?;
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("index", args, kwargs, 1, 3)?.clone();
    let len = l.items.borrow().len();
    let (mut i, stop) = index_range(vm, args, len)?;
    while i < stop {
        let Some(x) = item_at(&l, i) else { break };
        if same(vm, &x, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(&args[1])?;
    Err(value_error(format!("{r} is not in list")))
}

fn insert(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("insert", args, kwargs, 2, 2)?.clone();
    let i = ssize_arg(vm, &args[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
    items.insert(at as usize, args[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("pop", args, kwargs, 0, 1)?.clone();
    let i = match args.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let at = if i < 0 { i.saturating_add(n) } else { i };
    if at < 0 || at >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("remove", args, kwargs, 1, 1)?.clone();
    let mut i = 0;
    while let Some(x) = item_at(&l, i) {
        if same(vm, &x, &args[1])? {
            let removed = {
                let mut items = l.items.borrow_mut();
                if i < items.len() { Some(items.remove(i)) } else { None }
            };
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn reverse(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this_list("reverse", args, kwargs, 0, 0)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

/// `reverse=` of `sort`: an int-like flag (CPython parses it as a C int).
fn int_flag(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) if i32::try_from(*i).is_ok() => Ok(*i != 0),
        Value::Int(_) | Value::BigInt(_) => Err(overflow_error("Python int too large to convert to C int")),
        Value::Float(_) => Err(type_error("'float' object cannot be interpreted as an integer")),
        _ => {
            let i = vm.int_index(v)?;
            Ok(i != 0)
        }
    }
}

fn sort(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(type_error("unbound method list.sort() needs an argument"));
    };
    let Value::List(l) = first else {
        return Err(descriptor_error("list", "sort", first));
    };
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    if kwargs.len() > 2 {
        return Err(type_error(format!("sort() takes at most 2 keyword arguments ({} given)", kwargs.len())));
    }
    let mut key = None;
    let mut rev = None;
    for (k, v) in kwargs {
        match k.as_str() {
            "key" => key = Some(v.clone()),
            "reverse" => rev = Some(v.clone()),
            other => return Err(type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
        }
    }
    let reverse = match rev {
        Some(v) => int_flag(vm, &v)?,
        None => false,
    };
    // The list looks empty while it is being sorted (as in CPython), so key
    // functions and comparisons that mutate it are detected afterwards.
    let original = std::mem::take(&mut *l.items.borrow_mut());
    let mut items = original.clone();
    let result = super::functions::sort_values(vm, &mut items, key, reverse);
    let modified = !l.items.borrow().is_empty();
    let replaced = match result {
        Ok(()) => std::mem::replace(&mut *l.items.borrow_mut(), items),
        Err(e) => {
            let old = std::mem::replace(&mut *l.items.borrow_mut(), original);
            drop(old);
            return Err(e);
        }
    };
    drop(replaced);
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn tuple_count(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let t = this_tuple("count", args, kwargs, 1, 1)?.clone();
    let mut n = 0i64;
    for x in t.items.iter() {
        if same(vm, x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let t = this_tuple("index", args, kwargs, 1, 3)?.clone();
    let (start, stop) = index_range(vm, args, t.items.len())?;
    let stop = stop.min(t.items.len());
    for i in start..stop {
        if same(vm, &t.items[i], &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}
