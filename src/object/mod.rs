//! The heap objects behind `Value`. Each file holds one type family; this
//! module declares the small structs and re-exports everything.

pub mod class;
pub mod dict;
pub mod exceptions;
pub mod finalize;
pub mod format;
pub mod function;
pub mod gc;
pub mod hash;
pub mod instance;
pub mod lookup_cache;
pub mod set;
pub mod set_ops;
pub mod string;
pub mod types;
pub mod value;

pub use class::{Class, Module, SuperObj};
pub use dict::PyDict;
pub use function::{BoundMethod, BuiltinFunction, BuiltinRole, CellObj, Function, NativeFn, Property};
pub use instance::Instance;
pub use set::PySet;
pub use string::PyStr;
pub use value::Value;

use std::cell::{Cell, RefCell};

/// `bytes`: immutable.
pub struct PyBytes {
    pub data: Vec<u8>,
}

/// `list`: a growable vector behind a RefCell; never borrowed across a VM call.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> Self {
        PyList { items: RefCell::new(items) }
    }
}

/// Drops the values last first, as CPython lets go of a list's or a
/// tuple's items: the order in which finalizers run (a suspended
/// generator's `finally`, a "never awaited" warning) follows from it.
pub fn drop_last_first(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        drop_last_first(std::mem::take(self.items.get_mut()));
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        drop_last_first(std::mem::take(&mut self.items).into_vec());
    }
}

/// `tuple`: immutable. A "struct sequence" like `sys.version_info` also
/// names its fields.
pub struct PyTuple {
    pub items: Box<[Value]>,
    /// A struct sequence's type name and field names (one pointer: most
    /// tuples have none).
    pub fields: Option<&'static StructSeq>,
}

/// What makes a tuple a named struct sequence (`sys.version_info`).
pub struct StructSeq {
    pub name: &'static str,
    pub fields: &'static [&'static str],
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> Self {
        // exactly its items: an over-allocated vector (built by pushing)
        // would keep its slack, since shrinking a block in place keeps it
        let items = if items.capacity() == items.len() {
            items.into_boxed_slice()
        } else {
            let mut exact = Vec::with_capacity(items.len());
            exact.extend(items);
            exact.into_boxed_slice()
        };
        PyTuple { items, fields: None }
    }
}

/// `range(start, stop, step)` with i64 bounds.
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
}

/// `slice(start, stop, step)`.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// The state of every built-in iterator kind.
pub enum IterKind {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    DictKeys {
        dict: std::rc::Rc<PyDict>,
        index: usize,
        /// The dict's size when iteration began (a change is an error).
        len: usize,
        /// How many items are still to come: one more is "keys changed".
        left: usize,
    },
    DictValues {
        dict: std::rc::Rc<PyDict>,
        index: usize,
        /// The dict's size when iteration began (a change is an error).
        len: usize,
        /// How many items are still to come: one more is "keys changed".
        left: usize,
    },
    DictItems {
        dict: std::rc::Rc<PyDict>,
        index: usize,
        /// The dict's size when iteration began (a change is an error).
        len: usize,
        /// How many items are still to come: one more is "keys changed".
        left: usize,
    },
    Set {
        set: std::rc::Rc<set::PySet>,
        items: Vec<Value>,
        index: usize,
    },
    Str {
        s: std::rc::Rc<PyStr>,
        byte: usize,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    CallIter {
        func: Value,
        sentinel: Value,
    },
    /// The awaitable returned by an async generator's `__anext__`/`asend`/`athrow`/`aclose`.
    AsyncGenOp(Box<crate::vm::asyncgen::AsyncGenOp>),
    /// What asyncio's `Future.__await__` returns (CPython's `FutureIter`):
    /// yields the future once while it is pending, then returns its result.
    FutureAwait {
        future: Value,
        yielded: bool,
    },
    /// What `coroutine.__await__()` returns (`coroutine_wrapper`) and what
    /// `anext(it, default)` returns (`anext_awaitable`): drives `inner`
    /// (for `anext`, made awaitable on the first step); `default` replaces
    /// a StopAsyncIteration.
    AwaitWrapper {
        inner: Value,
        default: Option<Value>,
        started: bool,
    },
    Exhausted,
}

pub struct PyIterator {
    pub kind: RefCell<IterKind>,
    pub type_name: &'static str,
}

/// Which view `dict.keys()`, `.values()` or `.items()` returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A live view of a dict.
pub struct DictView {
    pub dict: std::rc::Rc<PyDict>,
    pub kind: ViewKind,
}

/// A flag cell used for identity-based state (e.g. a running marker).
pub type Flag = Cell<bool>;
