//! Methods of `str` (except `format`/`format_map`, in `str_format.rs`, and
//! `encode`, in `codecs.rs`). Positions count characters (the text is
//! stored as UTF-8, so they are converted to byte offsets). Argument binding
//! and the search family are shared with `bytes` in `str_common.rs`; the
//! per-character Unicode properties (whitespace, case, the digit and letter
//! classes, with their generated tables) are in `unicode_tables.rs`.

use super::str_common::{Search, Style, int_arg, noargs, parse, search, sig, tailmatch, this};
use super::unicode_tables::{case_ignorable, is_alpha, is_cased, is_digit, is_line_break, is_numeric, is_printable, is_titlecase, py_space};
use super::{add_methods, codecs, native, str_format};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::{type_name, types};
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

// Still reachable at their old paths (`str_format.rs` imports `decimal_value`
// from here).
pub use super::str_common::find_bytes;
pub use super::unicode_tables::{decimal_value, is_decimal};

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
            ("encode", codecs::encode),
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
}

// ---------------------------------------------------------------------------
// str: searching (implemented in str_common.rs)
// ---------------------------------------------------------------------------

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
    let iterable = p[0].clone().unwrap_or_default();
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
            if sep.as_str().is_empty() {
                return Err(value_error("empty separator"));
            }
            let limit = split_limit(maxsplit);
            // a one-character ASCII separator searches as a char (memchr)
            let one = match sep.as_str().as_bytes() {
                [b] if b.is_ascii() => Some(*b as char),
                _ => None,
            };
            match (reverse, one) {
                (false, Some(c)) => s.as_str().splitn(limit, c).map(Value::str).collect(),
                (false, None) => s.as_str().splitn(limit, sep.as_str()).map(Value::str).collect(),
                (true, Some(c)) => reversed(s.as_str().rsplitn(limit, c).map(Value::str).collect()),
                (true, None) => reversed(s.as_str().rsplitn(limit, sep.as_str()).map(Value::str).collect()),
            }
        }
        Some(other) => return Err(type_error(format!("must be str or None, not {}", type_name(other)))),
    };
    Ok(Value::list(items))
}

fn reversed(mut v: Vec<Value>) -> Vec<Value> {
    v.reverse();
    v
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
    if sep.as_str().is_empty() {
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
        Some(rest) if !affix.as_str().is_empty() => Ok(Value::str(rest)),
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
    let mut out = String::with_capacity(s.as_str().len());
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
    let mut out = String::with_capacity(s.as_str().len());
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
    let mut out = String::with_capacity(s.as_str().len());
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
    let mut out = String::with_capacity(s.as_str().len());
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
// str: translate
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
    let table = p[0].clone().unwrap_or_default();
    let lookup_error = types().lookup_error.clone();
    let mut out = String::with_capacity(s.as_str().len());
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
