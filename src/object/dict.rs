//! `dict`: insertion-ordered hash map from any hashable Value. Entries live in
//! a vector (deleted ones become holes, compacted when they pile up) and a
//! `hashbrown::HashTable` of indices finds them. An instance's attribute dict
//! (there may be millions, each with a handful of entries) has no table until
//! it outgrows `SMALL` slots: it is searched by scanning the vector, comparing
//! stored hashes first. Keys whose equality needs
//! Python code (`__eq__` on instances) are compared through the VM with no
//! borrow held.

use super::Value;
use super::hash::fast_eq;
use super::string::PyStr;
use crate::object::exceptions::PyResult;
use crate::vm::Vm;
use hashbrown::HashTable;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictInner {
    pub entries: Vec<Option<Entry>>,
    /// None while the dict is scanned (small instance dicts); boxed, so a
    /// dict without one (most of the many) is 32 bytes smaller.
    table: Option<Box<HashTable<usize>>>,
    len: u32,
    /// For a small dict (no table): one bit per hash seen (`filter_bit`), so
    /// most lookups of absent keys — a method name in an instance dict — stop
    /// without scanning. Bits are not cleared on removal.
    filter: u32,
    /// This dict is a class's namespace (see `lookup_cache`).
    pub class_namespace: bool,
    /// Scanned while small, instead of hashed (instance dicts).
    scanned: bool,
}

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// Whether `e`'s key is the string `key` (the same object, the usual case
/// for interned names, or equal text).
#[inline]
fn has_str_key(e: &Entry, key: &PyStr) -> bool {
    matches!(&e.key, Value::Str(k) if std::ptr::eq(&**k, key) || k.as_str() == key.as_str())
}

/// Up to this many entry slots (holes included) a scanned dict has no hash table.
const SMALL: usize = 8;

impl DictInner {
    /// The index of the live entry with hash `h` for which `eq` holds.
    #[inline]
    fn find_index(&self, h: u64, mut eq: impl FnMut(&Entry) -> bool) -> Option<usize> {
        let entries = &self.entries;
        match &self.table {
            None => {
                if self.filter & filter_bit(h) == 0 {
                    return None;
                }
                entries.iter().position(|e| matches!(e, Some(e) if e.hash == h && eq(e)))
            }
            Some(table) => table.find(spread(h), |&i| matches!(&entries[i], Some(e) if e.hash == h && eq(e))).copied(),
        }
    }

    /// Calls `visit` with each live entry whose hash is `h` (and its index)
    /// until it returns true; returns whether one did.
    #[inline]
    fn scan(&self, h: u64, mut visit: impl FnMut(usize, &Entry) -> bool) -> bool {
        let mut check = |i: usize| matches!(&self.entries[i], Some(e) if e.hash == h && visit(i, e));
        match &self.table {
            None => self.filter & filter_bit(h) != 0 && (0..self.entries.len()).any(check),
            Some(table) => table.iter_hash(spread(h)).any(|&i| check(i)),
        }
    }

    /// Appends an entry known not to be present.
    fn push_entry(&mut self, hash: u64, key: Value, value: Value) {
        let idx = self.entries.len();
        grow(&mut self.entries, self.scanned);
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.filter |= filter_bit(hash);
        let entries = &self.entries;
        if let Some(table) = &mut self.table {
            table.insert_unique(spread(hash), idx, |&i| entries[i].as_ref().map_or(0, |e| spread(e.hash)));
        } else if entries.len() > SMALL || !self.scanned {
            self.table = Some(index_table(entries));
        }
    }

    /// Removes entry `i` (live, with hash `h`), leaving a hole.
    fn remove_entry(&mut self, i: usize, h: u64) -> Option<Entry> {
        if let Some(table) = &mut self.table
            && let Ok(entry) = table.find_entry(spread(h), |&j| j == i)
        {
            entry.remove();
        }
        let e = self.entries[i].take();
        if e.is_some() {
            self.len -= 1;
        }
        e
    }

    /// Records a mutation: a new version, and for a class's namespace an
    /// invalidated attribute cache.
    #[inline]
    /// Returns the new version (see `PyDict::version`).
    pub fn touch(&mut self) -> u64 {
        if self.class_namespace {
            super::lookup_cache::invalidate();
        }
        next_version()
    }
}

pub struct PyDict {
    pub inner: RefCell<DictInner>,
    /// Changes on every mutation and is unique across all dicts, so a cache
    /// that saw version v of some dict is valid exactly while the dict still
    /// reports v (see `LoadGlobal`). Outside the `RefCell`: read without a
    /// borrow on every cached access.
    version: std::cell::Cell<u64>,
    /// Like `version`, but moves only when the layout changes: a key added
    /// or removed, or the entries moved. While it holds, each key stays at
    /// its entry index, so a cache may remember the index and read the
    /// current value there (see `vm::global_cache`).
    layout: std::cell::Cell<u64>,
}

impl Default for PyDict {
    fn default() -> PyDict {
        let v = next_version();
        PyDict { inner: RefCell::new(DictInner::default()), version: std::cell::Cell::new(v), layout: std::cell::Cell::new(v) }
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// An instance's attribute dict: room for `n` entries, scanned while small.
    pub fn for_instance(n: usize) -> PyDict {
        let d = PyDict::default();
        {
            let mut inner = d.inner.borrow_mut();
            inner.entries.reserve_exact(n);
            inner.scanned = true;
        }
        d
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().len as usize
    }

    /// Marks this dict as a class's namespace: from now on its changes
    /// invalidate the class attribute cache (and so does becoming one).
    pub fn mark_class_namespace(&self) {
        self.inner.borrow_mut().class_namespace = true;
        super::lookup_cache::invalidate();
    }

    /// See `version` (the field).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// See `layout` (the field).
    #[inline]
    pub fn layout(&self) -> u64 {
        self.layout.get()
    }

    /// Records a change: a new version and, with `layout` (keys added or
    /// removed, entries moved), a new layout.
    #[inline]
    fn changed(&self, inner: &mut DictInner, layout: bool) {
        let v = inner.touch();
        self.version.set(v);
        if layout {
            self.layout.set(v);
        }
    }

    /// The entry index of string key `key`, if present.
    pub fn index_of_str(&self, key: &PyStr) -> Option<usize> {
        self.inner.borrow().find_index(key.hash(), |e| has_str_key(e, key))
    }

    /// The value at entry `index` (found by `index_of_str` in the current
    /// layout).
    #[inline(always)]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        // SAFETY: the reference lives only while the value is cloned, which
        // runs no code that could borrow the dict mutably
        let inner = unsafe { self.inner.try_borrow_unguarded() }.ok()?;
        inner.entries.get(index)?.as_ref().map(|e| e.value.clone())
    }

    /// `look` at the value at entry `index` (None when there is none),
    /// without cloning it.
    #[inline(always)]
    pub fn with_value_at<R>(&self, index: usize, look: impl FnOnce(&Value) -> R) -> Option<R> {
        // SAFETY: as in `value_at`; `look` must not change the dict (its
        // callers only read the value)
        let inner = unsafe { self.inner.try_borrow_unguarded() }.ok()?;
        inner.entries.get(index)?.as_ref().map(|e| look(&e.value))
    }

    /// Replaces the value at entry `index` (found by `index_of_str` in the
    /// current layout): a change of value, not of layout.
    #[inline]
    pub fn replace_value_at(&self, index: usize, value: Value) -> Result<(), Value> {
        let mut inner = self.inner.borrow_mut();
        let Some(Some(e)) = inner.entries.get_mut(index) else { return Err(value) };
        let old = super::value::replace_value(&mut e.value, value);
        self.changed(&mut inner, false);
        drop(inner);
        // (dropped with no borrow held: it may be the last reference to something with a finalizer)
        drop(old);
        Ok(())
    }

    /// `len()`, unless the dict is being changed right now.
    pub fn try_len(&self) -> Option<usize> {
        self.inner.try_borrow().ok().map(|i| i.len as usize)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Looks up a string key without the VM (strings compare natively).
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let inner = self.inner.borrow();
        let h = key.hash();
        let i = inner.find_index(h, |e| has_str_key(e, key))?;
        inner.entries[i].as_ref().map(|e| e.value.clone())
    }

    /// `get_str`, or None while the dict is being changed.
    pub fn try_get_str(&self, key: &PyStr) -> Option<Value> {
        let inner = self.inner.try_borrow().ok()?;
        let i = inner.find_index(key.hash(), |e| has_str_key(e, key))?;
        inner.entries[i].as_ref().map(|e| e.value.clone())
    }

    /// Sets a string key without the VM.
    pub fn set_str(&self, key: Rc<PyStr>, value: Value) {
        self.insert_str(key, value);
    }

    /// Sets a string key; true when the key was not there before.
    pub fn insert_str(&self, key: Rc<PyStr>, value: Value) -> bool {
        let h = key.hash();
        let mut inner = self.inner.borrow_mut();
        if let Some(i) = inner.find_index(h, |e| has_str_key(e, &key)) {
            self.changed(&mut inner, false);
            if let Some(e) = inner.entries[i].as_mut() {
                // the old value is dropped after the borrow ends
                let old = super::value::replace_value(&mut e.value, value);
                drop(inner);
                drop(old);
            }
            return false;
        }
        self.changed(&mut inner, true);
        inner.push_entry(h, Value::Str(key), value);
        true
    }

    pub fn set_item_str(&self, key: &str, value: Value) {
        self.set_str(crate::object::string::intern(key), value)
    }

    pub fn get_item_str(&self, key: &str) -> Option<Value> {
        self.get_str(&PyStr::new(key.to_string()))
    }

    /// Removes a string key without the VM.
    pub fn remove_str(&self, key: &PyStr) -> Option<Value> {
        let h = key.hash();
        let mut inner = self.inner.borrow_mut();
        self.changed(&mut inner, true);
        let i = inner.find_index(h, |e| has_str_key(e, key))?;
        inner.remove_entry(i, h).map(|e| e.value)
    }

    /// Finds the entry index of `key`, comparing through the VM when needed.
    fn find(&self, vm: &mut Vm, key: &Value, h: u64) -> PyResult<Option<usize>> {
        let mut slow: Vec<(usize, Value)> = Vec::new();
        {
            let inner = self.inner.borrow();
            let mut found = None;
            inner.scan(h, |i, e| match fast_eq(&e.key, key) {
                Some(true) => {
                    found = Some(i);
                    true
                }
                Some(false) => false,
                None => {
                    slow.push((i, e.key.clone()));
                    false
                }
            });
            if found.is_some() {
                return Ok(found);
            }
        }
        for (i, k) in slow {
            if vm.eq(&k, key)? {
                // the dict may have changed during __eq__; re-check the slot
                let inner = self.inner.borrow();
                if let Some(Some(e)) = inner.entries.get(i)
                    && e.key.is(&k)
                {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(self.get_str(s));
        }
        let h = vm.hash(key)?;
        self.get_hashed(vm, key, h)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, h: u64) -> PyResult<Option<Value>> {
        Ok(self.find(vm, key, h)?.and_then(|i| self.inner.borrow().entries[i].as_ref().map(|e| e.value.clone())))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = vm.hash(key)?;
        self.contains_hashed(vm, key, h)
    }

    /// `contains` for a key whose hash `h` is already known (hashing runs
    /// `__hash__`, which CPython calls once per operation).
    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, h: u64) -> PyResult<bool> {
        Ok(self.find(vm, key, h)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = key {
            self.set_str(s, value);
            return Ok(());
        }
        let h = vm.hash(&key)?;
        self.set_hashed(vm, key, h, value)
    }

    /// `set` of a key whose hash `h` is known (an entry of another dict:
    /// CPython merges dicts by their stored hashes).
    pub fn set_hashed(&self, vm: &mut Vm, key: Value, h: u64, value: Value) -> PyResult<()> {
        if let Some(i) = self.find(vm, &key, h)? {
            let mut inner = self.inner.borrow_mut();
            self.changed(&mut inner, false);
            if let Some(e) = inner.entries[i].as_mut() {
                e.value = value;
            }
            return Ok(());
        }
        self.insert_new(h, key, value);
        Ok(())
    }

    /// Whether `key` (hash `h`) is present, decided without running Python
    /// code: None when a comparison would need `__eq__`.
    pub fn contains_native(&self, key: &Value, h: u64) -> Option<bool> {
        let inner = self.inner.borrow();
        let mut undecided = false;
        let found = inner
            .find_index(h, |e| match fast_eq(&e.key, key) {
                Some(same) => same,
                None => {
                    undecided = true;
                    false
                }
            })
            .is_some();
        if found || !undecided { Some(found) } else { None }
    }

    /// Appends an entry known not to be present.
    pub fn insert_new(&self, h: u64, key: Value, value: Value) {
        let mut inner = self.inner.borrow_mut();
        self.changed(&mut inner, true);
        inner.push_entry(h, key, value);
    }

    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = vm.hash(key)?;
        self.remove_hashed(vm, key, h)
    }

    /// `remove` for a key whose hash `h` is already known.
    pub fn remove_hashed(&self, vm: &mut Vm, key: &Value, h: u64) -> PyResult<Option<Value>> {
        Ok(self.take_hashed(vm, key, h)?.map(|(_, v)| v))
    }

    /// Removes the entry for `key` (hash `h`), giving back the key it
    /// held (which may be a different object equal to `key`) and its value.
    pub fn take_hashed(&self, vm: &mut Vm, key: &Value, h: u64) -> PyResult<Option<(Value, Value)>> {
        let Some(i) = self.find(vm, key, h)? else { return Ok(None) };
        let mut inner = self.inner.borrow_mut();
        self.changed(&mut inner, true);
        let v = inner.remove_entry(i, h).map(|e| (e.key, e.value));
        if inner.entries.len() > 16 && inner.len as usize * 2 < inner.entries.len() {
            drop(inner);
            self.compact();
        }
        Ok(v)
    }

    /// Rebuilds the entry vector without holes.
    fn compact(&self) {
        let mut inner = self.inner.borrow_mut();
        self.changed(&mut inner, true);
        let live: Vec<Option<Entry>> = inner.entries.drain(..).filter(Option::is_some).collect();
        inner.len = live.len() as u32;
        inner.filter = live.iter().flatten().fold(0, |f, e| f | filter_bit(e.hash));
        inner.table = if live.len() > SMALL || !inner.scanned { Some(index_table(&live)) } else { None };
        inner.entries = live;
    }

    pub fn clear(&self) {
        drop(self.take_inner());
    }

    /// Empties the dict, returning its old contents (to drop with no borrow held).
    pub fn take_inner(&self) -> DictInner {
        let mut inner = self.inner.borrow_mut();
        let fresh = DictInner { class_namespace: inner.class_namespace, scanned: inner.scanned, ..DictInner::default() };
        let old = std::mem::replace(&mut *inner, fresh);
        self.changed(&mut inner, true);
        old
    }

    /// A snapshot of the live entries, in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner.borrow().entries.iter().flatten().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// The entries (hash, key, value), in order.
    pub fn entries_with_hashes(&self) -> Vec<(u64, Value, Value)> {
        self.inner.borrow().entries.iter().flatten().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect()
    }

    /// The keys with their hashes, in order.
    pub fn keys_with_hashes(&self) -> Vec<(u64, Value)> {
        self.inner.borrow().entries.iter().flatten().map(|e| (e.hash, e.key.clone())).collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.inner.borrow().entries.iter().flatten().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.inner.borrow().entries.iter().flatten().map(|e| e.value.clone()).collect()
    }

    /// The entry at raw position `pos` or later: (next position, key, value).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let inner = self.inner.borrow();
        let mut p = pos;
        while p < inner.entries.len() {
            if let Some(e) = &inner.entries[p] {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    /// Removes and returns the last inserted entry.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut inner = self.inner.borrow_mut();
        self.changed(&mut inner, true);
        while let Some(last) = inner.entries.last() {
            let idx = inner.entries.len() - 1;
            match last {
                Some(e) => {
                    let h = e.hash;
                    let e = inner.remove_entry(idx, h)?;
                    inner.entries.pop();
                    return Some((e.key, e.value));
                }
                None => {
                    inner.entries.pop();
                }
            }
        }
        None
    }

    pub fn copy(&self) -> PyDict {
        let inner = self.inner.borrow();
        let d = PyDict::new();
        for e in inner.entries.iter().flatten() {
            d.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        d
    }
}

#[inline]
fn filter_bit(h: u64) -> u32 {
    1 << ((h ^ (h >> 32)) & 31)
}

/// The hash the table files an entry under: Python's hash with its bits
/// mixed. `hashbrown` takes a bucket from the low bits and a tag from the top
/// seven, and Python's hashes of small ints and of objects (their address
/// shifted) have all of their top bits zero: unmixed, every entry would
/// carry the same tag, and objects' addresses would share their low bits.
#[inline]
fn spread(h: u64) -> u64 {
    let x = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 32)
}

/// A hash table indexing every live entry of `entries`.
fn index_table(entries: &[Option<Entry>]) -> Box<HashTable<usize>> {
    let mut table = Box::new(HashTable::with_capacity(entries.len()));
    for (i, e) in entries.iter().enumerate() {
        if let Some(e) = e {
            table.insert_unique(spread(e.hash), i, |&j| entries[j].as_ref().map_or(0, |e| spread(e.hash)));
        }
    }
    table
}

/// Makes room for one more entry, growing by half (not doubling): most
/// dicts are small, and the slack of doubling is their biggest cost in
/// memory. A small instance dict (`instance.rs` makes one when it must)
/// grows one entry at a time.
fn grow(entries: &mut Vec<Option<Entry>>, scanned: bool) {
    if entries.len() == entries.capacity() {
        let cap = entries.capacity();
        entries.reserve_exact(if scanned && cap < SMALL { 1 } else { (cap / 2).max(4) });
    }
}
