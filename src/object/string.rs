//! `str`: UTF-8 text with a cached hash and character count, so that ASCII
//! strings index in O(1) and dictionary lookups hash once.

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
    pub s: String,
    hash: Cell<u64>,
    /// Number of characters (code points).
    pub chars: usize,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, hash: Cell::new(0), chars }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
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
            super::hash::hash_bytes(self.s.as_bytes())
        } else {
            let widest = self.s.chars().map(|c| c as u32).max().unwrap_or(0);
            let units: Vec<u8> = if widest < 0x100 {
                self.s.chars().map(|c| c as u32 as u8).collect()
            } else if widest < 0x10000 {
                self.s.chars().flat_map(|c| (c as u32 as u16).to_le_bytes()).collect()
            } else {
                self.s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
            };
            super::hash::hash_bytes(&units)
        } as u64;
        self.hash.set(h);
        h
    }

    /// The character at character index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() { self.s.as_bytes().get(i).map(|&b| b as char) } else { self.s.chars().nth(i) }
    }

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() { i.min(self.s.len()) } else { self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len()) }
    }
}
