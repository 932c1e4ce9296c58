//! `repr()`, `str()` and formatting (`format()`, f-string fields, `%`).
//! Containers guard against self-reference (`[...]`) and native recursion.

use super::Vm;
use crate::object::exceptions::*;
use crate::object::format::{self, FormatError, PercentArg};
use crate::object::types::type_name;
use crate::object::*;
use std::rc::Rc;

/// CPython's repr of a str: single quotes unless only double quotes avoid escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f {
        return false;
    }
    if (0x80..0xa0).contains(&u) || u == 0xad {
        return false;
    }
    !matches!(u, 0x2028 | 0x2029 | 0xfeff) && !(0xd800..0xe000).contains(&u) && !(0xe000..0xf900).contains(&u) && !c.is_whitespace() || c == ' '
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            _ => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

fn fmt_err(e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => value_error(m),
        FormatError::Type(m) => type_error(m),
        FormatError::Overflow(m) => overflow_error(m),
        FormatError::Memory => PyErr::new(&crate::object::types::types().memory_error, ""),
    }
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                let s = b.to_string();
                if s.len() > 4300 {
                    return Err(value_error(
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    ));
                }
                s
            }
            Value::Float(f) => format::float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(&b.data),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                return self.seq_repr(v, &items, "[", "]");
            }
            Value::Tuple(t) if t.fields.is_some() => {
                let (tname, names) = t.fields.map(|f| (f.name, f.fields)).unwrap_or(("", &[]));
                let mut parts = vec![];
                for (n, v) in names.iter().zip(t.items.iter()) {
                    parts.push(format!("{n}={}", self.repr(v)?));
                }
                format!("{tname}({})", parts.join(", "))
            }
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    let inner = self.repr_guarded(&t.items[0])?;
                    return Ok(format!("({inner},)"));
                }
                let items = t.items.to_vec();
                return self.seq_repr(v, &items, "(", ")");
            }
            Value::Dict(d) => {
                if self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let mut parts = Vec::new();
                let mut err = None;
                for (k, val) in d.items() {
                    match (self.repr_guarded(&k), self.repr_guarded(&val)) {
                        (Ok(a), Ok(b)) => parts.push(format!("{a}: {b}")),
                        (Err(e), _) | (_, Err(e)) => {
                            err = Some(e);
                            break;
                        }
                    }
                }
                self.repr_leave();
                if let Some(e) = err {
                    return Err(e);
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let items = s.items();
                let frozen = matches!(v, Value::FrozenSet(_));
                if items.is_empty() {
                    return Ok(if frozen { "frozenset()" } else { "set()" }.into());
                }
                let inner = self.seq_repr(v, &items, "{", "}")?;
                if frozen { format!("frozenset({inner})") } else { inner }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let a = self.repr(&s.start)?;
                let b = self.repr(&s.stop)?;
                let c = self.repr(&s.step)?;
                format!("slice({a}, {b}, {c})")
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.id()),
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                None => format!("<built-in function {}>", b.name.trim_start_matches('@')),
            },
            Value::BoundMethod(bm) => {
                let who = self.repr(&bm.self_value)?;
                match &bm.func {
                    Value::Function(f) => format!("<bound method {} of {}>", f.qualname.borrow(), who),
                    Value::Builtin(b) => format!("<built-in method {} of {} object at {:#x}>", b.name, type_name(&bm.self_value), bm.self_value.id()),
                    _ => format!("<bound method of {who}>"),
                }
            }
            Value::Class(c) => {
                if c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&self.names.repr) {
                    let r = self.call_value(&m, vec![v.clone()], vec![])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(type_error(format!("__repr__ returned non-string (type {})", type_name(&other)))),
                    };
                }
                if let Some(exc) = &inst.exc {
                    let args = exc.borrow().args.clone();
                    let inner = if args.len() == 1 {
                        self.repr(&args[0])?
                    } else {
                        let t = self.repr(&Value::tuple(args.clone()))?;
                        if args.is_empty() { String::new() } else { t[1..t.len() - 1].to_string() }
                    };
                    return Ok(format!("{}({})", inst.class.name, inner));
                }
                format!("<{}.{} object at {:#x}>", inst.class.module, inst.class.qualname, v.id())
            }
            Value::Iterator(it) => {
                // (the one native iterator that is not a builtin's)
                let module = if it.type_name == "FutureIter" { "_asyncio." } else { "" };
                format!("<{module}{} object at {:#x}>", it.type_name, v.id())
            }
            Value::Property(_) => format!("<property object at {:#x}>", v.id()),
            Value::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.id()),
            Value::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.id()),
            Value::Super(s) => format!("<super: <class '{}'>, <{} object>>", s.this_class.name, type_name(&s.obj)),
            Value::Cell(_) => format!("<cell at {:#x}>", v.id()),
            Value::Unbound => "<unbound>".into(),
            Value::Generator(g) => {
                let kind = g.kind_name();
                format!("<{kind} object {} at {:#x}>", g.qualname(), v.id())
            }
            Value::DictView(view) => {
                let name = match view.kind {
                    ViewKind::Keys => "dict_keys",
                    ViewKind::Values => "dict_values",
                    ViewKind::Items => "dict_items",
                };
                let items = self.collect(v)?;
                let inner = self.seq_repr(v, &items, "[", "]")?;
                format!("{name}({inner})")
            }
            Value::Code(c) => format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, v.id(), c.filename, c.first_line),
        })
    }

    fn repr_enter(&mut self, v: &Value) -> bool {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            return true;
        }
        self.repr_stack.push(id);
        false
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    /// repr() of a container element, bounded by the recursion limit.
    fn repr_guarded(&mut self, v: &Value) -> PyResult<String> {
        if self.native_depth > self.recursion_limit {
            return Err(recursion_error("maximum recursion depth exceeded while getting the repr of an object"));
        }
        self.native_depth += 1;
        let r = self.repr(v);
        self.native_depth -= 1;
        r
    }

    fn seq_repr(&mut self, v: &Value, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        if self.repr_enter(v) {
            return Ok(format!("{open}...{close}"));
        }
        let mut out = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.repr_guarded(x) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    self.repr_leave();
                    return Err(e);
                }
            }
        }
        self.repr_leave();
        out.push_str(close);
        Ok(out)
    }

    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&self.names.str) {
                    let r = self.call_value(&m, vec![v.clone()], vec![])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(type_error(format!("__str__ returned non-string (type {})", type_name(&other)))),
                    };
                }
                if let Some(exc) = &inst.exc
                    && inst.class.lookup(&self.names.repr).is_none()
                {
                    let args = exc.borrow().args.clone();
                    if let Some(text) = self.os_error_text(inst, &args)? {
                        return Ok(text);
                    }
                    if inst.class.is_subclass(&self.types.key_error) && args.len() == 1 {
                        return self.repr(&args[0]);
                    }
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 => self.str(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(i) => format::format_i64(*i, spec).map_err(fmt_err),
            Value::Bool(b) if !spec.is_empty() => format::format_i64(*b as i64, spec).map_err(fmt_err),
            Value::BigInt(b) => format::format_int(b, spec).map_err(fmt_err),
            Value::Float(f) => format::format_float(*f, spec).map_err(fmt_err),
            Value::Str(s) => format::format_str(s.as_str(), spec).map_err(fmt_err),
            Value::Instance(inst) if inst.class.lookup(&self.names.format).is_some() => {
                let m = inst.class.lookup(&self.names.format).unwrap_or_default();
                let r = self.call_value(&m, vec![v.clone(), Value::str(spec)], vec![])?;
                match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(type_error(format!("__format__ must return a str, not {}", type_name(&other)))),
                }
            }
            _ => {
                if spec.is_empty() {
                    self.str(v)
                } else {
                    Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(v))))
                }
            }
        }
    }

    /// `FORMAT_VALUE`: conversion 0 none, 1 str, 2 repr, 3 ascii.
    pub fn format_value(&mut self, v: &Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
        if let (Value::Int(i), 0 | 1, None) = (v, conv, &spec) {
            return Ok(Value::Str(Rc::new(PyStr::from_int(*i))));
        }
        let converted = match conv {
            1 => Value::str(self.str(v)?),
            2 => Value::str(self.repr(v)?),
            3 => Value::str(ascii_escape(&self.repr(v)?)),
            _ => v.clone(),
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        if spec.is_empty()
            && let Value::Str(_) = converted
        {
            return Ok(converted);
        }
        Ok(Value::str(self.format(&converted, &spec)?))
    }

    /// `'%(key)s' % mapping`: looks the keys up, then formats positionally.
    fn str_percent_mapping(&mut self, fmt: &str, mapping: &Value) -> PyResult<Value> {
        let mut plain = String::with_capacity(fmt.len());
        let mut values = vec![];
        let mut rest = fmt;
        while let Some(i) = rest.find('%') {
            plain.push_str(&rest[..=i]);
            rest = &rest[i + 1..];
            if rest.starts_with('%') {
                plain.push('%');
                rest = &rest[1..];
                continue;
            }
            if let Some(after) = rest.strip_prefix('(') {
                let Some(close) = after.find(')') else {
                    return Err(value_error("incomplete format key"));
                };
                let key = Value::str(&after[..close]);
                if !matches!(mapping, Value::Dict(_) | Value::Instance(_)) {
                    return Err(type_error("format requires a mapping"));
                }
                values.push(self.get_item(mapping, &key)?);
                rest = &after[close + 1..];
            }
        }
        plain.push_str(rest);
        self.str_percent(&Value::str(plain), &Value::tuple(values))
    }

    /// `str % args`.
    pub fn str_percent(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let Value::Str(f) = fmt else { return Err(internal("% on non-str")) };
        let items: Vec<Value> = match args {
            Value::Tuple(t) => t.items.to_vec(),
            other => vec![other.clone()],
        };
        if f.as_str().contains("%(") {
            return self.str_percent_mapping(f.as_str(), args);
        }
        let mut strs = Vec::with_capacity(items.len());
        for it in &items {
            strs.push((self.str(it)?, self.repr(it)?));
        }
        let bigs: Vec<Option<num_bigint::BigInt>> = items
            .iter()
            .map(|v| match v {
                Value::Int(i) => Some(num_bigint::BigInt::from(*i)),
                Value::Bool(b) => Some(num_bigint::BigInt::from(*b as i64)),
                Value::BigInt(b) => Some((**b).clone()),
                _ => None,
            })
            .collect();
        let pargs: Vec<PercentArg> = items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Float(x) => PercentArg::Float(*x),
                _ => match &bigs[i] {
                    Some(b) => PercentArg::Int(b),
                    None => PercentArg::Str(&strs[i].0, &strs[i].1),
                },
            })
            .collect();
        let r = format::percent_format(f.as_str(), &pargs).map_err(fmt_err)?;
        Ok(Value::str(r))
    }
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

pub fn rc_str(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::new(s.to_string()))
}

impl Vm {
    /// `str()` of an OSError built with `(errno, strerror)`: `[Errno N] text`,
    /// plus `: 'filename'` when the instance has one (CPython's OSError_str).
    pub fn os_error_text(&mut self, inst: &Instance, args: &[Value]) -> PyResult<Option<String>> {
        if args.len() < 2 || args.len() > 5 || !inst.class.is_subclass(&self.types.os_error) {
            return Ok(None);
        }
        let errno = self.str(&args[0])?;
        let text = self.str(&args[1])?;
        let (filename, filename2) = (inst.get_attr(&string::intern("filename")), inst.get_attr(&string::intern("filename2")));
        Ok(Some(match (filename, filename2) {
            (Some(f), Some(f2)) if !f.is_none() && !f2.is_none() => format!("[Errno {errno}] {text}: {} -> {}", self.repr(&f)?, self.repr(&f2)?),
            (Some(f), _) if !f.is_none() => format!("[Errno {errno}] {text}: {}", self.repr(&f)?),
            _ => format!("[Errno {errno}] {text}"),
        }))
    }
}
