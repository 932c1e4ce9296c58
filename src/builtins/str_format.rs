//! `str.format` and `str.format_map`: CPython's replacement-field grammar
//! `{field_name!conversion:format_spec}` where the field name is an index,
//! a keyword or empty (automatic numbering), followed by `.attr` and `[key]`
//! lookups, and the spec may itself contain fields (two levels deep).
//! The parser mirrors `Objects/stringlib/unicode_format.h`, so the error
//! cases and messages are CPython's.

use super::methods_str::decimal_value;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use crate::vm::repr::{ascii_escape, rc_str};

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fmt = receiver(args, "format")?;
    let mut f = Formatter { source: Source::Args { positional: &args[1..], keywords: kwargs }, numbering: Numbering::Unset, next: 0 };
    Ok(Value::str(f.build(vm, fmt.as_str(), 2)?))
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fmt = receiver(args, "format_map")?;
    if !kwargs.is_empty() {
        return Err(type_error("str.format_map() takes no keyword arguments"));
    }
    super::method_arity("str.format_map", args, 1, 1)?;
    let mut f = Formatter { source: Source::Map(&args[1]), numbering: Numbering::Unset, next: 0 };
    Ok(Value::str(f.build(vm, fmt.as_str(), 2)?))
}

fn receiver<'a>(args: &'a [Value], name: &str) -> PyResult<&'a std::rc::Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{}' object", type_name(other)))),
        None => Err(type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// Where field values come from.
enum Source<'a> {
    Args {
        positional: &'a [Value],
        keywords: KwArgs<'a>,
    },
    /// `format_map`: keywords only, looked up with `mapping[key]`.
    Map(&'a Value),
}

#[derive(PartialEq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct Formatter<'a> {
    source: Source<'a>,
    numbering: Numbering,
    /// The next automatic field number.
    next: usize,
}

/// One parsed replacement field, as byte ranges into the format string.
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    spec_has_fields: bool,
}

impl Formatter<'_> {
    fn build(&mut self, vm: &mut Vm, s: &str, depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let b = s.as_bytes();
        let mut out = String::with_capacity(s.len() + 16);
        let mut i = 0;
        while i < b.len() {
            // literal text up to an unescaped brace
            let start = i;
            let mut brace = None;
            while i < b.len() {
                let c = b[i];
                i += 1;
                if c == b'{' || c == b'}' {
                    brace = Some(c);
                    break;
                }
            }
            let at_end = i >= b.len();
            let mut len = i - start;
            let mut markup = brace.is_some();
            if brace == Some(b'}') && (at_end || b[i] != b'}') {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if at_end && brace == Some(b'{') {
                return Err(value_error("Single '{' encountered in format string"));
            }
            if !at_end && markup {
                if Some(b[i]) == brace {
                    // escaped brace: the literal keeps one of the two
                    i += 1;
                    markup = false;
                } else {
                    len -= 1;
                }
            }
            out.push_str(s.get(start..start + len).unwrap_or(""));
            if markup {
                let field = parse_field(s, &mut i)?;
                self.render(vm, &field, depth, &mut out)?;
            }
        }
        Ok(out)
    }

    fn render(&mut self, vm: &mut Vm, field: &Field, depth: i32, out: &mut String) -> PyResult<()> {
        let mut obj = self.field_object(vm, field.name)?;
        if let Some(conv) = field.conversion {
            obj = Value::str(match conv {
                'r' => vm.repr(&obj)?,
                's' => vm.str(&obj)?,
                'a' => ascii_escape(&vm.repr(&obj)?),
                c if (c as u32) > 32 && (c as u32) < 127 => return Err(value_error(format!("Unknown conversion specifier {c}"))),
                c => return Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
            });
        }
        let expanded;
        let spec = if field.spec_has_fields {
            expanded = self.build(vm, field.spec, depth - 1)?;
            expanded.as_str()
        } else {
            field.spec
        };
        match &obj {
            Value::Str(s) if spec.is_empty() => out.push_str(s.as_str()),
            _ => out.push_str(&vm.format(&obj, spec)?),
        }
        Ok(())
    }

    /// The object a field name designates (`first`, then `.attr`/`[key]` parts).
    fn field_object(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut index = integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Unset {
                self.numbering = if empty { Numbering::Auto } else { Numbering::Manual };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            if empty {
                index = Some(self.next);
                self.next += 1;
            }
        }
        let mut obj = match (index, &self.source) {
            (None, Source::Args { keywords, .. }) => match keywords.iter().find(|(k, _)| k.as_str() == first) {
                Some((_, v)) => v.clone(),
                None => return Err(key_error(Value::str(first))),
            },
            (None, Source::Map(m)) => vm.get_item(m, &Value::str(first))?,
            (Some(_), Source::Map(_)) => return Err(value_error("Format string contains positional fields")),
            (Some(i), Source::Args { positional, .. }) => match positional.get(i) {
                Some(v) => v.clone(),
                None => return Err(index_error(format!("Replacement index {i} out of range for positional args tuple"))),
            },
        };
        let rest = name.as_bytes().get(first_end..).unwrap_or(&[]);
        let mut j = 0;
        while j < rest.len() {
            let kind = rest[j];
            j += 1;
            let start = j;
            let part = match kind {
                b'.' => {
                    while j < rest.len() && rest[j] != b'.' && rest[j] != b'[' {
                        j += 1;
                    }
                    &rest[start..j]
                }
                b'[' => {
                    while j < rest.len() && rest[j] != b']' {
                        j += 1;
                    }
                    if j >= rest.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    j += 1;
                    &rest[start..j - 1]
                }
                _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
            };
            let part = std::str::from_utf8(part).unwrap_or("");
            let key_index = if kind == b'[' { integer(part)? } else { None };
            if part.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            obj = match (kind, key_index) {
                (b'.', _) => vm.get_attr(&obj, &rc_str(part))?,
                (_, Some(i)) => vm.get_item(&obj, &Value::Int(i as i64))?,
                (_, None) => vm.get_item(&obj, &Value::str(part))?,
            };
        }
        Ok(obj)
    }
}

/// A field name made only of decimal digits, as a number.
fn integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else { return Ok(None) };
        match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)).filter(|a| *a <= isize::MAX as usize) {
            Some(a) => acc = a,
            None => return Err(value_error("Too many decimal digits in format string")),
        }
    }
    Ok(Some(acc))
}

/// Parses the field after an opening brace at `*i`, leaving `*i` after its
/// closing brace.
fn parse_field<'s>(s: &'s str, i: &mut usize) -> PyResult<Field<'s>> {
    let b = s.as_bytes();
    let name_start = *i;
    let mut c = 0u8;
    while *i < b.len() {
        c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < b.len() && b[*i] != b']' {
                    *i += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name = s.get(name_start..i.saturating_sub(1).max(name_start)).unwrap_or("");
    if c != b'!' && c != b':' {
        if c != b'}' {
            return Err(value_error("expected '}' before end of string"));
        }
        return Ok(Field { name, conversion: None, spec: "", spec_has_fields: false });
    }
    let mut conversion = None;
    if c == b'!' {
        let Some(conv) = s.get(*i..).and_then(|r| r.chars().next()) else {
            return Err(value_error("end of string while looking for conversion specifier"));
        };
        conversion = Some(conv);
        *i += conv.len_utf8();
        if *i < b.len() {
            let next = b[*i];
            *i += 1;
            if next == b'}' {
                return Ok(Field { name, conversion, spec: "", spec_has_fields: false });
            }
            if next != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    let mut spec_has_fields = false;
    while *i < b.len() {
        let c = b[*i];
        *i += 1;
        match c {
            b'{' => {
                spec_has_fields = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    let spec = s.get(spec_start..*i - 1).unwrap_or("");
                    return Ok(Field { name, conversion, spec, spec_has_fields });
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}
