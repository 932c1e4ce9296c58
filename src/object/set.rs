//! `set` and `frozenset`: a dict whose values are unused, plus a mirror of
//! CPython's set table (open addressing, linear probes, perturbation,
//! dummies left by deletions) that decides the iteration order, so that
//! `{3, 1, 2}` prints as `{1, 2, 3}` like in CPython.

use super::{PyDict, Value};
use crate::object::exceptions::PyResult;
use crate::vm::Vm;
use std::cell::RefCell;

#[derive(Default)]
pub struct PySet {
    pub map: PyDict,
    order: RefCell<SlotTable>,
}

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(u64, Value),
}

/// CPython's `setentry` table, kept only for the order of iteration.
#[derive(Default, Clone)]
struct SlotTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` looks first: one past the slot it emptied last.
    finger: usize,
}

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

impl SlotTable {
    fn ensure(&mut self) {
        if self.slots.is_empty() {
            self.slots = vec![Slot::Empty; MIN_SIZE];
        }
    }

    /// `set_add_entry` for a key known to be absent.
    fn add(&mut self, hash: u64, v: Value) {
        self.ensure();
        let mask = self.slots.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let found = loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            let mut hit = None;
            for j in i..=i + probes {
                match self.slots[j] {
                    Slot::Empty => {
                        hit = Some(j);
                        break;
                    }
                    // CPython 3.11 fills the last dummy on the probe path
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Full(..) => {}
                }
            }
            if let Some(h) = hit {
                break h;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        if let Some(free) = freeslot {
            self.slots[free] = Slot::Full(hash, v);
            self.used += 1;
            return;
        }
        self.slots[found] = Slot::Full(hash, v);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// `set_table_resize`: a bigger table, active entries re-inserted in slot order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = 0;
        self.used = 0;
        for s in old {
            if let Slot::Full(h, v) = s {
                self.insert_clean(h, v);
            }
        }
    }

    /// `set_insert_clean`: insertion into a table without dummies.
    fn insert_clean(&mut self, hash: u64, v: Value) {
        let mask = self.slots.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                break;
            }
            if i + LINEAR_PROBES <= mask
                && let Some(j) = (1..=LINEAR_PROBES).find(|j| matches!(self.slots[i + j], Slot::Empty))
            {
                i += j;
                break;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.slots[i] = Slot::Full(hash, v);
        self.fill += 1;
        self.used += 1;
    }

    /// Replaces the entry holding `key` (the stored object itself) by a
    /// dummy, found along its probe sequence as CPython finds it.
    fn discard_stored(&mut self, hash: u64, key: &Value) {
        if self.slots.is_empty() {
            return;
        }
        let mask = self.slots.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        // (the table always has an empty slot; the bound is a safeguard)
        for _ in 0..self.slots.len() {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return,
                    Slot::Full(h, k) if *h == hash && k.is(key) => {
                        self.slots[j] = Slot::Dummy;
                        self.used -= 1;
                        return;
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_merge`'s first step: one resize for `incoming` more entries.
    fn reserve_for(&mut self, incoming: usize) {
        self.ensure();
        let mask = self.slots.len() - 1;
        if (self.fill + incoming) * 5 >= mask * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// `set_merge` of `other` into this empty table (copies, literals).
    fn merge_into_empty(other: &SlotTable) -> SlotTable {
        let mut t = SlotTable::default();
        t.ensure();
        let mask = t.slots.len() - 1;
        if other.used * 5 >= mask * 3 {
            t.resize(other.used * 2);
        }
        if t.slots.len() == other.slots.len() && other.fill == other.used {
            for (i, s) in other.slots.iter().enumerate() {
                if let Slot::Full(h, v) = s {
                    t.slots[i] = Slot::Full(*h, v.clone());
                    t.fill += 1;
                    t.used += 1;
                }
            }
        } else {
            for s in &other.slots {
                if let Slot::Full(h, v) = s {
                    t.insert_clean(*h, v.clone());
                }
            }
        }
        t
    }

    fn values(&self) -> Vec<Value> {
        self.slots.iter().filter_map(|s| if let Slot::Full(_, v) = s { Some(v.clone()) } else { None }).collect()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let h = vm.hash(&v)?;
        self.add_hashed(vm, v, h)
    }

    /// `add` of `v`, whose hash `h` is known (an element of another set
    /// or dict: CPython never hashes an element twice).
    pub fn add_hashed(&self, vm: &mut Vm, v: Value, h: u64) -> PyResult<()> {
        if self.map.contains_hashed(vm, &v, h)? {
            return Ok(());
        }
        // the table first, while it still matches the map (else `synced`
        // would rebuild it by replaying insertions, losing the dummies
        // that decide where CPython puts this element)
        self.synced().add(h, v.clone());
        self.map.insert_new(h, v, Value::None);
        Ok(())
    }

    /// `add` for a value hashed and compared without Python code (the
    /// compiler folding a display of constants); false, adding nothing,
    /// for any other value.
    pub fn add_native(&self, v: Value) -> bool {
        self.try_add_native(v).is_ok()
    }

    /// `add_native`, giving `v` back when it needs Python code.
    pub fn try_add_native(&self, v: Value) -> Result<(), Value> {
        let Some(Ok(h)) = super::hash::native_hash(&v) else { return Err(v) };
        let h = h as u64;
        match self.map.contains_native(&v, h) {
            Some(true) => Ok(()),
            Some(false) => {
                self.synced().add(h, v.clone());
                self.map.insert_new(h, v, Value::None);
                Ok(())
            }
            None => Err(v),
        }
    }

    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        self.map.contains(vm, v)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, v: &Value, h: u64) -> PyResult<bool> {
        self.map.contains_hashed(vm, v, h)
    }

    /// Removes the element equal to `v`; whether there was one.
    pub fn remove(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        let h = vm.hash(v)?;
        self.remove_hashed(vm, v, h)
    }

    pub fn remove_hashed(&self, vm: &mut Vm, v: &Value, h: u64) -> PyResult<bool> {
        self.synced();
        let Some((key, _)) = self.map.take_hashed(vm, v, h)? else { return Ok(false) };
        let mut t = self.order.borrow_mut();
        if t.used == self.map.len() + 1 {
            t.discard_stored(h, &key);
        }
        Ok(true)
    }

    /// Takes over the contents of `new` (an in-place operation's result),
    /// its order table included.
    pub fn replace_with(&self, new: PySet) {
        let fresh = new.map.take_inner();
        let old = std::mem::replace(&mut *self.map.inner.borrow_mut(), fresh);
        let old_order = std::mem::replace(&mut *self.order.borrow_mut(), new.order.into_inner());
        // (dropped after the borrows end: a `__del__` may look at the set)
        drop((old, old_order));
    }

    pub fn clear(&self) {
        self.map.clear();
        let old = std::mem::take(&mut *self.order.borrow_mut());
        drop(old);
    }

    /// After a run of removals (`difference_update`): rebuilds the table
    /// when more than a quarter of it is dummies, as CPython does.
    pub fn shed_dummies(&self) {
        let mut t = self.synced();
        if t.slots.is_empty() {
            return;
        }
        let mask = t.slots.len() - 1;
        if t.fill - t.used > mask / 4 {
            let used = t.used;
            t.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }

    /// `set.pop()`: the element in the first full slot from where the last
    /// pop stopped (CPython's "finger"), without hashing or comparing.
    pub fn pop(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let (h, key) = {
            let mut t = self.synced();
            if t.used == 0 {
                return Ok(None);
            }
            let n = t.slots.len();
            let mut j = t.finger & (n - 1);
            while !matches!(t.slots[j], Slot::Full(..)) {
                j = (j + 1) % n;
            }
            let Slot::Full(h, key) = std::mem::replace(&mut t.slots[j], Slot::Dummy) else { return Ok(None) };
            t.used -= 1;
            t.finger = j + 1;
            (h, key)
        };
        // the stored object itself: found by identity, no `__eq__`
        self.map.take_hashed(vm, &key, h)?;
        Ok(Some(key))
    }

    /// The elements with their hashes, in CPython's iteration order.
    pub fn entries(&self) -> Vec<(u64, Value)> {
        self.synced().slots.iter().filter_map(|s| if let Slot::Full(h, v) = s { Some((*h, v.clone())) } else { None }).collect()
    }

    /// `set_update_internal`: adds the elements of `other`, by their stored
    /// hashes when it is a set or a dict (one resize first, as CPython's
    /// merge does), else one at a time as its iterator gives them.
    pub fn update_from(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        let entries = match other {
            Value::Set(o) | Value::FrozenSet(o) => {
                if self.is_empty() && !std::ptr::eq(&**o, self) {
                    self.replace_with(o.copy_like_cpython());
                    return Ok(());
                }
                o.entries()
            }
            Value::Dict(d) => d.keys_with_hashes(),
            _ => {
                // elements hashed without Python code are added inside the
                // iterator's run (a generator's frame, see `Vm::take_items`);
                // the others come back here, the generator suspended
                let it = vm.get_iter(other)?;
                while let Some(x) = vm.take_items(&it, &mut |x| self.try_add_native(x).err())? {
                    self.add(vm, x)?;
                }
                return Ok(());
            }
        };
        self.synced().reserve_for(entries.len());
        for (h, k) in entries {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// `hash(frozenset)`, from the elements' stored hashes (CPython's
    /// order-independent mix).
    pub fn frozen_hash(&self) -> u64 {
        let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        let mut h = self.entries().iter().fold(0u64, |acc, (eh, _)| acc ^ shuffle(*eh));
        h ^= (self.len() as u64 + 1).wrapping_mul(1927868237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        if h == u64::MAX { 590923713 } else { h }
    }

    /// A copy whose iteration order is what CPython gives a copied set
    /// (also used for set displays of constants, which CPython builds from
    /// a frozenset).
    pub fn copy_like_cpython(&self) -> PySet {
        let table = SlotTable::merge_into_empty(&self.synced());
        let map = PyDict::new();
        for e in self.map.inner.borrow().entries.iter().flatten() {
            map.insert_new(e.hash, e.key.clone(), Value::None);
        }
        PySet { map, order: RefCell::new(table) }
    }

    /// The order table, rebuilt by replaying insertions if code changed the
    /// map directly.
    fn synced(&self) -> std::cell::RefMut<'_, SlotTable> {
        let mut t = self.order.borrow_mut();
        if t.used != self.map.len() {
            let mut fresh = SlotTable::default();
            for e in self.map.inner.borrow().entries.iter().flatten() {
                fresh.add(e.hash, e.key.clone());
            }
            *t = fresh;
        }
        t
    }

    /// The elements in CPython's iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.synced().values()
    }
}
