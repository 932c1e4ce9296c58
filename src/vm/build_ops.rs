//! The instructions that build containers and take them apart: set, dict,
//! slice and f-string displays, the appends of comprehensions, `*` and `**`
//! unpacking into displays and calls, and unpacking assignments. `step`
//! routes each such instruction here (tuples, lists and `ListAppend`, the
//! common ones, stay in the run loop).

use super::Vm;
use super::frame::Frame;
use crate::object::exceptions::*;
use crate::object::types::type_name;
use crate::object::*;
use std::rc::Rc;

impl Vm {
    /// `BuildSet(n)`: a set of the top `n` values. The high bit marks a
    /// display of constants, which CPython builds from a frozenset.
    #[inline(never)]
    pub(super) fn build_set(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let items = f.pop_n((n & 0x7fff_ffff) as usize);
        let mut s = PySet::new();
        for i in items {
            s.add(self, i)?;
        }
        if n & 0x8000_0000 != 0 {
            // CPython's compiler makes a frozenset of the constants, makes
            // it again from its own iteration order when it merges
            // constants, and SET_UPDATE copies that into the new set
            let again = PySet::new();
            for v in s.items() {
                again.add(self, v)?;
            }
            s = again.copy_like_cpython();
        }
        f.push(Value::Set(Rc::new(s)));
        Ok(())
    }

    /// `BuildMap(n)`: a dict of the top `n` key, value pairs.
    #[inline(never)]
    pub(super) fn build_map(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let items = f.pop_n(2 * n as usize);
        let d = PyDict::new();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            d.set(self, k, v)?;
        }
        let d = Rc::new(d);
        crate::object::gc::track_dict(&d);
        f.push(Value::Dict(d));
        Ok(())
    }

    /// `SetAdd(d)`: adds the top value to the set `d` deep (a comprehension's).
    #[inline(never)]
    pub(super) fn set_add(&mut self, f: &mut Frame, d: u32) -> PyResult<()> {
        let v = f.pop();
        let n = f.stack.len();
        if let Value::Set(s) = f.stack[n - d as usize].clone() {
            s.add(self, v)?;
        }
        Ok(())
    }

    /// `MapAdd(d)`: adds the top key and value to the dict `d` deep.
    #[inline(never)]
    pub(super) fn map_add(&mut self, f: &mut Frame, d: u32) -> PyResult<()> {
        let v = f.pop();
        let k = f.pop();
        let n = f.stack.len();
        if let Value::Dict(m) = f.stack[n - d as usize].clone() {
            m.set(self, k, v)?;
        }
        Ok(())
    }

    /// `ListExtend(d)`: `*src` into the list `d` deep (a display or a call).
    #[inline(never)]
    pub(super) fn list_extend(&mut self, f: &mut Frame, d: u32) -> PyResult<()> {
        let src = f.pop();
        let n = f.stack.len();
        let target = f.stack[n - d as usize].clone();
        let items = match self.collect(&src) {
            Ok(items) => items,
            Err(e) if e.is_instance_of(&self.types.type_error) && !self.is_iterable(&src) => {
                return Err(type_error(format!("Value after * must be an iterable, not {}", type_name(&src))));
            }
            Err(e) => return Err(e),
        };
        if let Value::List(l) = target {
            l.items.borrow_mut().extend(items);
        }
        Ok(())
    }

    /// `SetUpdate(d)`: `*src` into the set `d` deep.
    #[inline(never)]
    pub(super) fn set_update(&mut self, f: &mut Frame, d: u32) -> PyResult<()> {
        let src = f.pop();
        let n = f.stack.len();
        let target = f.stack[n - d as usize].clone();
        let items = self.collect(&src)?;
        if let Value::Set(s) = target {
            for i in items {
                s.add(self, i)?;
            }
        }
        Ok(())
    }

    /// `DictUpdate(d)` (`{**src}`) and `DictMerge(d)` (`f(**src)`, where a
    /// repeated key is an error): `src` into the dict `d` deep.
    #[inline(never)]
    pub(super) fn dict_update(&mut self, f: &mut Frame, d: u32, merge: bool) -> PyResult<()> {
        let src = f.pop();
        let n = f.stack.len();
        let target = f.stack[n - d as usize].clone();
        if merge
            && !matches!(src, Value::Dict(_) | Value::Instance(_))
            && let Some(callee) = n.checked_sub(d as usize + 2).and_then(|i| f.stack.get(i))
        {
            // `f(**x)`: the callee sits under the arguments and the dict
            let fname = super::call::callable_name(callee);
            return Err(type_error(format!("{fname} argument after ** must be a mapping, not {}", type_name(&src))));
        }
        self.dict_update_op(&target, &src, merge, f)
    }

    /// `UnpackSequence(n)`: `a, b = v`, the items pushed last first.
    #[inline(never)]
    pub(super) fn unpack_sequence(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let v = f.pop();
        let items = self.unpack(&v, n as usize)?;
        for i in items.into_iter().rev() {
            f.push(i);
        }
        Ok(())
    }

    /// `UnpackEx(arg)`: `a, *b, c = v` (`before` and `after` the starred
    /// target in the low and high bytes).
    #[inline(never)]
    pub(super) fn unpack_ex_op(&mut self, f: &mut Frame, arg: u32) -> PyResult<()> {
        let v = f.pop();
        let before = (arg & 0xff) as usize;
        let after = (arg >> 8) as usize;
        let items = self.unpack_ex(&v, before, after)?;
        for i in items.into_iter().rev() {
            f.push(i);
        }
        Ok(())
    }
}

/// `BuildSlice(n)`: `start:stop` or `start:stop:step` from the stack.
#[inline(never)]
pub(super) fn build_slice(f: &mut Frame, n: u32) {
    let step = if n == 3 { f.pop() } else { Value::None };
    let stop = f.pop();
    let start = f.pop();
    f.push(Value::Slice(Rc::new(PySlice { start, stop, step })));
}

/// `BuildString(n)`: an f-string's parts joined.
#[inline(never)]
pub(super) fn build_string(f: &mut Frame, n: u32) {
    // (read in place: no list of the parts is made)
    let from = f.stack.len() - n as usize;
    let parts = f.stack[from..].iter().filter_map(|p| if let Value::Str(p) = p { Some(&**p) } else { None });
    let s = PyStr::concat_iter(parts);
    f.stack.truncate(from);
    f.push(Value::Str(Rc::new(s)));
}

/// `ListToTuple`: the list on top becomes a tuple (`f(*args)`'s arguments).
#[inline(never)]
pub(super) fn list_to_tuple(f: &mut Frame) {
    let v = f.pop();
    if let Value::List(l) = v {
        let items = std::mem::take(&mut *l.items.borrow_mut());
        f.push(Value::tuple(items));
    }
}
