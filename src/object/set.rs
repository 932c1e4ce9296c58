//! `set` and `frozenset`: a dict whose values are unused.

use super::{PyDict, Value};
use crate::object::exceptions::PyResult;
use crate::vm::Vm;

#[derive(Default)]
pub struct PySet {
    pub map: PyDict,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        if self.map.contains(vm, &v)? {
            return Ok(());
        }
        let h = vm.hash(&v)?;
        self.map.insert_new(h, v, Value::None);
        Ok(())
    }
    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        self.map.contains(vm, v)
    }
    pub fn remove(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        Ok(self.map.remove(vm, v)?.is_some())
    }
    pub fn items(&self) -> Vec<Value> {
        self.map.keys()
    }
}
