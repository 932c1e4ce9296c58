//! The event loop's timer heap: a Python list of `TimerHandle`s ordered by
//! their `_when`, kept with exactly the sift steps of CPython's `heapq`
//! (which CPython's loop uses), so timers with equal deadlines come out in
//! the same order as there. `asyncio.py` keeps the list (`loop._scheduled`)
//! and calls these three primitives; doing the sifting natively spares a
//! Python loop of attribute reads per level on every timer (a sleep).

use crate::builtins::arity;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::string::{PyStr, intern};
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

thread_local! {
    static WHEN: Rc<PyStr> = intern("_when");
}

/// A timer's deadline (`_when`), as a number to compare.
fn when_of(timer: &Value) -> PyResult<f64> {
    let when = match timer {
        Value::Instance(i) => WHEN.with(|w| i.get_attr(w)),
        _ => None,
    };
    match when {
        Some(Value::Float(f)) => Ok(f),
        Some(Value::Int(i)) => Ok(i as f64),
        Some(Value::Bool(b)) => Ok(b as i64 as f64),
        Some(Value::BigInt(b)) => Ok(num_traits::ToPrimitive::to_f64(&*b).unwrap_or(f64::INFINITY)),
        _ => Err(type_error("timer heap entries must be TimerHandles with a numeric deadline")),
    }
}

fn heap_list(args: &[Value]) -> PyResult<Rc<PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(type_error("the timer heap must be a list")),
    }
}

/// heapq's `_siftdown`: moves the entry at `pos` up towards `start` while
/// it is earlier than its parent.
fn sift_down(items: &mut [Value], start: usize, mut pos: usize) -> PyResult<()> {
    let when = when_of(&items[pos])?;
    while pos > start {
        let parent = (pos - 1) >> 1;
        if when < when_of(&items[parent])? {
            items.swap(pos, parent);
            pos = parent;
            continue;
        }
        break;
    }
    Ok(())
}

/// heapq's `_siftup`: moves the entry at `pos` down along the earlier
/// children to a leaf, then back up with `sift_down`.
fn sift_up(items: &mut [Value], mut pos: usize) -> PyResult<()> {
    let end = items.len();
    let start = pos;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        // `not child < right`, as heapq writes it (a NaN deadline is never less)
        if right < end && when_of(&items[child])?.partial_cmp(&when_of(&items[right])?) != Some(std::cmp::Ordering::Less) {
            child = right;
        }
        items.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(items, start, pos)
}

/// `timer_push(heap, timer)`: `heapq.heappush`.
pub fn py_timer_push(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("timer_push", args, 2, 2)?;
    let list = heap_list(args)?;
    let mut items = list.items.borrow_mut();
    items.push(args[1].clone());
    let last = items.len() - 1;
    sift_down(&mut items, 0, last)?;
    Ok(Value::None)
}

/// `timer_pop(heap)`: `heapq.heappop` (IndexError on an empty heap).
pub fn py_timer_pop(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("timer_pop", args, 1, 1)?;
    let list = heap_list(args)?;
    let mut items = list.items.borrow_mut();
    let Some(last) = items.pop() else {
        return Err(index_error("index out of range"));
    };
    if items.is_empty() {
        return Ok(last);
    }
    let first = std::mem::replace(&mut items[0], last);
    sift_up(&mut items, 0)?;
    Ok(first)
}

/// `timer_heapify(heap)`: `heapq.heapify`.
pub fn py_timer_heapify(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("timer_heapify", args, 1, 1)?;
    let list = heap_list(args)?;
    let mut items = list.items.borrow_mut();
    for i in (0..items.len() / 2).rev() {
        sift_up(&mut items, i)?;
    }
    Ok(Value::None)
}
