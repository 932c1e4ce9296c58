//! Methods of `dict`, `set` and `frozenset`.

use super::methods_list::{check_call, descriptor_error};
use super::native;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::set_ops;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    super::add_methods(
        &t.dict,
        "dict",
        &[
            ("clear", clear),
            ("copy", copy),
            ("get", get),
            ("items", items),
            ("keys", keys),
            ("values", values),
            ("pop", pop),
            ("popitem", popitem),
            ("setdefault", setdefault),
            ("update", update),
        ],
    );
    t.dict.dict.set_item_str("fromkeys", Value::ClassMethod(Rc::new(native("fromkeys", fromkeys))));
    super::add_methods(&t.dict_keys, "dict_keys", &[("isdisjoint", view_isdisjoint)]);
    super::add_methods(&t.dict_items, "dict_items", &[("isdisjoint", view_isdisjoint)]);
    super::add_methods(
        &t.set,
        "set",
        &[
            ("add", set_add),
            ("clear", set_clear),
            ("copy", set_copy),
            ("difference", set_difference),
            ("difference_update", set_difference_update),
            ("discard", set_discard),
            ("intersection", set_intersection),
            ("intersection_update", set_intersection_update),
            ("isdisjoint", set_isdisjoint),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("pop", set_pop),
            ("remove", set_remove),
            ("symmetric_difference", set_symmetric_difference),
            ("symmetric_difference_update", set_symmetric_difference_update),
            ("union", set_union),
            ("update", set_update),
        ],
    );
    super::add_methods(
        &t.frozenset,
        "frozenset",
        &[
            ("copy", frozenset_copy),
            ("difference", frozenset_difference),
            ("intersection", frozenset_intersection),
            ("isdisjoint", frozenset_isdisjoint),
            ("issubset", frozenset_issubset),
            ("issuperset", frozenset_issuperset),
            ("symmetric_difference", frozenset_symmetric_difference),
            ("union", frozenset_union),
        ],
    );
}

/// `dict.update(src)` / `dict(src)`: a dict, an object with `keys()` (read
/// through `keys()` and `[]`), or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
    if let Value::Dict(o) = src {
        for (h, k, v) in o.entries_with_hashes() {
            d.set_hashed(vm, k, h, v)?;
        }
        return Ok(());
    }
    if let Value::Instance(_) = src {
        let name = crate::vm::repr::rc_str("keys");
        if let Some(keys) = vm.get_attr_opt(src, &name)? {
            let ks = vm.call_value(&keys, vec![], vec![])?;
            let it = vm.get_iter(&ks)?;
            while let Some(k) = vm.next_fast(&it)? {
                let v = vm.get_item(src, &k)?;
                d.set(vm, k, v)?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next_fast(&it)? {
        if !vm.is_iterable(&item) {
            return Err(type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")));
        }
        let pair = vm.collect(&item)?;
        if pair.len() != 2 {
            return Err(value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len())));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            d.set(vm, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn this<'a>(name: &str, args: &'a [Value], kwargs: KwArgs, min: usize, max: usize) -> PyResult<&'a Rc<PyDict>> {
    check_call("dict", name, args, kwargs, min, max)?;
    match &args[0] {
        Value::Dict(d) => Ok(d),
        other => Err(descriptor_error("dict", name, other)),
    }
}

fn view(d: &Rc<PyDict>, kind: ViewKind) -> Value {
    Value::DictView(Rc::new(DictView { dict: d.clone(), kind }))
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this("clear", args, kwargs, 0, 0)?;
    let old = d.take_inner();
    drop(old);
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this("copy", args, kwargs, 0, 0)?;
    Ok(Value::Dict(Rc::new(d.copy())))
}

fn get(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this("get", args, kwargs, 1, 2)?.clone();
    Ok(d.get(vm, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or_default()))
}

fn items(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    Ok(view(this("items", args, kwargs, 0, 0)?, ViewKind::Items))
}

fn keys(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    Ok(view(this("keys", args, kwargs, 0, 0)?, ViewKind::Keys))
}

fn values(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    Ok(view(this("values", args, kwargs, 0, 0)?, ViewKind::Values))
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this("pop", args, kwargs, 1, 2)?.clone();
    // CPython answers an empty dict without hashing the key.
    let found = if d.is_empty() { None } else { d.remove(vm, &args[1])? };
    match (found, args.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(args[1].clone())),
    }
}

fn popitem(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this("popitem", args, kwargs, 0, 0)?;
    match d.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this("setdefault", args, kwargs, 1, 2)?.clone();
    // one hash for the lookup and the insertion, as in CPython
    let h = vm.hash(&args[1])?;
    if let Some(v) = d.get_hashed(vm, &args[1], h)? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or_default();
    d.set_hashed(vm, args[1].clone(), h, default.clone())?;
    Ok(default)
}

fn update(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this("update", args, &[], 0, 1)?.clone();
    if let Some(src) = args.get(1) {
        update_from(vm, &d, src)?;
    }
    for (k, v) in kwargs {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::None)
}

/// `dict_keys.isdisjoint(other)` / `dict_items.isdisjoint(other)`.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let owner = match args.first() {
        Some(Value::DictView(v)) if v.kind == ViewKind::Items => "dict_items",
        _ => "dict_keys",
    };
    check_call(owner, "isdisjoint", args, kwargs, 1, 1)?;
    match &args[0] {
        Value::DictView(v) if v.kind != ViewKind::Values => Ok(Value::Bool(vm.view_isdisjoint(v, &args[1])?)),
        other => Err(descriptor_error(owner, "isdisjoint", other)),
    }
}

/// `dict.fromkeys(iterable, value=None)`; `args[0]` is the class.
fn fromkeys(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_call("dict", "fromkeys", args, kwargs, 1, 2)?;
    let value = args.get(2).cloned().unwrap_or_default();
    let is_dict = matches!(&args[0], Value::Class(c) if Rc::ptr_eq(c, &vm.types.dict));
    if is_dict {
        let d = Rc::new(PyDict::new());
        let it = vm.get_iter(&args[1])?;
        while let Some(k) = vm.next_fast(&it)? {
            d.set(vm, k, value.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    let obj = vm.call_value(&args[0], vec![], vec![])?;
    let it = vm.get_iter(&args[1])?;
    while let Some(k) = vm.next_fast(&it)? {
        vm.set_item(&obj, k, value.clone())?;
    }
    Ok(obj)
}

// ---- set and frozenset ----

/// Generates the `set.NAME` and `frozenset.NAME` entry points of a shared
/// implementation; each checks its own self type.
macro_rules! set_methods {
    ($($imp:ident => $set:ident, $frozen:ident;)*) => {$(
        fn $set(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
            $imp(vm, args, kwargs, false)
        }
        fn $frozen(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
            $imp(vm, args, kwargs, true)
        }
    )*};
}

set_methods! {
    copy_impl => set_copy, frozenset_copy;
    difference_impl => set_difference, frozenset_difference;
    intersection_impl => set_intersection, frozenset_intersection;
    isdisjoint_impl => set_isdisjoint, frozenset_isdisjoint;
    issubset_impl => set_issubset, frozenset_issubset;
    issuperset_impl => set_issuperset, frozenset_issuperset;
    symmetric_difference_impl => set_symmetric_difference, frozenset_symmetric_difference;
    union_impl => set_union, frozenset_union;
}

fn owner(frozen: bool) -> &'static str {
    if frozen { "frozenset" } else { "set" }
}

/// Checks the call and returns self, which must be a set (or a frozenset
/// for the frozenset methods).
fn this_set<'a>(name: &str, args: &'a [Value], kwargs: KwArgs, min: usize, max: usize, frozen: bool) -> PyResult<&'a Rc<PySet>> {
    let o = owner(frozen);
    check_call(o, name, args, kwargs, min, max)?;
    match (&args[0], frozen) {
        (Value::Set(s), false) | (Value::FrozenSet(s), true) => Ok(s),
        (other, _) => Err(descriptor_error(o, name, other)),
    }
}

fn wrap(s: PySet, frozen: bool) -> Value {
    if frozen { Value::FrozenSet(Rc::new(s)) } else { Value::Set(Rc::new(s)) }
}

fn clone_set(s: &PySet) -> PySet {
    s.copy_like_cpython()
}

/// A lookup key for `remove`/`discard`: a set argument is looked up as the
/// equal frozenset, as CPython does.
fn lookup_key(v: &Value) -> Value {
    match v {
        Value::Set(s) => Value::FrozenSet(Rc::new(clone_set(s))),
        other => other.clone(),
    }
}

fn set_add(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("add", args, kwargs, 1, 1, false)?.clone();
    s.add(vm, args[1].clone())?;
    Ok(Value::None)
}

fn set_clear(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("clear", args, kwargs, 0, 0, false)?;
    s.clear();
    Ok(Value::None)
}

fn copy_impl(_vm: &mut Vm, args: &[Value], kwargs: KwArgs, frozen: bool) -> PyResult<Value> {
    let s = this_set("copy", args, kwargs, 0, 0, frozen)?;
    if frozen {
        // frozensets are immutable: copy() is the object itself
        return Ok(args[0].clone());
    }
    Ok(wrap(clone_set(s), false))
}

fn set_discard(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("discard", args, kwargs, 1, 1, false)?.clone();
    s.remove(vm, &lookup_key(&args[1]))?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("remove", args, kwargs, 1, 1, false)?.clone();
    if s.remove(vm, &lookup_key(&args[1]))? { Ok(Value::None) } else { Err(key_error(args[1].clone())) }
}

fn set_pop(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("pop", args, kwargs, 0, 0, false)?.clone();
    s.pop(vm)?.ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

fn union_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, frozen: bool) -> PyResult<Value> {
    let s = this_set("union", args, kwargs, 0, usize::MAX, frozen)?;
    Ok(wrap(set_ops::union(vm, s, &args[1..])?, frozen))
}

fn set_update(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("update", args, kwargs, 0, usize::MAX, false)?.clone();
    for other in &args[1..] {
        s.update_from(vm, other)?;
    }
    Ok(Value::None)
}

fn intersection_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, frozen: bool) -> PyResult<Value> {
    let s = this_set("intersection", args, kwargs, 0, usize::MAX, frozen)?;
    Ok(wrap(set_ops::intersection_multi(vm, s, &args[1..])?, frozen))
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("intersection_update", args, kwargs, 0, usize::MAX, false)?.clone();
    let out = set_ops::intersection_multi(vm, &s, &args[1..])?;
    s.replace_with(out);
    Ok(Value::None)
}

fn difference_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, frozen: bool) -> PyResult<Value> {
    let s = this_set("difference", args, kwargs, 0, usize::MAX, frozen)?;
    Ok(wrap(set_ops::difference_multi(vm, s, &args[1..])?, frozen))
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("difference_update", args, kwargs, 0, usize::MAX, false)?.clone();
    for other in &args[1..] {
        set_ops::difference_update(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, frozen: bool) -> PyResult<Value> {
    let s = this_set("symmetric_difference", args, kwargs, 1, 1, frozen)?;
    Ok(wrap(set_ops::symmetric_difference(vm, s, &args[1])?, frozen))
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this_set("symmetric_difference_update", args, kwargs, 1, 1, false)?.clone();
    set_ops::symmetric_difference_update(vm, &s, &args[1])?;
    Ok(Value::None)
}

fn isdisjoint_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, frozen: bool) -> PyResult<Value> {
    let s = this_set("isdisjoint", args, kwargs, 1, 1, frozen)?.clone();
    Ok(Value::Bool(set_ops::isdisjoint(vm, &s, &args[1])?))
}

fn issubset_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, frozen: bool) -> PyResult<Value> {
    let s = this_set("issubset", args, kwargs, 1, 1, frozen)?.clone();
    Ok(Value::Bool(set_ops::issubset(vm, &s, &args[1])?))
}

fn issuperset_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, frozen: bool) -> PyResult<Value> {
    let s = this_set("issuperset", args, kwargs, 1, 1, frozen)?.clone();
    Ok(Value::Bool(set_ops::issuperset(vm, &s, &args[1])?))
}
