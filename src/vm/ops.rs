//! Operators: arithmetic, bitwise, comparison, truth, hashing and equality,
//! with the small-int fast path first, big ints on overflow, floats, the
//! sequence operators, and `__op__`/`__rop__` dispatch for instances.

use super::Vm;
use crate::object::exceptions::*;
use crate::object::hash::{fast_eq, hash_tuple, native_hash};
use crate::object::types::type_name;
use crate::object::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub const OP_SYMBOLS: [&str; 13] = ["+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"];
pub const INPLACE_SYMBOLS: [&str; 13] = ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="];
const DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__and__", "__rand__", "__iand__"),
    ("__or__", "__ror__", "__ior__"),
    ("__xor__", "__rxor__", "__ixor__"),
];
const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
const CMP_DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
/// The reflected comparison for each operator (`a < b` ⇔ `b > a`).
const CMP_SWAP: [usize; 6] = [4, 5, 2, 3, 0, 1];

/// `x OP y` for comparison `code` (`<`, `<=`, `==`, `!=`, `>`, `>=`) of small ints.
#[inline(always)]
pub fn compare_ints(x: i64, y: i64, code: u8) -> bool {
    match code {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// The arithmetic of two small ints when it needs neither floats, big ints
/// nor an error (None sends the caller to the general path).
#[inline]
pub fn small_int_op(x: i64, y: i64, code: u8) -> Option<i64> {
    match code {
        0 => x.checked_add(y),
        1 => x.checked_sub(y),
        2 => x.checked_mul(y),
        5 if y > 0 && x >= 0 => Some(x / y),
        6 if y > 0 && x >= 0 => Some(x % y),
        10 => Some(x & y),
        11 => Some(x | y),
        12 => Some(x ^ y),
        _ => None,
    }
}

/// A number in one of its three representations.
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

pub fn to_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::BigInt(b) => Some(Num::B((**b).clone())),
        Value::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

pub fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(f) => BigInt::from(*f as i64),
    }
}

pub fn to_f64(n: &Num) -> PyResult<f64> {
    Ok(match n {
        Num::I(i) => *i as f64,
        Num::B(b) => {
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                return Err(overflow_error("int too large to convert to float"));
            }
            f
        }
        Num::F(f) => *f,
    })
}

fn float_result(f: f64) -> PyResult<Value> {
    Ok(Value::Float(f))
}

/// Python's floored modulo for floats.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = float_mod(a, b);
    let d = (a - m) / b;
    if d == 0.0 { 0.0f64.copysign(a / b) } else { d.round() }
}

/// Integer arithmetic on numbers that are not floats.
fn int_op(a: &Num, b: &Num, code: u8) -> PyResult<Value> {
    if let (Num::I(x), Num::I(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r = match code {
            0 => x.checked_add(y),
            1 => x.checked_sub(y),
            2 => x.checked_mul(y),
            5 => {
                if y == 0 {
                    return Err(zero_division("integer division or modulo by zero"));
                }
                x.checked_div_euclid(y).map(|_| num_integer::Integer::div_floor(&x, &y))
            }
            6 => {
                if y == 0 {
                    return Err(zero_division("integer modulo by zero"));
                }
                x.checked_rem_euclid(y).map(|_| x.mod_floor(&y))
            }
            8 => {
                if y < 0 {
                    return Err(value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 && (x.unsigned_abs() as u128) << y <= i64::MAX as u128 {
                    Some(x << y)
                } else {
                    None
                }
            }
            9 => {
                if y < 0 {
                    return Err(value_error("negative shift count"));
                }
                Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
            }
            10 => Some(x & y),
            11 => Some(x | y),
            12 => Some(x ^ y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    let (x, y) = (to_big(a), to_big(b));
    Ok(Value::from_bigint(match code {
        0 => x + y,
        1 => x - y,
        2 => x * y,
        5 => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        6 => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        8 => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = y.to_usize().ok_or_else(|| overflow_error("too many digits in integer"))?;
            if s > 1 << 26 {
                return Err(overflow_error("too many digits in integer"));
            }
            x << s
        }
        9 => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        10 => x & y,
        11 => x | y,
        12 => x ^ y,
        _ => return Err(internal("bad int op")),
    }))
}

fn int_pow(a: &Num, b: &Num) -> PyResult<Value> {
    let exp = to_big(b);
    if exp.is_negative() {
        let base = to_f64(a)?;
        if base == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return float_result(base.powf(to_f64(b)?));
    }
    if let (Num::I(x), Some(e)) = (a, exp.to_u32())
        && let Some(r) = x.checked_pow(e)
    {
        return Ok(Value::Int(r));
    }
    let base = to_big(a);
    let e = exp.to_u64().ok_or_else(|| overflow_error("exponent too large"))?;
    if base.abs() > BigInt::one() && (base.bits() as u128) * (e as u128) > 80_000_000 {
        return Err(crate::object::exceptions::PyErr::new(&crate::object::types::types().memory_error, ""));
    }
    Ok(Value::from_bigint(Pow::pow(&base, e)))
}

fn num_op(a: &Num, b: &Num, code: u8) -> PyResult<Value> {
    let is_float = matches!(a, Num::F(_)) || matches!(b, Num::F(_));
    match code {
        4 => {
            let (x, y) = (to_f64(a)?, to_f64(b)?);
            if y == 0.0 {
                return Err(zero_division(if is_float { "float division by zero" } else { "division by zero" }));
            }
            if !is_float {
                // exact true division of ints that don't fit a double exactly
                if let (Num::B(_), _) | (_, Num::B(_)) = (a, b) {
                    return float_result(crate::builtins::methods_num::int_true_divide(&to_big(a), &to_big(b))?);
                }
            }
            float_result(x / y)
        }
        7 if !is_float => int_pow(a, b),
        _ if !is_float => int_op(a, b, code),
        _ => {
            let (x, y) = (to_f64(a)?, to_f64(b)?);
            match code {
                0 => float_result(x + y),
                1 => float_result(x - y),
                2 => float_result(x * y),
                5 => {
                    if y == 0.0 {
                        return Err(zero_division("float floor division by zero"));
                    }
                    float_result(float_floordiv(x, y))
                }
                6 => {
                    if y == 0.0 {
                        return Err(zero_division("float modulo"));
                    }
                    float_result(float_mod(x, y))
                }
                7 => {
                    if x == 0.0 && y < 0.0 {
                        return Err(zero_division("0.0 cannot be raised to a negative power"));
                    }
                    if x < 0.0 && y.fract() != 0.0 {
                        return Err(value_error("complex numbers are not supported by tikitaka"));
                    }
                    let r = x.powf(y);
                    if r.is_infinite() && x.is_finite() && y.is_finite() {
                        return Err(overflow_error("(34, 'Numerical result out of range')"));
                    }
                    float_result(r)
                }
                _ => Err(unsupported_binop(OP_SYMBOLS[code as usize], "float", "float")),
            }
        }
    }
}

fn repeat_count(n: &Value) -> Option<i64> {
    match n {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

impl Vm {
    pub fn binary_op(&mut self, a: &Value, b: &Value, code: u8) -> PyResult<Value> {
        if let (Value::Bool(x), Value::Bool(y), 10..=12) = (a, b, code) {
            return Ok(Value::Bool(match code {
                10 => x & y,
                11 => x | y,
                _ => x ^ y,
            }));
        }
        if let (Some(x), Some(y)) = (to_num(a), to_num(b))
            && code != 3
        {
            return num_op(&x, &y, code);
        }
        if let Some(v) = self.builtin_seq_op(a, b, code)? {
            return Ok(v);
        }
        self.dunder_binop(a, b, code, OP_SYMBOLS[code as usize])
    }

    /// `a op b`, or `a op= b` when `inplace`: the general path of
    /// `BinaryOp`/`InplaceOp` (and of their fused `OpStoreFast`).
    pub(crate) fn binary_or_inplace(&mut self, a: &Value, b: &Value, code: u8, inplace: bool) -> PyResult<Value> {
        if inplace { self.inplace_op(a, b, code) } else { self.binary_op(a, b, code) }
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, code: u8) -> PyResult<Value> {
        match (a, code) {
            (Value::List(l), 0) => {
                self.extend_list(l, b)?;
                return Ok(a.clone());
            }
            (Value::List(l), 2) => {
                if let Some(n) = repeat_count(b) {
                    let mut items = l.items.borrow_mut();
                    let orig = items.clone();
                    items.clear();
                    for _ in 0..n.max(0) {
                        items.extend(orig.iter().cloned());
                    }
                    return Ok(a.clone());
                }
            }
            (Value::Set(s), 11 | 10 | 1 | 12) if matches!(b, Value::Set(_) | Value::FrozenSet(_)) => {
                match code {
                    11 => s.update_from(self, b)?,
                    10 => {
                        let out = set_ops::intersection(self, s, b)?;
                        s.replace_with(out);
                    }
                    1 => set_ops::difference_update(self, s, b)?,
                    _ => set_ops::symmetric_difference_update(self, s, b)?,
                }
                return Ok(a.clone());
            }
            (Value::Dict(d), 11) => {
                if let Value::Dict(o) = b {
                    for (h, k, v) in o.entries_with_hashes() {
                        d.set_hashed(self, k, h, v)?;
                    }
                    return Ok(a.clone());
                }
            }
            (Value::Instance(inst), _) => {
                let name = PyStr::new(DUNDERS[code as usize].2.to_string());
                if let Some(m) = inst.class.lookup(&name) {
                    let r = self.call_value(&m, vec![a.clone(), b.clone()], vec![])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        if let (Some(x), Some(y)) = (to_num(a), to_num(b))
            && code != 3
        {
            return num_op(&x, &y, code);
        }
        if let Some(v) = self.builtin_seq_op(a, b, code)? {
            return Ok(v);
        }
        self.dunder_binop(a, b, code, INPLACE_SYMBOLS[code as usize])
    }

    fn dunder_binop(&mut self, a: &Value, b: &Value, code: u8, sym: &str) -> PyResult<Value> {
        let (fwd, rev, _) = DUNDERS[code as usize];
        let ta = self.types.of(a);
        let tb = self.types.of(b);
        let b_is_subclass = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        let try_rev_first = b_is_subclass && matches!(b, Value::Instance(_)) && tb.lookup_str(rev).is_some();
        if try_rev_first && let Some(r) = self.try_dunder(b, rev, a)? {
            return Ok(r);
        }
        if matches!(a, Value::Instance(_))
            && let Some(r) = self.try_dunder(a, fwd, b)?
        {
            return Ok(r);
        }
        if !Rc::ptr_eq(&ta, &tb)
            && !try_rev_first
            && matches!(b, Value::Instance(_))
            && let Some(r) = self.try_dunder(b, rev, a)?
        {
            return Ok(r);
        }
        if code == 6
            && let Value::Str(_) = a
        {
            return self.str_percent(a, b);
        }
        let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_));
        if code == 0 && is_seq(a) && (sym == "+" || sym == "+=") {
            let t = type_name(a);
            if let Value::Bytes(_) = a {
                return Err(type_error(format!("can't concat {} to {t}", type_name(b))));
            }
            return Err(type_error(format!("can only concatenate {t} (not \"{}\") to {t}", type_name(b))));
        }
        if code == 2 && (is_seq(a) || is_seq(b)) {
            let other = if is_seq(a) { b } else { a };
            return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(other))));
        }
        Err(unsupported_binop(sym, &type_name(a), &type_name(b)))
    }

    fn try_dunder(&mut self, obj: &Value, name: &str, other: &Value) -> PyResult<Option<Value>> {
        let cls = self.types.of(obj);
        match cls.lookup_str(name) {
            Some(m) => {
                let r = self.call_value(&m, vec![obj.clone(), other.clone()], vec![])?;
                Ok(if matches!(r, Value::NotImplemented) { None } else { Some(r) })
            }
            None => Ok(None),
        }
    }

    fn builtin_seq_op(&mut self, a: &Value, b: &Value, code: u8) -> PyResult<Option<Value>> {
        use Value as V;
        Ok(Some(match (code, a, b) {
            (0, V::Str(x), V::Str(y)) => Value::Str(Rc::new(PyStr::concat(&[x, y]))),
            (0, V::List(x), V::List(y)) => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Value::list(v)
            }
            (0, V::Tuple(x), V::Tuple(y)) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (0, V::Bytes(x), V::Bytes(y)) => {
                let mut v = x.data.clone();
                v.extend_from_slice(&y.data);
                Value::Bytes(Rc::new(PyBytes { data: v }))
            }
            (2, V::Str(_) | V::List(_) | V::Tuple(_) | V::Bytes(_), n) if repeat_count(n).is_some() => {
                self.repeat(a, repeat_count(n).unwrap_or(0))?
            }
            (2, n, V::Str(_) | V::List(_) | V::Tuple(_) | V::Bytes(_)) if repeat_count(n).is_some() => {
                self.repeat(b, repeat_count(n).unwrap_or(0))?
            }
            (2, V::Str(_) | V::List(_) | V::Tuple(_), V::BigInt(_)) | (2, V::BigInt(_), V::Str(_) | V::List(_) | V::Tuple(_)) => {
                return Err(overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            (6, V::Str(_), _) => return self.str_percent(a, b).map(Some),
            (10 | 11 | 1 | 12, V::Set(x) | V::FrozenSet(x), V::Set(_) | V::FrozenSet(_)) => {
                let out = match code {
                    11 => set_ops::union(self, x, std::slice::from_ref(b))?,
                    10 => set_ops::intersection(self, x, b)?,
                    1 => set_ops::difference(self, x, b)?,
                    _ => set_ops::symmetric_difference(self, x, b)?,
                };
                if matches!(a, V::FrozenSet(_)) { V::FrozenSet(Rc::new(out)) } else { V::Set(Rc::new(out)) }
            }
            (10 | 11 | 1 | 12, V::DictView(_), _) | (10 | 11 | 1 | 12, _, V::DictView(_)) => return self.dict_view_op(a, b, code),
            (11, V::Dict(x), V::Dict(y)) => {
                let d = x.copy();
                for (h, k, v) in y.entries_with_hashes() {
                    d.set_hashed(self, k, h, v)?;
                }
                V::Dict(Rc::new(d))
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, seq: &Value, n: i64) -> PyResult<Value> {
        let n = n.max(0) as usize;
        let len = match seq {
            Value::Str(s) => s.as_str().len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Bytes(b) => b.data.len(),
            _ => 0,
        };
        if len.saturating_mul(n) > (1 << 31) {
            return Err(PyErr::new(&self.types.memory_error, ""));
        }
        Ok(match seq {
            Value::Str(s) => Value::str(s.as_str().repeat(n)),
            Value::List(l) => {
                let items = l.items.borrow();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    v.extend(t.items.iter().cloned());
                }
                Value::tuple(v)
            }
            Value::Bytes(b) => Value::Bytes(Rc::new(PyBytes { data: b.data.repeat(n) })),
            _ => Value::None,
        })
    }

    pub fn unary_op(&mut self, a: &Value, code: u8) -> PyResult<Value> {
        if code == 3 {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        match (code, a) {
            (0, Value::Int(i)) => Ok(i.checked_neg().map(Value::Int).unwrap_or_else(|| Value::from_bigint(-BigInt::from(*i)))),
            (0, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (0, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (0, Value::Float(f)) => Ok(Value::Float(-f)),
            (1, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(a.clone()),
            (1, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (2, Value::Int(i)) => Ok(Value::Int(!i)),
            (2, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (2, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(_)) => {
                let name = ["__neg__", "__pos__", "__invert__"][code as usize];
                match self.call_method(a, &PyStr::new(name.to_string()), vec![])? {
                    Some(v) => Ok(v),
                    None => Err(type_error(format!("bad operand type for unary {}: '{}'", ["-", "+", "~"][code as usize], type_name(a)))),
                }
            }
            _ => Err(type_error(format!("bad operand type for unary {}: '{}'", ["-", "+", "~"][code as usize], type_name(a)))),
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(t) = native_truth(v) {
            return Ok(t);
        }
        Ok(match v {
            Value::Bytes(b) => !b.data.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::DictView(v) => !v.dict.is_empty(),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&self.names.bool_) {
                    let r = self.call_value(&m, vec![v.clone()], vec![])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!("__bool__ should return bool, returned {}", type_name(&other)))),
                    };
                }
                if let Some(m) = inst.class.lookup(&self.names.len) {
                    let r = self.call_value(&m, vec![v.clone()], vec![])?;
                    return Ok(self.len_result(&r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// Validates a `__len__` result.
    pub fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if *i >= 0 => Ok(*i as usize),
            Value::Int(_) => Err(value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(*b as usize),
            other => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
        }
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<u64> {
        if let Some(h) = native_hash(v) {
            return h.map(|h| h as u64);
        }
        match v {
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.items.len());
                for x in t.items.iter() {
                    hs.push(self.hash(x)? as i64);
                }
                Ok(hash_tuple(&hs) as u64)
            }
            Value::FrozenSet(s) => Ok(s.frozen_hash()),
            Value::Instance(inst) => match inst.class.lookup(&self.names.hash) {
                Some(Value::None) => Err(type_error(format!("unhashable type: '{}'", inst.class.name))),
                Some(m) => {
                    let r = self.call_value(&m, vec![v.clone()], vec![])?;
                    match r {
                        // CPython keeps a result that fits in Py_hash_t as it is (only -1 becomes -2)
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i } as u64),
                        Value::BigInt(b) => Ok(crate::object::hash::hash_bigint(&b) as u64),
                        Value::Bool(b) => Ok(b as u64),
                        _ => Err(type_error("__hash__ method should return an integer")),
                    }
                }
                None => Ok((v.id() >> 4) as u64),
            },
            _ => Ok((v.id() >> 4) as u64),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare_op(a, b, 2)?;
        self.truthy(&r)
    }

    pub fn compare_op(&mut self, a: &Value, b: &Value, code: u8) -> PyResult<Value> {
        if let Some(same) = str_equality(a, b, code) {
            return Ok(Value::Bool(same));
        }
        let code_u = code as usize;
        if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
            let ord = num_cmp(&x, &y);
            return Ok(Value::Bool(match ord {
                None => code == 3,
                Some(o) => cmp_result(o, code),
            }));
        }
        use Value as V;
        match (a, b) {
            (V::Str(x), V::Str(y)) => return Ok(Value::Bool(cmp_result(x.as_str().cmp(y.as_str()), code))),
            (V::Bytes(x), V::Bytes(y)) => return Ok(Value::Bool(cmp_result(x.data.cmp(&y.data), code))),
            (V::List(_), V::List(_)) | (V::Tuple(_), V::Tuple(_)) => return self.seq_compare(a, b, code),
            (V::Set(_) | V::FrozenSet(_), V::Set(_) | V::FrozenSet(_)) => return self.set_compare(a, b, code),
            (V::DictView(_), _) | (_, V::DictView(_)) if let Some(r) = self.dict_view_compare(a, b, code)? => return Ok(Value::Bool(r)),
            (V::Dict(x), V::Dict(y)) if code == 2 || code == 3 => {
                let mut same = x.len() == y.len();
                if same {
                    // looked up by the stored hashes: no key is hashed again
                    for (h, k, v) in x.entries_with_hashes() {
                        match y.get_hashed(self, &k, h)? {
                            Some(v2) if v.is(&v2) || self.eq(&v, &v2)? => {}
                            _ => {
                                same = false;
                                break;
                            }
                        }
                    }
                }
                return Ok(Value::Bool(same == (code == 2)));
            }
            (V::Range(x), V::Range(y)) if code == 2 || code == 3 => {
                let same = x.len() == y.len() && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                return Ok(Value::Bool(same == (code == 2)));
            }
            _ => {}
        }
        // rich comparison through dunders
        let ta = self.types.of(a);
        let tb = self.types.of(b);
        let swap = CMP_SWAP[code_u];
        let reflected_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && matches!(b, V::Instance(_));
        if reflected_first && let Some(r) = self.try_dunder(b, CMP_DUNDERS[swap], a)? {
            return Ok(r);
        }
        if matches!(a, V::Instance(_)) {
            if let Some(r) = self.try_dunder(a, CMP_DUNDERS[code_u], b)? {
                return Ok(r);
            }
            if code == 3 {
                // default __ne__ inverts __eq__
                if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                    let t = self.truthy(&r)?;
                    return Ok(Value::Bool(!t));
                }
            }
        }
        if !reflected_first
            && matches!(b, V::Instance(_))
            && let Some(r) = self.try_dunder(b, CMP_DUNDERS[swap], a)?
        {
            return Ok(r);
        }
        match code {
            2 => Ok(Value::Bool(a.is(b) || fast_eq(a, b).unwrap_or(false))),
            3 => Ok(Value::Bool(!(a.is(b) || fast_eq(a, b).unwrap_or(false)))),
            _ => Err(type_error(format!("'{}' not supported between instances of '{}' and '{}'", CMP_SYMBOLS[code_u], type_name(a), type_name(b)))),
        }
    }

    fn seq_compare(&mut self, a: &Value, b: &Value, code: u8) -> PyResult<Value> {
        let xs = self.collect(a)?;
        let ys = self.collect(b)?;
        if (code == 2 || code == 3) && xs.len() != ys.len() {
            return Ok(Value::Bool(code == 3));
        }
        for (x, y) in xs.iter().zip(ys.iter()) {
            if x.is(y) {
                continue;
            }
            if !self.eq(x, y)? {
                return match code {
                    2 => Ok(Value::Bool(false)),
                    3 => Ok(Value::Bool(true)),
                    _ => self.compare_op(x, y, code),
                };
            }
        }
        Ok(Value::Bool(cmp_result(xs.len().cmp(&ys.len()), code)))
    }

    fn set_compare(&mut self, a: &Value, b: &Value, code: u8) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) = (a, b) else {
            return Ok(Value::Bool(false));
        };
        let subset = set_ops::is_subset_of_set;
        let (lx, ly) = (x.len(), y.len());
        Ok(Value::Bool(match code {
            0 => lx < ly && subset(self, x, y)?,
            1 => subset(self, x, y)?,
            2 => lx == ly && subset(self, x, y)?,
            3 => !(lx == ly && subset(self, x, y)?),
            4 => lx > ly && subset(self, y, x)?,
            _ => subset(self, y, x)?,
        }))
    }
}

fn cmp_result(o: std::cmp::Ordering, code: u8) -> bool {
    use std::cmp::Ordering::*;
    match code {
        0 => o == Less,
        1 => o != Greater,
        2 => o == Equal,
        3 => o != Equal,
        4 => o == Greater,
        _ => o != Less,
    }
}

/// Numeric ordering across ints, big ints and floats (None when NaN is involved).
pub fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::F(x), other) => float_int_cmp(*x, &to_big(other)),
        (other, Num::F(y)) => float_int_cmp(*y, &to_big(other)).map(|o| o.reverse()),
        _ => Some(to_big(a).cmp(&to_big(b))),
    }
}

fn float_int_cmp(f: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    match fb.cmp(i) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// `a == b` (code 2) or `a != b` (code 3) of two strings, the common
/// comparison of state names and keys: the same object, or the same length
/// and bytes. None for anything else.
#[inline(always)]
pub(crate) fn str_equality(a: &Value, b: &Value, code: u8) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) if code == 2 || code == 3 => Some((Rc::ptr_eq(x, y) || x.as_str() == y.as_str()) == (code == 2)),
        _ => None,
    }
}

/// The truth of None, a bool, a number or a str: no Python code runs.
#[inline]
pub fn native_truth(v: &Value) -> Option<bool> {
    Some(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        _ => return None,
    })
}
