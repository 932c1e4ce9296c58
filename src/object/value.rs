//! `Value`: the 16-byte handle every Python value is. None, bools, small ints
//! and floats are inline; everything else is an `Rc` to a heap object.

use super::*;
use num_bigint::BigInt;
use std::rc::Rc;

/// `repr(C, u64)`: the tag is a whole word and every payload starts at
/// the second, so the compiler moves a value as two words. With Rust's
/// own layout the tag was a byte and a `bool` payload sat next to it,
/// and every move copied bytes 1–15 as two overlapping 8-byte words,
/// which the processor cannot forward from one store to the next load
/// (the run loop got 10–25 % faster with this layout).
#[repr(C, u64)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iterator(Rc<PyIterator>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<SuperObj>),
    Cell(Rc<CellObj>),
    Generator(Rc<crate::vm::generator::Generator>),
    Code(Rc<crate::bytecode::CodeObject>),
    DictView(Rc<DictView>),
    /// An unset local slot in a frame; never a Python-visible value.
    Unbound,
}

/// A `Value` as its two machine words (`repr(C, u64)`: the tag, then the
/// payload; a payload-less value's second word is uninitialized).
type Words = [std::mem::MaybeUninit<u64>; 2];

/// Moves `v` into `*dst` as two 8-byte stores.
///
/// The run loop moves values between its stack slots and registers all
/// the time; left to itself the compiler copies a 16-byte value through a
/// stack temporary written as two words and read back as one 16-byte load,
/// which the processor cannot forward from the two stores (a stall of
/// ten-odd cycles on each push). Word by word, each load meets one store.
///
/// # Safety
/// `dst` is valid for writes and aligned; whatever it held is overwritten
/// without being dropped.
#[inline(always)]
pub unsafe fn write_value(dst: *mut Value, v: Value) {
    // SAFETY: `Value` is exactly two words (checked below); the words may
    // be uninitialized, which `MaybeUninit` allows
    unsafe {
        let w: Words = std::mem::transmute(v);
        let d = dst as *mut std::mem::MaybeUninit<u64>;
        // (volatile: otherwise the compiler merges the two stores back
        // into one 16-byte copy through a temporary)
        d.write_volatile(w[0]);
        d.add(1).write_volatile(w[1]);
    }
}

/// Moves the value out of `*src` as two 8-byte loads (see `write_value`).
///
/// # Safety
/// `src` holds a value, which the caller now owns (the slot must be
/// treated as moved out).
#[inline(always)]
pub unsafe fn read_value(src: *const Value) -> Value {
    // SAFETY: as in `write_value`
    unsafe {
        let s = src as *const std::mem::MaybeUninit<u64>;
        let w: Words = [s.read_volatile(), s.add(1).read_volatile()];
        std::mem::transmute::<Words, Value>(w)
    }
}

/// `std::mem::replace` for a value slot, word by word (see `write_value`).
#[inline(always)]
pub fn replace_value(slot: &mut Value, v: Value) -> Value {
    // SAFETY: `slot` holds a value, moved out and then overwritten, so it
    // is owned exactly once throughout
    unsafe {
        let old = read_value(slot);
        write_value(slot, v);
        old
    }
}

/// `v` moved on word by word (see `write_value`): a value just returned
/// through memory (an `Option<Value>` out of a call) is otherwise often
/// copied on as one 16-byte load, which stalls behind the two word stores
/// that wrote it.
#[inline(always)]
pub fn relay(v: Value) -> Value {
    let v = std::mem::ManuallyDrop::new(v);
    // SAFETY: the value is moved out of `v`, which is never dropped
    unsafe { read_value(&*v) }
}

/// `vec.push(v)`, word by word (see `write_value`): `Vec::push` copies
/// the value in as one 16-byte move, which stalls when the value was just
/// written to a temporary as two words (a clone, a pop).
#[inline(always)]
pub fn push_value(vec: &mut Vec<Value>, v: Value) {
    if vec.len() == vec.capacity() {
        vec.reserve(1);
    }
    let n = vec.len();
    // SAFETY: there is room for one more (reserved above); the slot past
    // the length is written before the length covers it
    unsafe {
        write_value(vec.as_mut_ptr().add(n), v);
        vec.set_len(n + 1);
    }
}

const _: () = assert!(std::mem::size_of::<Value>() == 16 && std::mem::align_of::<Value>() == 8);

/// `None`; lets `Option<Value>::unwrap_or_default()` avoid building (and
/// then dropping out of line) an unused default.
impl Default for Value {
    #[inline(always)]
    fn default() -> Value {
        Value::None
    }
}

impl Clone for Value {
    /// Inline values (the common case in the run loop) copy without a call.
    /// One compare on the tag and two word loads (a `match` copied the
    /// value through a 16-byte load, stalled behind the two word stores
    /// that wrote it).
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.tag() < FIRST_HEAP_TAG {
            // SAFETY: the variants before `BigInt` own nothing, so a copy
            // of the words is a clone
            unsafe { read_value(self) }
        } else {
            self.clone_heap()
        }
    }
}

/// The tag of `Value::BigInt`: every variant before it (`None`,
/// `NotImplemented`, `Ellipsis`, `Bool`, `Int`, `Float`) is plain data.
const FIRST_HEAP_TAG: u64 = 6;

impl Value {
    /// The variant's tag: the first word (`repr(C, u64)`), in declaration order.
    #[inline(always)]
    pub fn tag(&self) -> u64 {
        // SAFETY: a `repr(C, u64)` enum starts with its tag as a u64
        unsafe { *(self as *const Value as *const u64) }
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(x) => Value::Bool(*x),
            Value::Int(x) => Value::Int(*x),
            Value::Float(x) => Value::Float(*x),
            Value::BigInt(x) => Value::BigInt(x.clone()),
            Value::Str(x) => Value::Str(x.clone()),
            Value::Bytes(x) => Value::Bytes(x.clone()),
            Value::List(x) => Value::List(x.clone()),
            Value::Tuple(x) => Value::Tuple(x.clone()),
            Value::Dict(x) => Value::Dict(x.clone()),
            Value::Set(x) => Value::Set(x.clone()),
            Value::FrozenSet(x) => Value::FrozenSet(x.clone()),
            Value::Range(x) => Value::Range(x.clone()),
            Value::Slice(x) => Value::Slice(x.clone()),
            Value::Function(x) => Value::Function(x.clone()),
            Value::Builtin(x) => Value::Builtin(x.clone()),
            Value::BoundMethod(x) => Value::BoundMethod(x.clone()),
            Value::Class(x) => Value::Class(x.clone()),
            Value::Instance(x) => Value::Instance(x.clone()),
            Value::Module(x) => Value::Module(x.clone()),
            Value::Iterator(x) => Value::Iterator(x.clone()),
            Value::Property(x) => Value::Property(x.clone()),
            Value::StaticMethod(x) => Value::StaticMethod(x.clone()),
            Value::ClassMethod(x) => Value::ClassMethod(x.clone()),
            Value::Super(x) => Value::Super(x.clone()),
            Value::Cell(x) => Value::Cell(x.clone()),
            Value::Generator(x) => Value::Generator(x.clone()),
            Value::Code(x) => Value::Code(x.clone()),
            Value::DictView(x) => Value::DictView(x.clone()),
            Value::Unbound => Value::Unbound,
        }
    }

    /// None, a bool, a small int or a float: owns nothing on the heap.
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Bool(_) | Value::None | Value::Float(_))
    }

    /// Drops a value, skipping the out-of-line drop glue for inline values.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_inline() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    pub fn str(s: impl super::string::IntoPyStr) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(PyList::new(items));
        super::gc::track_list(&l);
        Value::List(l)
    }

    pub fn from_bigint(v: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match v.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(v)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value as V;
        match (self, other) {
            (V::None, V::None) | (V::NotImplemented, V::NotImplemented) | (V::Ellipsis, V::Ellipsis) => true,
            (V::Bool(a), V::Bool(b)) => a == b,
            (V::Int(a), V::Int(b)) => a == b,
            (V::Float(a), V::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, used for `is` and `id()`.
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value as V;
        Some(match self {
            V::BigInt(r) => Rc::as_ptr(r) as *const () as usize,
            V::Str(r) => Rc::as_ptr(r) as *const () as usize,
            V::Bytes(r) => Rc::as_ptr(r) as *const () as usize,
            V::List(r) => Rc::as_ptr(r) as *const () as usize,
            V::Tuple(r) => Rc::as_ptr(r) as *const () as usize,
            V::Dict(r) => Rc::as_ptr(r) as *const () as usize,
            V::Set(r) | V::FrozenSet(r) => Rc::as_ptr(r) as *const () as usize,
            V::Range(r) => Rc::as_ptr(r) as *const () as usize,
            V::Slice(r) => Rc::as_ptr(r) as *const () as usize,
            V::Function(r) => Rc::as_ptr(r) as *const () as usize,
            V::Builtin(r) => Rc::as_ptr(r) as *const () as usize,
            V::BoundMethod(r) => Rc::as_ptr(r) as *const () as usize,
            V::Class(r) => Rc::as_ptr(r) as *const () as usize,
            V::Instance(r) => Rc::as_ptr(r) as *const () as usize,
            V::Module(r) => Rc::as_ptr(r) as *const () as usize,
            V::Iterator(r) => Rc::as_ptr(r) as *const () as usize,
            V::Property(r) => Rc::as_ptr(r) as *const () as usize,
            V::StaticMethod(r) | V::ClassMethod(r) => Rc::as_ptr(r) as *const () as usize,
            V::Super(r) => Rc::as_ptr(r) as *const () as usize,
            V::Cell(r) => Rc::as_ptr(r) as *const () as usize,
            V::Generator(r) => Rc::as_ptr(r) as *const () as usize,
            V::Code(r) => Rc::as_ptr(r) as *const () as usize,
            V::DictView(r) => Rc::as_ptr(r) as *const () as usize,
            _ => return None,
        })
    }

    /// A stable pseudo-address for `id()` and default reprs.
    pub fn id(&self) -> usize {
        match self.heap_ptr() {
            Some(p) => p,
            None => match self {
                Value::None => 0x8f_0000,
                Value::Bool(b) => 0x8f_0100 + *b as usize,
                Value::Int(i) => 0x9000_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
                Value::Float(f) => f.to_bits() as usize,
                _ => 0x8f_0200,
            },
        }
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    #[test]
    fn plain_data_variants_come_before_first_heap_tag() {
        for v in [Value::None, Value::NotImplemented, Value::Ellipsis, Value::Bool(true), Value::Int(-3), Value::Float(0.5)] {
            assert!(v.tag() < FIRST_HEAP_TAG);
            let c = v.clone();
            assert_eq!(c.tag(), v.tag());
        }
        let big = Value::BigInt(Rc::new(BigInt::from(7)));
        assert_eq!(big.tag(), FIRST_HEAP_TAG);
        assert!(Value::str("x").tag() > FIRST_HEAP_TAG && Value::Unbound.tag() > FIRST_HEAP_TAG);
        assert!(matches!(Value::Int(-3).clone(), Value::Int(-3)));
        assert!(matches!(Value::Float(0.5).clone(), Value::Float(x) if x == 0.5));
    }
}
