//! The cycle collector. Values are reference counted (`Rc`), so objects that
//! refer to each other in a cycle — a generator holding itself in a local,
//! an instance whose attribute points back at it, a list containing itself —
//! are never freed by counting alone. Container objects register here when
//! they are created; every so often the run loop calls `collect`, which finds
//! groups of tracked objects referenced only from inside the group and clears
//! their contents, so that counting frees them.
//!
//! The algorithm is CPython's (gc_refs = reference count minus references
//! from other tracked objects; anything left positive is reachable from
//! outside, and so is everything it reaches). References from untracked
//! objects (tuples, frames on the VM's stack, module dicts, Rust locals)
//! count as external, which can only keep garbage alive, never free live
//! objects.

use super::{CellObj, Class, Function, Instance, PyDict, PyList, Value};
use crate::vm::generator::Generator;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// A tracked container, held weakly so that tracking does not keep it
/// alive. One word: the `Weak` pointer, with the container's kind in its
/// low three bits (every tracked type is at least 8-byte aligned), because
/// the list holds an entry for every container in the heap.
struct Tracked(usize);

/// Kinds of tracked containers (the tag bits of `Tracked`).
const LIST: usize = 0;
const DICT: usize = 1;
const INSTANCE: usize = 2;
const GENERATOR: usize = 3;
const FUNCTION: usize = 4;
const CELL: usize = 5;
const CLASS: usize = 6;

/// Runs `$body` with `$w` bound to the entry's weak pointer at its real type
/// (lent: it is not dropped) and `$live` to the matching `Live` variant.
macro_rules! by_kind {
    ($t:expr, |$w:ident, $live:ident| $body:expr) => {{
        let t: &Tracked = $t;
        match t.0 & 7 {
            LIST => {
                let ($w, $live) = (t.lend::<PyList>(), Live::List);
                $body
            }
            DICT => {
                let ($w, $live) = (t.lend::<PyDict>(), Live::Dict);
                $body
            }
            INSTANCE => {
                let ($w, $live) = (t.lend::<Instance>(), Live::Instance);
                $body
            }
            GENERATOR => {
                let ($w, $live) = (t.lend::<Generator>(), Live::Generator);
                $body
            }
            FUNCTION => {
                let ($w, $live) = (t.lend::<Function>(), Live::Function);
                $body
            }
            CELL => {
                let ($w, $live) = (t.lend::<CellObj>(), Live::Cell);
                $body
            }
            _ => {
                let ($w, $live) = (t.lend::<Class>(), Live::Class);
                $body
            }
        }
    }};
}

impl Tracked {
    fn new<T>(rc: &Rc<T>, kind: usize) -> Tracked {
        const { assert!(std::mem::align_of::<T>() >= 8) };
        Tracked(Weak::into_raw(Rc::downgrade(rc)) as usize | kind)
    }

    /// The weak pointer as a `T`; the caller's kind check guarantees the type.
    fn lend<T>(&self) -> std::mem::ManuallyDrop<Weak<T>> {
        // SAFETY: `self.0` without its tag bits came from `Weak::<T>::into_raw`
        // for the `T` its kind names (see `new` and `by_kind!`), and the
        // entry still owns that weak count; ManuallyDrop keeps it owned.
        std::mem::ManuallyDrop::new(unsafe { Weak::from_raw((self.0 & !7) as *const T) })
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        by_kind!(self, |w, _live| drop(std::mem::ManuallyDrop::into_inner(w)));
    }
}

/// A tracked container while a collection runs.
enum Live {
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Instance(Rc<Instance>),
    Generator(Rc<Generator>),
    Function(Rc<Function>),
    Cell(Rc<CellObj>),
    Class(Rc<Class>),
}

const FIRST_THRESHOLD: usize = 20_000;

thread_local! {
    static TRACKED: RefCell<Vec<Tracked>> = const { RefCell::new(Vec::new()) };
    static THRESHOLD: Cell<usize> = const { Cell::new(FIRST_THRESHOLD) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// Tracked-list length at which dead entries are next dropped.
    static PRUNE_AT: Cell<usize> = const { Cell::new(PRUNE_MIN) };
    /// `TRACKED`'s length, kept beside it: `due` runs on every backward
    /// jump, and reading this costs no borrow (nor the check that a
    /// thread-local with a destructor makes).
    static TRACKED_LEN: Cell<usize> = const { Cell::new(0) };
}

const PRUNE_MIN: usize = 4096;

fn track(t: Tracked) {
    TRACKED.with(|v| {
        let mut v = v.borrow_mut();
        v.push(t);
        if v.len() >= PRUNE_AT.with(|p| p.get()) {
            // a weak entry keeps its dead object's allocation: drop the dead
            // ones every time the list doubles (amortised O(1) per object)
            v.retain(|t| !t.is_dead());
            PRUNE_AT.with(|p| p.set((v.len() * 2).max(PRUNE_MIN)));
        }
        TRACKED_LEN.with(|n| n.set(v.len()));
    });
}

impl Tracked {
    /// The object's address (what `Rc::as_ptr` gives, as in `tracked_addr`).
    fn addr(&self) -> usize {
        self.0 & !7
    }

    fn is_dead(&self) -> bool {
        by_kind!(self, |w, _live| w.strong_count() == 0)
    }

    fn upgrade(&self) -> Option<Live> {
        by_kind!(self, |w, live| w.upgrade().map(live))
    }
}

pub fn track_list(l: &Rc<PyList>) {
    track(Tracked::new(l, LIST));
}
pub fn track_dict(d: &Rc<PyDict>) {
    track(Tracked::new(d, DICT));
}
pub fn track_instance(i: &Rc<Instance>) {
    track(Tracked::new(i, INSTANCE));
}
pub fn track_generator(g: &Rc<Generator>) {
    track(Tracked::new(g, GENERATOR));
}
/// The generators still alive for which `wanted` holds, oldest first (for
/// finalization at exit).
pub fn live_generators(wanted: impl Fn(&Generator) -> bool) -> Vec<Rc<Generator>> {
    live_of(GENERATOR, wanted)
}
/// The live instances (of Python classes) for which `wanted` holds.
pub fn live_instances(wanted: impl Fn(&Instance) -> bool) -> Vec<Rc<Instance>> {
    live_of(INSTANCE, wanted)
}
/// The live tracked objects of one kind (`kind` must be `T`'s tag).
fn live_of<T>(kind: usize, wanted: impl Fn(&T) -> bool) -> Vec<Rc<T>> {
    TRACKED.with(|v| v.borrow().iter().filter(|t| t.0 & 7 == kind).filter_map(|t| t.lend::<T>().upgrade()).filter(|x| wanted(x)).collect())
}
pub fn track_function(f: &Rc<Function>) {
    track(Tracked::new(f, FUNCTION));
}
pub fn track_cell(c: &Rc<CellObj>) {
    track(Tracked::new(c, CELL));
}
/// A class made by a program (a method's `__class__` cell refers back to it).
pub fn track_class(c: &Rc<Class>) {
    track(Tracked::new(c, CLASS));
}

/// How many containers are tracked now (live or not yet seen dead).
pub fn tracked_count() -> usize {
    TRACKED.with(|v| v.borrow().len())
}

/// Whether enough containers were created since the last collection.
#[inline]
pub fn due() -> bool {
    TRACKED_LEN.with(|n| n.get()) >= THRESHOLD.with(|t| t.get()) && is_enabled()
}

/// `gc.isenabled()`: automatic collection on (explicit `gc.collect()` always runs).
#[inline]
pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

impl Live {
    /// The reference count, less the one this `Live` holds.
    fn refs(&self) -> usize {
        match self {
            Live::List(r) => Rc::strong_count(r) - 1,
            Live::Dict(r) => Rc::strong_count(r) - 1,
            // an instance whose dict is shared (`vars(obj)` kept) counts as reachable
            Live::Instance(r) => Rc::strong_count(r) - 1 + r.shared_dict().map_or(0, |d| (Rc::strong_count(&d) - 2) * 1_000_000),
            Live::Generator(r) => Rc::strong_count(r) - 1,
            Live::Function(r) => Rc::strong_count(r) - 1,
            Live::Cell(r) => Rc::strong_count(r) - 1,
            // like an instance, a class whose dict is held elsewhere (`C.__dict__`) is reachable
            Live::Class(r) => Rc::strong_count(r) - 1 + (Rc::strong_count(&r.dict) - 1) * 1_000_000,
        }
    }

    /// Addresses of the tracked-kind objects this one refers to.
    fn children(&self, out: &mut Vec<usize>) {
        let mut push = |v: &Value| {
            if let Some(a) = tracked_addr(v) {
                out.push(a);
            }
        };
        match self {
            Live::List(l) => l.items.borrow().iter().for_each(&mut push),
            Live::Dict(d) => {
                for e in d.inner.borrow().entries.iter().flatten() {
                    push(&e.key);
                    push(&e.value);
                }
            }
            Live::Instance(i) => {
                push(&Value::Class(i.class.clone()));
                i.visit_values(&mut push);
            }
            Live::Class(c) => {
                for e in c.dict.inner.borrow().entries.iter().flatten() {
                    push(&e.value);
                }
            }
            Live::Generator(g) => {
                g.frame.inspect(|f| {
                    if let Some(f) = f {
                        f.stack.iter().for_each(&mut push);
                        for c in f.cells().iter() {
                            push(&Value::Cell(c.clone()));
                        }
                    }
                });
            }
            Live::Function(f) => {
                f.defaults.iter().for_each(&mut push);
                f.kwdefaults.iter().for_each(|(_, v)| push(v));
                for c in &f.closure {
                    out.push(Rc::as_ptr(c) as *const () as usize);
                }
            }
            Live::Cell(c) => {
                if let Some(v) = c.value.borrow().as_ref() {
                    push(v);
                }
            }
        }
    }

    /// Breaks this object's references (it is garbage); returns what it held
    /// so that the caller drops it after every object has been cleared.
    fn clear(&self, sink: &mut Vec<Value>) {
        match self {
            Live::List(l) => sink.extend(std::mem::take(&mut *l.items.borrow_mut())),
            Live::Dict(d) => {
                let old = d.take_inner();
                sink.extend(old.entries.into_iter().flatten().flat_map(|e| [e.key, e.value]));
            }
            Live::Instance(i) => {
                sink.extend(i.take_values());
                super::finalize::cleared(i);
            }
            Live::Generator(g) => {
                if let Some(mut f) = g.frame.take() {
                    sink.extend(f.stack.split_off(0));
                    sink.extend(f.take_cells().into_iter().map(Value::Cell));
                }
                g.set_state(crate::vm::generator::GenState::Closed);
            }
            Live::Function(_) => {}
            Live::Cell(c) => sink.extend(c.value.borrow_mut().take()),
            Live::Class(c) => {
                let old = c.dict.take_inner();
                sink.extend(old.entries.into_iter().flatten().map(|e| e.value));
            }
        }
    }
}

fn tracked_addr(v: &Value) -> Option<usize> {
    Some(match v {
        Value::List(r) => Rc::as_ptr(r) as *const () as usize,
        Value::Dict(r) => Rc::as_ptr(r) as *const () as usize,
        Value::Instance(r) => Rc::as_ptr(r) as *const () as usize,
        Value::Generator(r) => Rc::as_ptr(r) as *const () as usize,
        Value::Function(r) => Rc::as_ptr(r) as *const () as usize,
        Value::Cell(r) => Rc::as_ptr(r) as *const () as usize,
        Value::Class(r) => Rc::as_ptr(r) as *const () as usize,
        _ => return None,
    })
}

/// Finds and breaks unreachable cycles among tracked containers; returns
/// how many objects were found unreachable.
/// Finds a tracked object's position in `live` by its address: an
/// open-addressed table of positions (4 bytes a slot, at most two-thirds
/// full), much smaller than a map from address to position, which matters
/// because a collection runs when the heap is at its largest.
struct AddrIndex {
    slots: Vec<u32>,
    shift: u32,
}

impl AddrIndex {
    const EMPTY: u32 = u32::MAX;

    fn new(live: &[Tracked]) -> AddrIndex {
        let size = (live.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let mut index = AddrIndex { slots: vec![Self::EMPTY; size], shift: 64 - size.trailing_zeros() };
        for (i, o) in live.iter().enumerate() {
            let mut at = index.home(o.addr());
            while index.slots[at] != Self::EMPTY {
                at = (at + 1) & (size - 1);
            }
            index.slots[at] = i as u32;
        }
        index
    }

    fn home(&self, addr: usize) -> usize {
        ((addr as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn get(&self, live: &[Tracked], addr: usize) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut at = self.home(addr);
        loop {
            match self.slots[at] {
                Self::EMPTY => return None,
                i if live[i as usize].addr() == addr => return Some(i),
                _ => at = (at + 1) & mask,
            }
        }
    }
}

pub fn collect() -> usize {
    // the entries themselves (one word each) stand for the objects while the
    // collection runs: each use upgrades one for the moment it needs it, so
    // an object that dies meanwhile (a frame's last reference dropped while
    // garbage is cleared) is simply skipped
    let mut live = TRACKED.with(|v| std::mem::take(&mut *v.borrow_mut()));
    TRACKED_LEN.with(|n| n.set(0));
    live.retain(|t| !t.is_dead());
    let index = AddrIndex::new(&live);
    let mut gc_refs: Vec<isize> = live.iter().map(|t| t.upgrade().map_or(0, |o| o.refs() as isize)).collect();
    // the edges between tracked objects, flat: object i's children are
    // kids[starts[i]..starts[i + 1]]
    let mut starts: Vec<u32> = Vec::with_capacity(live.len() + 1);
    let mut kids: Vec<u32> = Vec::new();
    let mut buf = Vec::new();
    for t in &live {
        starts.push(kids.len() as u32);
        buf.clear();
        if let Some(o) = t.upgrade() {
            o.children(&mut buf);
        }
        for a in &buf {
            if let Some(k) = index.get(&live, *a) {
                gc_refs[k as usize] -= 1;
                kids.push(k);
            }
        }
    }
    starts.push(kids.len() as u32);
    drop(index);
    // everything reachable from an object with outside references survives
    let mut reachable = vec![false; live.len()];
    let mut work: Vec<u32> = (0..live.len() as u32).filter(|&i| gc_refs[i as usize] > 0).collect();
    drop(gc_refs);
    while let Some(i) = work.pop() {
        let i = i as usize;
        if reachable[i] {
            continue;
        }
        reachable[i] = true;
        let range = starts[i] as usize..starts[i + 1] as usize;
        work.extend(kids[range].iter().copied().filter(|&k| !reachable[k as usize]));
    }
    drop((starts, kids, work));
    // garbage with a finalizer is finalized before anything is cleared, and
    // kept: a later collection frees it, as CPython finalizes cyclic garbage
    // first (PEP 442). Generators paused in try/with are closed by the VM,
    // before the instances' finalizers run (asyncio's reports: the
    // coroutine of a task is older than the task, and CPython finalizes in
    // that order, so a task reported as destroyed shows its coroutine
    // done; then every paused generator of the garbage is closed).
    let garbage = || live.iter().zip(&reachable).filter(|(_, keep)| !**keep).filter_map(|(t, _)| t.upgrade());
    let mut finalizing = false;
    for o in garbage() {
        if let Live::Instance(i) = o {
            finalizing |= super::finalize::queue_if_armed(&i);
        }
    }
    let instances_finalizing = finalizing;
    for o in garbage() {
        if let Live::Generator(g) = o
            && (crate::vm::finalize::wants_close(&g) || (instances_finalizing && g.state() == crate::vm::generator::GenState::Suspended))
        {
            crate::vm::finalize::defer_close(g);
            finalizing = true;
        }
    }
    if finalizing {
        reachable.iter_mut().for_each(|keep| *keep = true);
    }
    let mut sink = Vec::new();
    let mut freed = 0;
    for (t, _) in live.iter().zip(&reachable).filter(|(_, keep)| !**keep) {
        if let Some(o) = t.upgrade() {
            o.clear(&mut sink);
        }
        freed += 1;
    }
    // survivors stay tracked, in place; the garbage's own references go
    // with the sink, after every garbage object has been cleared
    let mut keep = reachable.into_iter();
    live.retain(|_| keep.next().unwrap_or(false));
    let n = live.len();
    TRACKED.with(|v| {
        let mut v = v.borrow_mut();
        let newer = std::mem::take(&mut *v);
        *v = live;
        v.extend(newer);
        TRACKED_LEN.with(|n| n.set(v.len()));
    });
    // collect again after as many new containers as there are survivors
    THRESHOLD.with(|t| t.set((n * 2).max(FIRST_THRESHOLD)));
    PRUNE_AT.with(|p| p.set((n * 2).max(PRUNE_MIN)));
    drop(sink);
    freed
}
