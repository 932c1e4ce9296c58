//! `set` and `frozenset`: a dict whose values are unused, plus a mirror of
//! CPython's set table (open addressing, linear probes, perturbation,
//! dummies left by deletions) that decides the iteration order, so that
//! `{3, 1, 2}` prints as `{1, 2, 3}` like in CPython.

use super::hash::fast_eq;
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
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
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

    /// Replaces the entry holding `v` by a dummy.
    fn discard(&mut self, v: &Value) {
        for s in self.slots.iter_mut() {
            if let Slot::Full(_, k) = s
                && (k.is(v) || fast_eq(k, v) == Some(true))
            {
                *s = Slot::Dummy;
                self.used -= 1;
                return;
            }
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
        if t.slots.len() == other.slots.len() {
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
        if self.map.contains(vm, &v)? {
            return Ok(());
        }
        let h = vm.hash(&v)?;
        self.map.insert_new(h, v.clone(), Value::None);
        self.synced().add(h, v);
        Ok(())
    }
    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        self.map.contains(vm, v)
    }
    pub fn remove(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        if !self.map.contains(vm, v)? {
            return Ok(false);
        }
        self.synced().discard(v);
        self.map.remove(vm, v)?;
        Ok(true)
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
