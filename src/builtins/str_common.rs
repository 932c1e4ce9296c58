//! What the `str` and `bytes` methods share: binding a method's arguments
//! the way CPython 3.11 does (and wording its arity errors the same way; the
//! style differs between Argument Clinic, `PyArg_ParseTuple` and METH_O
//! methods), the receiver checks, `start`/`end` index adjustment, and the
//! search family (find/rfind/index/rindex/count/startswith/endswith), written
//! once over a byte view of either type. The methods themselves live in
//! `methods_str.rs`, `methods_bytes.rs` and `codecs.rs`.

use super::method_arity;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use std::borrow::Cow;
use std::rc::Rc;

// ---------------------------------------------------------------------------
// Receivers and arguments
// ---------------------------------------------------------------------------

/// How CPython words arity errors for a method.
#[derive(Clone, Copy)]
pub(super) enum Style {
    /// METH_NOARGS / METH_O: `str.zfill() takes exactly one argument (0 given)`.
    Exact,
    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    Clinic,
    /// `PyArg_ParseTuple*`: `find() takes at least 1 argument (0 given)`.
    Tuple,
}

/// A method's parameters (keywords are accepted only if `keywords`).
pub(super) struct Sig {
    owner: &'static str,
    name: &'static str,
    params: &'static [&'static str],
    min: usize,
    style: Style,
    keywords: bool,
}

pub(super) const fn sig(owner: &'static str, name: &'static str, params: &'static [&'static str], min: usize, style: Style, keywords: bool) -> Sig {
    Sig { owner, name, params, min, style, keywords }
}

/// Binds `args[1..]` and `kwargs` to the parameters of `sig`.
pub(super) fn parse(sig: &Sig, args: &[Value], kwargs: KwArgs) -> PyResult<Vec<Option<Value>>> {
    let given = args.get(1..).unwrap_or(&[]);
    let (n, min, max) = (given.len(), sig.min, sig.params.len());
    if !kwargs.is_empty() && !sig.keywords {
        return Err(type_error(format!("{}.{}() takes no keyword arguments", sig.owner, sig.name)));
    }
    if sig.keywords && n + kwargs.len() > max {
        let total = n + kwargs.len();
        let kw = if n == 0 { "keyword " } else { "" };
        return Err(type_error(format!("{}() takes at most {max} {kw}argument{} ({total} given)", sig.name, if max == 1 { "" } else { "s" })));
    }
    if n < min || n > max {
        return Err(match sig.style {
            Style::Exact => arity_err(&format!("{}.{}", sig.owner, sig.name), args, min, max),
            Style::Clinic => arity_err(sig.name, args, min, max),
            Style::Tuple => {
                let (word, k) = if n < min { ("least", min) } else { ("most", max) };
                type_error(format!("{}() takes at {word} {k} argument{} ({n} given)", sig.name, if k == 1 { "" } else { "s" }))
            }
        });
    }
    let mut out: Vec<Option<Value>> = Vec::with_capacity(max);
    out.extend(given.iter().cloned().map(Some));
    out.resize(max, None);
    for (k, v) in kwargs {
        match sig.params.iter().position(|p| *p == k.as_str()) {
            Some(i) if i < n => {
                return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", sig.name, k.as_str(), i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k.as_str(), sig.name))),
        }
    }
    Ok(out)
}

fn arity_err(name: &str, args: &[Value], min: usize, max: usize) -> PyErr {
    match method_arity(name, args, min, max) {
        Err(e) => e,
        Ok(()) => internal("arity mismatch"),
    }
}

fn wrong_self(owner: &str, name: &str, args: &[Value]) -> PyErr {
    match args.first() {
        Some(other) => type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object", type_name(other))),
        None => type_error(format!("unbound method {owner}.{name}() needs an argument")),
    }
}

/// The `str` receiver of a method.
pub(super) fn this<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        _ => Err(wrong_self("str", name, args)),
    }
}

/// The `bytes` receiver of a method.
pub(super) fn this_bytes<'a>(args: &'a [Value], name: &str) -> PyResult<&'a [u8]> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(&b.data),
        _ => Err(wrong_self("bytes", name, args)),
    }
}

/// The receiver of a method taking no arguments.
pub(super) fn noargs<'a>(owner: &'static str, name: &'static str, args: &'a [Value], kwargs: KwArgs) -> PyResult<&'a Value> {
    let ok = match (owner, args.first()) {
        ("str", Some(v @ Value::Str(_))) | ("bytes", Some(v @ Value::Bytes(_))) => v,
        _ => return Err(wrong_self(owner, name, args)),
    };
    if args.len() != 1 {
        return Err(type_error(format!("{owner}.{name}() takes no arguments ({} given)", args.len() - 1)));
    }
    if !kwargs.is_empty() {
        return Err(type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    Ok(ok)
}

pub(super) fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::BigInt(_) => Err(overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.int_index(v),
    }
}

/// A `start`/`end` argument (None means the default; huge ints clamp).
fn slice_arg(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::BigInt(b)) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        Some(v) => vm.to_index(v, "slice indices must be integers or None or have an __index__ method"),
    }
}

/// CPython's ADJUST_INDICES: clamps `end` to `len` and makes negative
/// positions relative to the end. `start` may still exceed `len`.
fn adjust(start: i64, end: i64, len: i64) -> (i64, i64) {
    let end = if end > len {
        len
    } else if end < 0 {
        (end.saturating_add(len)).max(0)
    } else {
        end
    };
    let start = if start < 0 { (start.saturating_add(len)).max(0) } else { start };
    (start, end)
}

pub(super) fn str_value(b: &[u8]) -> Value {
    Value::str(String::from_utf8_lossy(b).into_owned())
}

pub(super) fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { data }))
}

// ---------------------------------------------------------------------------
// Searching (shared by str and bytes)
// ---------------------------------------------------------------------------

/// A str or bytes receiver seen as bytes, indexed in its own unit.
struct View<'a> {
    b: &'a [u8],
    text: Option<&'a PyStr>,
}

impl<'a> View<'a> {
    fn of(args: &'a [Value], owner: &str, name: &str) -> PyResult<View<'a>> {
        match (owner, args.first()) {
            ("str", Some(Value::Str(s))) => Ok(View { b: s.as_str().as_bytes(), text: Some(s) }),
            ("bytes", Some(Value::Bytes(b))) => Ok(View { b: &b.data, text: None }),
            _ => Err(wrong_self(owner, name, args)),
        }
    }

    fn multibyte(&self) -> bool {
        self.text.is_some_and(|s| !s.is_ascii())
    }

    /// Length in characters (str) or bytes.
    fn len(&self) -> i64 {
        match self.text {
            Some(s) => s.chars as i64,
            None => self.b.len() as i64,
        }
    }

    /// The number of units in a piece of this kind of text.
    fn units(&self, piece: &[u8]) -> i64 {
        if self.multibyte() { piece.iter().filter(|&&b| b & 0xC0 != 0x80).count() as i64 } else { piece.len() as i64 }
    }

    /// Byte offset of unit `i` (0 <= i <= len).
    fn offset(&self, i: i64) -> usize {
        let i = i.max(0) as usize;
        match self.text {
            Some(s) if !s.is_ascii() => {
                if i >= s.chars {
                    self.b.len()
                } else {
                    s.byte_offset(i)
                }
            }
            _ => i.min(self.b.len()),
        }
    }

    /// The bytes of units `start..end` (both already adjusted, start <= end).
    fn slice(&self, start: i64, end: i64) -> &'a [u8] {
        self.b.get(self.offset(start)..self.offset(end)).unwrap_or(&[])
    }
}

pub fn find_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let last = h.len() - n.len();
    let first = n[0];
    let mut i = 0;
    while i <= last {
        let p = h[i..=last].iter().position(|&b| b == first)?;
        i += p;
        if h.get(i..i + n.len()) == Some(n) {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub(super) fn rfind_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).rev().find(|&i| h.get(i..i + n.len()) == Some(n))
}

fn count_bytes(h: &[u8], n: &[u8]) -> usize {
    let mut count = 0;
    let mut rest = h;
    while let Some(p) = find_bytes(rest, n) {
        count += 1;
        rest = rest.get(p + n.len()..).unwrap_or(&[]);
    }
    count
}

/// The substring argument of find/count/index for str or bytes.
fn needle<'a>(v: &'a Value, is_str: bool) -> PyResult<Cow<'a, [u8]>> {
    match v {
        Value::Str(s) if is_str => Ok(Cow::Borrowed(s.as_str().as_bytes())),
        _ if is_str => Err(type_error(format!("must be str, not {}", type_name(v)))),
        Value::Bytes(b) => Ok(Cow::Borrowed(&b.data)),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match v {
            Value::Int(i) if (0..256).contains(i) => Ok(Cow::Owned(vec![*i as u8])),
            Value::Bool(b) => Ok(Cow::Owned(vec![*b as u8])),
            _ => Err(value_error("byte must be in range(0, 256)")),
        },
        _ => Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(v)))),
    }
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

pub(super) fn search(vm: &mut Vm, args: &[Value], kwargs: KwArgs, owner: &'static str, name: &'static str, kind: Search) -> PyResult<Value> {
    let view = View::of(args, owner, name)?;
    let p = parse(&sig(owner, name, &["sub", "start", "end"], 1, Style::Tuple, false), args, kwargs)?;
    let sub = p[0].clone().unwrap_or_default();
    let sub = needle(&sub, owner == "str")?;
    let start = slice_arg(vm, &p[1], 0)?;
    let end = slice_arg(vm, &p[2], i64::MAX)?;
    let (start, end) = adjust(start, end, view.len());
    let sub_len = view.units(&sub);
    if kind == Search::Count {
        let n = if end - start < sub_len {
            0
        } else if sub.is_empty() {
            end - start + 1
        } else {
            count_bytes(view.slice(start, end), &sub) as i64
        };
        return Ok(Value::Int(n));
    }
    let reverse = matches!(kind, Search::RFind | Search::RIndex);
    let found = if end - start < sub_len {
        None
    } else if sub.is_empty() {
        Some(if reverse { end } else { start })
    } else {
        let hay = view.slice(start, end);
        let pos = if reverse { rfind_bytes(hay, &sub) } else { find_bytes(hay, &sub) };
        pos.map(|p| start + view.units(&hay[..p]))
    };
    match (found, kind) {
        (Some(i), _) => Ok(Value::Int(i)),
        (None, Search::Find | Search::RFind) => Ok(Value::Int(-1)),
        (None, _) => Err(value_error(if owner == "str" { "substring not found" } else { "subsection not found" })),
    }
}

pub(super) fn tailmatch(vm: &mut Vm, args: &[Value], kwargs: KwArgs, owner: &'static str, name: &'static str, at_end: bool) -> PyResult<Value> {
    let view = View::of(args, owner, name)?;
    let p = parse(&sig(owner, name, &["prefix", "start", "end"], 1, Style::Tuple, false), args, kwargs)?;
    let prefix = p[0].clone().unwrap_or_default();
    let start = slice_arg(vm, &p[1], 0)?;
    let end = slice_arg(vm, &p[2], i64::MAX)?;
    let (start, end) = adjust(start, end, view.len());
    let is_str = owner == "str";
    let piece = |v: &Value| -> Option<Vec<u8>> {
        match v {
            Value::Str(s) if is_str => Some(s.as_str().as_bytes().to_vec()),
            Value::Bytes(b) if !is_str => Some(b.data.clone()),
            _ => None,
        }
    };
    let candidates: Vec<Vec<u8>> = match &prefix {
        Value::Tuple(t) => {
            let mut out = Vec::with_capacity(t.items.len());
            for x in t.items.iter() {
                match piece(x) {
                    Some(b) => out.push(b),
                    None if is_str => return Err(type_error(format!("tuple for {name} must only contain str, not {}", type_name(x)))),
                    None => return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(x)))),
                }
            }
            out
        }
        other => match piece(other) {
            Some(b) => vec![b],
            None => return Err(type_error(format!("{name} first arg must be {owner} or a tuple of {owner}, not {}", type_name(other)))),
        },
    };
    for c in &candidates {
        if end - start < view.units(c) {
            continue;
        }
        if c.is_empty() {
            return Ok(Value::Bool(true));
        }
        let hay = view.slice(start, end);
        if (at_end && hay.ends_with(c)) || (!at_end && hay.starts_with(c)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
