//! Text encodings: `str.encode` and `bytes.decode` for the utf-8, ascii
//! and latin-1 codecs (and their aliases), the `strict`/`ignore`/`replace`/
//! `backslashreplace`/`xmlcharrefreplace` error handlers, and the
//! `UnicodeEncodeError`/`UnicodeDecodeError` classes they raise, with
//! CPython 3.11's messages. `install` puts those two classes in builtins;
//! the methods are registered by `methods_str.rs` and `methods_bytes.rs`.

use super::str_common::{Style, bytes_value, parse, sig, str_value, this, this_bytes};
use crate::object::class::TypeKind;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::{make_class, type_name, types};
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    CODEC_ERRORS.with(|c| {
        for cls in c {
            vm.builtins.set_item_str(&cls.name.clone(), Value::Class(cls.clone()));
        }
    });
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

/// `str.encode(encoding="utf-8", errors="strict")`.
pub(super) fn encode(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
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

/// `bytes.decode(encoding="utf-8", errors="strict")`.
pub(super) fn decode(_vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
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
