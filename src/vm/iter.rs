//! Iteration: `iter()`, `next()`, collecting and unpacking, `in`. Built-in
//! containers have native iterators; generators resume their frame;
//! instances go through `__iter__`/`__next__` (or the old `__getitem__`
//! protocol).

use super::Vm;
use crate::object::exceptions::*;
use crate::object::types::type_name;
use crate::object::*;
use std::cell::RefCell;
use std::rc::Rc;

pub fn make_iter(kind: IterKind, type_name: &'static str) -> Value {
    Value::Iterator(Rc::new(PyIterator { kind: RefCell::new(kind), type_name }))
}

impl Vm {
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => make_iter(IterKind::Seq { seq: v.clone(), index: 0 }, "list_iterator"),
            Value::Tuple(_) => make_iter(IterKind::Seq { seq: v.clone(), index: 0 }, "tuple_iterator"),
            Value::Bytes(_) => make_iter(IterKind::Seq { seq: v.clone(), index: 0 }, "bytes_iterator"),
            Value::Str(s) => make_iter(IterKind::Str { s: s.clone(), byte: 0 }, "str_ascii_iterator"),
            Value::Range(r) => make_iter(IterKind::Range { next: r.start, stop: r.stop, step: r.step }, "range_iterator"),
            Value::Dict(d) => make_iter(IterKind::DictKeys { dict: d.clone(), index: 0, len: d.len(), left: d.len() }, "dict_keyiterator"),
            Value::Set(s) | Value::FrozenSet(s) => make_iter(IterKind::Set { set: s.clone(), items: s.items(), index: 0 }, "set_iterator"),
            Value::Generator(g) if g.code().flags.coroutine => return Err(not_iterable(g.kind_name())),
            Value::Iterator(_) | Value::Generator(_) => v.clone(),
            Value::DictView(view) => {
                let (dict, index, len) = (view.dict.clone(), 0, view.dict.len());
                let left = len;
                match view.kind {
                    ViewKind::Keys => make_iter(IterKind::DictKeys { dict, index, len, left }, "dict_keyiterator"),
                    ViewKind::Values => make_iter(IterKind::DictValues { dict, index, len, left }, "dict_valueiterator"),
                    ViewKind::Items => make_iter(IterKind::DictItems { dict, index, len, left }, "dict_itemiterator"),
                }
            }
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&self.names.iter) {
                    let it = self.call_value(&m, vec![v.clone()], vec![])?;
                    if !self.is_iterator(&it) {
                        return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
                    }
                    it
                } else if inst.class.lookup(&self.names.getitem).is_some() {
                    make_iter(IterKind::Seq { seq: v.clone(), index: 0 }, "iterator")
                } else {
                    return Err(not_iterable(&type_name(v)));
                }
            }
            _ => return Err(not_iterable(&type_name(v))),
        })
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iterator(_) => true,
            // coroutines and async generators have no `__next__`
            Value::Generator(g) => !g.is_coroutine() && !g.is_async_gen(),
            Value::Instance(i) => i.class.lookup(&self.names.next).is_some(),
            _ => false,
        }
    }

    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iterator(_)
            | Value::DictView(_)
            | Value::Generator(_) => true,
            Value::Instance(i) => i.class.lookup(&self.names.iter).is_some() || i.class.lookup(&self.names.getitem).is_some(),
            _ => false,
        }
    }

    /// The next item of an iterator, or None when it is exhausted (the
    /// StopIteration value, if any, is kept for `take_stop_value`).
    pub fn next_fast(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(i) => self.native_next(i),
            Value::Generator(g) if g.code().flags.coroutine => Err(type_error(format!("'{}' object is not an iterator", g.kind_name()))),
            Value::Generator(g) => match self.resume(g, Value::None)? {
                super::generator::Delegated::Yielded(v) => Ok(Some(v)),
                super::generator::Delegated::Returned(v) => {
                    self.stop_value = Some(v);
                    Ok(None)
                }
            },
            Value::Instance(inst) => {
                let Some(m) = inst.class.lookup(&self.names.next) else {
                    return Err(type_error(format!("'{}' object is not an iterator", type_name(it))));
                };
                match self.call_value(&m, vec![it.clone()], vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance_of(&self.types.stop_iteration) => {
                        self.stop_value = e.data().args.first().cloned();
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => Err(type_error(format!("'{}' object is not an iterator", type_name(it)))),
        }
    }

    /// Hands the items of iterator `it` (from `get_iter`) to `take` until
    /// it hands one back (returned), a plain generator in one run of its
    /// frame (`Vm::drain`). None: the iterator is exhausted. `take` must not
    /// run Python code.
    pub fn take_items(&mut self, it: &Value, take: &mut dyn FnMut(Value) -> Option<Value>) -> PyResult<Option<Value>> {
        if let Some(g) = plain_generator(it) {
            let drained = self.drain(g, take)?;
            return Ok(self.item_handed_back(drained));
        }
        if let Value::Iterator(i) = it
            && let Some(r) = take_seq_items(i, take)
        {
            return Ok(r);
        }
        while let Some(x) = self.next_fast(it)? {
            if let Some(x) = take(x) {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }

    /// `take_items` for `sum`: the items that are small ints or floats
    /// (while `total` is one) are added into `total`; the first other one
    /// is handed back (None: the iterator is exhausted).
    pub fn sum_items(&mut self, it: &Value, total: &mut Value) -> PyResult<Option<Value>> {
        if let Some(g) = plain_generator(it) {
            let drained = self.drain_sum(g, total)?;
            return Ok(self.item_handed_back(drained));
        }
        self.take_items(it, &mut |x| crate::builtins::functions::add_native(total, x))
    }

    /// What a drain ended with: the item the consumer handed back, or None
    /// when the generator returned (its value kept as `StopIteration`'s).
    fn item_handed_back(&mut self, drained: super::generator::Delegated) -> Option<Value> {
        match drained {
            super::generator::Delegated::Yielded(v) => Some(v),
            super::generator::Delegated::Returned(v) => {
                self.stop_value = Some(v);
                None
            }
        }
    }

    /// Whether `test` holds for some item of iterable `v`, stopping at the
    /// first that does (the set tests' "is any element in the other").
    pub fn any_item(&mut self, v: &Value, mut test: impl FnMut(&mut Vm, &Value) -> PyResult<bool>) -> PyResult<bool> {
        let it = self.get_iter(v)?;
        while let Some(x) = self.next_fast(&it)? {
            if test(self, &x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn next_value(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.next_fast(it)
    }

    pub fn take_stop_value(&mut self) -> Value {
        self.stop_value.take().unwrap_or_default()
    }

    fn native_next(&mut self, it: &Rc<PyIterator>) -> PyResult<Option<Value>> {
        // Kinds that call back into Python are handled without holding the borrow.
        let callback = {
            let k = it.kind.borrow();
            matches!(
                &*k,
                IterKind::Enumerate { .. }
                    | IterKind::Zip { .. }
                    | IterKind::Map { .. }
                    | IterKind::Filter { .. }
                    | IterKind::CallIter { .. }
                    | IterKind::FutureAwait { .. }
                    | IterKind::AwaitWrapper { .. }
            ) || matches!(&*k, IterKind::Seq { seq: Value::Instance(_), .. })
                || matches!(&*k, IterKind::Reversed { seq: Value::Instance(_), .. })
        };
        if callback {
            return self.callback_next(it);
        }
        let mut k = it.kind.borrow_mut();
        let r = match &mut *k {
            IterKind::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.items.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.items.get(*index).cloned(),
                    Value::Bytes(b) => b.data.get(*index).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                }
                v
            }
            IterKind::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            IterKind::Str { s, byte } => match s.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Some(Value::str(c.to_string()))
                }
                None => None,
            },
            IterKind::DictKeys { dict, index, len, left }
            | IterKind::DictValues { dict, index, len, left }
            | IterKind::DictItems { dict, index, len, left } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    drop(k);
                    return Err(runtime_error("dictionary changed size during iteration"));
                }
                match dict.entry_from(*index) {
                    Some(_) if *left == 0 => {
                        // as many items as the dict holds were given, yet
                        // there is another: keys were removed and re-added
                        *len = usize::MAX;
                        drop(k);
                        return Err(runtime_error("dictionary keys changed during iteration"));
                    }
                    Some((next, key, val)) => {
                        *index = next;
                        *left -= 1;
                        Some(match &*k {
                            IterKind::DictKeys { .. } => key,
                            IterKind::DictValues { .. } => val,
                            _ => Value::tuple(vec![key, val]),
                        })
                    }
                    None => None,
                }
            }
            IterKind::Set { set, items, index } => {
                if set.len() != items.len() {
                    // (and from now on: CPython's iterator stays broken)
                    items.clear();
                    *index = 1;
                    drop(k);
                    return Err(runtime_error("Set changed size during iteration"));
                }
                let v = items.get(*index).cloned();
                *index += 1;
                v
            }
            IterKind::Reversed { seq, index } => {
                if *index == 0 {
                    None
                } else {
                    *index -= 1;
                    match seq {
                        Value::List(l) => l.items.borrow().get(*index).cloned(),
                        Value::Tuple(t) => t.items.get(*index).cloned(),
                        Value::Str(s) => s.char_at(*index).map(|c| Value::str(c.to_string())),
                        Value::Range(r) => Some(Value::Int(r.start + r.step * *index as i64)),
                        _ => None,
                    }
                }
            }
            IterKind::Exhausted => None,
            _ => None,
        };
        if r.is_none() {
            *k = IterKind::Exhausted;
        }
        Ok(r)
    }

    fn callback_next(&mut self, it: &Rc<PyIterator>) -> PyResult<Option<Value>> {
        if matches!(&*it.kind.borrow(), IterKind::AwaitWrapper { .. }) {
            return match self.awaitable_step(it, Ok(Value::None))? {
                super::generator::Delegated::Yielded(v) => Ok(Some(v)),
                super::generator::Delegated::Returned(v) => {
                    self.stop_value = Some(v);
                    Ok(None)
                }
            };
        }
        let kind = std::mem::replace(&mut *it.kind.borrow_mut(), IterKind::Exhausted);
        let (result, kind) = match kind {
            // the same two steps as an await of the future in the VM
            IterKind::FutureAwait { future, yielded } => {
                let done = if yielded {
                    Some(crate::asyncio::future_await::resume(self, &future)?)
                } else {
                    crate::asyncio::future_await::step(self, &future)?
                };
                match done {
                    None => (Some(future.clone()), IterKind::FutureAwait { future, yielded: true }),
                    Some(result) => {
                        self.stop_value = Some(result);
                        (None, IterKind::Exhausted)
                    }
                }
            }
            IterKind::Enumerate { inner, count } => match self.next_fast(&inner)? {
                Some(v) => {
                    let next = self.binary_op(&count, &Value::Int(1), 0)?;
                    (Some(Value::tuple(vec![count, v])), IterKind::Enumerate { inner, count: next })
                }
                None => (None, IterKind::Exhausted),
            },
            IterKind::Zip { inners, strict } => {
                let mut out = Vec::with_capacity(inners.len());
                let mut done = inners.is_empty();
                for (i, x) in inners.iter().enumerate() {
                    match self.next_fast(x)? {
                        Some(v) => {
                            if done {
                                return Err(value_error(format!("zip() argument {} is longer than argument 1", i + 1)));
                            }
                            out.push(v)
                        }
                        None => {
                            if strict && i > 0 {
                                let arg = if i == 1 { "argument 1".to_string() } else { format!("arguments 1-{i}") };
                                return Err(value_error(format!("zip() argument {} is shorter than {arg}", i + 1)));
                            }
                            done = true;
                            if !strict {
                                break;
                            }
                        }
                    }
                }
                if done { (None, IterKind::Exhausted) } else { (Some(Value::tuple(out)), IterKind::Zip { inners, strict }) }
            }
            IterKind::Map { func, inners } => {
                let mut args = Vec::with_capacity(inners.len());
                let mut done = false;
                for x in &inners {
                    match self.next_fast(x)? {
                        Some(v) => args.push(v),
                        None => {
                            done = true;
                            break;
                        }
                    }
                }
                if done {
                    (None, IterKind::Exhausted)
                } else {
                    let v = self.call_value(&func, args, vec![])?;
                    (Some(v), IterKind::Map { func, inners })
                }
            }
            IterKind::Filter { func, inner } => {
                let mut found = None;
                while let Some(v) = self.next_fast(&inner)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call_value(&func, vec![v.clone()], vec![])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        found = Some(v);
                        break;
                    }
                }
                match found {
                    Some(v) => (Some(v), IterKind::Filter { func, inner }),
                    None => (None, IterKind::Exhausted),
                }
            }
            IterKind::CallIter { func, sentinel } => {
                let v = match self.call_value(&func, vec![], vec![]) {
                    Ok(v) => v,
                    Err(e) if e.is_instance_of(&self.types.stop_iteration) => {
                        *it.kind.borrow_mut() = IterKind::Exhausted;
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if self.eq(&v, &sentinel)? { (None, IterKind::Exhausted) } else { (Some(v), IterKind::CallIter { func, sentinel }) }
            }
            IterKind::Seq { seq, index } => match self.get_item(&seq, &Value::Int(index as i64)) {
                Ok(v) => (Some(v), IterKind::Seq { seq, index: index + 1 }),
                Err(e) if e.is_instance_of(&self.types.index_error) || e.is_instance_of(&self.types.stop_iteration) => (None, IterKind::Exhausted),
                Err(e) => return Err(e),
            },
            IterKind::Reversed { seq, index } => {
                if index == 0 {
                    (None, IterKind::Exhausted)
                } else {
                    let v = self.get_item(&seq, &Value::Int(index as i64 - 1))?;
                    (Some(v), IterKind::Reversed { seq, index: index - 1 })
                }
            }
            other => (None, other),
        };
        *it.kind.borrow_mut() = kind;
        Ok(result)
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        if let Some(g) = plain_generator(&it) {
            if let super::generator::Delegated::Returned(v) = self.drain(g, &mut |x| {
                out.push(x);
                None
            })? {
                self.stop_value = Some(v);
            }
            return Ok(out);
        }
        while let Some(x) = self.next_fast(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `l.extend(v)` / `l += v`: a list's or tuple's items at once, any
    /// other iterable's appended one by one as they come (a generator sees
    /// the list grow, and an error in it keeps what was appended before).
    pub fn extend_list(&mut self, l: &Rc<PyList>, v: &Value) -> PyResult<()> {
        if let Value::List(_) | Value::Tuple(_) = v {
            let items = self.collect(v)?;
            l.items.borrow_mut().extend(items);
            return Ok(());
        }
        let it = self.get_iter(v)?;
        let mut append = |x: Value| {
            l.items.borrow_mut().push(x);
            None
        };
        while let Some(x) = self.take_items(&it, &mut append)? {
            l.items.borrow_mut().push(x);
        }
        Ok(())
    }

    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            return Err(type_error(format!("cannot unpack non-iterable {} object", type_name(v))));
        }
        if let Value::Tuple(t) = v
            && t.items.len() == n
        {
            return Ok(t.items.to_vec());
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.next_fast(&it)? {
                Some(x) => out.push(x),
                None => return Err(value_error(format!("not enough values to unpack (expected {n}, got {})", out.len()))),
            }
        }
        if self.next_fast(&it)?.is_some() {
            return Err(value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(out)
    }

    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            return Err(type_error(format!("cannot unpack non-iterable {} object", type_name(v))));
        }
        // CPython takes the leading items from the iterator, then builds the
        // starred list with list(iterator) (which calls __iter__ again)
        let it = self.get_iter(v)?;
        let mut items = Vec::new();
        for _ in 0..before {
            match self.next_fast(&it)? {
                Some(x) => items.push(x),
                None => break,
            }
        }
        if items.len() == before {
            items.extend(self.collect(&it)?);
        }
        if items.len() < before + after {
            return Err(value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
        }
        let mut out: Vec<Value> = items[..before].to_vec();
        let mid = items[before..items.len() - after].to_vec();
        out.push(Value::list(mid));
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.as_str().contains(i.as_str())),
                _ => Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(item)))),
            },
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) | Value::FrozenSet(s) => s.contains(self, item),
            Value::Range(r) => match item {
                Value::Int(i) => {
                    let i = *i;
                    Ok(if r.step > 0 { i >= r.start && i < r.stop } else { i <= r.start && i > r.stop } && (i - r.start) % r.step == 0)
                }
                _ => self.contains_by_iter(container, item),
            },
            Value::List(l) => {
                let n = l.items.borrow().len();
                for i in 0..n {
                    let x = match l.items.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => break,
                    };
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.data.iter().any(|&x| x as i64 == *i)),
                Value::Bytes(sub) => Ok(sub.data.is_empty() || b.data.windows(sub.data.len()).any(|w| w == sub.data.as_slice())),
                _ => Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(item)))),
            },
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&self.names.contains) {
                    let r = self.call_value(&m, vec![container.clone(), item.clone()], vec![])?;
                    return self.truthy(&r);
                }
                self.contains_by_iter(container, item)
            }
            Value::DictView(v) if v.kind == ViewKind::Keys => v.dict.contains(self, item),
            Value::DictView(v) if v.kind == ViewKind::Items => self.items_view_contains(v, item),
            Value::Iterator(_) | Value::Generator(_) | Value::DictView(_) => self.contains_by_iter(container, item),
            _ => Err(type_error(format!("argument of type '{}' is not iterable", type_name(container)))),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if !self.is_iterable(container) {
            return Err(type_error(format!("argument of type '{}' is not iterable", type_name(container))));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next_fast(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// `it` when it is a generator that `next()` resumes (not a coroutine).
fn plain_generator(it: &Value) -> Option<&Rc<super::generator::Generator>> {
    match it {
        Value::Generator(g) if !g.code().flags.coroutine => Some(g),
        _ => None,
    }
}

/// `Vm::take_items` of an iterator over a list or tuple, read item by item
/// straight from the sequence (the list's length is read again for each,
/// as its iterator does); None for any other iterator.
fn take_seq_items(it: &PyIterator, take: &mut dyn FnMut(Value) -> Option<Value>) -> Option<Option<Value>> {
    loop {
        let item = {
            let mut kind = it.kind.borrow_mut();
            let IterKind::Seq { seq, index } = &mut *kind else { return None };
            let item = match seq {
                Value::List(l) => l.items.borrow().get(*index).cloned(),
                Value::Tuple(t) => t.items.get(*index).cloned(),
                _ => return None,
            };
            if item.is_some() {
                *index += 1;
            }
            item
        };
        match item {
            Some(x) => {
                if let Some(x) = take(x) {
                    return Some(Some(x));
                }
            }
            None => return Some(None),
        }
    }
}
