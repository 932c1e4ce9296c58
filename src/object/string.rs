//! `str`: UTF-8 text with a cached hash and character count, so that ASCII
//! strings index in O(1) and dictionary lookups hash once. Text of up to
//! `Text::INLINE` bytes (most names, keys and words) is kept inside the
//! object itself: one allocation per string instead of two.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    static INTERNED: RefCell<HashMap<String, Rc<PyStr>>> = RefCell::new(HashMap::new());
}

/// The one shared `PyStr` for an identifier, so name lookups can compare
/// pointers before comparing text.
pub fn intern(s: &str) -> Rc<PyStr> {
    INTERNED.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(r) = m.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s.to_string()));
        r.hash();
        m.insert(s.to_string(), r.clone());
        r
    })
}

pub struct PyStr {
    s: Text,
    hash: Cell<u64>,
    /// Number of characters (code points).
    pub chars: usize,
}

/// The bytes of a `str`: inline when short, else a heap block of their own.
pub enum Text {
    Inline { len: u8, bytes: [u8; Text::INLINE] },
    Heap(Box<str>),
}

impl Text {
    /// Inline capacity: a `Text` is as big as a `Box<str>` plus its tag.
    const INLINE: usize = 22;

    #[inline]
    fn from_str(s: &str) -> Text {
        if s.len() <= Text::INLINE {
            let mut bytes = [0u8; Text::INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline { len: s.len() as u8, bytes }
        } else {
            Text::Heap(s.into())
        }
    }

    #[inline]
    fn from_string(s: String) -> Text {
        if s.len() <= Text::INLINE { Text::from_str(&s) } else { Text::Heap(s.into_boxed_str()) }
    }

    /// The parts one after another, built in place when short.
    fn concat(parts: &[&str]) -> Text {
        Text::concat_iter(parts.iter().copied())
    }

    /// `concat` of any list of parts (walked twice: once for the length).
    /// A short result is copied byte by byte: a call to `memcpy` per part
    /// costs more than the few bytes it moves.
    fn concat_iter<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> Text {
        let len: usize = parts.clone().map(str::len).sum();
        if len <= Text::INLINE {
            let mut bytes = [0u8; Text::INLINE];
            let mut at = 0;
            for p in parts {
                for &b in p.as_bytes() {
                    bytes[at] = b;
                    at += 1;
                }
            }
            return Text::Inline { len: len as u8, bytes };
        }
        let mut s = String::with_capacity(len);
        for p in parts {
            s.push_str(p);
        }
        Text::Heap(s.into_boxed_str())
    }

    #[inline(always)]
    fn as_str(&self) -> &str {
        match self {
            // SAFETY: the first `len` bytes were copied from a `str`
            Text::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(bytes.get_unchecked(..*len as usize)) },
            Text::Heap(b) => b,
        }
    }
}

/// What a `str` can be made from: text that is already owned is kept
/// when it is long, borrowed text is copied once.
pub trait IntoPyStr {
    fn into_text(self) -> Text;
}

impl IntoPyStr for String {
    fn into_text(self) -> Text {
        Text::from_string(self)
    }
}

impl IntoPyStr for &str {
    fn into_text(self) -> Text {
        Text::from_str(self)
    }
}

impl PyStr {
    pub fn new(s: impl IntoPyStr) -> PyStr {
        let s = s.into_text();
        let text = s.as_str();
        let chars = if text.is_ascii() { text.len() } else { text.chars().count() };
        PyStr { s, hash: Cell::new(0), chars }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        self.s.as_str()
    }

    /// `a + b + …` of strings, without an intermediate `String` when short.
    pub fn concat(parts: &[&PyStr]) -> PyStr {
        PyStr::concat_iter(parts.iter().copied())
    }

    /// `concat` of any list of parts (an f-string's, on the value stack).
    pub fn concat_iter<'a>(parts: impl Iterator<Item = &'a PyStr> + Clone) -> PyStr {
        let chars = parts.clone().map(|p| p.chars).sum();
        PyStr { s: Text::concat_iter(parts.map(|p| p.as_str())), hash: Cell::new(0), chars }
    }

    /// `str(i)`: the decimal digits, written in place.
    pub fn from_int(i: i64) -> PyStr {
        let mut buf = [0u8; 20];
        let mut at = buf.len();
        let mut n = i.unsigned_abs();
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let minus = if i < 0 { "-" } else { "" };
        // SAFETY: ASCII digits
        let digits = unsafe { std::str::from_utf8_unchecked(&buf[at..]) };
        let s = Text::concat(&[minus, digits]);
        let chars = minus.len() + digits.len();
        PyStr { s, hash: Cell::new(0), chars }
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.as_str().len()
    }

    /// The string's hash, CPython's (`PYTHONHASHSEED=0`): SipHash-1-3 of
    /// its code units as CPython stores them — one byte each when all are
    /// below 256, else two (little-endian), else four. Cached; as an i64
    /// bit pattern, like every hash.
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        self.compute_hash()
    }

    #[inline(never)]
    fn compute_hash(&self) -> u64 {
        let h = if self.is_ascii() {
            super::hash::hash_bytes(self.as_str().as_bytes())
        } else {
            let widest = self.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
            let units: Vec<u8> = if widest < 0x100 {
                self.as_str().chars().map(|c| c as u32 as u8).collect()
            } else if widest < 0x10000 {
                self.as_str().chars().flat_map(|c| (c as u32 as u16).to_le_bytes()).collect()
            } else {
                self.as_str().chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
            };
            super::hash::hash_bytes(&units)
        } as u64;
        self.hash.set(h);
        h
    }

    /// The character at character index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() { self.as_str().as_bytes().get(i).map(|&b| b as char) } else { self.as_str().chars().nth(i) }
    }

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() { i.min(self.as_str().len()) } else { self.as_str().char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.as_str().len()) }
    }
}
