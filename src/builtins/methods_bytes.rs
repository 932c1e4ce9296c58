//! Methods of `bytes`. Positions count bytes and only ASCII counts as
//! letters, digits or whitespace. The search family comes from
//! `str_common.rs` (shared with `str`), `decode` from `codecs.rs`.

use super::str_common::{Search, Style, bytes_value, find_bytes, int_arg, noargs, parse, rfind_bytes, search, sig, tailmatch, this_bytes};
use super::{add_methods, codecs};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(
        &t.bytes,
        "bytes",
        &[
            ("count", b_count),
            ("decode", codecs::decode),
            ("endswith", b_endswith),
            ("find", b_find),
            ("hex", b_hex),
            ("index", b_index),
            ("isalnum", b_isalnum),
            ("isalpha", b_isalpha),
            ("isdigit", b_isdigit),
            ("islower", b_islower),
            ("isspace", b_isspace),
            ("isupper", b_isupper),
            ("join", b_join),
            ("lower", b_lower),
            ("lstrip", b_lstrip),
            ("partition", b_partition),
            ("replace", b_replace),
            ("rfind", b_rfind),
            ("rindex", b_rindex),
            ("rpartition", b_rpartition),
            ("rsplit", b_rsplit),
            ("rstrip", b_rstrip),
            ("split", b_split),
            ("splitlines", b_splitlines),
            ("startswith", b_startswith),
            ("strip", b_strip),
            ("upper", b_upper),
        ],
    );
}

fn b_hex(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let b = this_bytes(args, "hex")?;
    let p = parse(&sig("bytes", "hex", &["sep", "bytes_per_sep"], 0, Style::Tuple, true), args, kwargs)?;
    let sep = match &p[0] {
        None => None,
        Some(Value::Str(s)) if s.chars == 1 && s.is_ascii() => Some(s.as_str().to_string()),
        Some(Value::Bytes(s)) if s.data.len() == 1 && s.data[0].is_ascii() => Some((s.data[0] as char).to_string()),
        Some(Value::Str(_) | Value::Bytes(_)) => return Err(value_error("sep must be length 1.")),
        Some(other) => return Err(type_error(format!("object of type '{}' has no len()", type_name(other)))),
    };
    let per = match &p[1] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !b.is_empty()) else { return Ok(Value::str(digits.concat())) };
    let group = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // groups counted from the right
        let first = match digits.len() % group {
            0 => group.min(digits.len()),
            r => r,
        };
        groups.push(digits[..first].concat());
        groups.extend(digits[first..].chunks(group).map(|c| c.concat()));
    } else {
        groups.extend(digits.chunks(group).map(|c| c.concat()));
    }
    Ok(Value::str(groups.join(&sep)))
}

fn b_count(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "bytes", "count", Search::Count)
}

fn b_find(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "bytes", "find", Search::Find)
}

fn b_rfind(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "bytes", "rfind", Search::RFind)
}

fn b_index(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "bytes", "index", Search::Index)
}

fn b_rindex(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "bytes", "rindex", Search::RIndex)
}

fn b_startswith(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    tailmatch(vm, args, k, "bytes", "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    tailmatch(vm, args, k, "bytes", "endswith", true)
}

/// A bytes argument of split/strip/replace/partition.
fn bytes_arg(v: &Value) -> PyResult<&[u8]> {
    match v {
        Value::Bytes(b) => Ok(&b.data),
        other => Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(other)))),
    }
}

fn b_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn b_join(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let sep = this_bytes(args, "join")?.to_vec();
    let p = parse(&sig("bytes", "join", &["iterable_of_bytes"], 1, Style::Exact, false), args, kwargs)?;
    let iterable = p[0].clone().unwrap_or_default();
    if !vm.is_iterable(&iterable) {
        return Err(type_error("can only join an iterable"));
    }
    let items = vm.collect(&iterable)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match x {
            Value::Bytes(b) => out.extend_from_slice(&b.data),
            other => return Err(type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(other)))),
        }
    }
    Ok(bytes_value(out))
}

fn b_split_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &'static str, reverse: bool) -> PyResult<Value> {
    let b = this_bytes(args, name)?;
    let p = parse(&sig("bytes", name, &["sep", "maxsplit"], 0, Style::Tuple, true), args, kwargs)?;
    let maxsplit = match &p[1] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut left = maxsplit;
    let mut pieces: Vec<&[u8]> = Vec::new();
    match &p[0] {
        None | Some(Value::None) => {
            let trim = |x: &[u8]| -> usize { x.iter().take_while(|c| b_space(**c)).count() };
            if reverse {
                let mut rest = &b[..b.len() - b.iter().rev().take_while(|c| b_space(**c)).count()];
                while !rest.is_empty() {
                    match rest.iter().rposition(|c| b_space(*c)).filter(|_| left != 0) {
                        Some(p) => {
                            pieces.push(&rest[p + 1..]);
                            rest = &rest[..p];
                            rest = &rest[..rest.len() - rest.iter().rev().take_while(|c| b_space(**c)).count()];
                            left -= 1;
                        }
                        None => {
                            pieces.push(rest);
                            break;
                        }
                    }
                }
                pieces.reverse();
            } else {
                let mut rest = &b[trim(b)..];
                while !rest.is_empty() {
                    match rest.iter().position(|c| b_space(*c)).filter(|_| left != 0) {
                        Some(p) => {
                            pieces.push(&rest[..p]);
                            rest = &rest[p..];
                            rest = &rest[trim(rest)..];
                            left -= 1;
                        }
                        None => {
                            pieces.push(rest);
                            break;
                        }
                    }
                }
            }
        }
        Some(v) => {
            let sep = bytes_arg(v)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut rest = b;
            while left != 0 {
                let found = if reverse { rfind_bytes(rest, sep) } else { find_bytes(rest, sep) };
                let Some(p) = found else { break };
                if reverse {
                    pieces.push(&rest[p + sep.len()..]);
                    rest = &rest[..p];
                } else {
                    pieces.push(&rest[..p]);
                    rest = &rest[p + sep.len()..];
                }
                left -= 1;
            }
            pieces.push(rest);
            if reverse {
                pieces.reverse();
            }
        }
    }
    Ok(Value::list(pieces.into_iter().map(|x| bytes_value(x.to_vec())).collect()))
}

fn b_split(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_split_impl(vm, args, k, "split", false)
}

fn b_rsplit(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_split_impl(vm, args, k, "rsplit", true)
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let b = this_bytes(args, "splitlines")?;
    let p = parse(&sig("bytes", "splitlines", &["keepends"], 0, Style::Tuple, true), args, kwargs)?;
    let keepends = match &p[0] {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            end += 1;
        }
        out.push(bytes_value(b[start..if keepends { end } else { i }].to_vec()));
        start = end;
        i = end;
    }
    if start < b.len() {
        out.push(bytes_value(b[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn b_strip_impl(args: &[Value], kwargs: KwArgs, name: &'static str, side: u8) -> PyResult<Value> {
    let b = this_bytes(args, name)?;
    let p = parse(&sig("bytes", name, &["bytes"], 0, Style::Clinic, false), args, kwargs)?;
    let chars: Option<&[u8]> = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(v)?),
    };
    let strip = |c: &u8| match chars {
        Some(set) => set.contains(c),
        None => b_space(*c),
    };
    let start = if side != 2 { b.iter().take_while(|c| strip(c)).count() } else { 0 };
    let end = if side != 1 { b.len() - b[start..].iter().rev().take_while(|c| strip(c)).count() } else { b.len() };
    Ok(bytes_value(b[start..end].to_vec()))
}

fn b_strip(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_strip_impl(args, k, "strip", 0)
}

fn b_lstrip(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_strip_impl(args, k, "lstrip", 1)
}

fn b_rstrip(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_strip_impl(args, k, "rstrip", 2)
}

fn b_partition_impl(args: &[Value], kwargs: KwArgs, name: &'static str, reverse: bool) -> PyResult<Value> {
    let b = this_bytes(args, name)?;
    let p = parse(&sig("bytes", name, &["sep"], 1, Style::Exact, false), args, kwargs)?;
    let sep = bytes_arg(p[0].as_ref().unwrap_or(&Value::None))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if reverse { rfind_bytes(b, sep) } else { find_bytes(b, sep) };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&b[..i], sep, &b[i + sep.len()..]],
        None if reverse => [&[], &[], b],
        None => [b, &[], &[]],
    };
    Ok(Value::tuple(parts.iter().map(|x| bytes_value(x.to_vec())).collect()))
}

fn b_partition(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_partition_impl(args, k, "partition", false)
}

fn b_rpartition(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_partition_impl(args, k, "rpartition", true)
}

fn b_replace(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let b = this_bytes(args, "replace")?;
    let p = parse(&sig("bytes", "replace", &["old", "new", "count"], 2, Style::Clinic, false), args, kwargs)?;
    let old = bytes_arg(p[0].as_ref().unwrap_or(&Value::None))?;
    let new = bytes_arg(p[1].as_ref().unwrap_or(&Value::None))?;
    let mut left = match &p[2] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, x) in b.iter().enumerate() {
            if left == 0 {
                out.extend_from_slice(&b[i..]);
                return Ok(bytes_value(out));
            }
            out.extend_from_slice(new);
            out.push(*x);
            left -= 1;
        }
        if left != 0 {
            out.extend_from_slice(new);
        }
        return Ok(bytes_value(out));
    }
    let mut rest = b;
    while left != 0 {
        let Some(i) = find_bytes(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    Ok(bytes_value(out))
}

fn b_case(args: &[Value], kwargs: KwArgs, name: &'static str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let Value::Bytes(b) = noargs("bytes", name, args, kwargs)? else { return Err(internal("bytes receiver")) };
    Ok(bytes_value(f(&b.data)))
}

fn b_upper(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_case(args, k, "upper", |b| b.to_ascii_uppercase())
}

fn b_lower(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_case(args, k, "lower", |b| b.to_ascii_lowercase())
}

fn b_predicate(args: &[Value], kwargs: KwArgs, name: &'static str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let Value::Bytes(b) = noargs("bytes", name, args, kwargs)? else { return Err(internal("bytes receiver")) };
    Ok(Value::Bool(f(&b.data)))
}

fn b_isalnum(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_predicate(args, k, "isalnum", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric))
}

fn b_isalpha(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_predicate(args, k, "isalpha", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic))
}

fn b_isdigit(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_predicate(args, k, "isdigit", |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))
}

fn b_isspace(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_predicate(args, k, "isspace", |b| !b.is_empty() && b.iter().all(|c| b_space(*c)))
}

fn b_islower(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_predicate(args, k, "islower", |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase))
}

fn b_isupper(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    b_predicate(args, k, "isupper", |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase))
}
