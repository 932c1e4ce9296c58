//! The built-in `math` module, following CPython 3.11's `mathmodule.c`:
//! libm for the elementary functions (with CPython's domain/range error
//! rules), exact integer functions on big ints (factorial, comb, perm, gcd,
//! lcm, isqrt), Shewchuk's exact `fsum` and CPython's accurate `hypot`.

use super::methods_num::{big_of, clinic, decompose, float_to_int, int_to_f64, int_value, is_int, scaled_to_f64};
use super::{arity, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::f64::consts;
use std::rc::Rc;

/// factorial/comb/perm refuse arguments above this: CPython would compute
/// them (slowly); tikitaka raises OverflowError instead of hanging.
const EXACT_LIMIT: u64 = 250_000;

pub fn create_math(_vm: &mut Vm) -> Module {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str("math"));
    dict.set_item_str("pi", Value::Float(consts::PI));
    dict.set_item_str("e", Value::Float(consts::E));
    dict.set_item_str("tau", Value::Float(consts::TAU));
    dict.set_item_str("inf", Value::Float(f64::INFINITY));
    dict.set_item_str("nan", Value::Float(f64::NAN));
    for (name, f) in FUNCS {
        dict.set_item_str(name, native(name, *f));
    }
    Module { name: "math".to_string(), dict }
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("sqrt", m_sqrt),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("log1p", m_log1p),
    ("cbrt", m_cbrt),
    ("sin", m_sin),
    ("cos", m_cos),
    ("tan", m_tan),
    ("asin", m_asin),
    ("acos", m_acos),
    ("atan", m_atan),
    ("sinh", m_sinh),
    ("cosh", m_cosh),
    ("tanh", m_tanh),
    ("asinh", m_asinh),
    ("acosh", m_acosh),
    ("atanh", m_atanh),
    ("fabs", m_fabs),
    ("floor", m_floor),
    ("ceil", m_ceil),
    ("trunc", m_trunc),
    ("factorial", m_factorial),
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("isqrt", m_isqrt),
    ("pow", m_pow),
    ("log", m_log),
    ("log2", m_log2),
    ("log10", m_log10),
    ("atan2", m_atan2),
    ("hypot", m_hypot),
    ("dist", m_dist),
    ("degrees", m_degrees),
    ("radians", m_radians),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isclose", m_isclose),
    ("copysign", m_copysign),
    ("fmod", m_fmod),
    ("remainder", m_remainder),
    ("modf", m_modf),
    ("frexp", m_frexp),
    ("ldexp", m_ldexp),
    ("nextafter", m_nextafter),
    ("ulp", m_ulp),
    ("comb", m_comb),
    ("perm", m_perm),
    ("prod", m_prod),
    ("fsum", m_fsum),
];

fn domain_error() -> PyErr {
    value_error("math domain error")
}

fn range_error() -> PyErr {
    overflow_error("math range error")
}

fn name_str(s: &str) -> PyStr {
    PyStr::new(s.to_string())
}

/// `PyFloat_AsDouble`: a real number (or something with `__float__` or
/// `__index__`) as a double.
fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => int_to_f64(b),
        Value::Instance(_) => {
            if let Some(r) = vm.call_method(v, &name_str("__float__"), vec![])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    other => Err(type_error(format!("{}.__float__ returned non-float (type {})", type_name(v), type_name(&other)))),
                };
            }
            if let Some(r) = vm.call_method(v, &name_str("__index__"), vec![])? {
                return match &r {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_to_f64(&big_of(&r)),
                    other => Err(type_error(format!("__index__ returned non-int (type {})", type_name(other)))),
                };
            }
            Err(type_error(format!("must be real number, not {}", type_name(v))))
        }
        other => Err(type_error(format!("must be real number, not {}", type_name(other)))),
    }
}

/// `PyNumber_Index`: an integer argument as a BigInt.
fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(big_of(v)),
        Value::Instance(_) => match vm.call_method(v, &name_str("__index__"), vec![])? {
            Some(r) if is_int(&r) => Ok(big_of(&r)),
            Some(r) => Err(type_error(format!("__index__ returned non-int (type {})", type_name(&r)))),
            None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))),
        },
        other => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
    }
}

fn one_arg<'a>(name: &str, args: &'a [Value], kwargs: KwArgs) -> PyResult<&'a Value> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    arity(name, args, 1, 1)?;
    Ok(&args[0])
}

fn two_args<'a>(name: &str, args: &'a [Value], kwargs: KwArgs) -> PyResult<(&'a Value, &'a Value)> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    arity(name, args, 2, 2)?;
    Ok((&args[0], &args[1]))
}

/// CPython's `math_1`: applies a libm function and turns NaN/inf results of
/// finite arguments into ValueError/OverflowError.
fn math_1(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &str, func: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(name, args, kwargs)?)?;
    let r = func(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($fname:ident $name:literal $func:expr, $ovf:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                math_1(vm, args, kwargs, $name, $func, $ovf)
            }
        )*
    };
}

unary!(
    m_sqrt "math.sqrt" f64::sqrt, false;
    m_exp "math.exp" f64::exp, true;
    m_exp2 "math.exp2" f64::exp2, true;
    m_expm1 "math.expm1" f64::exp_m1, true;
    m_log1p "math.log1p" log1p, false;
    m_cbrt "math.cbrt" cbrt, false;
    m_sin "math.sin" f64::sin, false;
    m_cos "math.cos" f64::cos, false;
    m_tan "math.tan" f64::tan, false;
    m_asin "math.asin" f64::asin, false;
    m_acos "math.acos" f64::acos, false;
    m_atan "math.atan" f64::atan, false;
    m_sinh "math.sinh" f64::sinh, true;
    m_cosh "math.cosh" f64::cosh, true;
    m_tanh "math.tanh" f64::tanh, false;
    m_asinh "math.asinh" asinh, false;
    m_acosh "math.acosh" acosh, false;
    m_atanh "math.atanh" atanh, false;
    m_fabs "math.fabs" f64::abs, false;
);

/// log1p with C99's special values (log1p(-1) = -inf, below -1 → nan).
fn log1p(x: f64) -> f64 {
    if x == -1.0 {
        f64::NEG_INFINITY
    } else if x < -1.0 {
        f64::NAN
    } else {
        x.ln_1p()
    }
}

// Rust's std computes cbrt, asinh, acosh and atanh itself, which can differ
// from glibc's libm (what CPython calls) in the last bit; these are ports of
// glibc's (fdlibm-derived) algorithms on top of libm's log/log1p, and agree
// bit-for-bit with CPython on Linux.

/// glibc's `cbrt` (sysdeps/ieee754/dbl-64/s_cbrt.c), constants verbatim.
#[allow(clippy::excessive_precision)]
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[(2 + xe % 3) as usize];
    // |xe / 3| <= 358: the scale is a normal double and the product exact
    let scale = f64::from_bits(((1023 + xe / 3) as u64) << 52);
    (if x > 0.0 { ym } else { -ym }) * scale
}

const LN2: f64 = consts::LN_2;

fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// glibc's `asinh` (s_asinh.c).
fn asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fffffff;
    if ix < 0x3e300000 {
        return x;
    }
    let xa = x.abs();
    let w = if ix > 0x41b00000 {
        if ix >= 0x7ff00000 {
            return x + x;
        }
        xa.ln() + LN2
    } else if ix > 0x40000000 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// glibc's `acosh` (e_acosh.c).
fn acosh(x: f64) -> f64 {
    let hx = high_word(x);
    let lx = x.to_bits() as u32;
    if hx < 0x3ff00000 {
        return f64::NAN;
    }
    if hx >= 0x41b00000 {
        if hx >= 0x7ff00000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if (((hx - 0x3ff00000) as u32) | lx) == 0 {
        return 0.0;
    }
    if hx > 0x40000000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// glibc's `atanh` (e_atanh.c).
fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30000000000000) {
            return x;
        }
        let t0 = xa + xa;
        0.5 * (t0 + t0 * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || x.is_nan() {
        return f64::NAN;
    } else {
        return f64::INFINITY.copysign(x);
    };
    t.copysign(x)
}

/// CPython's m_log family: like libm but with C99 values at 0 and below.
fn m_log_f(x: f64, func: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            func(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// CPython's `loghelper`: logs of ints of any size, floats through math_1.
fn loghelper(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(v) {
        let n = big_of(v);
        if !n.is_positive() {
            return Err(domain_error());
        }
        if let Ok(x) = int_to_f64(&n) {
            return Ok(func(x));
        }
        // frexp of a huge int: n ≈ x·2^e with 0.5 <= x < 1
        let e = n.bits() as i64;
        let mut x = scaled_to_f64(&n, -e).unwrap_or(0.5);
        let mut e = e;
        if x >= 1.0 {
            x /= 2.0;
            e += 1;
        }
        return Ok(func(x) + func(2.0) * e as f64);
    }
    let x = arg_f64(vm, v)?;
    let r = m_log_f(x, func);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain_error());
    }
    Ok(r)
}

fn m_log(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = loghelper(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn m_log2(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = one_arg("math.log2", args, kwargs)?;
    Ok(Value::Float(loghelper(vm, v, f64::log2)?))
}

fn m_log10(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = one_arg("math.log10", args, kwargs)?;
    Ok(Value::Float(loghelper(vm, v, f64::log10)?))
}

/// floor/ceil: ints unchanged, floats exactly, else `__floor__`/`__ceil__`.
fn floor_ceil(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &str, dunder: &str, ceil: bool) -> PyResult<Value> {
    let v = one_arg(name, args, kwargs)?;
    match v {
        Value::Float(f) => float_to_int(if ceil { f.ceil() } else { f.floor() }),
        v if is_int(v) => Ok(int_value(v)),
        Value::Instance(_) => {
            if let Some(r) = vm.call_method(v, &name_str(dunder), vec![])? {
                return Ok(r);
            }
            let f = arg_f64(vm, v)?;
            float_to_int(if ceil { f.ceil() } else { f.floor() })
        }
        other => Err(type_error(format!("must be real number, not {}", type_name(other)))),
    }
}

fn m_floor(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    floor_ceil(vm, args, kwargs, "math.floor", "__floor__", false)
}

fn m_ceil(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    floor_ceil(vm, args, kwargs, "math.ceil", "__ceil__", true)
}

fn m_trunc(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = one_arg("math.trunc", args, kwargs)?;
    match v {
        Value::Float(f) => float_to_int(*f),
        v if is_int(v) => Ok(int_value(v)),
        Value::Instance(_) => match vm.call_method(v, &name_str("__trunc__"), vec![])? {
            Some(r) => Ok(r),
            None => Err(type_error(format!("type {} doesn't define __trunc__ method", type_name(v)))),
        },
        other => Err(type_error(format!("type {} doesn't define __trunc__ method", type_name(other)))),
    }
}

/// The product lo·(lo+1)·…·(lo+count-1), by binary splitting.
fn range_prod(lo: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if count <= 16 {
        let mut acc = lo.clone();
        let mut x = lo.clone();
        for _ in 1..count {
            x += 1;
            acc *= &x;
        }
        return acc;
    }
    let half = count / 2;
    let mid = lo + BigInt::from(half);
    range_prod(lo, half) * range_prod(&mid, count - half)
}

fn factorial_big(n: u64) -> BigInt {
    range_prod(&BigInt::one(), n)
}

fn check_limit(what: &str, k: &BigInt) -> PyResult<u64> {
    match k.to_u64() {
        Some(k) if k <= EXACT_LIMIT => Ok(k),
        _ => Err(overflow_error(format!("{what} too large for tikitaka (the limit is {EXACT_LIMIT})"))),
    }
}

fn m_factorial(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = one_arg("math.factorial", args, kwargs)?;
    let n = arg_int(vm, v)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    if n > BigInt::from(i64::MAX) {
        return Err(overflow_error("factorial() argument should not exceed 9223372036854775807"));
    }
    let n = check_limit("factorial() argument", &n)?;
    Ok(Value::from_bigint(factorial_big(n)))
}

fn m_gcd(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("math.gcd() takes no keyword arguments"));
    }
    let mut acc = BigInt::zero();
    for a in args {
        let x = arg_int(vm, a)?;
        acc = acc.gcd(&x);
    }
    Ok(Value::from_bigint(acc))
}

fn m_lcm(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("math.lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::one();
    for a in args {
        let x = arg_int(vm, a)?;
        acc = if acc.is_zero() || x.is_zero() { BigInt::zero() } else { acc.lcm(&x) };
    }
    Ok(Value::from_bigint(acc.abs()))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = one_arg("math.isqrt", args, kwargs)?;
    let n = arg_int(vm, v)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn m_comb(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two_args("comb", args, kwargs)?;
    let n = arg_int(vm, a)?;
    let k = arg_int(vm, b)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = (&n - &k).min(k);
    if k > BigInt::from(i64::MAX) {
        return Err(overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    }
    let k = check_limit("min(n - k, k)", &k)?;
    let lo = &n - BigInt::from(k) + 1;
    Ok(Value::from_bigint(range_prod(&lo, k) / factorial_big(k)))
}

fn m_perm(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("perm() takes no keyword arguments"));
    }
    arity("perm", args, 1, 2)?;
    let n = arg_int(vm, &args[0])?;
    let k = match args.get(1) {
        None | Some(Value::None) => {
            if n.is_negative() {
                return Err(value_error("factorial() not defined for negative values"));
            }
            if n > BigInt::from(i64::MAX) {
                return Err(overflow_error("factorial() argument should not exceed 9223372036854775807"));
            }
            let n = check_limit("factorial() argument", &n)?;
            return Ok(Value::from_bigint(factorial_big(n)));
        }
        Some(k) => arg_int(vm, k)?,
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    if k > BigInt::from(i64::MAX) {
        return Err(overflow_error("k must not exceed 9223372036854775807"));
    }
    let k = check_limit("k", &k)?;
    let lo = &n - BigInt::from(k) + 1;
    Ok(Value::from_bigint(range_prod(&lo, k)))
}

fn m_prod(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [it, start] = <[Option<Value>; 2]>::try_from(clinic("prod", args, kwargs, &["iterable", "start"], 1, 1, 1)?).unwrap_or_default();
    let it = vm.get_iter(&it.unwrap_or_default())?;
    let mut acc = start.unwrap_or(Value::Int(1));
    while let Some(x) = vm.next_fast(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_mul(*b).is_some() => Value::Int(a * b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a * b),
            _ => vm.binary_op(&acc, &x, 2)?,
        };
    }
    Ok(acc)
}

/// CPython's `math.pow`: C99 special cases, ValueError/OverflowError
/// instead of NaN/inf results.
fn m_pow(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two_args("pow", args, kwargs)?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error() } else { range_error() });
        }
        r
    };
    Ok(Value::Float(r))
}

fn m_atan2(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two_args("atan2", args, kwargs)?;
    let y = arg_f64(vm, a)?;
    let x = arg_f64(vm, b)?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_copysign(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two_args("copysign", args, kwargs)?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two_args("fmod", args, kwargs)?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder, as CPython's `m_remainder`.
fn m_remainder(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two_args("remainder", args, kwargs)?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(domain_error());
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return Ok(Value::Float(1.0f64.copysign(x) * r));
    }
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() {
        return Err(domain_error());
    }
    Ok(Value::Float(x))
}

fn m_modf(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg("math.modf", args, kwargs)?)?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![Value::Float(0.0f64.copysign(x)), Value::Float(x)]));
    }
    let i = x.trunc();
    let f = if x.is_nan() { x } else { (x - i).copysign(x) };
    Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
}

/// frexp: x = m·2^e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan).
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    if e == 0 {
        // subnormal: scale by 2**54 (exact) first
        let (m, e2) = frexp(x * f64::from_bits(0x4350_0000_0000_0000));
        return (m, e2 - 54);
    }
    (f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)), e - 1022)
}

fn m_frexp(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg("math.frexp", args, kwargs)?)?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// x·2^n, correctly rounded; None on overflow.
fn ldexp(x: f64, n: i64) -> Option<f64> {
    if x == 0.0 || !x.is_finite() {
        return Some(x);
    }
    let (m, e) = decompose(x);
    let n = n.clamp(-1 << 20, 1 << 20);
    scaled_to_f64(&BigInt::from(m), e + n).map(|r| r.copysign(x))
}

fn m_ldexp(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two_args("ldexp", args, kwargs)?;
    let x = arg_f64(vm, a)?;
    if !is_int(b) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let n = big_of(b);
    let n = n.to_i64().unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
    match ldexp(x, n) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(range_error()),
    }
}

fn m_degrees(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg("math.degrees", args, kwargs)?)?;
    Ok(Value::Float(x * (180.0 / consts::PI)))
}

fn m_radians(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg("math.radians", args, kwargs)?)?;
    Ok(Value::Float(x * (consts::PI / 180.0)))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg("math.isfinite", args, kwargs)?)?;
    Ok(Value::Bool(x.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg("math.isinf", args, kwargs)?)?;
    Ok(Value::Bool(x.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg("math.isnan", args, kwargs)?)?;
    Ok(Value::Bool(x.is_nan()))
}

fn m_isclose(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [a, b, rel, abs] =
        <[Option<Value>; 4]>::try_from(clinic("isclose", args, kwargs, &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?).unwrap_or_default();
    let a = arg_f64(vm, &a.unwrap_or_default())?;
    let b = arg_f64(vm, &b.unwrap_or_default())?;
    let rel_tol = match rel {
        Some(v) => arg_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs {
        Some(v) => arg_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

fn m_nextafter(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two_args("nextafter", args, kwargs)?;
    let x = arg_f64(vm, a)?;
    let y = arg_f64(vm, b)?;
    Ok(Value::Float(nextafter(x, y)))
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_ulp(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg("math.ulp", args, kwargs)?)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = nextafter(x, -f64::INFINITY);
        return Ok(Value::Float(x - x2));
    }
    Ok(Value::Float(x2 - x))
}

/// CPython 3.11's `vector_norm`: an accurately rounded Euclidean norm.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    let n = vec.len();
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || n <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e).unwrap_or(1.0);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = 2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let x = h;
    let t = x * T27;
    let hi = t - (t - x);
    let lo = x - hi;
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    let x = -2.0 * hi * lo;
    let old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    let x = -lo * lo;
    let old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

fn m_hypot(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("math.hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args {
        let x = arg_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (p, q) = two_args("dist", args, kwargs)?;
    let p = vm.collect(p)?;
    let q = vm.collect(q)?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (arg_f64(vm, a)? - arg_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

/// Shewchuk's exactly rounded sum, as CPython's `math_fsum`.
fn m_fsum(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let seq = one_arg("math.fsum", args, kwargs)?;
    let it = vm.get_iter(seq)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next_fast(&it)? {
        let mut x = arg_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
