//! Inline caches for global names: `LoadGlobal`, and `LoadName`/`StoreName`
//! in module code, whose namespace is the globals. Per code object and
//! name, an entry remembers where the name was found: at an entry index of
//! the globals dict or, when the globals lacked it, of the builtins dict.
//! It holds while those dicts keep the layout (`PyDict::layout`) it saw.
//! The layout moves only when keys are added or removed, not when a value
//! is replaced, so rebinding a global (a module-level loop variable, a
//! counter) keeps every entry valid: the value is read where it now is.

use crate::bytecode::CodeObject;
use crate::object::{PyDict, PyStr, Value};

#[derive(Clone, Copy, Default)]
pub enum GlobalSlot {
    #[default]
    Empty,
    /// In the globals, at `index`, while they have `layout`.
    Global { layout: u64, index: u32 },
    /// Not in the globals (while they have layout `globals`), and in the
    /// builtins at `index` while they have `layout`.
    Builtin { globals: u64, layout: u64, index: u32 },
}

/// The value of global name `i`, if the cache knows where it is.
#[inline(always)]
pub fn load(code: &CodeObject, i: usize, globals: &PyDict, builtins: &PyDict) -> Option<Value> {
    load_with(code, i, globals, builtins, Value::clone)
}

/// `look` at the value of global name `i` (not cloned), if the cache
/// knows where it is. `look` only reads it.
#[inline(always)]
pub fn load_with<R>(code: &CodeObject, i: usize, globals: &PyDict, builtins: &PyDict, look: impl FnOnce(&Value) -> R) -> Option<R> {
    // SAFETY: the slot is copied out at once; nothing runs meanwhile
    let slot = *unsafe { code.global_cache.try_borrow_unguarded() }.ok()?.get(i)?;
    match slot {
        GlobalSlot::Global { layout, index } if layout == globals.layout() => globals.with_value_at(index as usize, look),
        GlobalSlot::Builtin { globals: g, layout, index } if g == globals.layout() && layout == builtins.layout() => {
            builtins.with_value_at(index as usize, look)
        }
        _ => None,
    }
}

/// The value of global name `i` looked up in the dicts (None when neither
/// has it), remembering where it was found.
pub fn load_and_fill(code: &CodeObject, i: usize, globals: &PyDict, builtins: &PyDict) -> Option<Value> {
    let name: &PyStr = &code.names[i];
    let (slot, v) = match globals.index_of_str(name) {
        Some(index) => (GlobalSlot::Global { layout: globals.layout(), index: index as u32 }, globals.value_at(index)),
        None => {
            let index = builtins.index_of_str(name)?;
            (GlobalSlot::Builtin { globals: globals.layout(), layout: builtins.layout(), index: index as u32 }, builtins.value_at(index))
        }
    };
    if let Some(s) = code.global_cache.borrow_mut().get_mut(i) {
        *s = slot;
    }
    v
}

/// Rebinds global name `i` where the cache says it is; gives the value
/// back when the name is not known to be in the globals.
#[inline(always)]
pub fn store(code: &CodeObject, i: usize, globals: &PyDict, v: Value) -> Result<(), Value> {
    // SAFETY: the slot is copied out at once; nothing runs meanwhile
    let slot = unsafe { code.global_cache.try_borrow_unguarded() }.ok().and_then(|c| c.get(i).copied());
    match slot {
        Some(GlobalSlot::Global { layout, index }) if layout == globals.layout() => globals.replace_value_at(index as usize, v),
        _ => Err(v),
    }
}

/// Binds global name `i` (a new key, or one the cache did not know), then
/// remembers where it is.
pub fn store_and_fill(code: &CodeObject, i: usize, globals: &PyDict, v: Value) {
    let name = &code.names[i];
    globals.set_str(name.clone(), v);
    if let Some(index) = globals.index_of_str(name)
        && let Some(s) = code.global_cache.borrow_mut().get_mut(i)
    {
        *s = GlobalSlot::Global { layout: globals.layout(), index: index as u32 };
    }
}

impl super::Vm {
    /// `NameOp` (see `Op::NameOp`), `second` the instruction after it:
    /// true when done, false (nothing changed) for anything but small ints
    /// in names the caches know, in module code.
    #[inline(always)]
    pub(super) fn try_name_op(&mut self, f: &mut super::frame::Frame, arg: u32, second: crate::bytecode::Op) -> bool {
        use crate::bytecode::Op;
        if !f.names().is_some_and(|d| std::rc::Rc::ptr_eq(d, &f.globals)) {
            return false;
        }
        let int = |v: &Value| if let Value::Int(i) = v { Some(*i) } else { None };
        let Some(Some(x)) = load_with(&f.code, (arg & 0x7fff) as usize, &f.globals, &self.builtins, int) else { return false };
        let y = match second {
            Op::LoadName(b) => match load_with(&f.code, b as usize, &f.globals, &self.builtins, int) {
                Some(Some(y)) => y,
                _ => return false,
            },
            Op::LoadConst(c) => match f.code.consts.get(c as usize) {
                Some(Value::Int(y)) => *y,
                _ => return false,
            },
            _ => return false,
        };
        let Some(r) = super::ops::small_int_op(x, y, (arg >> 30) as u8) else { return false };
        if store(&f.code, ((arg >> 15) & 0x7fff) as usize, &f.globals, Value::Int(r)).is_err() {
            return false;
        }
        if super::warnings::pending() {
            self.flush_warnings(f);
        }
        true
    }

    /// `LoadName(i)`: in module code (its namespace is the globals) through
    /// the cache; in a class body, its namespace, then the globals, then
    /// the builtins.
    #[inline(always)]
    pub(super) fn load_name(&mut self, f: &mut super::frame::Frame, i: usize) -> crate::object::exceptions::PyResult<()> {
        let v = match f.names() {
            Some(d) if std::rc::Rc::ptr_eq(d, &f.globals) => match load(&f.code, i, &f.globals, &self.builtins) {
                Some(v) => Some(v),
                None => load_and_fill(&f.code, i, &f.globals, &self.builtins),
            },
            names => {
                let name = &f.code.names[i];
                names.as_ref().and_then(|d| d.get_str(name)).or_else(|| f.globals.get_str(name)).or_else(|| self.builtins.get_str(name))
            }
        };
        match v {
            Some(v) => {
                f.push(v);
                Ok(())
            }
            None => Err(self.name_error_at(f, f.code.names[i].as_str())),
        }
    }
}
