//! A compiled code object: instructions, constants, names, local slots,
//! flags and a position table (one entry per instruction) for tracebacks.

use super::op::Op;
use crate::object::{PyStr, Value};
use std::rc::Rc;

/// Source position of one instruction: lines are 1-based, columns are
/// character offsets within their line; `anchor` marks a binary operator or
/// subscript for CPython's `~~^^` traceback markers.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
    /// (start, end) columns of the part marked with `^`, if any.
    pub anchor: Option<(u32, u32)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    pub coroutine: bool,
    /// module or class body: names go through a dict (LoadName/StoreName)
    pub uses_name_dict: bool,
    /// a generator function decorated with `types.coroutine`: its
    /// generators can be awaited and may `yield from` coroutines
    pub iterable_coroutine: bool,
}

/// A `method_cache` entry: the receiver type's address, its dict's
/// version, and the native found there.
pub type BuiltinMethodEntry = (usize, u64, std::rc::Rc<crate::object::BuiltinFunction>);

#[derive(Clone)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: Rc<str>,
    pub source: Rc<str>,
    pub ops: Vec<Op>,
    pub positions: Vec<Position>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    /// Local variable names; parameters first.
    pub varnames: Vec<Rc<PyStr>>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Rc<PyStr>>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<Rc<PyStr>>,
    /// For each cell var that is also a parameter: (cell index, local slot).
    pub cell_params: Vec<(usize, usize)>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: CodeFlags,
    pub first_line: u32,
    /// Deepest value-stack use, to size frames once.
    pub max_stack: usize,
    /// Most `try`/`with`/handler blocks active at once: a frame keeps room
    /// for them after its value stack (see `vm/frame.rs`).
    pub max_blocks: usize,
    /// Where a frame's block slots start: after its locals and value stack.
    pub block_base: usize,
    /// The slots a frame of this code needs: locals, value stack, then two
    /// per block.
    pub frame_room: usize,
    /// `argcount` when a call with exactly that many positional arguments
    /// needs nothing but moving them into the new frame's first slots (no
    /// `*args`/`**kwargs`/keyword-only parameters, no cells): the run loop's
    /// fast call path. `u32::MAX` otherwise.
    pub plain_argcount: u32,
    /// Per name: (globals version, builtins version, value) of the last
    /// `LoadGlobal` of that name, valid while both versions are unchanged.
    pub global_cache: std::cell::RefCell<Vec<crate::vm::global_cache::GlobalSlot>>,
    /// Per name: (type, version of the type's dict, method) of the last
    /// `LoadMethod` of that name on a value of a built-in type, valid while
    /// the receiver has that type and the dict that version.
    pub method_cache: std::cell::RefCell<Vec<Option<BuiltinMethodEntry>>>,
    /// Per name: what an instance's class said about it last time (see
    /// `vm::attr_cache`).
    pub attr_cache: std::cell::RefCell<Vec<crate::vm::attr_cache::InstanceAttr>>,
}

impl CodeObject {
    /// Empties the `LoadGlobal` caches of this code and the code nested in it.
    pub fn clear_caches(&self) {
        self.global_cache.borrow_mut().iter_mut().for_each(|c| *c = Default::default());
        self.method_cache.borrow_mut().iter_mut().for_each(|c| *c = None);
        self.attr_cache.borrow_mut().iter_mut().for_each(|c| *c = Default::default());
        for c in &self.consts {
            if let crate::object::Value::Code(inner) = c {
                inner.clear_caches();
            }
        }
    }

    /// Total number of parameters including *args and **kwargs.
    pub fn total_params(&self) -> usize {
        self.argcount + self.kwonlyargcount + self.flags.varargs as usize + self.flags.varkw as usize
    }

    pub fn position(&self, ip: usize) -> Position {
        self.positions.get(ip).copied().unwrap_or_default()
    }
}
