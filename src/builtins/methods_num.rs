//! Methods and attributes of `int`, `float` and `bool`.

use crate::vm::Vm;

pub fn install(_vm: &mut Vm) {}
