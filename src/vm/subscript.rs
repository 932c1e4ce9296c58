//! `obj[key]`, `obj[key] = v`, `del obj[key]`: indexing and slicing of
//! lists, tuples, strings, bytes and ranges, dict lookup, `__getitem__`.

use super::Vm;
use crate::object::exceptions::*;
use crate::object::types::type_name;
use crate::object::*;
use std::rc::Rc;

/// Resolved slice bounds for a sequence of length `len`.
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIdx {
    pub fn indices(&self) -> Vec<usize> {
        let mut out = vec![];
        let mut i = self.start;
        if self.step > 0 {
            while i < self.stop {
                out.push(i as usize);
                i += self.step;
            }
        } else {
            while i > self.stop {
                out.push(i as usize);
                i += self.step;
            }
        }
        out
    }
}

impl Vm {
    /// An index-like value as i64 (ints, bools, `__index__`).
    /// `operator.index(v)` where an int is required, with CPython's
    /// "'T' object cannot be interpreted as an integer" (written only when
    /// it is raised).
    pub fn int_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => self.to_index(v, &format!("'{}' object cannot be interpreted as an integer", type_name(v))),
        }
    }

    pub fn to_index(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(index_error("cannot fit 'int' into an index-sized integer")),
            Value::Instance(inst) if inst.class.lookup(&self.names.index).is_some() => {
                let r = self.call_method(v, &self.names.index.clone(), vec![])?.unwrap_or_default();
                self.to_index(&r, what)
            }
            _ => Err(type_error(what.to_string())),
        }
    }

    pub fn slice_indices(&mut self, s: &PySlice, len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let msg = "slice indices must be integers or None or have an __index__ method";
        let step = if s.step.is_none() { 1 } else { self.to_index(&s.step.clone(), msg)? };
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let fix = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let i = match v {
                Value::BigInt(b) => {
                    if num_traits::Signed::is_negative(&**b) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                other => vm.to_index(other, msg)?,
            };
            Ok(if i < 0 { (i + len).max(lower) } else { i.min(upper) })
        };
        let start = fix(self, &s.start.clone(), if step < 0 { upper } else { lower })?;
        let stop = fix(self, &s.stop.clone(), if step < 0 { lower } else { upper })?;
        Ok(SliceIdx { start, stop, step })
    }

    fn seq_index(&mut self, key: &Value, len: usize, tname: &str) -> PyResult<Option<usize>> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Err(index_error("cannot fit 'int' into an index-sized integer")),
            Value::Instance(_) => self.to_index(key, &format!("{tname} indices must be integers or slices, not {}", type_name(key)))?,
            _ => {
                let msg = if tname == "string" {
                    format!("string indices must be integers, not '{}'", type_name(key))
                } else {
                    format!("{tname} indices must be integers or slices, not {}", type_name(key))
                };
                return Err(type_error(msg));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        Ok(if j < 0 || j >= len as i64 { None } else { Some(j as usize) })
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = l.items.borrow().clone();
                    let idx = self.slice_indices(s, items.len())?;
                    return Ok(Value::list(idx.indices().into_iter().map(|i| items[i].clone()).collect()));
                }
                let len = l.items.borrow().len();
                match self.seq_index(key, len, "list")? {
                    Some(i) => Ok(l.items.borrow()[i].clone()),
                    None => Err(index_error("list index out of range")),
                }
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, t.items.len())?;
                    return Ok(Value::tuple(idx.indices().into_iter().map(|i| t.items[i].clone()).collect()));
                }
                match self.seq_index(key, t.items.len(), "tuple")? {
                    Some(i) => Ok(t.items[i].clone()),
                    None => Err(index_error("tuple index out of range")),
                }
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, s.chars)?;
                    if idx.step == 1 {
                        if idx.start >= idx.stop {
                            return Ok(Value::str(""));
                        }
                        let a = s.byte_offset(idx.start as usize);
                        let b = s.byte_offset(idx.stop as usize);
                        return Ok(Value::str(&s.as_str()[a..b]));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::str(idx.indices().into_iter().map(|i| chars[i]).collect::<String>()));
                }
                match self.seq_index(key, s.chars, "string")? {
                    Some(i) => Ok(Value::str(s.char_at(i).map(String::from).unwrap_or_default())),
                    None => Err(index_error("string index out of range")),
                }
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, b.data.len())?;
                    let data = idx.indices().into_iter().map(|i| b.data[i]).collect();
                    return Ok(Value::Bytes(Rc::new(PyBytes { data })));
                }
                match self.seq_index(key, b.data.len(), "byte")? {
                    Some(i) => Ok(Value::Int(b.data[i] as i64)),
                    None => Err(index_error("index out of range")),
                }
            }
            Value::Range(r) => {
                let len = r.len() as usize;
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, len)?;
                    return Ok(Value::Range(Rc::new(PyRange {
                        start: r.start + idx.start * r.step,
                        stop: r.start + idx.stop * r.step,
                        step: r.step * idx.step,
                    })));
                }
                match self.seq_index(key, len, "range")? {
                    Some(i) => Ok(Value::Int(r.start + i as i64 * r.step)),
                    None => Err(index_error("range object index out of range")),
                }
            }
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(key_error(key.clone())),
            },
            Value::Instance(inst) => match inst.class.lookup(&self.names.getitem) {
                Some(m) => self.call_value(&m, vec![obj.clone(), key.clone()], vec![]),
                None => Err(not_subscriptable(&type_name(obj))),
            },
            Value::Class(c) => {
                if let Some(m) = c.lookup_str("__class_getitem__") {
                    let m = match m {
                        Value::ClassMethod(f) | Value::StaticMethod(f) => (*f).clone(),
                        other => other,
                    };
                    return self.call_value(&m, vec![obj.clone(), key.clone()], vec![]);
                }
                if c.builtin {
                    // `list[int]` and friends: generic aliases are accepted as the class itself
                    return Ok(obj.clone());
                }
                Err(type_error(format!("type '{}' is not subscriptable", c.name)))
            }
            _ => Err(not_subscriptable(&type_name(obj))),
        }
    }

    pub fn set_item(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new_items = self.collect(&v).map_err(|_| type_error("must assign iterable to extended slice"))?;
                    let len = l.items.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let mut items = l.items.borrow_mut();
                    if idx.step == 1 {
                        let start = idx.start.clamp(0, len as i64) as usize;
                        let stop = (idx.stop.max(idx.start)).clamp(0, len as i64) as usize;
                        items.splice(start..stop, new_items);
                    } else {
                        let positions = idx.indices();
                        if positions.len() != new_items.len() {
                            return Err(value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new_items.len(),
                                positions.len()
                            )));
                        }
                        for (p, x) in positions.into_iter().zip(new_items) {
                            items[p] = x;
                        }
                    }
                    return Ok(());
                }
                let len = l.items.borrow().len();
                match self.seq_index(&key, len, "list")? {
                    Some(i) => {
                        l.items.borrow_mut()[i] = v;
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => d.set(self, key, v),
            Value::Instance(inst) => match inst.class.lookup(&self.names.setitem) {
                Some(m) => {
                    self.call_value(&m, vec![obj.clone(), key, v], vec![])?;
                    Ok(())
                }
                None => Err(type_error(format!("'{}' object does not support item assignment", type_name(obj)))),
            },
            _ => Err(type_error(format!("'{}' object does not support item assignment", type_name(obj)))),
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.items.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let mut positions = idx.indices();
                    positions.sort_unstable();
                    let mut items = l.items.borrow_mut();
                    for p in positions.into_iter().rev() {
                        items.remove(p);
                    }
                    return Ok(());
                }
                let len = l.items.borrow().len();
                match self.seq_index(key, len, "list")? {
                    Some(i) => {
                        l.items.borrow_mut().remove(i);
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(key_error(key.clone())),
            },
            Value::Instance(inst) => match inst.class.lookup(&self.names.delitem) {
                Some(m) => {
                    self.call_value(&m, vec![obj.clone(), key.clone()], vec![])?;
                    Ok(())
                }
                None => Err(type_error(format!("'{}' object does not support item deletion", type_name(obj)))),
            },
            _ => Err(type_error(format!("'{}' object doesn't support item deletion", type_name(obj)))),
        }
    }

    /// `{**m}` and `f(**m)`: merges a mapping into the dict `target`.
    pub(crate) fn dict_update_op(&mut self, target: &Value, src: &Value, merge: bool, _f: &mut super::frame::Frame) -> PyResult<()> {
        let Value::Dict(t) = target else { return Ok(()) };
        let items = match src {
            Value::Dict(d) => d.items(),
            Value::Instance(_) => {
                let keys_name = Rc::new(PyStr::new("keys"));
                let keys = self.get_attr(src, &keys_name)?;
                let keys = self.call_value(&keys, vec![], vec![])?;
                let mut out = vec![];
                for k in self.collect(&keys)? {
                    let v = self.get_item(src, &k)?;
                    out.push((k, v));
                }
                out
            }
            _ => {
                let msg = if merge {
                    format!("argument after ** must be a mapping, not {}", type_name(src))
                } else {
                    format!("'{}' object is not a mapping", type_name(src))
                };
                return Err(type_error(msg));
            }
        };
        for (k, v) in items {
            if merge {
                if let Value::Str(s) = &k {
                    if t.get_str(s).is_some() {
                        return Err(type_error(format!("got multiple values for keyword argument '{}'", s.as_str())));
                    }
                } else {
                    return Err(type_error("keywords must be strings"));
                }
            }
            t.set(self, k, v)?;
        }
        Ok(())
    }

    /// `async with` entry: returns (bound __aexit__, the awaitable `__aenter__()` returned).
    pub(crate) fn enter_async_context(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let cls = self.types.of(ctx);
        let aenter = cls.lookup_str("__aenter__");
        let aexit = cls.lookup_str("__aexit__");
        let (Some(aenter), Some(aexit)) = (aenter, aexit) else {
            let missing = if cls.lookup_str("__aenter__").is_none() { "" } else { " (missed __aexit__ method)" };
            return Err(type_error(format!("'{}' object does not support the asynchronous context manager protocol{missing}", type_name(ctx))));
        };
        let aexit = Value::BoundMethod(Rc::new(BoundMethod { self_value: ctx.clone(), func: aexit }));
        let awaitable = self.call_value(&aenter, vec![ctx.clone()], vec![])?;
        Ok((aexit, awaitable))
    }

    /// `async for`: `obj.__aiter__()`.
    pub(crate) fn get_aiter(&mut self, obj: &Value) -> PyResult<Value> {
        let name = crate::object::string::intern("__aiter__");
        let Some(it) = self.call_method(obj, &name, vec![])? else {
            return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", type_name(obj))));
        };
        if self.types.of(&it).lookup_str("__anext__").is_none() {
            return Err(type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", type_name(&it))));
        }
        Ok(it)
    }

    /// `async for`: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let name = crate::object::string::intern("__anext__");
        let Some(aw) = self.call_method(aiter, &name, vec![])? else {
            return Err(type_error(format!("'async for' requires an iterator with __anext__ method, got {}", type_name(aiter))));
        };
        self.get_awaitable(&aw).map_err(|_| type_error(format!("'async for' received an invalid object from __anext__: {}", type_name(&aw))))
    }

    /// `with` entry: returns (bound __exit__, result of __enter__).
    pub(crate) fn enter_context(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let cls = self.types.of(ctx);
        let enter = cls.lookup(&self.names.enter);
        let exit = cls.lookup(&self.names.exit);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if cls.lookup(&self.names.enter).is_none() { "" } else { " (missed __exit__ method)" };
            return Err(type_error(format!("'{}' object does not support the context manager protocol{missing}", type_name(ctx))));
        };
        let exit = Value::BoundMethod(Rc::new(BoundMethod { self_value: ctx.clone(), func: exit }));
        let entered = self.call_value(&enter, vec![ctx.clone()], vec![])?;
        Ok((exit, entered))
    }
}
