//! Methods of `str` and `bytes`. Positions in a `str` count characters (the
//! text is stored as UTF-8, so they are converted to byte offsets); positions
//! in `bytes` count bytes. Argument errors follow CPython 3.11's wording,
//! which differs between methods (Argument Clinic, `PyArg_ParseTuple` and
//! METH_O styles). `str.format` and `str.format_map` live in `str_format.rs`.

use super::{add_methods, method_arity, native, str_format};
use crate::object::class::TypeKind;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::{make_class, type_name, types};
use crate::object::*;
use crate::vm::Vm;
use std::borrow::Cow;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(
        &t.str,
        "str",
        &[
            ("capitalize", capitalize),
            ("casefold", casefold),
            ("center", center),
            ("count", count),
            ("encode", encode),
            ("endswith", endswith),
            ("expandtabs", expandtabs),
            ("find", find),
            ("format", str_format::format),
            ("format_map", str_format::format_map),
            ("index", index),
            ("isalnum", isalnum),
            ("isalpha", isalpha),
            ("isascii", isascii),
            ("isdecimal", isdecimal),
            ("isdigit", isdigit),
            ("isidentifier", isidentifier),
            ("islower", islower),
            ("isnumeric", isnumeric),
            ("isprintable", isprintable),
            ("isspace", isspace),
            ("istitle", istitle),
            ("isupper", isupper),
            ("join", join),
            ("ljust", ljust),
            ("lower", lower),
            ("lstrip", lstrip),
            ("partition", partition),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("replace", replace),
            ("rfind", rfind),
            ("rindex", rindex),
            ("rjust", rjust),
            ("rpartition", rpartition),
            ("rsplit", rsplit),
            ("rstrip", rstrip),
            ("split", split),
            ("splitlines", splitlines),
            ("startswith", startswith),
            ("strip", strip),
            ("swapcase", swapcase),
            ("title", title),
            ("translate", translate),
            ("upper", upper),
            ("zfill", zfill),
        ],
    );
    t.str.dict.set_item_str("maketrans", Value::StaticMethod(Rc::new(native("maketrans", maketrans))));
    CODEC_ERRORS.with(|c| {
        for cls in c {
            vm.builtins.set_item_str(&cls.name.clone(), Value::Class(cls.clone()));
        }
    });
    add_methods(
        &t.bytes,
        "bytes",
        &[
            ("count", b_count),
            ("decode", b_decode),
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

// ---------------------------------------------------------------------------
// Receivers and arguments
// ---------------------------------------------------------------------------

/// How CPython words arity errors for a method.
#[derive(Clone, Copy)]
enum Style {
    /// METH_NOARGS / METH_O: `str.zfill() takes exactly one argument (0 given)`.
    Exact,
    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    Clinic,
    /// `PyArg_ParseTuple*`: `find() takes at least 1 argument (0 given)`.
    Tuple,
}

/// A method's parameters (keywords are accepted only if `keywords`).
struct Sig {
    owner: &'static str,
    name: &'static str,
    params: &'static [&'static str],
    min: usize,
    style: Style,
    keywords: bool,
}

const fn sig(owner: &'static str, name: &'static str, params: &'static [&'static str], min: usize, style: Style, keywords: bool) -> Sig {
    Sig { owner, name, params, min, style, keywords }
}

/// Binds `args[1..]` and `kwargs` to the parameters of `sig`.
fn parse(sig: &Sig, args: &[Value], kwargs: KwArgs) -> PyResult<Vec<Option<Value>>> {
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
fn this<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        _ => Err(wrong_self("str", name, args)),
    }
}

/// The `bytes` receiver of a method.
fn this_bytes<'a>(args: &'a [Value], name: &str) -> PyResult<&'a [u8]> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(&b.data),
        _ => Err(wrong_self("bytes", name, args)),
    }
}

/// The receiver of a method taking no arguments.
fn noargs<'a>(owner: &'static str, name: &'static str, args: &'a [Value], kwargs: KwArgs) -> PyResult<&'a Value> {
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

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::BigInt(_) => Err(overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.to_index(v, &format!("'{}' object cannot be interpreted as an integer", type_name(v))),
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

fn str_value(b: &[u8]) -> Value {
    Value::str(String::from_utf8_lossy(b).into_owned())
}

fn bytes_value(data: Vec<u8>) -> Value {
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

fn rfind_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
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
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn search(vm: &mut Vm, args: &[Value], kwargs: KwArgs, owner: &'static str, name: &'static str, kind: Search) -> PyResult<Value> {
    let view = View::of(args, owner, name)?;
    let p = parse(&sig(owner, name, &["sub", "start", "end"], 1, Style::Tuple, false), args, kwargs)?;
    let sub = p[0].clone().unwrap_or(Value::None);
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

fn tailmatch(vm: &mut Vm, args: &[Value], kwargs: KwArgs, owner: &'static str, name: &'static str, at_end: bool) -> PyResult<Value> {
    let view = View::of(args, owner, name)?;
    let p = parse(&sig(owner, name, &["prefix", "start", "end"], 1, Style::Tuple, false), args, kwargs)?;
    let prefix = p[0].clone().unwrap_or(Value::None);
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

fn count(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "str", "count", Search::Count)
}

fn find(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "str", "find", Search::Find)
}

fn rfind(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "str", "rfind", Search::RFind)
}

fn index(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "str", "index", Search::Index)
}

fn rindex(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    search(vm, args, k, "str", "rindex", Search::RIndex)
}

fn startswith(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    tailmatch(vm, args, k, "str", "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    tailmatch(vm, args, k, "str", "endswith", true)
}

// ---------------------------------------------------------------------------
// str: joining, splitting, stripping
// ---------------------------------------------------------------------------

fn join(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let sep = this(args, "join")?.clone();
    let p = parse(&sig("str", "join", &["iterable"], 1, Style::Exact, false), args, k)?;
    let iterable = p[0].clone().unwrap_or(Value::None);
    if !vm.is_iterable(&iterable) {
        return Err(type_error("can only join an iterable"));
    }
    let items = vm.collect(&iterable)?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match x {
            Value::Str(s) => out.push_str(s.as_str()),
            other => return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(other)))),
        }
    }
    Ok(Value::str(out))
}

/// Python's `str.isspace` for one character.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `maxsplit` as a piece limit for `splitn` (negative: no limit).
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).map(|m| m.saturating_add(1)).unwrap_or(usize::MAX)
}

fn split_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(py_space);
    let mut left = maxsplit;
    while !rest.is_empty() {
        if left == 0 {
            out.push(Value::str(rest));
            break;
        }
        match rest.find(py_space) {
            Some(p) => {
                out.push(Value::str(&rest[..p]));
                rest = rest[p..].trim_start_matches(py_space);
                left -= 1;
            }
            None => {
                out.push(Value::str(rest));
                break;
            }
        }
    }
    out
}

fn rsplit_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(py_space);
    let mut left = maxsplit;
    while !rest.is_empty() {
        if left == 0 {
            out.push(Value::str(rest));
            break;
        }
        match rest.char_indices().rev().find(|(_, c)| py_space(*c)) {
            Some((p, c)) => {
                out.push(Value::str(&rest[p + c.len_utf8()..]));
                rest = rest[..p].trim_end_matches(py_space);
                left -= 1;
            }
            None => {
                out.push(Value::str(rest));
                break;
            }
        }
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &'static str, reverse: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let p = parse(&sig("str", name, &["sep", "maxsplit"], 0, Style::Tuple, true), args, kwargs)?;
    let maxsplit = match &p[1] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let items = match &p[0] {
        None | Some(Value::None) => {
            if reverse {
                rsplit_ws(s.as_str(), maxsplit)
            } else {
                split_ws(s.as_str(), maxsplit)
            }
        }
        Some(Value::Str(sep)) => {
            if sep.s.is_empty() {
                return Err(value_error("empty separator"));
            }
            let limit = split_limit(maxsplit);
            if reverse {
                let mut v: Vec<Value> = s.as_str().rsplitn(limit, sep.as_str()).map(Value::str).collect();
                v.reverse();
                v
            } else {
                s.as_str().splitn(limit, sep.as_str()).map(Value::str).collect()
            }
        }
        Some(other) => return Err(type_error(format!("must be str or None, not {}", type_name(other)))),
    };
    Ok(Value::list(items))
}

fn split(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, k, "split", false)
}

fn rsplit(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, k, "rsplit", true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(args, "splitlines")?.as_str();
    let p = parse(&sig("str", "splitlines", &["keepends"], 0, Style::Tuple, true), args, kwargs)?;
    let keepends = match &p[0] {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
            it.next();
            end += 1;
        }
        out.push(Value::str(&s[start..if keepends { end } else { i }]));
        start = end;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn partition_impl(args: &[Value], kwargs: KwArgs, name: &'static str, reverse: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let p = parse(&sig("str", name, &["sep"], 1, Style::Exact, false), args, kwargs)?;
    let sep = match &p[0] {
        Some(Value::Str(sep)) => sep.clone(),
        other => return Err(type_error(format!("must be str, not {}", type_name(other.as_ref().unwrap_or(&Value::None))))),
    };
    if sep.s.is_empty() {
        return Err(value_error("empty separator"));
    }
    let (text, sep_s) = (s.as_str(), sep.as_str());
    let found = if reverse { text.rsplit_once(sep_s) } else { text.split_once(sep_s) };
    Ok(Value::tuple(match found {
        Some((a, b)) => vec![Value::str(a), Value::Str(sep.clone()), Value::str(b)],
        None if reverse => vec![Value::str(""), Value::str(""), args[0].clone()],
        None => vec![args[0].clone(), Value::str(""), Value::str("")],
    }))
}

fn partition(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    partition_impl(args, k, "partition", false)
}

fn rpartition(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    partition_impl(args, k, "rpartition", true)
}

/// 0: both ends, 1: left, 2: right.
fn strip_impl(args: &[Value], kwargs: KwArgs, name: &'static str, side: u8) -> PyResult<Value> {
    let s = this(args, name)?;
    let p = parse(&sig("str", name, &["chars"], 0, Style::Clinic, false), args, kwargs)?;
    let text = s.as_str();
    let out = match &p[0] {
        None | Some(Value::None) => match side {
            0 => text.trim_matches(py_space),
            1 => text.trim_start_matches(py_space),
            _ => text.trim_end_matches(py_space),
        },
        Some(Value::Str(chars)) => {
            let set = |c: char| chars.as_str().contains(c);
            match side {
                0 => text.trim_matches(set),
                1 => text.trim_start_matches(set),
                _ => text.trim_end_matches(set),
            }
        }
        Some(_) => return Err(type_error(format!("{name} arg must be None or str"))),
    };
    if out.len() == text.len() {
        return Ok(args[0].clone());
    }
    Ok(Value::str(out))
}

fn strip(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    strip_impl(args, k, "strip", 0)
}

fn lstrip(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    strip_impl(args, k, "lstrip", 1)
}

fn rstrip(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    strip_impl(args, k, "rstrip", 2)
}

fn replace(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(args, "replace")?;
    let p = parse(&sig("str", "replace", &["old", "new", "count"], 2, Style::Clinic, false), args, kwargs)?;
    let mut parts = Vec::with_capacity(2);
    for (i, v) in p[..2].iter().enumerate() {
        match v {
            Some(Value::Str(x)) => parts.push(x.clone()),
            other => {
                let t = type_name(other.as_ref().unwrap_or(&Value::None));
                return Err(type_error(format!("replace() argument {} must be str, not {t}", i + 1)));
            }
        }
    }
    let count = match &p[2] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let (old, new) = (parts[0].as_str(), parts[1].as_str());
    if count == 0 || (!old.is_empty() && !s.as_str().contains(old)) {
        return Ok(args[0].clone());
    }
    let text = s.as_str();
    if new.len() > old.len() && text.len().saturating_add(1).saturating_mul(new.len()) >= 1 << 32 {
        let matches = if old.is_empty() { s.chars + 1 } else { text.matches(old).count() };
        let matches = usize::try_from(count).map_or(matches, |c| c.min(matches));
        alloc_len((text.len() + matches * (new.len() - old.len())) as i64)?;
    }
    Ok(Value::str(match usize::try_from(count) {
        Ok(n) => s.as_str().replacen(old, new, n),
        Err(_) => s.as_str().replace(old, new),
    }))
}

fn removeprefix(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    remove_affix(args, k, "removeprefix", false)
}

fn removesuffix(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    remove_affix(args, k, "removesuffix", true)
}

fn remove_affix(args: &[Value], kwargs: KwArgs, name: &'static str, suffix: bool) -> PyResult<Value> {
    let s = this(args, name)?.as_str();
    let p = parse(&sig("str", name, &["affix"], 1, Style::Exact, false), args, kwargs)?;
    let affix = match &p[0] {
        Some(Value::Str(a)) => a.clone(),
        other => return Err(type_error(format!("{name}() argument must be str, not {}", type_name(other.as_ref().unwrap_or(&Value::None))))),
    };
    let out = if suffix { s.strip_suffix(affix.as_str()) } else { s.strip_prefix(affix.as_str()) };
    match out {
        Some(rest) if !affix.s.is_empty() => Ok(Value::str(rest)),
        _ => Ok(args[0].clone()),
    }
}

// ---------------------------------------------------------------------------
// str: padding
// ---------------------------------------------------------------------------

/// Width and fill character of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &[Value], kwargs: KwArgs, name: &'static str) -> PyResult<(i64, char)> {
    this(args, name)?;
    let p = parse(&sig("str", name, &["width", "fillchar"], 1, Style::Clinic, false), args, kwargs)?;
    let width = int_arg(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let fill = match &p[1] {
        None => ' ',
        Some(Value::Str(f)) if f.chars == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => return Err(type_error("The fill character must be exactly one character long")),
        Some(other) => return Err(type_error(format!("The fill character must be a unicode character, not {}", type_name(other)))),
    };
    Ok((width, fill))
}

/// A result size, refusing sizes no allocation could satisfy (MemoryError
/// instead of aborting the process).
fn alloc_len(n: i64) -> PyResult<usize> {
    match usize::try_from(n) {
        Ok(n) if n < (1 << 32) => Ok(n),
        _ => Err(PyErr::with_args(&types().memory_error, vec![])),
    }
}

fn padded(s: &str, left: usize, right: usize, fill: char) -> Value {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Value::str(out)
}

fn center(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, args, k, "center")?;
    let s = this(args, "center")?;
    let len = s.chars as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    Ok(padded(s.as_str(), alloc_len(left)?, alloc_len(marg - left)?, fill))
}

fn ljust(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, args, k, "ljust")?;
    let s = this(args, "ljust")?;
    if width <= s.chars as i64 {
        return Ok(args[0].clone());
    }
    Ok(padded(s.as_str(), 0, alloc_len(width - s.chars as i64)?, fill))
}

fn rjust(vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, args, k, "rjust")?;
    let s = this(args, "rjust")?;
    if width <= s.chars as i64 {
        return Ok(args[0].clone());
    }
    Ok(padded(s.as_str(), alloc_len(width - s.chars as i64)?, 0, fill))
}

fn zfill(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(args, "zfill")?;
    let p = parse(&sig("str", "zfill", &["width"], 1, Style::Exact, false), args, kwargs)?;
    let width = int_arg(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let len = s.chars as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    let zeros = "0".repeat(alloc_len(width - len)?);
    let text = s.as_str();
    Ok(Value::str(match text.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{zeros}{rest}", &text[..1]),
        None => format!("{zeros}{text}"),
    }))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(args, "expandtabs")?;
    let p = parse(&sig("str", "expandtabs", &["tabsize"], 0, Style::Tuple, true), args, kwargs)?;
    let tabsize = match &p[0] {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    if i32::try_from(tabsize).is_err() {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    let mut out = String::with_capacity(s.s.len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        if c == '\t' {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                out.extend(std::iter::repeat_n(' ', alloc_len(n.saturating_add(out.len() as i64))? - out.len()));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Value::str(out))
}

// ---------------------------------------------------------------------------
// str: case
// ---------------------------------------------------------------------------

fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

fn case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}') || ('\u{300}'..='\u{36F}').contains(&c)
}

/// Whether the capital sigma at `i` ends a word (so lowercases to 'ς').
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|c| !case_ignorable(**c)).is_some_and(|c| is_cased(*c));
    let after = chars[i + 1..].iter().find(|c| !case_ignorable(**c)).is_some_and(|c| is_cased(*c));
    before && !after
}

fn push_lower(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == 'Σ' && final_sigma(chars, i) {
        out.push('ς');
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_title(c: char, out: &mut String) {
    let u = c as u32;
    let single = match u {
        0x1C4..=0x1C6 => Some(0x1C5),
        0x1C7..=0x1C9 => Some(0x1C8),
        0x1CA..=0x1CC => Some(0x1CB),
        0x1F1..=0x1F3 => Some(0x1F2),
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => Some(u + 8),
        0x1FB3 | 0x1FC3 | 0x1FF3 => Some(u + 9),
        _ if is_titlecase(c) => Some(u),
        _ => None,
    };
    if let Some(t) = single.and_then(char::from_u32) {
        out.push(t);
        return;
    }
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
    }
    for rest in up {
        out.extend(rest.to_lowercase());
    }
}

fn upper(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let Value::Str(s) = noargs("str", "upper", args, k)? else { return Err(internal("str receiver")) };
    Ok(Value::str(if s.is_ascii() { s.as_str().to_ascii_uppercase() } else { s.as_str().to_uppercase() }))
}

fn lower(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let Value::Str(s) = noargs("str", "lower", args, k)? else { return Err(internal("str receiver")) };
    Ok(Value::str(if s.is_ascii() { s.as_str().to_ascii_lowercase() } else { s.as_str().to_lowercase() }))
}

fn casefold(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let Value::Str(s) = noargs("str", "casefold", args, k)? else { return Err(internal("str receiver")) };
    if s.is_ascii() {
        return Ok(Value::str(s.as_str().to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.s.len());
    for c in s.as_str().chars() {
        for u in c.to_uppercase() {
            for l in u.to_lowercase() {
                if l == 'ß' {
                    out.push_str("ss");
                } else {
                    out.push(l);
                }
            }
        }
    }
    Ok(Value::str(out))
}

fn capitalize(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let Value::Str(s) = noargs("str", "capitalize", args, k)? else { return Err(internal("str receiver")) };
    let text = s.as_str();
    let Some(first) = text.chars().next() else { return Ok(args[0].clone()) };
    let mut out = String::with_capacity(text.len());
    push_title(first, &mut out);
    // Lowercasing the whole string keeps the final-sigma context intact; the
    // first character's lowercase form never depends on context.
    let lowered = text.to_lowercase();
    let skip: usize = first.to_lowercase().map(char::len_utf8).sum();
    out.push_str(lowered.get(skip..).unwrap_or(""));
    Ok(Value::str(out))
}

fn title(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let Value::Str(s) = noargs("str", "title", args, k)? else { return Err(internal("str receiver")) };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(Value::str(out))
}

fn swapcase(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    let Value::Str(s) = noargs("str", "swapcase", args, k)? else { return Err(internal("str receiver")) };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&chars, i, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(out))
}

// ---------------------------------------------------------------------------
// str: predicates
// ---------------------------------------------------------------------------

fn predicate(args: &[Value], kwargs: KwArgs, name: &'static str, f: fn(&str) -> bool) -> PyResult<Value> {
    let Value::Str(s) = noargs("str", name, args, kwargs)? else { return Err(internal("str receiver")) };
    Ok(Value::Bool(f(s.as_str())))
}

/// True for a non-empty string whose characters all satisfy `f`.
fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn in_table(table: &[u32], c: char) -> bool {
    let c = c as u32;
    let (mut lo, mut hi) = (0, table.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if c < table[2 * mid] {
            hi = mid;
        } else if c > table[2 * mid + 1] {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_digit() } else { in_table(&DECIMAL, c) }
}

/// The value of a decimal digit character (any script).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let u = c as u32;
    DECIMAL.chunks_exact(2).find(|r| r[0] <= u && u <= r[1]).map(|r| (u - r[0]) % 10)
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_table(&DIGIT, c))
}

fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && in_table(&NUMERIC, c))
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { c.is_alphabetic() && !c.is_numeric() && !in_table(&ALPHABETIC_NON_LETTERS, c) }
}

fn is_printable(c: char) -> bool {
    let u = c as u32;
    if c == ' ' {
        return true;
    }
    if u < 0x20 || (0x7F..0xA0).contains(&u) || py_space(c) {
        return false;
    }
    if c.is_ascii() {
        return true;
    }
    let private = (0xE000..=0xF8FF).contains(&u) || u >= 0xF0000;
    !(private || u & 0xFFFE == 0xFFFE || in_table(&FORMAT_CHARS, c))
}

fn isalnum(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isalnum", |s| all_chars(s, |c| is_alpha(c) || is_numeric(c)))
}

fn isalpha(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isalpha", |s| all_chars(s, is_alpha))
}

fn isascii(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isascii", |s| s.is_ascii())
}

fn isdecimal(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isdecimal", |s| all_chars(s, is_decimal))
}

fn isdigit(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isdigit", |s| all_chars(s, is_digit))
}

fn isnumeric(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isnumeric", |s| all_chars(s, is_numeric))
}

fn isspace(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isspace", |s| all_chars(s, py_space))
}

fn isprintable(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isprintable", |s| s.chars().all(is_printable))
}

fn isidentifier(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isidentifier", |s| {
        let mut it = s.chars();
        match it.next() {
            Some(c) if c == '_' || is_alpha(c) || (c.is_alphabetic() && c.is_numeric()) => it.all(|c| {
                c.is_alphabetic()
                    || is_decimal(c)
                    || matches!(
                        c,
                        '_' | '\u{203F}' | '\u{2040}' | '\u{2054}' | '\u{FE33}' | '\u{FE34}' | '\u{FE4D}'..='\u{FE4F}' | '\u{FF3F}' | '\u{B7}'
                    )
            }),
            _ => false,
        }
    })
}

fn islower(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "islower", |s| {
        let mut cased = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                return false;
            }
            cased |= c.is_lowercase();
        }
        cased
    })
}

fn isupper(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "isupper", |s| {
        let mut cased = false;
        for c in s.chars() {
            if c.is_lowercase() || is_titlecase(c) {
                return false;
            }
            cased |= c.is_uppercase();
        }
        cased
    })
}

fn istitle(_vm: &mut Vm, args: &[Value], k: KwArgs) -> PyResult<Value> {
    predicate(args, k, "istitle", |s| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ---------------------------------------------------------------------------
// str: translate, encode
// ---------------------------------------------------------------------------

fn maketrans(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    super::no_kwargs("maketrans", kwargs)?;
    super::arity("maketrans", args, 1, 3)?;
    let out = Rc::new(PyDict::new());
    if args.len() == 1 {
        let Value::Dict(d) = &args[0] else {
            return Err(type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in d.items() {
            let key = match &k {
                Value::Int(_) => k.clone(),
                Value::Str(s) if s.chars == 1 => Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64)),
                Value::Str(_) => return Err(value_error("string keys in translate table must be of length 1")),
                _ => return Err(type_error("keys in translate table must be strings or integers")),
            };
            out.set(vm, key, v)?;
        }
        return Ok(Value::Dict(out));
    }
    let mut strs = Vec::with_capacity(3);
    for (i, a) in args.iter().enumerate() {
        match a {
            Value::Str(s) => strs.push(s.clone()),
            other => return Err(type_error(format!("maketrans() argument {} must be str, not {}", i + 1, type_name(other)))),
        }
    }
    if strs[0].chars != strs[1].chars {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in strs[0].as_str().chars().zip(strs[1].as_str().chars()) {
        out.set(vm, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = strs.get(2) {
        for c in z.as_str().chars() {
            out.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(out))
}

fn translate(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(args, "translate")?.clone();
    let p = parse(&sig("str", "translate", &["table"], 1, Style::Exact, false), args, kwargs)?;
    let table = p[0].clone().unwrap_or(Value::None);
    let lookup_error = types().lookup_error.clone();
    let mut out = String::with_capacity(s.s.len());
    for c in s.as_str().chars() {
        let key = Value::Int(c as i64);
        let mapped = match &table {
            Value::Dict(d) => d.get(vm, &key)?,
            other => match vm.get_item(other, &key) {
                Ok(v) => Some(v),
                Err(e) if e.is_instance_of(&lookup_error) => None,
                Err(e) => return Err(e),
            },
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => return Err(value_error("character mapping must be in range(0x110000)")),
            },
            Some(_) => return Err(type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(Value::str(out))
}

/// The codecs supported by encode/decode, by normalized name.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String = name.trim().to_ascii_lowercase().chars().map(|c| if c == '_' || c == ' ' { '-' } else { c }).collect();
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
            "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => Ok(Codec::Latin1),
            _ => Err(lookup_error(format!("unknown encoding: {name}"))),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

thread_local! {
    /// UnicodeEncodeError and UnicodeDecodeError (subclasses of UnicodeError).
    static CODEC_ERRORS: [Rc<Class>; 2] = {
        let base = types().unicode_error.clone();
        let make = |name| make_class(name, Some(&base), TypeKind::Exception, true);
        [make("UnicodeEncodeError"), make("UnicodeDecodeError")]
    };
}

fn codec_error(decode: bool, msg: String) -> PyErr {
    CODEC_ERRORS.with(|c| PyErr::new(&c[decode as usize], msg))
}

fn bad_handler(name: &str) -> PyErr {
    lookup_error(format!("unknown error handler name '{name}'"))
}

/// The encoding/errors arguments of encode/decode, as (codec, errors).
fn codec_args(p: &[Option<Value>], name: &str) -> PyResult<(Codec, String)> {
    let mut names = [String::from("utf-8"), String::from("strict")];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        match &p[i] {
            None => {}
            Some(Value::Str(s)) => names[i] = s.as_str().to_string(),
            Some(other) => return Err(type_error(format!("{name}() argument '{what}' must be str, not {}", type_name(other)))),
        }
    }
    let [encoding, errors] = names;
    Ok((Codec::lookup(&encoding)?, errors))
}

fn escape_char(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

fn encode(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(args, "encode")?;
    let p = parse(&sig("str", "encode", &["encoding", "errors"], 0, Style::Tuple, true), args, kwargs)?;
    let (codec, errors) = codec_args(&p, "encode")?;
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(bytes_value(s.as_str().as_bytes().to_vec()));
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors.as_str() {
            "strict" => {
                let end = i + chars[i..].iter().take_while(|c| (**c as u32) >= limit).count();
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", escape_char(c))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                let msg = format!("'{}' codec can't encode {what}: ordinal not in range({limit})", codec.name());
                return Err(codec_error(false, msg));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(escape_char(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            other => return Err(bad_handler(other)),
        }
        i += 1;
    }
    Ok(bytes_value(out))
}

// ---------------------------------------------------------------------------
// bytes
// ---------------------------------------------------------------------------

fn b_decode(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let b = this_bytes(args, "decode")?;
    let p = parse(&sig("bytes", "decode", &["encoding", "errors"], 0, Style::Tuple, true), args, kwargs)?;
    let (codec, errors) = codec_args(&p, "decode")?;
    if codec == Codec::Latin1 {
        return Ok(Value::str(b.iter().map(|&x| x as char).collect::<String>()));
    }
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(b) {
            return Ok(Value::str(s));
        }
    } else if b.is_ascii() {
        return Ok(str_value(b));
    }
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        // the next run of valid text, then the length of the bad sequence
        let (valid, bad, reason) = if codec == Codec::Utf8 {
            match std::str::from_utf8(&b[pos..]) {
                Ok(s) => (s.len(), 0, ""),
                Err(e) => {
                    let at = pos + e.valid_up_to();
                    match e.error_len() {
                        None => (e.valid_up_to(), b.len() - at, "unexpected end of data"),
                        Some(n) if (0xC2..=0xF4).contains(&b[at]) => (e.valid_up_to(), n, "invalid continuation byte"),
                        Some(n) => (e.valid_up_to(), n, "invalid start byte"),
                    }
                }
            }
        } else {
            let n = b[pos..].iter().take_while(|x| x.is_ascii()).count();
            (n, usize::from(pos + n < b.len()), "ordinal not in range(128)")
        };
        out.push_str(&String::from_utf8_lossy(&b[pos..pos + valid]));
        pos += valid;
        if bad == 0 {
            break;
        }
        match errors.as_str() {
            "strict" => {
                let what =
                    if bad == 1 { format!("byte 0x{:02x} in position {pos}", b[pos]) } else { format!("bytes in position {pos}-{}", pos + bad - 1) };
                return Err(codec_error(true, format!("'{}' codec can't decode {what}: {reason}", codec.name())));
            }
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "backslashreplace" => {
                for x in &b[pos..pos + bad] {
                    out.push_str(&format!("\\x{x:02x}"));
                }
            }
            other => return Err(bad_handler(other)),
        }
        pos += bad;
    }
    Ok(Value::str(out))
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
    let iterable = p[0].clone().unwrap_or(Value::None);
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

// ---------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.11's unicodedata, Unicode 14.0):
// inclusive code point ranges, flattened as [start, end, start, end, ...].
// ---------------------------------------------------------------------------

/// Category Nd (`str.isdecimal`); every range is whole runs of 0..9.
const DECIMAL: [u32; 124] = [
    0x30, 0x39, 0x660, 0x669, 0x6F0, 0x6F9, 0x7C0, 0x7C9, 0x966, 0x96F, 0x9E6, 0x9EF, 0xA66, 0xA6F, 0xAE6, 0xAEF, 0xB66, 0xB6F, 0xBE6, 0xBEF, 0xC66,
    0xC6F, 0xCE6, 0xCEF, 0xD66, 0xD6F, 0xDE6, 0xDEF, 0xE50, 0xE59, 0xED0, 0xED9, 0xF20, 0xF29, 0x1040, 0x1049, 0x1090, 0x1099, 0x17E0, 0x17E9,
    0x1810, 0x1819, 0x1946, 0x194F, 0x19D0, 0x19D9, 0x1A80, 0x1A89, 0x1A90, 0x1A99, 0x1B50, 0x1B59, 0x1BB0, 0x1BB9, 0x1C40, 0x1C49, 0x1C50, 0x1C59,
    0xA620, 0xA629, 0xA8D0, 0xA8D9, 0xA900, 0xA909, 0xA9D0, 0xA9D9, 0xA9F0, 0xA9F9, 0xAA50, 0xAA59, 0xABF0, 0xABF9, 0xFF10, 0xFF19, 0x104A0, 0x104A9,
    0x10D30, 0x10D39, 0x11066, 0x1106F, 0x110F0, 0x110F9, 0x11136, 0x1113F, 0x111D0, 0x111D9, 0x112F0, 0x112F9, 0x11450, 0x11459, 0x114D0, 0x114D9,
    0x11650, 0x11659, 0x116C0, 0x116C9, 0x11730, 0x11739, 0x118E0, 0x118E9, 0x11950, 0x11959, 0x11C50, 0x11C59, 0x11D50, 0x11D59, 0x11DA0, 0x11DA9,
    0x16A60, 0x16A69, 0x16AC0, 0x16AC9, 0x16B50, 0x16B59, 0x1D7CE, 0x1D7FF, 0x1E140, 0x1E149, 0x1E2F0, 0x1E2F9, 0x1E950, 0x1E959, 0x1FBF0, 0x1FBF9,
];
/// Numeric_Type=Digit, minus DECIMAL (`str.isdigit`).
const DIGIT: [u32; 40] = [
    0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488,
    0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68,
    0x11052, 0x1105A, 0x1F100, 0x1F10A,
];
/// Numeric_Type=Numeric, minus DIGIT and DECIMAL (`str.isnumeric`).
const NUMERIC: [u32; 302] = [
    0xBC, 0xBE, 0x9F4, 0x9F9, 0xB72, 0xB77, 0xBF0, 0xBF2, 0xC78, 0xC7E, 0xD58, 0xD5E, 0xD70, 0xD78, 0xF2A, 0xF33, 0x1372, 0x137C, 0x16EE, 0x16F0,
    0x17F0, 0x17F9, 0x2150, 0x2182, 0x2185, 0x2189, 0x2469, 0x2473, 0x247D, 0x2487, 0x2491, 0x249B, 0x24EB, 0x24F4, 0x24FE, 0x24FE, 0x277F, 0x277F,
    0x2789, 0x2789, 0x2793, 0x2793, 0x2CFD, 0x2CFD, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303A, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324F,
    0x3251, 0x325F, 0x3280, 0x3289, 0x32B1, 0x32BF, 0x3405, 0x3405, 0x3483, 0x3483, 0x382A, 0x382A, 0x3B4D, 0x3B4D, 0x4E00, 0x4E00, 0x4E03, 0x4E03,
    0x4E07, 0x4E07, 0x4E09, 0x4E09, 0x4E5D, 0x4E5D, 0x4E8C, 0x4E8C, 0x4E94, 0x4E94, 0x4E96, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EDF, 0x4EE8, 0x4EE8,
    0x4F0D, 0x4F0D, 0x4F70, 0x4F70, 0x5104, 0x5104, 0x5146, 0x5146, 0x5169, 0x5169, 0x516B, 0x516B, 0x516D, 0x516D, 0x5341, 0x5341, 0x5343, 0x5345,
    0x534C, 0x534C, 0x53C1, 0x53C4, 0x56DB, 0x56DB, 0x58F1, 0x58F1, 0x58F9, 0x58F9, 0x5E7A, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0E, 0x5F10, 0x5F10,
    0x62FE, 0x62FE, 0x634C, 0x634C, 0x67D2, 0x67D2, 0x6F06, 0x6F06, 0x7396, 0x7396, 0x767E, 0x767E, 0x8086, 0x8086, 0x842C, 0x842C, 0x8CAE, 0x8CAE,
    0x8CB3, 0x8CB3, 0x8D30, 0x8D30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964C, 0x964C, 0x9678, 0x9678, 0x96F6, 0x96F6, 0xA6E6, 0xA6EF, 0xA830, 0xA835,
    0xF96B, 0xF96B, 0xF973, 0xF973, 0xF978, 0xF978, 0xF9B2, 0xF9B2, 0xF9D1, 0xF9D1, 0xF9D3, 0xF9D3, 0xF9FD, 0xF9FD, 0x10107, 0x10133, 0x10140,
    0x10178, 0x1018A, 0x1018B, 0x102E1, 0x102FB, 0x10320, 0x10323, 0x10341, 0x10341, 0x1034A, 0x1034A, 0x103D1, 0x103D5, 0x10858, 0x1085F, 0x10879,
    0x1087F, 0x108A7, 0x108AF, 0x108FB, 0x108FF, 0x10916, 0x1091B, 0x109BC, 0x109BD, 0x109C0, 0x109CF, 0x109D2, 0x109FF, 0x10A44, 0x10A48, 0x10A7D,
    0x10A7E, 0x10A9D, 0x10A9F, 0x10AEB, 0x10AEF, 0x10B58, 0x10B5F, 0x10B78, 0x10B7F, 0x10BA9, 0x10BAF, 0x10CFA, 0x10CFF, 0x10E69, 0x10E7E, 0x10F1D,
    0x10F26, 0x10F51, 0x10F54, 0x10FC5, 0x10FCB, 0x1105B, 0x11065, 0x111E1, 0x111F4, 0x1173A, 0x1173B, 0x118EA, 0x118F2, 0x11C5A, 0x11C6C, 0x11FC0,
    0x11FD4, 0x12400, 0x1246E, 0x16B5B, 0x16B61, 0x16E80, 0x16E96, 0x1D2E0, 0x1D2F3, 0x1D360, 0x1D378, 0x1E8C7, 0x1E8CF, 0x1EC71, 0x1ECAB, 0x1ECAD,
    0x1ECAF, 0x1ECB1, 0x1ECB4, 0x1ED01, 0x1ED2D, 0x1ED2F, 0x1ED3D, 0x1F10B, 0x1F10C, 0x20001, 0x20001, 0x20064, 0x20064, 0x200E2, 0x200E2, 0x20121,
    0x20121, 0x2092A, 0x2092A, 0x20983, 0x20983, 0x2098C, 0x2098C, 0x2099C, 0x2099C, 0x20AEA, 0x20AEA, 0x20AFD, 0x20AFD, 0x20B19, 0x20B19, 0x22390,
    0x22390, 0x22998, 0x22998, 0x23B1B, 0x23B1B, 0x2626D, 0x2626D, 0x2F890, 0x2F890,
];
/// Category Cf (not printable).
const FORMAT_CHARS: [u32; 42] = [
    0xAD, 0xAD, 0x600, 0x605, 0x61C, 0x61C, 0x6DD, 0x6DD, 0x70F, 0x70F, 0x890, 0x891, 0x8E2, 0x8E2, 0x180E, 0x180E, 0x200B, 0x200F, 0x202A, 0x202E,
    0x2060, 0x2064, 0x2066, 0x206F, 0xFEFF, 0xFEFF, 0xFFF9, 0xFFFB, 0x110BD, 0x110BD, 0x110CD, 0x110CD, 0x13430, 0x13438, 0x1BCA0, 0x1BCA3, 0x1D173,
    0x1D17A, 0xE0001, 0xE0001, 0xE0020, 0xE007F,
];
/// Characters Rust calls alphabetic that are not letters (marks and symbols
/// with the Other_Alphabetic property), so `str.isalpha` is False for them.
const ALPHABETIC_NON_LETTERS: [u32; 468] = [
    0x345, 0x345, 0x363, 0x36F, 0x5B0, 0x5BD, 0x5BF, 0x5BF, 0x5C1, 0x5C2, 0x5C4, 0x5C5, 0x5C7, 0x5C7, 0x610, 0x61A, 0x64B, 0x657, 0x659, 0x65F,
    0x670, 0x670, 0x6D6, 0x6DC, 0x6E1, 0x6E4, 0x6E7, 0x6E8, 0x6ED, 0x6ED, 0x711, 0x711, 0x730, 0x73F, 0x7A6, 0x7B0, 0x816, 0x817, 0x81B, 0x823,
    0x825, 0x827, 0x829, 0x82C, 0x8D4, 0x8DF, 0x8E3, 0x8E9, 0x8F0, 0x903, 0x93A, 0x93B, 0x93E, 0x94C, 0x94E, 0x94F, 0x955, 0x957, 0x962, 0x963,
    0x981, 0x983, 0x9BE, 0x9C4, 0x9C7, 0x9C8, 0x9CB, 0x9CC, 0x9D7, 0x9D7, 0x9E2, 0x9E3, 0xA01, 0xA03, 0xA3E, 0xA42, 0xA47, 0xA48, 0xA4B, 0xA4C,
    0xA51, 0xA51, 0xA70, 0xA71, 0xA75, 0xA75, 0xA81, 0xA83, 0xABE, 0xAC5, 0xAC7, 0xAC9, 0xACB, 0xACC, 0xAE2, 0xAE3, 0xAFA, 0xAFC, 0xB01, 0xB03,
    0xB3E, 0xB44, 0xB47, 0xB48, 0xB4B, 0xB4C, 0xB56, 0xB57, 0xB62, 0xB63, 0xB82, 0xB82, 0xBBE, 0xBC2, 0xBC6, 0xBC8, 0xBCA, 0xBCC, 0xBD7, 0xBD7,
    0xC00, 0xC04, 0xC3E, 0xC44, 0xC46, 0xC48, 0xC4A, 0xC4C, 0xC55, 0xC56, 0xC62, 0xC63, 0xC81, 0xC83, 0xCBE, 0xCC4, 0xCC6, 0xCC8, 0xCCA, 0xCCC,
    0xCD5, 0xCD6, 0xCE2, 0xCE3, 0xD00, 0xD03, 0xD3E, 0xD44, 0xD46, 0xD48, 0xD4A, 0xD4C, 0xD57, 0xD57, 0xD62, 0xD63, 0xD81, 0xD83, 0xDCF, 0xDD4,
    0xDD6, 0xDD6, 0xDD8, 0xDDF, 0xDF2, 0xDF3, 0xE31, 0xE31, 0xE34, 0xE3A, 0xE4D, 0xE4D, 0xEB1, 0xEB1, 0xEB4, 0xEB9, 0xEBB, 0xEBC, 0xECD, 0xECD,
    0xF71, 0xF83, 0xF8D, 0xF97, 0xF99, 0xFBC, 0x102B, 0x1036, 0x1038, 0x1038, 0x103B, 0x103E, 0x1056, 0x1059, 0x105E, 0x1060, 0x1062, 0x1064, 0x1067,
    0x106D, 0x1071, 0x1074, 0x1082, 0x108D, 0x108F, 0x108F, 0x109A, 0x109D, 0x1712, 0x1713, 0x1732, 0x1733, 0x1752, 0x1753, 0x1772, 0x1773, 0x17B6,
    0x17C8, 0x1885, 0x1886, 0x18A9, 0x18A9, 0x1920, 0x192B, 0x1930, 0x1938, 0x1A17, 0x1A1B, 0x1A55, 0x1A5E, 0x1A61, 0x1A74, 0x1ABF, 0x1AC0, 0x1ACC,
    0x1ACE, 0x1B00, 0x1B04, 0x1B35, 0x1B43, 0x1B80, 0x1B82, 0x1BA1, 0x1BA9, 0x1BAC, 0x1BAD, 0x1BE7, 0x1BF1, 0x1C24, 0x1C36, 0x1DD3, 0x1DF4, 0x24B6,
    0x24E9, 0x2DE0, 0x2DFF, 0xA674, 0xA67B, 0xA69E, 0xA69F, 0xA802, 0xA802, 0xA80B, 0xA80B, 0xA823, 0xA827, 0xA880, 0xA881, 0xA8B4, 0xA8C3, 0xA8C5,
    0xA8C5, 0xA8FF, 0xA8FF, 0xA926, 0xA92A, 0xA947, 0xA952, 0xA980, 0xA983, 0xA9B4, 0xA9BF, 0xA9E5, 0xA9E5, 0xAA29, 0xAA36, 0xAA43, 0xAA43, 0xAA4C,
    0xAA4D, 0xAA7B, 0xAA7D, 0xAAB0, 0xAAB0, 0xAAB2, 0xAAB4, 0xAAB7, 0xAAB8, 0xAABE, 0xAABE, 0xAAEB, 0xAAEF, 0xAAF5, 0xAAF5, 0xABE3, 0xABEA, 0xFB1E,
    0xFB1E, 0x10376, 0x1037A, 0x10A01, 0x10A03, 0x10A05, 0x10A06, 0x10A0C, 0x10A0F, 0x10D24, 0x10D27, 0x10EAB, 0x10EAC, 0x11000, 0x11002, 0x11038,
    0x11045, 0x11073, 0x11074, 0x11080, 0x11082, 0x110B0, 0x110B8, 0x110C2, 0x110C2, 0x11100, 0x11102, 0x11127, 0x11132, 0x11145, 0x11146, 0x11180,
    0x11182, 0x111B3, 0x111BF, 0x111CE, 0x111CF, 0x1122C, 0x11234, 0x11237, 0x11237, 0x1123E, 0x1123E, 0x112DF, 0x112E8, 0x11300, 0x11303, 0x1133E,
    0x11344, 0x11347, 0x11348, 0x1134B, 0x1134C, 0x11357, 0x11357, 0x11362, 0x11363, 0x11435, 0x11441, 0x11443, 0x11445, 0x114B0, 0x114C1, 0x115AF,
    0x115B5, 0x115B8, 0x115BE, 0x115DC, 0x115DD, 0x11630, 0x1163E, 0x11640, 0x11640, 0x116AB, 0x116B5, 0x1171D, 0x1172A, 0x1182C, 0x11838, 0x11930,
    0x11935, 0x11937, 0x11938, 0x1193B, 0x1193C, 0x11940, 0x11940, 0x11942, 0x11942, 0x119D1, 0x119D7, 0x119DA, 0x119DF, 0x119E4, 0x119E4, 0x11A01,
    0x11A0A, 0x11A35, 0x11A39, 0x11A3B, 0x11A3E, 0x11A51, 0x11A5B, 0x11A8A, 0x11A97, 0x11C2F, 0x11C36, 0x11C38, 0x11C3E, 0x11C92, 0x11CA7, 0x11CA9,
    0x11CB6, 0x11D31, 0x11D36, 0x11D3A, 0x11D3A, 0x11D3C, 0x11D3D, 0x11D3F, 0x11D41, 0x11D43, 0x11D43, 0x11D47, 0x11D47, 0x11D8A, 0x11D8E, 0x11D90,
    0x11D91, 0x11D93, 0x11D96, 0x11EF3, 0x11EF6, 0x16F4F, 0x16F4F, 0x16F51, 0x16F87, 0x16F8F, 0x16F92, 0x16FF0, 0x16FF1, 0x1BC9E, 0x1BC9E, 0x1E000,
    0x1E006, 0x1E008, 0x1E018, 0x1E01B, 0x1E021, 0x1E023, 0x1E024, 0x1E026, 0x1E02A, 0x1E947, 0x1E947, 0x1F130, 0x1F149, 0x1F150, 0x1F169, 0x1F170,
    0x1F189,
];
