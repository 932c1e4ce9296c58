//! The class attribute cache: a direct-mapped table remembering what
//! `Class::lookup` found (or did not find) for a (class, name) pair, so that
//! attribute access on instances, method calls and special-method lookups
//! skip the walk over the MRO's dicts.
//!
//! Validity is one global *epoch*: it moves whenever any class namespace
//! changes (`PyDict::touch` on a dict marked as a class's), when a class is
//! created and when one is dropped, and moving it empties the table. So an
//! entry is never stale, and the table never keeps a replaced class
//! attribute alive. Entries are keyed by the class's address (valid while
//! the epoch holds, since dropping a class moves it) and the name's text.

use super::{Class, PyStr, Value};
use std::cell::{Cell, RefCell};

const SIZE: usize = 2048;

struct Entry {
    class: usize,
    hash: u64,
    name: Box<str>,
    found: Option<Value>,
}

thread_local! {
    static TABLE: RefCell<Vec<Option<Entry>>> = RefCell::new((0..SIZE).map(|_| None).collect());
    /// Whether the table holds any entry (so an epoch move has something to clear).
    static FILLED: Cell<bool> = const { Cell::new(false) };
}

/// A class namespace changed, or a class was created or dropped.
pub fn invalidate() {
    if FILLED.with(|f| f.replace(false)) {
        // take the entries out first: dropping them may run code that looks up again
        let old: Vec<Option<Entry>> = TABLE.with(|t| std::mem::replace(&mut *t.borrow_mut(), (0..SIZE).map(|_| None).collect()));
        drop(old);
    }
}

#[inline]
fn slot(class: usize, name: &PyStr) -> usize {
    ((class >> 4) ^ (name.hash() as usize)) & (SIZE - 1)
}

/// `class.lookup(name)` through the cache.
#[inline]
pub fn lookup(class: &Class, name: &PyStr) -> Option<Value> {
    let key = class as *const Class as usize;
    let i = slot(key, name);
    let hit = TABLE.with(|t| match t.try_borrow() {
        Ok(t) => match &t[i] {
            Some(e) if e.class == key && e.hash == name.hash() && *e.name == *name.as_str() => Some(e.found.clone()),
            _ => None,
        },
        Err(_) => None,
    });
    if let Some(found) = hit {
        return found;
    }
    let found = class.lookup_uncached(name);
    let entry = Entry { class: key, hash: name.hash(), name: name.as_str().into(), found: found.clone() };
    let old = TABLE.with(|t| match t.try_borrow_mut() {
        Ok(mut t) => t[i].replace(entry),
        Err(_) => None,
    });
    FILLED.with(|f| f.set(true));
    drop(old);
    found
}
