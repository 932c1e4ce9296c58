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
//! the epoch holds, since dropping a class moves it) and the name's text;
//! the name's address is remembered too, so the usual case (an interned
//! name from a code object) matches without comparing text.

use super::{Class, PyStr, Value};
use std::cell::{Cell, RefCell};

const SIZE: usize = 2048;

struct Entry {
    class: usize,
    name_at: usize,
    hash: u64,
    name: Box<str>,
    found: Option<Value>,
}

thread_local! {
    static TABLE: RefCell<[Option<Entry>; SIZE]> = const { RefCell::new([const { None }; SIZE]) };
    /// Whether the table holds any entry (so an epoch move has something to clear).
    static FILLED: Cell<bool> = const { Cell::new(false) };
    static EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// The current epoch: equal epochs mean no class namespace changed and no
/// class was created or dropped in between (for caches kept elsewhere).
#[inline]
pub fn epoch() -> u64 {
    EPOCH.with(|e| e.get())
}

/// A class namespace changed, or a class was created or dropped.
pub fn invalidate() {
    EPOCH.with(|e| e.set(e.get() + 1));
    if FILLED.with(|f| f.replace(false)) {
        // take the entries out first: dropping them may run code that looks up again
        // (`try_with`: a class dropped while the thread's storage is torn down)
        let old: Vec<Entry> = TABLE
            .try_with(|t| match t.try_borrow_mut() {
                Ok(mut t) => t.iter_mut().filter_map(Option::take).collect(),
                Err(_) => Vec::new(),
            })
            .unwrap_or_default();
        drop(old);
    }
}

#[inline]
fn slot(class: usize, hash: u64) -> usize {
    ((class >> 4) ^ (hash as usize)) & (SIZE - 1)
}

/// `class.lookup(name)` through the cache.
#[inline]
pub fn lookup(class: &Class, name: &PyStr) -> Option<Value> {
    let key = class as *const Class as usize;
    let name_at = name as *const PyStr as usize;
    let hash = name.hash();
    let i = slot(key, hash);
    let hit = TABLE
        .try_with(|t| match t.try_borrow() {
            Ok(t) => match &t[i] {
                Some(e) if e.class == key && e.hash == hash && (e.name_at == name_at || *e.name == *name.as_str()) => Some(e.found.clone()),
                _ => None,
            },
            Err(_) => None,
        })
        .ok()
        .flatten();
    match hit {
        Some(found) => found,
        None => fill(class, name, key, name_at, hash, i),
    }
}

#[inline(never)]
fn fill(class: &Class, name: &PyStr, key: usize, name_at: usize, hash: u64, i: usize) -> Option<Value> {
    // (the MRO walk runs no Python code: the epoch cannot move meanwhile)
    let found = class.lookup_uncached(name);
    let entry = Entry { class: key, name_at, hash, name: name.as_str().into(), found: found.clone() };
    let old = TABLE
        .try_with(|t| match t.try_borrow_mut() {
            Ok(mut t) => t[i].replace(entry),
            Err(_) => None,
        })
        .ok()
        .flatten();
    FILLED.with(|f| f.set(true));
    drop(old);
    found
}
