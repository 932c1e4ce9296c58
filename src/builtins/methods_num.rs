//! Methods and attributes of `int`, `float` and `bool`: bit_length,
//! to_bytes/from_bytes, as_integer_ratio, float.hex/fromhex, the
//! `real`/`imag`/`numerator`/`denominator` properties and the arithmetic
//! dunders (so `int.__add__(1, 2)` works), with CPython 3.11's results and
//! messages. Also the exact float/int helpers the `math` module shares.

use super::{add_methods, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(
        &t.int,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("to_bytes", int_to_bytes),
            ("as_integer_ratio", int_as_integer_ratio),
            ("conjugate", int_conjugate),
        ],
    );
    add_methods(&t.int, "int", INT_SLOTS);
    add_methods(
        &t.int,
        "int",
        &[("__round__", int_round), ("__pow__", int_pow), ("__rpow__", int_rpow), ("__divmod__", int_divmod), ("__rdivmod__", int_rdivmod)],
    );
    add_methods(&t.int, "int", INT_BINOPS);
    t.int.dict.set_item_str("from_bytes", Value::ClassMethod(Rc::new(native("from_bytes", int_from_bytes))));
    add_property(&t.int, "real", int_real);
    add_property(&t.int, "imag", int_imag);
    add_property(&t.int, "numerator", int_real);
    add_property(&t.int, "denominator", int_denominator);

    add_methods(&t.bool_, "bool", BOOL_BINOPS);

    add_methods(
        &t.float,
        "float",
        &[("is_integer", float_is_integer), ("as_integer_ratio", float_as_integer_ratio), ("hex", float_hex), ("conjugate", float_conjugate)],
    );
    add_methods(&t.float, "float", FLOAT_SLOTS);
    add_methods(
        &t.float,
        "float",
        &[("__round__", float_round), ("__pow__", float_pow), ("__rpow__", float_rpow), ("__divmod__", float_divmod), ("__rdivmod__", float_rdivmod)],
    );
    add_methods(&t.float, "float", FLOAT_BINOPS);
    t.float.dict.set_item_str("fromhex", Value::ClassMethod(Rc::new(native("fromhex", float_fromhex))));
    add_property(&t.float, "real", float_real);
    add_property(&t.float, "imag", float_imag);
}

fn add_property(cls: &Rc<Class>, name: &'static str, fget: NativeFn) {
    let p = Property::new(native(name, fget), Value::None, Value::None, Value::None);
    cls.dict.set_item_str(name, Value::Property(Rc::new(p)));
}

// ---------------------------------------------------------------------------
// Shared helpers (also used by the math module)
// ---------------------------------------------------------------------------

/// A check on a value's type.
type Pred = fn(&Value) -> bool;

pub(crate) fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_))
}

fn is_bool(v: &Value) -> bool {
    matches!(v, Value::Bool(_))
}

fn is_real(v: &Value) -> bool {
    is_int(v) || is_float(v)
}

/// An int-like value (int, bool, big int) as a BigInt; 0 for anything else.
pub(crate) fn big_of(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

/// `int(v)` for an int-like value: bools become plain ints.
pub(crate) fn int_value(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

/// `|f| = m·2^e` for a finite double, with `m < 2^53`.
pub(crate) fn decompose(f: f64) -> (u64, i64) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) }
}

/// A double truncated to an int, exactly (`int(f)`), with CPython's errors.
pub(crate) fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let (m, e) = decompose(t);
    let b = if e >= 0 { BigInt::from(m) << (e as usize) } else { BigInt::from(m >> ((-e) as u32)) };
    Ok(Value::from_bigint(if t < 0.0 { -b } else { b }))
}

/// `m·2^e` (m > 0) rounded half-even to the nearest double; `None` when it
/// overflows. Handles subnormals exactly.
pub(crate) fn scaled_to_f64(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let m = m.abs();
    let nb = m.bits() as i64;
    let msb = nb - 1 + e;
    if msb > 1024 {
        return None;
    }
    if msb < -1076 {
        return Some(0.0);
    }
    let mut u = (msb - 52).max(-1074);
    let shift = u - e;
    let mut q: u64 = if shift <= 0 {
        (&m << ((-shift) as usize)).to_u64().unwrap_or(0)
    } else if shift > nb + 1 {
        0
    } else {
        let s = shift as usize;
        let qb = &m >> s;
        let rem = &m - (&qb << s);
        let half = BigInt::one() << (s - 1);
        let q = qb.to_u64().unwrap_or(0);
        if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q }
    };
    if q == 1u64 << 53 {
        q = 1u64 << 52;
        u += 1;
    }
    let bits = if q >= 1u64 << 52 {
        let be = u + 1075;
        if be >= 2047 {
            return None;
        }
        ((be as u64) << 52) | (q - (1u64 << 52))
    } else {
        q
    };
    Some(f64::from_bits(bits))
}

/// An int as a correctly rounded double (`float(n)`).
pub(crate) fn int_to_f64(v: &BigInt) -> PyResult<f64> {
    if let Some(i) = v.to_i64() {
        return Ok(i as f64);
    }
    match scaled_to_f64(v, 0) {
        Some(f) => Ok(if v.is_negative() { -f } else { f }),
        None => Err(overflow_error("int too large to convert to float")),
    }
}

/// `a / b` for ints, correctly rounded like CPython (`long_true_divide`).
#[allow(dead_code)] // meant for the `/` operator on big ints (src/vm/ops.rs)
pub(crate) fn int_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    if a.is_zero() {
        return Ok(if a.is_negative() != b.is_negative() { -0.0 } else { 0.0 });
    }
    let (x, y) = (a.abs(), b.abs());
    // scale so the quotient has at least 66 bits, then keep a sticky bit
    let s = 66 - (x.bits() as i64 - y.bits() as i64);
    let (num, den) = if s >= 0 { (x << (s as usize), y) } else { (x, y << ((-s) as usize)) };
    let (q, r) = num.div_rem(&den);
    let q = if r.is_zero() { q << 1usize } else { (q << 1usize) + 1 };
    let f = scaled_to_f64(&q, -s - 1).ok_or_else(|| overflow_error("integer division result too large for a float"))?;
    Ok(if a.is_negative() != b.is_negative() { -f } else { f })
}

/// `round(x, ndigits)` for ints: round half to even at 10**-ndigits.
pub(crate) fn round_int(x: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return x.clone();
    }
    let k = ndigits.unsigned_abs();
    if k > x.bits() / 3 + 2 {
        // 10**k > 2*|x|: the result is 0
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = x.div_mod_floor(&p);
    let two_r: BigInt = r * 2;
    let q = if two_r > p || (two_r == p && q.is_odd()) { q + 1 } else { q };
    q * p
}

/// CPython's Argument Clinic argument parsing: `names` are the parameters
/// (the first `posonly` positional-only, the first `minpos` required, those
/// from `maxpos` on keyword-only). Returns one slot per name.
pub(crate) fn clinic(
    fname: &str,
    args: &[Value],
    kwargs: KwArgs,
    names: &[&str],
    posonly: usize,
    minpos: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let (n, nk) = (args.len(), kwargs.len());
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if nk == 0 && n >= minpos && n <= maxpos {
        let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
        out.resize(names.len(), None);
        return Ok(out);
    }
    if n + nk > names.len() {
        let kw = if n == 0 { "keyword " } else { "" };
        return Err(type_error(format!("{fname}() takes at most {} {kw}argument{} ({} given)", names.len(), plural(names.len()), n + nk)));
    }
    if n > maxpos {
        if maxpos == 0 {
            return Err(type_error(format!("{fname}() takes no positional arguments")));
        }
        let how = if minpos < maxpos { "at most" } else { "exactly" };
        return Err(type_error(format!("{fname}() takes {how} {maxpos} positional argument{} ({n} given)", plural(maxpos))));
    }
    let minposonly = posonly.min(minpos);
    if n < minposonly {
        let how = if minposonly < maxpos { "at least" } else { "exactly" };
        return Err(type_error(format!("{fname}() takes {how} {minposonly} positional argument{} ({n} given)", plural(minposonly))));
    }
    let find = |name: &str| kwargs.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v.clone());
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    for (i, name) in names.iter().enumerate().skip(n) {
        let v = if i >= posonly { find(name) } else { None };
        if v.is_none() && i < minpos {
            return Err(type_error(format!("{fname}() missing required argument '{name}' (pos {})", i + 1)));
        }
        out.push(v);
    }
    for (i, name) in names.iter().enumerate().take(n).skip(posonly) {
        if find(name).is_some() {
            return Err(type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1)));
        }
    }
    for (k, _) in kwargs {
        if !names[posonly.min(names.len())..].contains(&k.as_str()) {
            return Err(type_error(format!("'{}' is an invalid keyword argument for {fname}()", k.as_str())));
        }
    }
    Ok(out)
}

/// Checks `self` of a regular method of int/float (like a method descriptor).
fn method_self<'a>(args: &'a [Value], owner: &str, name: &str, ok: Pred) -> PyResult<&'a Value> {
    match args.first() {
        None => Err(type_error(format!("unbound method {owner}.{name}() needs an argument"))),
        Some(v) if ok(v) => Ok(v),
        Some(v) => Err(type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object", type_name(v)))),
    }
}

/// A method taking no arguments besides self.
fn method_noargs<'a>(args: &'a [Value], kwargs: KwArgs, owner: &str, name: &str, ok: Pred) -> PyResult<&'a Value> {
    let s = method_self(args, owner, name, ok)?;
    if !kwargs.is_empty() {
        return Err(type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(type_error(format!("{owner}.{name}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(s)
}

/// Checks `self` and the argument count of a slot wrapper (`__add__`, …).
fn slot_self<'a>(args: &'a [Value], kwargs: KwArgs, owner: &str, name: &str, ok: Pred, min: usize, max: usize) -> PyResult<&'a Value> {
    let Some(s) = args.first() else {
        return Err(type_error(format!("descriptor '{name}' of '{owner}' object needs an argument")));
    };
    if !ok(s) {
        return Err(type_error(format!("descriptor '{name}' requires a '{owner}' object but received a '{}'", type_name(s))));
    }
    if !kwargs.is_empty() {
        return Err(type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let n = args.len() - 1;
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(type_error(format!("expected {min} argument{}, got {n}", plural(min))));
    }
    if n < min {
        return Err(type_error(format!("expected at least {min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        return Err(type_error(format!("expected at most {max} argument{}, got {n}", plural(max))));
    }
    Ok(s)
}

fn call_builtin(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    match vm.builtins.get_item_str(name) {
        Some(f) => vm.call_value(&f, args, vec![]),
        None => Err(internal(format!("builtin {name} missing"))),
    }
}

/// An `ndigits` argument of `__round__` (big values saturate).
fn ndigits_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => vm.int_index(v),
    }
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

fn int_bit_length(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = method_noargs(args, kwargs, "int", "bit_length", is_int)?;
    Ok(Value::Int(match s {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

fn int_bit_count(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = method_noargs(args, kwargs, "int", "bit_count", is_int)?;
    Ok(Value::Int(match s {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.magnitude().count_ones() as i64,
        _ => 0,
    }))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = method_noargs(args, kwargs, "int", "as_integer_ratio", is_int)?;
    Ok(Value::tuple(vec![int_value(s), Value::Int(1)]))
}

fn int_conjugate(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    Ok(int_value(method_noargs(args, kwargs, "int", "conjugate", is_int)?))
}

fn int_real(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(args.first().map(int_value).unwrap_or(Value::Int(0)))
}

fn int_imag(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_denominator(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(1))
}

/// The `byteorder` argument of to_bytes/from_bytes: true for little-endian.
fn byteorder_arg(fname: &str, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(type_error(format!("{fname}() argument 'byteorder' must be str, not {}", type_name(&other)))),
    }
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = method_self(args, "int", "to_bytes", is_int)?;
    let [length, order, signed] =
        <[Option<Value>; 3]>::try_from(clinic("to_bytes", &args[1..], kwargs, &["length", "byteorder", "signed"], 0, 0, 2)?).unwrap_or_default();
    let length = match length {
        None => 1usize,
        Some(Value::BigInt(_)) => return Err(overflow_error("Python int too large to convert to C ssize_t")),
        Some(v) => {
            let n = vm.int_index(&v)?;
            if n < 0 {
                return Err(value_error("length argument must be non-negative"));
            }
            n as usize
        }
    };
    let little = byteorder_arg("to_bytes", order)?;
    let signed = match signed {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let v = big_of(s);
    if v.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let minimal: Vec<u8> = if v.is_zero() {
        Vec::new()
    } else if signed {
        v.to_signed_bytes_be()
    } else {
        v.to_bytes_be().1
    };
    if minimal.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    if length > 1 << 30 {
        return Err(PyErr::new(&vm.types.memory_error, ""));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    let mut data = vec![fill; length - minimal.len()];
    data.extend_from_slice(&minimal);
    if little {
        data.reverse();
    }
    Ok(Value::Bytes(Rc::new(PyBytes { data })))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let [bytes, order, signed] =
        <[Option<Value>; 3]>::try_from(clinic("from_bytes", &args[1..], kwargs, &["bytes", "byteorder", "signed"], 0, 1, 2)?).unwrap_or_default();
    let bytes = bytes.unwrap_or_default();
    let mut data: Vec<u8> = match &bytes {
        Value::Bytes(b) => b.data.clone(),
        Value::Str(_) => return Err(type_error("cannot convert 'str' object to bytes")),
        v if vm.is_iterable(v) => {
            let items = vm.collect(v)?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                let n = match item {
                    Value::BigInt(_) => -1,
                    _ => vm.int_index(item)?,
                };
                if !(0..256).contains(&n) {
                    return Err(value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
        other => return Err(type_error(format!("cannot convert '{}' object to bytes", type_name(other)))),
    };
    let little = byteorder_arg("from_bytes", order)?;
    let signed = match signed {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if little {
        data.reverse();
    }
    let n = if data.is_empty() {
        BigInt::zero()
    } else if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let result = Value::from_bigint(n);
    match cls {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.int) => Ok(result),
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.bool_) => Ok(Value::Bool(!matches!(result, Value::Int(0)))),
        other => vm.call_value(other, vec![result], vec![]),
    }
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn float_is_integer(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = float_of(method_noargs(args, kwargs, "float", "is_integer", is_float)?);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    Ok(method_noargs(args, kwargs, "float", "conjugate", is_float)?.clone())
}

fn float_real(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::Float(0.0)))
}

fn float_imag(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = float_of(method_noargs(args, kwargs, "float", "as_integer_ratio", is_float)?);
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = decompose(f);
    if m == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + tz as i64);
    let m = if f < 0.0 { -BigInt::from(m) } else { BigInt::from(m) };
    let (num, den) = if e >= 0 { (m << (e as usize), BigInt::one()) } else { (m, BigInt::one() << ((-e) as usize)) };
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`.
pub(crate) fn float_hex_str(f: f64) -> String {
    if !f.is_finite() {
        return crate::object::format::float_repr(f);
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

fn float_hex(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = float_of(method_noargs(args, kwargs, "float", "hex", is_float)?);
    Ok(Value::str(float_hex_str(f)))
}

/// Parses CPython's hexadecimal float syntax; `Err(true)` means overflow.
pub(crate) fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(sign(f64::NAN)),
        _ => {}
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower).as_bytes();
    let mut i = 0;
    let mut mant = BigInt::zero();
    let mut ndigits = 0usize;
    let mut frac_digits: i64 = 0;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        mant = (mant << 4u32) + BigInt::from((b[i] as char).to_digit(16).unwrap_or(0));
        ndigits += 1;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            mant = (mant << 4u32) + BigInt::from((b[i] as char).to_digit(16).unwrap_or(0));
            ndigits += 1;
            frac_digits += 1;
            i += 1;
        }
    }
    if ndigits == 0 {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = (exp * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(false);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(false);
    }
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    let e2 = exp.saturating_sub(frac_digits.saturating_mul(4));
    match scaled_to_f64(&mant, e2) {
        Some(f) => Ok(sign(f)),
        None => Err(true),
    }
}

fn float_fromhex(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("float.fromhex() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(type_error(format!("float.fromhex() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let Value::Str(s) = &args[1] else {
        return Err(type_error("bad argument type for built-in operation"));
    };
    let f = match parse_hex_float(s.as_str()) {
        Ok(f) => f,
        Err(true) => return Err(overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => return Err(value_error("invalid hexadecimal floating-point string")),
    };
    match &args[0] {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.float) => Ok(Value::Float(f)),
        other => vm.call_value(other, vec![Value::Float(f)], vec![]),
    }
}

// ---------------------------------------------------------------------------
// Slot wrappers: unary dunders, __round__, __pow__, __divmod__
// ---------------------------------------------------------------------------

macro_rules! unary_slots {
    ($table:ident, $owner:literal, $ok:expr; $($fname:ident $name:literal |$vm:ident, $a:ident| $body:expr;)*) => {
        $(
            #[allow(unused_variables)]
            fn $fname($vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                let $a = slot_self(args, kwargs, $owner, $name, $ok, 0, 0)?;
                $body
            }
        )*
        const $table: &[(&str, NativeFn)] = &[$(($name, $fname as NativeFn),)*];
    };
}

unary_slots!(INT_SLOTS, "int", is_int;
    int_neg "__neg__" |vm, a| vm.unary_op(a, 0);
    int_pos "__pos__" |vm, a| vm.unary_op(a, 1);
    int_invert "__invert__" |vm, a| vm.unary_op(a, 2);
    int_abs "__abs__" |vm, a| Ok(match a {
        Value::Int(i) => i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::from_bigint(BigInt::from(*i).abs())),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        other => int_value(other),
    });
    int_bool "__bool__" |vm, a| Ok(Value::Bool(!big_of(a).is_zero()));
    int_int "__int__" |vm, a| Ok(int_value(a));
    int_index "__index__" |vm, a| Ok(int_value(a));
    int_trunc "__trunc__" |vm, a| Ok(int_value(a));
    int_floor "__floor__" |vm, a| Ok(int_value(a));
    int_ceil "__ceil__" |vm, a| Ok(int_value(a));
    int_float "__float__" |vm, a| Ok(Value::Float(int_to_f64(&big_of(a))?));
);

unary_slots!(FLOAT_SLOTS, "float", is_float;
    float_neg "__neg__" |vm, a| Ok(Value::Float(-float_of(a)));
    float_pos "__pos__" |vm, a| Ok(a.clone());
    float_abs "__abs__" |vm, a| Ok(Value::Float(float_of(a).abs()));
    float_bool "__bool__" |vm, a| Ok(Value::Bool(float_of(a) != 0.0));
    float_int "__int__" |vm, a| float_to_int(float_of(a));
    float_trunc "__trunc__" |vm, a| float_to_int(float_of(a));
    float_floor "__floor__" |vm, a| float_to_int(float_of(a).floor());
    float_ceil "__ceil__" |vm, a| float_to_int(float_of(a).ceil());
    float_float "__float__" |vm, a| Ok(a.clone());
);

fn round_args<'a>(args: &'a [Value], kwargs: KwArgs, owner: &str, ok: Pred) -> PyResult<(&'a Value, Option<&'a Value>)> {
    let s = method_self(args, owner, "__round__", ok)?;
    if !kwargs.is_empty() {
        return Err(type_error(format!("{owner}.__round__() takes no keyword arguments")));
    }
    if args.len() > 2 {
        return Err(type_error(format!("__round__ expected at most 1 argument, got {}", args.len() - 1)));
    }
    Ok((s, args.get(1)))
}

fn int_round(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (s, nd) = round_args(args, kwargs, "int", is_int)?;
    match nd {
        None => Ok(int_value(s)),
        Some(nd) => {
            let n = ndigits_arg(vm, nd)?;
            if n >= 0 {
                return Ok(int_value(s));
            }
            Ok(Value::from_bigint(round_int(&big_of(s), n)))
        }
    }
}

fn float_round(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (s, nd) = round_args(args, kwargs, "float", is_float)?;
    let f = float_of(s);
    match nd.filter(|v| !v.is_none()) {
        None => float_to_int(f.round_ties_even()),
        Some(nd) => {
            let n = ndigits_arg(vm, nd)?;
            Ok(Value::Float(crate::builtins::functions::round_float(f, n)))
        }
    }
}

fn pow_slot(vm: &mut Vm, args: &[Value], kwargs: KwArgs, owner: &str, name: &str, rev: bool) -> PyResult<Value> {
    let (ok, other_ok): (Pred, Pred) = if owner == "int" { (is_int, is_int) } else { (is_float, is_real) };
    let a = slot_self(args, kwargs, owner, name, ok, 1, 2)?;
    let b = &args[1];
    if !other_ok(b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if rev { (b, a) } else { (a, b) };
    match args.get(2).filter(|m| !m.is_none()) {
        None => vm.binary_op(x, y, 7),
        Some(m) => call_builtin(vm, "pow", vec![x.clone(), y.clone(), m.clone()]),
    }
}

fn int_pow(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    pow_slot(vm, args, kwargs, "int", "__pow__", false)
}
fn int_rpow(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    pow_slot(vm, args, kwargs, "int", "__rpow__", true)
}
fn float_pow(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    pow_slot(vm, args, kwargs, "float", "__pow__", false)
}
fn float_rpow(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    pow_slot(vm, args, kwargs, "float", "__rpow__", true)
}

fn divmod_slot(vm: &mut Vm, args: &[Value], kwargs: KwArgs, owner: &str, name: &str, rev: bool) -> PyResult<Value> {
    let (ok, other_ok): (Pred, Pred) = if owner == "int" { (is_int, is_int) } else { (is_float, is_real) };
    let a = slot_self(args, kwargs, owner, name, ok, 1, 1)?;
    let b = &args[1];
    if !other_ok(b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if rev { (b, a) } else { (a, b) };
    let q = vm.binary_op(x, y, 5)?;
    let r = vm.binary_op(x, y, 6)?;
    Ok(Value::tuple(vec![q, r]))
}

fn int_divmod(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    divmod_slot(vm, args, kwargs, "int", "__divmod__", false)
}
fn int_rdivmod(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    divmod_slot(vm, args, kwargs, "int", "__rdivmod__", true)
}
fn float_divmod(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    divmod_slot(vm, args, kwargs, "float", "__divmod__", false)
}
fn float_rdivmod(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    divmod_slot(vm, args, kwargs, "float", "__rdivmod__", true)
}

// ---------------------------------------------------------------------------
// Binary operator slots
// ---------------------------------------------------------------------------

fn int_binop(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &str, code: u8, rev: bool) -> PyResult<Value> {
    let a = slot_self(args, kwargs, "int", name, is_int, 1, 1)?;
    let b = &args[1];
    if !is_int(b) {
        return Ok(Value::NotImplemented);
    }
    if rev { vm.binary_op(b, a, code) } else { vm.binary_op(a, b, code) }
}

fn float_binop(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &str, code: u8, rev: bool) -> PyResult<Value> {
    let a = slot_self(args, kwargs, "float", name, is_float, 1, 1)?;
    let b = &args[1];
    if !is_real(b) {
        return Ok(Value::NotImplemented);
    }
    if rev { vm.binary_op(b, a, code) } else { vm.binary_op(a, b, code) }
}

/// `&`, `|`, `^` of bool: a bool when both operands are bools.
fn bool_binop(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &str, code: u8, rev: bool) -> PyResult<Value> {
    let a = slot_self(args, kwargs, "bool", name, is_bool, 1, 1)?;
    let b = &args[1];
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::Bool(match code {
            10 => *x & *y,
            11 => *x | *y,
            _ => *x ^ *y,
        })),
        _ if is_int(b) => {
            if rev {
                vm.binary_op(b, a, code)
            } else {
                vm.binary_op(a, b, code)
            }
        }
        _ => Ok(Value::NotImplemented),
    }
}

macro_rules! binops {
    ($table:ident, $helper:ident; $($fname:ident $name:literal $code:literal $rev:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                $helper(vm, args, kwargs, $name, $code, $rev)
            }
        )*
        const $table: &[(&str, NativeFn)] = &[$(($name, $fname as NativeFn),)*];
    };
}

binops!(INT_BINOPS, int_binop;
    int_add "__add__" 0 false;
    int_radd "__radd__" 0 true;
    int_sub "__sub__" 1 false;
    int_rsub "__rsub__" 1 true;
    int_mul "__mul__" 2 false;
    int_rmul "__rmul__" 2 true;
    int_truediv "__truediv__" 4 false;
    int_rtruediv "__rtruediv__" 4 true;
    int_floordiv "__floordiv__" 5 false;
    int_rfloordiv "__rfloordiv__" 5 true;
    int_mod "__mod__" 6 false;
    int_rmod "__rmod__" 6 true;
    int_lshift "__lshift__" 8 false;
    int_rlshift "__rlshift__" 8 true;
    int_rshift "__rshift__" 9 false;
    int_rrshift "__rrshift__" 9 true;
    int_and "__and__" 10 false;
    int_rand "__rand__" 10 true;
    int_or "__or__" 11 false;
    int_ror "__ror__" 11 true;
    int_xor "__xor__" 12 false;
    int_rxor "__rxor__" 12 true;
);

binops!(FLOAT_BINOPS, float_binop;
    float_add "__add__" 0 false;
    float_radd "__radd__" 0 true;
    float_sub "__sub__" 1 false;
    float_rsub "__rsub__" 1 true;
    float_mul "__mul__" 2 false;
    float_rmul "__rmul__" 2 true;
    float_truediv "__truediv__" 4 false;
    float_rtruediv "__rtruediv__" 4 true;
    float_floordiv "__floordiv__" 5 false;
    float_rfloordiv "__rfloordiv__" 5 true;
    float_mod "__mod__" 6 false;
    float_rmod "__rmod__" 6 true;
);

binops!(BOOL_BINOPS, bool_binop;
    bool_and "__and__" 10 false;
    bool_rand "__rand__" 10 true;
    bool_or "__or__" 11 false;
    bool_ror "__ror__" 11 true;
    bool_xor "__xor__" 12 false;
    bool_rxor "__rxor__" 12 true;
);
