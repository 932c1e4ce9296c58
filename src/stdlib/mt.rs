//! The Mersenne Twister (MT19937) behind the frozen `random` module, with
//! CPython's seeding (`init_by_array` over the 32-bit words of `abs(seed)`),
//! `random()` (53 bits from two outputs) and `getrandbits(k)`, so that a
//! seeded tikitaka program draws the same numbers as CPython.
//!
//! The generator state lives in a Python list owned by the `Random`
//! instance: 624 words then the position of the next word (625 ints). The
//! functions here take that list, so a `Random` object needs no native type
//! and is collected like any other object.

use crate::builtins::arity;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use num_bigint::{BigInt, BigUint, Sign};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Fresh state words from CPython's `init_genrand`.
fn init_genrand(s: u32) -> Vec<u32> {
    let mut mt = vec![0u32; N];
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
    }
    mt
}

/// State words from CPython's `init_by_array` (how `seed(n)` seeds).
fn init_by_array(key: &[u32]) -> Vec<u32> {
    let mut mt = init_genrand(19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(key.len()) {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x8000_0000;
    mt
}

/// Generates the next 624 words (updating in place, as the reference does).
fn twist(mt: &mut [u32]) {
    let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
    for kk in 0..N {
        let y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
        mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
    }
}

fn word(v: &Value) -> PyResult<u32> {
    match v {
        Value::Int(i) if (0..=i64::from(u32::MAX)).contains(i) => Ok(*i as u32),
        _ => Err(value_error("invalid random state")),
    }
}

/// The state list of a `Random` object, borrowed for one call.
struct State<'a>(std::cell::RefMut<'a, Vec<Value>>);

impl<'a> State<'a> {
    fn borrow(state: &'a Value) -> PyResult<State<'a>> {
        let Value::List(l) = state else { return Err(type_error("random state must be a list")) };
        let items = l.items.borrow_mut();
        if items.len() != N + 1 {
            return Err(value_error("random state must hold 625 ints"));
        }
        Ok(State(items))
    }

    /// The next tempered 32-bit output.
    fn next_u32(&mut self) -> PyResult<u32> {
        let items = &mut self.0;
        let mut index = match items[N] {
            Value::Int(i) if (0..=N as i64).contains(&i) => i as usize,
            _ => return Err(value_error("invalid random state")),
        };
        if index >= N {
            let mut mt = items[..N].iter().map(word).collect::<PyResult<Vec<u32>>>()?;
            twist(&mut mt);
            for (slot, w) in items.iter_mut().zip(mt) {
                *slot = Value::Int(i64::from(w));
            }
            index = 0;
        }
        let mut y = word(&items[index])?;
        items[N] = Value::Int(index as i64 + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        Ok(y ^ (y >> 18))
    }
}

/// Entropy for `seed(None)`: the clock mixed with std's per-process random
/// hasher keys.
fn entropy_words() -> Vec<u32> {
    use std::hash::{BuildHasher, Hasher};
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let mut words = Vec::new();
    for salt in 0..4u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(nanos);
        h.write_u64(salt);
        h.write_u32(std::process::id());
        let x = h.finish();
        words.push(x as u32);
        words.push((x >> 32) as u32);
    }
    words
}

/// `mt_seed(state, n)`: (re)initialises `state` from the int `n` as CPython
/// does (the words of `abs(n)`), or from entropy when `n` is None.
pub fn mt_seed(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("mt_seed", args, 2, 2)?;
    let key: Vec<u32> = match &args[1] {
        Value::None => entropy_words(),
        Value::Bool(b) => vec![u32::from(*b)],
        Value::Int(i) => {
            let a = i.unsigned_abs();
            if a >> 32 == 0 { vec![a as u32] } else { vec![a as u32, (a >> 32) as u32] }
        }
        Value::BigInt(b) => {
            let words = b.magnitude().to_u32_digits();
            if words.is_empty() { vec![0] } else { words }
        }
        _ => return Err(type_error("seed must be an int or None")),
    };
    let Value::List(l) = &args[0] else { return Err(type_error("random state must be a list")) };
    let mut items: Vec<Value> = init_by_array(&key).into_iter().map(|w| Value::Int(i64::from(w))).collect();
    items.push(Value::Int(N as i64));
    *l.items.borrow_mut() = items;
    Ok(Value::None)
}

/// `mt_random(state)`: a float in [0.0, 1.0) with 53 random bits.
pub fn mt_random(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("mt_random", args, 1, 1)?;
    let mut g = State::borrow(&args[0])?;
    let a = g.next_u32()? >> 5;
    let b = g.next_u32()? >> 6;
    Ok(Value::Float((f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)))
}

/// `mt_getrandbits(state, k)`: an int with `k` random bits, built from
/// 32-bit outputs least significant word first (CPython's order).
pub fn mt_getrandbits(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("mt_getrandbits", args, 2, 2)?;
    let k = match &args[1] {
        Value::Int(k) => *k,
        Value::Bool(b) => i64::from(*b),
        _ => return Err(type_error("getrandbits() requires an int")),
    };
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let mut g = State::borrow(&args[0])?;
    Ok(if k <= 32 {
        Value::Int(i64::from(g.next_u32()? >> (32 - k)))
    } else {
        let mut left = k;
        let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
        while left > 0 {
            let mut r = g.next_u32()?;
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left -= 32;
        }
        Value::from_bigint(BigInt::from_biguint(Sign::Plus, BigUint::new(words)))
    })
}
