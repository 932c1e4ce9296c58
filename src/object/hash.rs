//! Hashing and key equality for dict and set keys, following CPython's
//! numeric hash (`hash(1) == hash(1.0) == hash(True)`, modulus 2**61 - 1).

use super::Value;
use super::exceptions::{PyResult, type_error};
use super::types::type_name;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

const MODULUS: i64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS as u64) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 { -2 } else { h }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS as u64) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS as u64 {
            x -= MODULUS as u64;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS as u64) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Tuple hash, CPython's xxHash-based combination.
pub fn hash_tuple(items: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    let h = acc as i64;
    if h == -1 { 1546275796 } else { h }
}

/// CPython's hash of bytes (and of a str's code units): SipHash-1-3 with
/// the all-zero key that `PYTHONHASHSEED=0` selects, so that sets of
/// strings iterate in CPython's order; the empty string hashes to 0.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = siphash13(data) as i64;
    if h == -1 { -2 } else { h }
}

/// SipHash-1-3 (one compression round per 8-byte word, three finishing
/// rounds) with a zero key.
fn siphash13(data: &[u8]) -> u64 {
    let mut v = [0x736f_6d65_7073_6575u64, 0x646f_7261_6e64_6f6d, 0x6c79_6765_6e65_7261, 0x7465_6462_7974_6573];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let mut words = data.chunks_exact(8);
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        let m = u64::from_le_bytes(b);
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &x) in words.remainder().iter().enumerate() {
        last |= (x as u64) << (8 * i);
    }
    v[3] ^= last;
    round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// Hash of a value that needs no Python code; `None` means the VM must call `__hash__`.
pub fn native_hash(v: &Value) -> Option<PyResult<i64>> {
    Some(Ok(match v {
        Value::None => 0x5f3b_1c2d,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_f64(*f),
        Value::Str(s) => s.hash() as i64,
        Value::Bytes(b) => hash_bytes(&b.data),
        Value::List(_) | Value::Dict(_) | Value::Set(_) => {
            return Some(Err(type_error(format!("unhashable type: '{}'", type_name(v)))));
        }
        Value::Tuple(_) | Value::FrozenSet(_) | Value::Instance(_) => return None,
        Value::Slice(_) => return Some(Err(type_error("unhashable type: 'slice'"))),
        // equal bound methods (same self, same function) hash alike
        Value::BoundMethod(m) => ((m.self_value.id() >> 4) ^ (m.func.id() >> 4).rotate_left(17)) as i64,
        other => (other.id() >> 4) as i64,
    }))
}

/// Equality that needs no Python code; `None` means the VM must decide.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value as V;
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (V::Str(x), V::Str(y)) => x.as_str() == y.as_str(),
        (V::Int(x), V::Int(y)) => x == y,
        (V::Float(x), V::Float(y)) => x == y,
        (V::Int(x), V::Float(y)) | (V::Float(y), V::Int(x)) => (*x as f64) == *y,
        (V::Bool(x), V::Int(y)) | (V::Int(y), V::Bool(x)) => (*x as i64) == *y,
        (V::Bool(x), V::Float(y)) | (V::Float(y), V::Bool(x)) => (*x as i64 as f64) == *y,
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::BigInt(x), V::BigInt(y)) => x == y,
        (V::BigInt(_), V::Int(_)) | (V::Int(_), V::BigInt(_)) => false,
        (V::None, _) | (_, V::None) => false,
        (V::Bytes(x), V::Bytes(y)) => x.data == y.data,
        (V::Tuple(x), V::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (V::BoundMethod(x), V::BoundMethod(y)) => x.self_value.is(&y.self_value) && x.func.is(&y.func),
        (V::Instance(_), _) | (_, V::Instance(_)) => return None,
        (V::List(_), V::List(_)) | (V::Dict(_), V::Dict(_)) => return None,
        (V::Set(_) | V::FrozenSet(_), V::Set(_) | V::FrozenSet(_)) => return None,
        (V::Str(_), _) | (_, V::Str(_)) => false,
        (V::Int(_) | V::Float(_) | V::Bool(_) | V::BigInt(_), _) => false,
        (_, V::Int(_) | V::Float(_) | V::Bool(_) | V::BigInt(_)) => false,
        _ => false,
    })
}
