//! Python 3.11-compatible formatting of `int`, `float` and `str` values for tikitaka.
//!
//! This module implements, without any dependency on the rest of the interpreter:
//!
//! * the format-spec mini-language used by `format()`, `str.format()` and
//!   f-strings: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//!   ([`parse_spec`], [`format_int`], [`format_i64`], [`format_float`],
//!   [`format_str`]);
//! * `repr(float)` ([`float_repr`]): the shortest digit string that round-trips,
//!   laid out exactly like CPython (`0.1`, `1e+16`, `1e-05`, `123.0`, `inf`, ...);
//! * printf-style `%` formatting with positional arguments ([`percent_format`]).
//!
//! Results and error messages follow CPython 3.11 (they were checked against
//! `python3`), assuming the "C" locale, so the `n` presentation type never
//! inserts digit separators.  Float digits for the `e`, `f`, `g` and `%` types
//! come from Rust's exact float formatting, which rounds the exact binary
//! value half-to-even just as CPython's dtoa does (`format(2.675, '.2f')` is
//! `'2.67'`, `format(0.125, '.2f')` is `'0.12'`); precisions beyond the point
//! where every `f64` is exact are padded with zeros, so large precisions are
//! cheap (up to the output limit below).  `repr` digits are Rust's shortest round-trip digits, with
//! CPython's round-half-even choice restored for exact ties.
//!
//! Errors are returned as [`FormatError`]; each variant names the Python
//! exception class the interpreter should raise.  No function panics on any
//! input.  Outputs whose requested width or precision would exceed 2**28
//! characters are refused with [`FormatError::Memory`] instead of attempting a
//! huge allocation (CPython would attempt it).
//!
//! Not supported: locale-aware `n` formatting (the C locale is assumed),
//! mapping keys in `%` formatting (`'%(name)s'` reports CPython's
//! "format requires a mapping"), lone surrogates produced by the `c` type
//! (Rust strings cannot hold them; a `ValueError`-style error is returned),
//! and the `sys.set_int_max_str_digits` limit on decimal conversion of huge
//! ints (the caller must enforce it if wanted).

use std::fmt;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive};

/// Largest padding/precision-driven output (in characters) that we agree to build.
const MAX_OUTPUT_LEN: usize = 1 << 28;
/// Every finite `f64` is exactly representable with this many significant digits.
const MAX_SIG_DIGITS: usize = 800;
/// Every finite `f64` is exactly representable with this many fractional digits.
const MAX_FRAC_DIGITS: usize = 1100;
/// Largest precision CPython accepts for float formatting (C `int`).
const MAX_FLOAT_PRECISION: usize = i32::MAX as usize;

/// Code points of the digit zero of every Unicode decimal-digit run (Unicode 14,
/// as in CPython 3.11).  Format-spec widths and precisions accept any of them.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
    0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
    0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `fill` is `'0'` when the `0` flag was given without an explicit fill
/// character; `align` is `None` when no alignment was given (the formatter then
/// uses its default: right for numbers, or `'='` when `zero` is set; left for
/// strings).  `no_neg_zero` is the `z` flag (coerce negative zero to zero).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// A formatting error carrying CPython's exact message.  The variant tells the
/// caller which Python exception to raise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError`
    Value(String),
    /// `TypeError`
    Type(String),
    /// `OverflowError`
    Overflow(String),
    /// `MemoryError` (the result would be unreasonably large)
    Memory,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Value(m) | FormatError::Type(m) | FormatError::Overflow(m) => f.write_str(m),
            FormatError::Memory => f.write_str("out of memory"),
        }
    }
}

impl std::error::Error for FormatError {}

/// One argument of printf-style `%` formatting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PercentArg<'a> {
    /// A `str` (or any non-numeric object): its `str()` text and its `repr()` text.
    Str(&'a str, &'a str),
    /// An `int`.
    Int(&'a BigInt),
    /// A `float`.
    Float(f64),
}

fn value_err(msg: impl Into<String>) -> FormatError {
    FormatError::Value(msg.into())
}

fn type_err(msg: impl Into<String>) -> FormatError {
    FormatError::Type(msg.into())
}

// ---------------------------------------------------------------------------
// Format-spec parsing
// ---------------------------------------------------------------------------

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Value of a Unicode decimal digit (category Nd), like `unicodedata.decimal`.
fn decimal_value(c: char) -> Option<usize> {
    let cp = c as u32;
    DECIMAL_ZEROS.iter().find(|&&zero| cp >= zero && cp < zero + 10).map(|&zero| (cp - zero) as usize)
}

/// Parses a run of decimal digits at `pos`; `None` if there are none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_err("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(value))
}

/// How CPython shows a presentation type in error messages.
fn code_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 { c.to_string() } else { format!("\\x{cp:x}") }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    value_err(format!("Unknown format code '{}' for object of type '{}'", code_repr(ty), type_name))
}

/// Parses `spec`.  `type_name` is used in the "Invalid format specifier"
/// message; `default_ty` is the type assumed when none is given (it matters for
/// the grouping check, e.g. `format('a', ',')` complains about `'s'`).
fn parse_impl(spec: &str, type_name: Option<&str>, default_ty: Option<char>) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    let mut fill_specified = false;
    match (chars.first(), chars.get(1)) {
        (Some(&fill), Some(&align)) if is_align(align) => {
            out.fill = fill;
            out.align = Some(align);
            fill_specified = true;
            pos = 2;
        }
        (Some(&align), _) if is_align(align) => {
            out.align = Some(align);
            pos = 1;
        }
        _ => {}
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.zero = true;
        out.fill = '0';
        pos += 1;
    }
    out.width = parse_count(&chars, &mut pos)?;
    let both = || value_err("Cannot specify both ',' and '_'.");
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(both());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(both());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_count(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(value_err("Format specifier missing precision"));
        }
    }
    let rest = chars.get(pos..).unwrap_or(&[]);
    if rest.len() > 1 {
        return Err(match type_name {
            Some(name) => value_err(format!("Invalid format specifier '{spec}' for object of type '{name}'")),
            None => value_err("Invalid format specifier"),
        });
    }
    out.ty = rest.first().copied().or(default_ty);
    if let Some(sep) = out.grouping {
        let ok = match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            Some(_) => false,
        };
        if !ok {
            let ty = out.ty.map(code_repr).unwrap_or_default();
            return Err(value_err(format!("Cannot specify '{sep}' with '{ty}'.")));
        }
    }
    Ok(out)
}

/// Parses a standard format spec without knowing the type of the formatted
/// object.  A spec with trailing garbage yields "Invalid format specifier"
/// (the type-specific formatters produce the full CPython 3.11 message
/// "Invalid format specifier '…' for object of type '…'").
pub fn parse_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    parse_impl(spec, None, None)
}

// ---------------------------------------------------------------------------
// Padding and number layout
// ---------------------------------------------------------------------------

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

fn check_len(n: usize) -> Result<(), FormatError> {
    if n > MAX_OUTPUT_LEN { Err(FormatError::Memory) } else { Ok(()) }
}

fn zeros(n: usize) -> Result<String, FormatError> {
    check_len(n)?;
    Ok("0".repeat(n))
}

/// Pads `text` to `width` characters with `fill`, aligned `<`, `>` or `^`.
fn pad_text(text: &str, fill: char, align: char, width: Option<usize>) -> Result<String, FormatError> {
    let len = text.chars().count();
    let width = width.unwrap_or(0);
    if width <= len {
        return Ok(text.to_string());
    }
    check_len(width)?;
    let pad = width - len;
    let (left, right) = match align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let mut out = String::with_capacity(text.len() + pad * fill.len_utf8());
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// Inserts `sep` every `size` digits from the right.  When `min_width` is
/// non-zero (zero padding with `=` alignment) leading zeros are added, grouped
/// too, until the result is at least `min_width` characters long; a group is
/// never left starting with a separator.
fn group_digits(digits: &str, min_width: usize, sep: char, size: usize) -> String {
    let d = digits.as_bytes();
    let size = size.max(1) as i64;
    let mut remaining = d.len() as i64;
    let mut min_w = min_width as i64;
    let mut rev: Vec<char> = Vec::with_capacity(d.len() + d.len() / 3 + min_width + 1);
    let mut first = true;
    loop {
        let group = remaining.max(min_w).max(1).min(size);
        let n_chars = remaining.min(group).max(0);
        let n_zeros = (group - remaining).max(0);
        if !first {
            rev.push(sep);
        }
        first = false;
        for i in 0..n_chars {
            let idx = (remaining - 1 - i) as usize;
            rev.push(d.get(idx).map_or('0', |&b| b as char));
        }
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        remaining -= n_chars;
        min_w -= group;
        if remaining <= 0 && min_w <= 0 {
            break;
        }
        min_w -= 1;
    }
    rev.iter().rev().collect()
}

/// Lays out a number: `[sign][prefix][digits][rest]`, with `digits` (the
/// integer part, ASCII) optionally grouped, then padded per `spec`.
fn finish_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    grouping: Option<(char, usize)>,
    spec: &FormatSpec,
) -> Result<String, FormatError> {
    let sign = if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let fill = spec.fill;
    let width = spec.width.unwrap_or(0);
    check_len(width)?;
    let fixed = sign.len() + prefix.len() + rest.chars().count();
    let grouped = match grouping {
        Some((sep, size)) if !digits.is_empty() => {
            let min_width = if fill == '0' && align == '=' { width.saturating_sub(fixed) } else { 0 };
            group_digits(digits, min_width, sep, size)
        }
        _ => digits.to_string(),
    };
    let len = fixed + grouped.chars().count();
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(len + pad * fill.len_utf8());
    let (left, middle, right) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    push_fill(&mut out, fill, left);
    out.push_str(sign);
    out.push_str(prefix);
    push_fill(&mut out, fill, middle);
    out.push_str(&grouped);
    out.push_str(rest);
    push_fill(&mut out, fill, right);
    Ok(out)
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

/// `format(v, spec)` for a `str` value.
pub fn format_str(v: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let s = parse_impl(spec, Some("str"), Some('s'))?;
    match s.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, "str")),
    }
    match s.sign {
        Some(' ') => {
            return Err(value_err("Space not allowed in string format specifier"));
        }
        Some(_) => return Err(value_err("Sign not allowed in string format specifier")),
        None => {}
    }
    if s.no_neg_zero {
        return Err(value_err("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if s.alternate {
        return Err(value_err("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == Some('=') {
        return Err(value_err("'=' alignment not allowed in string format specifier"));
    }
    let text = match s.precision {
        Some(p) => truncate_chars(v, p),
        None => v,
    };
    pad_text(text, s.fill, s.align.unwrap_or('<'), s.width)
}

fn truncate_chars(v: &str, n: usize) -> &str {
    match v.char_indices().nth(n) {
        Some((i, _)) => v.get(..i).unwrap_or(v),
        None => v,
    }
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

/// The operations integer formatting needs, for both `i64` and `BigInt`.
trait IntValue {
    fn is_neg(&self) -> bool;
    /// Digits of the absolute value in `radix` (lowercase).
    fn magnitude_digits(&self, radix: u32) -> String;
    /// Correctly rounded conversion, as `float(v)`.
    fn to_float(&self) -> Result<f64, FormatError>;
    /// The value as a code point candidate, `None` when outside `u32`.
    fn as_u32(&self) -> Option<u32>;
}

impl IntValue for i64 {
    fn is_neg(&self) -> bool {
        *self < 0
    }
    fn magnitude_digits(&self, radix: u32) -> String {
        let m = self.unsigned_abs();
        match radix {
            2 => format!("{m:b}"),
            8 => format!("{m:o}"),
            16 => format!("{m:x}"),
            _ => m.to_string(),
        }
    }
    fn to_float(&self) -> Result<f64, FormatError> {
        Ok(*self as f64)
    }
    fn as_u32(&self) -> Option<u32> {
        u32::try_from(*self).ok()
    }
}

impl IntValue for BigInt {
    fn is_neg(&self) -> bool {
        self.is_negative()
    }
    fn magnitude_digits(&self, radix: u32) -> String {
        self.magnitude().to_str_radix(radix)
    }
    fn to_float(&self) -> Result<f64, FormatError> {
        bigint_to_f64(self)
    }
    fn as_u32(&self) -> Option<u32> {
        self.to_u32()
    }
}

fn bigint_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(FormatError::Overflow("int too large to convert to float".into())),
    }
}

fn char_from_int<T: IntValue + ?Sized>(v: &T) -> Result<char, FormatError> {
    let cp = v.as_u32().filter(|&cp| cp <= 0x10ffff).ok_or_else(|| FormatError::Overflow("%c arg not in range(0x110000)".into()))?;
    char::from_u32(cp).ok_or_else(|| value_err(format!("lone surrogate U+{cp:04X} cannot be represented in a string")))
}

fn format_integer<T: IntValue + ?Sized>(v: &T, spec: &str) -> Result<String, FormatError> {
    let s = parse_impl(spec, Some("int"), Some('d'))?;
    let ty = s.ty.unwrap_or('d');
    let (radix, prefix, group) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        'd' | 'n' | 'c' => (10, "", 3),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_spec(v.to_float()?, &s);
        }
        other => return Err(unknown_code(other, "int")),
    };
    if s.precision.is_some() {
        return Err(value_err("Precision not allowed in integer format specifier"));
    }
    if s.no_neg_zero {
        return Err(value_err("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(value_err("Sign not allowed with integer format specifier 'c'"));
        }
        if s.alternate {
            return Err(value_err("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let ch = char_from_int(v)?;
        return finish_number(false, "", "", &ch.to_string(), None, &s);
    }
    let mut digits = v.magnitude_digits(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if s.alternate { prefix } else { "" };
    let grouping = if ty == 'n' { None } else { s.grouping.map(|g| (g, group)) };
    finish_number(v.is_neg(), prefix, &digits, "", grouping, &s)
}

/// `format(v, spec)` for an `int` value.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    format_integer(v, spec)
}

/// `format(v, spec)` for an `int` that fits in `i64`; same results as [`format_int`].
pub fn format_i64(v: i64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    format_integer(&v, spec)
}

// ---------------------------------------------------------------------------
// float digit generation
// ---------------------------------------------------------------------------

/// Splits `"d.ddde-12"` (Rust's `{:e}` output) into its digits and exponent.
fn split_exp(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits = mant.chars().filter(char::is_ascii_digit).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// The first `min(n, MAX_SIG_DIGITS)` significant digits of `a` (finite,
/// non-negative) and the decimal-point position `decpt` (value =
/// 0.DIGITS * 10**decpt).  Rust's `{:.*e}` rounds the exact binary value
/// half-to-even, like CPython; digits past `MAX_SIG_DIGITS` are all zero.
fn sig_digits(a: f64, n: usize) -> (String, i64) {
    let n_eff = n.clamp(1, MAX_SIG_DIGITS);
    let (digits, exp) = split_exp(&format!("{:.*e}", n_eff - 1, a));
    (digits, exp + 1)
}

/// True when the exact decimal value of `a` (finite, non-negative) has at
/// most 18 significant digits.
fn exact_digits_at_most_18(a: f64) -> bool {
    const LIMIT: u128 = 1_000_000_000_000_000_000;
    let bits = a.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp_bits - 1075) };
    if m == 0 {
        return true;
    }
    let tz = m.trailing_zeros();
    let (m, e) = (u128::from(m >> tz), e + i64::from(tz));
    if e >= 0 {
        // An integer without factor 5: no trailing decimal zeros.
        e < 64 && (m << e) < LIMIT
    } else {
        // m odd: m * 2**e == m * 5**-e / 10**-e, and m * 5**-e is odd.
        e >= -26 && m * 5u128.pow(e.unsigned_abs() as u32) < LIMIT
    }
}

/// Shortest round-tripping digits of `a` (finite, non-negative) and `decpt`.
fn shortest_digits(a: f64) -> (String, i64) {
    if a == 0.0 {
        return ("0".to_string(), 1);
    }
    // Rust's `{:e}` without precision gives the shortest round-trip digits,
    // choosing the candidate closest to the exact value, as CPython does.
    let (mut digits, exp) = split_exp(&format!("{a:e}"));
    strip_trailing_zeros(&mut digits);
    // When the exact value lies exactly halfway between two shortest
    // candidates, Rust rounds the last digit up while CPython rounds half to
    // even.  A tie needs an exact value of at most 18 significant digits and
    // (for both candidates to round-trip) at least 15 shortest digits.
    if digits.len() >= 14 && exact_digits_at_most_18(a) {
        let (mut even, even_decpt) = sig_digits(a, digits.len());
        strip_trailing_zeros(&mut even);
        if even != digits && format!("0.{even}e{even_decpt}").parse::<f64>() == Ok(a) {
            return (even, even_decpt);
        }
    }
    (digits, exp + 1)
}

fn strip_trailing_zeros(d: &mut String) {
    while d.len() > 1 && d.ends_with('0') {
        d.pop();
    }
}

fn pad_digits(d: &mut String, n: usize) -> Result<(), FormatError> {
    if d.len() < n {
        check_len(n)?;
        push_fill(d, '0', n - d.len());
    }
    Ok(())
}

/// `d1[.d2...]e±XX`
fn exp_form(d: &str, decpt: i64, alt: bool) -> String {
    let mut out = String::with_capacity(d.len() + 6);
    let (first, rest) = d.split_at(d.len().min(1));
    out.push_str(if first.is_empty() { "0" } else { first });
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    } else if alt {
        out.push('.');
    }
    let e = decpt - 1;
    out.push('e');
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", e.unsigned_abs()));
    out
}

/// Fixed notation from significant digits `d` and point position `decpt`.
fn fixed_form(d: &str, decpt: i64, alt: bool, add_dot_0: bool) -> String {
    let n = d.len() as i64;
    let (int_part, frac) = if decpt <= 0 {
        let lead = "0".repeat(decpt.unsigned_abs() as usize);
        ("0".to_string(), lead + d)
    } else if decpt >= n {
        let trail = "0".repeat((decpt - n) as usize);
        (format!("{d}{trail}"), String::new())
    } else {
        let (i, f) = d.split_at(decpt as usize);
        (i.to_string(), f.to_string())
    };
    let mut out = int_part;
    if !frac.is_empty() {
        out.push('.');
        out.push_str(&frac);
    } else if add_dot_0 {
        out.push_str(".0");
    } else if alt {
        out.push('.');
    }
    out
}

/// `'%.{p}f' % a` for finite non-negative `a`, exactly rounded (Rust's
/// `{:.*}` rounds the exact binary value half-to-even, like CPython).
fn fixed_point(a: f64, p: usize, alt: bool) -> Result<String, FormatError> {
    check_len(p)?;
    let p_eff = p.min(MAX_FRAC_DIGITS);
    let mut out = format!("{a:.p_eff$}");
    if p == 0 && alt {
        out.push('.');
    }
    push_fill(&mut out, '0', p - p_eff);
    Ok(out)
}

fn repr_body(a: f64, alt: bool) -> String {
    let (d, decpt) = shortest_digits(a);
    if decpt <= -4 || decpt > 16 { exp_form(&d, decpt, alt) } else { fixed_form(&d, decpt, alt, true) }
}

#[derive(Clone, Copy)]
enum FloatMode {
    /// Shortest round-trip digits (`repr`).
    Repr,
    /// `e` with this many digits after the point.
    Exp(usize),
    /// `f` with this many digits after the point.
    Fixed(usize),
    /// `g` with this many significant digits.
    General(usize),
}

/// Formats `v` without padding; returns (is negative, unsigned text).  NaN
/// never carries a sign, like CPython.
fn float_to_string(v: f64, mode: FloatMode, alt: bool, add_dot_0: bool) -> Result<(bool, String), FormatError> {
    if v.is_nan() {
        return Ok((false, "nan".to_string()));
    }
    if v.is_infinite() {
        return Ok((v < 0.0, "inf".to_string()));
    }
    let negative = v.is_sign_negative();
    let a = v.abs();
    let body = match mode {
        FloatMode::Repr => repr_body(a, alt),
        FloatMode::Exp(p) => {
            let n = p.saturating_add(1);
            check_len(n)?;
            let (mut d, decpt) = sig_digits(a, n);
            pad_digits(&mut d, n)?;
            exp_form(&d, decpt, alt)
        }
        FloatMode::Fixed(p) => fixed_point(a, p, alt)?,
        FloatMode::General(p) => {
            let p = p.max(1);
            let (mut d, decpt) = sig_digits(a, p);
            let p_i = i64::try_from(p).unwrap_or(i64::MAX);
            let limit = if add_dot_0 { p_i - 1 } else { p_i };
            let use_exp = decpt <= -4 || decpt > limit;
            if alt {
                pad_digits(&mut d, p)?;
            } else {
                strip_trailing_zeros(&mut d);
            }
            if use_exp { exp_form(&d, decpt, alt) } else { fixed_form(&d, decpt, alt, add_dot_0) }
        }
    };
    Ok((negative, body))
}

/// True when the mantissa part (before any exponent) has only zero digits.
fn mantissa_is_zero(body: &str) -> bool {
    body.chars().take_while(|&c| c != 'e' && c != 'E').all(|c| c == '0' || c == '.')
}

/// Float formatting for an already parsed spec (also used by `int` with a
/// float presentation type).
fn format_float_spec(v: f64, s: &FormatSpec) -> Result<String, FormatError> {
    if s.precision.is_some_and(|p| p > MAX_FLOAT_PRECISION) {
        return Err(value_err("precision too big"));
    }
    let mut val = v;
    let mut percent = false;
    let mut add_dot_0 = false;
    let prec = s.precision.unwrap_or(6);
    let mode = match s.ty {
        None => {
            add_dot_0 = true;
            match s.precision {
                None => FloatMode::Repr,
                Some(p) => FloatMode::General(p),
            }
        }
        Some('e' | 'E') => FloatMode::Exp(prec),
        Some('f' | 'F') => FloatMode::Fixed(prec),
        Some('g' | 'G' | 'n') => FloatMode::General(prec),
        Some('%') => {
            val *= 100.0;
            percent = true;
            FloatMode::Fixed(prec)
        }
        Some(other) => return Err(unknown_code(other, "float")),
    };
    let (mut negative, mut body) = float_to_string(val, mode, s.alternate, add_dot_0)?;
    if matches!(s.ty, Some('E' | 'F' | 'G')) {
        body.make_ascii_uppercase();
    }
    if negative && s.no_neg_zero && mantissa_is_zero(&body) {
        negative = false;
    }
    if percent {
        body.push('%');
    }
    let split = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(split);
    let grouping = if s.ty == Some('n') { None } else { s.grouping.map(|g| (g, 3)) };
    finish_number(negative, "", digits, rest, grouping, s)
}

/// `format(v, spec)` for a `float` value.
pub fn format_float(v: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let s = parse_impl(spec, Some("float"), None)?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(v, &s),
        Some(other) => Err(unknown_code(other, "float")),
    }
}

/// `repr(v)` (and `str(v)`) for a float, exactly as CPython prints it.
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".to_string();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let body = repr_body(v.abs(), false);
    if v.is_sign_negative() { format!("-{body}") } else { body }
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

#[derive(Default)]
struct PercentFlags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

impl PercentFlags {
    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }
}

/// Pads `lead + body` to `width`: left-justified with spaces for `-`, zeros
/// between `lead` and `body` for `0` (when `numeric`), else spaces on the left.
fn pad_percent(lead: &str, body: &str, width: usize, flags: &PercentFlags, numeric: bool) -> Result<String, FormatError> {
    let len = lead.chars().count() + body.chars().count();
    if width <= len {
        return Ok(format!("{lead}{body}"));
    }
    check_len(width)?;
    let pad = width - len;
    let mut out = String::with_capacity(width + lead.len() + body.len());
    if flags.left {
        out.push_str(lead);
        out.push_str(body);
        push_fill(&mut out, ' ', pad);
    } else if numeric && flags.zero {
        out.push_str(lead);
        push_fill(&mut out, '0', pad);
        out.push_str(body);
    } else {
        push_fill(&mut out, ' ', pad);
        out.push_str(lead);
        out.push_str(body);
    }
    Ok(out)
}

fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if c.is_ascii() {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

fn float_to_bigint(f: f64) -> Result<BigInt, FormatError> {
    if f.is_nan() {
        return Err(value_err("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(FormatError::Overflow("cannot convert float infinity to integer".into()));
    }
    BigInt::from_f64(f.trunc()).ok_or_else(|| value_err("cannot convert float to integer"))
}

fn percent_integer(v: &BigInt, conv: char, flags: &PercentFlags, width: usize, prec: Option<usize>) -> Result<String, FormatError> {
    let radix = match conv {
        'x' | 'X' => 16,
        'o' => 8,
        _ => 10,
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = prec
        && digits.len() < p
    {
        digits = zeros(p - digits.len())? + &digits;
    }
    let prefix = match (flags.alt, conv) {
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        (true, 'o') => "0o",
        _ => "",
    };
    let lead = format!("{}{}", flags.sign(v.is_negative()), prefix);
    pad_percent(&lead, &digits, width, flags, true)
}

fn percent_float(x: f64, conv: char, flags: &PercentFlags, width: usize, prec: Option<usize>) -> Result<String, FormatError> {
    let p = prec.unwrap_or(6);
    let mode = match conv {
        'e' | 'E' => FloatMode::Exp(p),
        'f' | 'F' => FloatMode::Fixed(p),
        _ => FloatMode::General(p),
    };
    let (negative, mut body) = float_to_string(x, mode, flags.alt, false)?;
    if matches!(conv, 'E' | 'F' | 'G') {
        body.make_ascii_uppercase();
    }
    pad_percent(flags.sign(negative), &body, width, flags, true)
}

/// Formats one `%` conversion.
fn percent_one(
    conv: char,
    index: usize,
    arg: &PercentArg<'_>,
    flags: &PercentFlags,
    width: usize,
    prec: Option<usize>,
) -> Result<String, FormatError> {
    let text_piece = |text: &str| {
        let text = match prec {
            Some(p) => truncate_chars(text, p),
            None => text,
        };
        pad_percent("", text, width, flags, false)
    };
    match conv {
        's' | 'r' | 'a' => {
            let text = match *arg {
                PercentArg::Str(s, _) if conv == 's' => s.to_string(),
                PercentArg::Str(_, r) if conv == 'r' => r.to_string(),
                PercentArg::Str(_, r) => ascii_escape(r),
                PercentArg::Int(i) => i.to_string(),
                PercentArg::Float(f) => float_repr(f),
            };
            text_piece(&text)
        }
        'c' => {
            let ch = match *arg {
                PercentArg::Int(i) => char_from_int(i)?,
                PercentArg::Str(s, _) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(type_err("%c requires int or char")),
                    }
                }
                PercentArg::Float(_) => return Err(type_err("%c requires int or char")),
            };
            pad_percent("", ch.encode_utf8(&mut [0u8; 4]), width, flags, false)
        }
        'd' | 'i' | 'u' => match *arg {
            PercentArg::Int(i) => percent_integer(i, conv, flags, width, prec),
            PercentArg::Float(f) => percent_integer(&float_to_bigint(f)?, conv, flags, width, prec),
            PercentArg::Str(..) => Err(type_err(format!("%{conv} format: a real number is required, not str"))),
        },
        'x' | 'X' | 'o' => match *arg {
            PercentArg::Int(i) => percent_integer(i, conv, flags, width, prec),
            PercentArg::Float(_) => Err(type_err(format!("%{conv} format: an integer is required, not float"))),
            PercentArg::Str(..) => Err(type_err(format!("%{conv} format: an integer is required, not str"))),
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match *arg {
                PercentArg::Float(f) => f,
                PercentArg::Int(i) => bigint_to_f64(i)?,
                PercentArg::Str(..) => return Err(type_err("must be real number, not str")),
            };
            percent_float(x, conv, flags, width, prec)
        }
        _ => {
            let cp = conv as u32;
            let shown = if (31..=126).contains(&cp) { conv } else { '?' };
            Err(value_err(format!("unsupported format character '{shown}' ({cp:#x}) at index {index}")))
        }
    }
}

/// printf-style formatting: `fmt % tuple(args)`.
///
/// Supports the conversions `s r a c d i u o x X e E f F g G %`, the flags
/// `- + space # 0`, width and precision (`*` included) and the ignored length
/// modifiers `h l L`.  The caller wraps a single non-tuple operand in a
/// one-element slice.  Mapping keys (`%(name)s`) are not supported.
pub fn percent_format(fmt: &str, args: &[PercentArg]) -> Result<String, FormatError> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut arg_index = 0usize;
    let mut next_arg = || -> Result<&PercentArg, FormatError> {
        let arg = args.get(arg_index).ok_or_else(|| type_err("not enough arguments for format string"))?;
        arg_index += 1;
        Ok(arg)
    };
    let incomplete = || value_err("incomplete format");
    let mut i = 0usize;
    while let Some(&c) = chars.get(i) {
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.get(i) {
            None => return Err(incomplete()),
            Some('%') => {
                out.push('%');
                i += 1;
                continue;
            }
            Some('(') => return Err(type_err("format requires a mapping")),
            Some(_) => {}
        }
        let mut flags = PercentFlags::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if chars.get(i) == Some(&'*') {
            i += 1;
            let w = match next_arg()? {
                PercentArg::Int(v) => v.to_i64().ok_or_else(|| FormatError::Overflow("Python int too large to convert to C ssize_t".into()))?,
                _ => return Err(type_err("* wants int")),
            };
            if w < 0 {
                flags.left = true;
            }
            // Like CPython, the most negative value stays "negative": no padding.
            width = usize::try_from(w.checked_abs().unwrap_or(0)).unwrap_or(0);
        } else {
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d as usize))
                    .filter(|&w| w <= isize::MAX as usize)
                    .ok_or_else(|| value_err("width too big"))?;
                i += 1;
            }
        }
        let mut prec = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                i += 1;
                let p = match next_arg()? {
                    PercentArg::Int(v) => v.to_i32().ok_or_else(|| FormatError::Overflow("Python int too large to convert to C int".into()))?,
                    _ => return Err(type_err("* wants int")),
                };
                prec = Some(usize::try_from(p.max(0)).unwrap_or(0));
            } else {
                let mut p = 0usize;
                while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    p = p
                        .checked_mul(10)
                        .and_then(|p| p.checked_add(d as usize))
                        .filter(|&p| p <= i32::MAX as usize)
                        .ok_or_else(|| value_err("precision too big"))?;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(incomplete());
        };
        let conv_index = i;
        i += 1;
        let arg = next_arg()?;
        out.push_str(&percent_one(conv, conv_index, arg, &flags, width, prec)?);
    }
    if arg_index < args.len() {
        return Err(type_err("not all arguments converted during string formatting"));
    }
    Ok(out)
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
