//! The set algebra of `set` and `frozenset` (union, intersection,
//! difference, symmetric difference, subset tests), shared by their methods
//! and operators. Each follows CPython's algorithm step for step where the
//! steps are observable: which operand is iterated, in which order elements
//! are inserted (that decides the printed order), when an element is hashed
//! (once: an element already in a set or dict is moved with its stored hash,
//! so `__hash__` is never called again), when iteration stops early, and
//! which of two equal elements ends up in the result (`{True} & {1}`).

use super::Value;
use super::set::PySet;
use crate::object::exceptions::PyResult;
use crate::vm::Vm;
use std::rc::Rc;

/// A set (or frozenset) operand, as a set; None for anything else.
fn as_set(v: &Value) -> Option<&Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// A new set holding the elements of `other` (`set(other)`).
pub fn new_from(vm: &mut Vm, other: &Value) -> PyResult<PySet> {
    let s = PySet::new();
    s.update_from(vm, other)?;
    Ok(s)
}

/// `so | other...`: a copy of `so` updated with each of `others`.
pub fn union(vm: &mut Vm, so: &PySet, others: &[Value]) -> PyResult<PySet> {
    let out = so.copy_like_cpython();
    for other in others {
        out.update_from(vm, other)?;
    }
    Ok(out)
}

/// `so & other`. Of two sets the smaller is iterated and the larger
/// probed; any other iterable is iterated (its elements hashed), stopping
/// once every element of `so` has been found.
pub fn intersection(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<PySet> {
    let out = PySet::new();
    if let Some(o) = as_set(other) {
        if std::ptr::eq(&**o, so) {
            return Ok(so.copy_like_cpython());
        }
        let (probed, iterated): (&PySet, &PySet) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (h, k) in iterated.entries() {
            if probed.contains_hashed(vm, &k, h)? {
                out.add_hashed(vm, k, h)?;
            }
        }
        return Ok(out);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next_fast(&it)? {
        let h = vm.hash(&k)?;
        if so.contains_hashed(vm, &k, h)? {
            out.add_hashed(vm, k, h)?;
            if out.len() >= so.len() {
                break;
            }
        }
    }
    Ok(out)
}

/// `so.intersection(*others)`: each step intersects the previous result.
pub fn intersection_multi(vm: &mut Vm, so: &PySet, others: &[Value]) -> PyResult<PySet> {
    let Some((first, rest)) = others.split_first() else { return Ok(so.copy_like_cpython()) };
    let mut out = intersection(vm, so, first)?;
    for other in rest {
        out = intersection(vm, &out, other)?;
    }
    Ok(out)
}

/// `so -= other`: discards each element of `other` from `so` (a set's by
/// stored hash), then drops the dummies if they are many.
pub fn difference_update(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) | Value::FrozenSet(o) if std::ptr::eq(&**o, so) => {
            so.clear();
            return Ok(());
        }
        Value::Set(o) | Value::FrozenSet(o) => {
            // a set more than 8 times larger: only the common elements
            let entries = if (o.len() >> 3) > so.len() { intersection(vm, so, other)?.entries() } else { o.entries() };
            for (h, k) in entries {
                so.remove_hashed(vm, &k, h)?;
            }
        }
        // (a dict's keys too: CPython hashes them again here)
        _ => {
            let it = vm.get_iter(other)?;
            while let Some(k) = vm.next_fast(&it)? {
                so.remove(vm, &k)?;
            }
        }
    }
    so.shed_dummies();
    Ok(())
}

/// `so - other`: against a set or dict much smaller than `so`, or any
/// other iterable, a copy of `so` minus `other`; else the elements of `so`
/// not in `other`, in `so`'s order.
pub fn difference(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<PySet> {
    let other_len = match other {
        Value::Set(o) | Value::FrozenSet(o) => Some(o.len()),
        Value::Dict(d) => Some(d.len()),
        _ => None,
    };
    match other_len {
        Some(n) if (so.len() >> 2) <= n => {
            let out = PySet::new();
            for (h, k) in so.entries() {
                let found = match other {
                    Value::Dict(d) => d.contains_hashed(vm, &k, h)?,
                    Value::Set(o) | Value::FrozenSet(o) => o.contains_hashed(vm, &k, h)?,
                    _ => false,
                };
                if !found {
                    out.add_hashed(vm, k, h)?;
                }
            }
            Ok(out)
        }
        _ => {
            let out = so.copy_like_cpython();
            difference_update(vm, &out, other)?;
            Ok(out)
        }
    }
}

/// `so.difference(*others)`.
pub fn difference_multi(vm: &mut Vm, so: &PySet, others: &[Value]) -> PyResult<PySet> {
    let Some((first, rest)) = others.split_first() else { return Ok(so.copy_like_cpython()) };
    let out = difference(vm, so, first)?;
    for other in rest {
        difference_update(vm, &out, other)?;
    }
    Ok(out)
}

/// `so ^= other`: each element of `other` (of `set(other)` for an
/// iterable) is discarded from `so` if there, else added.
pub fn symmetric_difference_update(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<()> {
    let entries = match other {
        Value::Set(o) | Value::FrozenSet(o) if std::ptr::eq(&**o, so) => {
            so.clear();
            return Ok(());
        }
        Value::Set(o) | Value::FrozenSet(o) => o.entries(),
        Value::Dict(d) => d.keys_with_hashes(),
        _ => new_from(vm, other)?.entries(),
    };
    for (h, k) in entries {
        if !so.remove_hashed(vm, &k, h)? {
            so.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other`: `set(other)` with each element of `so` toggled in it.
pub fn symmetric_difference(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<PySet> {
    let out = new_from(vm, other)?;
    for (h, k) in so.entries() {
        if !out.remove_hashed(vm, &k, h)? {
            out.add_hashed(vm, k, h)?;
        }
    }
    Ok(out)
}

/// Whether every element of `so` is in `other` (both sets).
pub fn is_subset_of_set(vm: &mut Vm, so: &PySet, other: &PySet) -> PyResult<bool> {
    if so.len() > other.len() {
        return Ok(false);
    }
    for (h, k) in so.entries() {
        if !other.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so.issubset(other)`: an iterable is made a set first.
pub fn issubset(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<bool> {
    match as_set(other) {
        Some(o) => is_subset_of_set(vm, so, o),
        None => {
            let o = new_from(vm, other)?;
            is_subset_of_set(vm, so, &o)
        }
    }
}

/// `so.issuperset(other)`: an iterable's elements are looked up one at a
/// time, stopping at the first missing one.
pub fn issuperset(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        return is_subset_of_set(vm, o, so);
    }
    Ok(!vm.any_item(other, |vm, k| Ok(!so.contains(vm, k)?))?)
}

/// `so.isdisjoint(other)`: of two sets the smaller is iterated; an
/// iterable stops at its first common element.
pub fn isdisjoint(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        if std::ptr::eq(&**o, so) {
            return Ok(so.is_empty());
        }
        let (probed, iterated): (&PySet, &PySet) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (h, k) in iterated.entries() {
            if probed.contains_hashed(vm, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    Ok(!vm.any_item(other, |vm, k| so.contains(vm, k))?)
}
