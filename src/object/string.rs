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

    /// The string's hash (FNV-1a over its bytes, never 0 or -1 as i64).
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.s.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // keep it in the range hash() reports
        let h = (h >> 2).max(2);
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
