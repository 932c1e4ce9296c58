//! `dict.keys()` and `dict.items()` are set-like, as in CPython: `&`, `|`,
//! `-`, `^` with any iterable (either side) give a `set`, comparisons with
//! sets and other views are set comparisons, `isdisjoint` works, and an
//! items view answers `in` by one key lookup. The values view is none of
//! these. Results are built in CPython's order of steps (see `set_ops.rs`).

use super::Vm;
use crate::object::exceptions::*;
use crate::object::set::PySet;
use crate::object::set_ops;
use crate::object::{DictView, Value, ViewKind};
use std::rc::Rc;

/// A keys or items view (the set-like ones).
fn set_like(v: &Value) -> Option<&Rc<DictView>> {
    match v {
        Value::DictView(d) if d.kind != ViewKind::Values => Some(d),
        _ => None,
    }
}

fn view_len(v: &DictView) -> usize {
    v.dict.len()
}

impl Vm {
    /// Whether the items view `v` holds `item`: a 2-tuple whose key is in
    /// the dict with an equal value.
    pub(crate) fn items_view_contains(&mut self, v: &DictView, item: &Value) -> PyResult<bool> {
        let Value::Tuple(t) = item else { return Ok(false) };
        if t.items.len() != 2 {
            return Ok(false);
        }
        match v.dict.get(self, &t.items[0])? {
            Some(found) => Ok(found.is(&t.items[1]) || self.eq(&found, &t.items[1])?),
            None => Ok(false),
        }
    }

    fn view_contains(&mut self, v: &DictView, item: &Value) -> PyResult<bool> {
        match v.kind {
            ViewKind::Keys => v.dict.contains(self, item),
            _ => self.items_view_contains(v, item),
        }
    }

    /// `set(x)` of an operand (a keys view from its dict's stored hashes).
    fn view_operand_set(&mut self, x: &Value) -> PyResult<PySet> {
        match x {
            Value::DictView(v) if v.kind == ViewKind::Keys => set_ops::new_from(self, &Value::Dict(v.dict.clone())),
            other => set_ops::new_from(self, other),
        }
    }

    /// `a OP b` for `&`, `|`, `-`, `^` (codes 10, 11, 1, 12) when either
    /// side is a keys or items view; None when neither is.
    pub(crate) fn dict_view_op(&mut self, a: &Value, b: &Value, code: u8) -> PyResult<Option<Value>> {
        if !matches!(code, 10 | 11 | 1 | 12) || (set_like(a).is_none() && set_like(b).is_none()) {
            return Ok(None);
        }
        if code == 10 {
            return self.view_intersection(a, b).map(|s| Some(Value::Set(Rc::new(s))));
        }
        // the others: set(a), then updated in place by b
        let out = self.view_operand_set(a)?;
        match code {
            11 => out.update_from(self, b)?,
            1 => set_ops::difference_update(self, &out, b)?,
            _ => set_ops::symmetric_difference_update(self, &out, b)?,
        }
        Ok(Some(Value::Set(Rc::new(out))))
    }

    /// `view & other` (either order): with a set at least as large, the
    /// set's `intersection`; else the other operand (the smaller of two
    /// views) is walked and each element found in the view kept.
    fn view_intersection(&mut self, a: &Value, b: &Value) -> PyResult<PySet> {
        let (mut view, mut other) = match set_like(a) {
            Some(v) => (v.clone(), b.clone()),
            None => match set_like(b) {
                Some(v) => (v.clone(), a.clone()),
                None => return Ok(PySet::new()),
            },
        };
        if let Value::Set(s) = &other
            && view_len(&view) <= s.len()
        {
            return set_ops::intersection(self, s, &Value::DictView(view));
        }
        if let Some(o) = set_like(&other)
            && view_len(o) > view_len(&view)
        {
            let bigger = o.clone();
            other = Value::DictView(view);
            view = bigger;
        }
        let out = PySet::new();
        let it = self.get_iter(&other)?;
        while let Some(x) = self.next_fast(&it)? {
            if self.view_contains(&view, &x)? {
                out.add(self, x)?;
            }
        }
        Ok(out)
    }

    /// `view.isdisjoint(other)`.
    pub(crate) fn view_isdisjoint(&mut self, view: &Rc<DictView>, other: &Value) -> PyResult<bool> {
        if let Value::DictView(o) = other
            && Rc::ptr_eq(o, view)
        {
            return Ok(view_len(view) == 0);
        }
        let other_len = match other {
            Value::Set(s) | Value::FrozenSet(s) => Some(s.len()),
            Value::DictView(o) => Some(view_len(o)),
            _ => None,
        };
        let common = if other_len.is_some_and(|n| n > view_len(view)) {
            self.any_item(&Value::DictView(view.clone()), |vm, x| vm.contains(other, x))?
        } else {
            self.any_item(other, |vm, x| vm.view_contains(view, x))?
        };
        Ok(!common)
    }

    /// A comparison (codes 0–5: `<`, `<=`, `==`, `!=`, `>`, `>=`) of a keys
    /// or items view with a set or another view; None for anything else.
    pub(crate) fn dict_view_compare(&mut self, a: &Value, b: &Value, code: u8) -> PyResult<Option<bool>> {
        let size = |v: &Value| match v {
            Value::Set(s) | Value::FrozenSet(s) => Some(s.len()),
            Value::DictView(d) if d.kind != ViewKind::Values => Some(view_len(d)),
            _ => None,
        };
        if set_like(a).is_none() && set_like(b).is_none() {
            return Ok(None);
        }
        let (Some(la), Some(lb)) = (size(a), size(b)) else { return Ok(None) };
        Ok(Some(match code {
            0 => la < lb && self.all_contained_in(a, b)?,
            1 => la <= lb && self.all_contained_in(a, b)?,
            2 => la == lb && self.all_contained_in(a, b)?,
            3 => !(la == lb && self.all_contained_in(a, b)?),
            4 => la > lb && self.all_contained_in(b, a)?,
            _ => la >= lb && self.all_contained_in(b, a)?,
        }))
    }

    fn all_contained_in(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let missing = self.any_item(a, |vm, x| {
            Ok(!match b {
                Value::DictView(v) => vm.view_contains(v, x)?,
                other => vm.contains(other, x)?,
            })
        })?;
        Ok(!missing)
    }
}
