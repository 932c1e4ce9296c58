//! "Did you mean: 'sleep'?" — the hint CPython 3.11 adds to the last line
//! of an uncaught `AttributeError` or `NameError` (exactly those classes,
//! not subclasses). The error carries a `Hint` from where it was raised;
//! the candidates are `dir(obj)` for an attribute, and for a name the
//! frame's local names, then its globals, then the builtins. The closest
//! candidate wins, by CPython's edit distance: on UTF-8 bytes, a change of
//! case costs 1, any other substitution, insertion or deletion 2, and a
//! match must change no more than about a third of the characters.

use super::Vm;
use crate::object::Value;
use crate::object::exceptions::{Hint, PyErr};

/// CPython gives up on longer candidate lists and longer strings.
const MAX_CANDIDATES: usize = 750;
const MAX_STRING: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b`, or `max_cost + 1` as soon as it is
/// known to be larger than `max_cost`.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    while let (Some(x), Some(y)) = (a.first(), b.first())
        && x == y
    {
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last())
        && x == y
    {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING || b.len() > MAX_STRING {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // one row of the matrix, updated in place: row[i] is the cost of
    // turning the first rows of b into a[..=i]
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut diagonal = bi * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (ai, &c) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, c);
            diagonal = row[ai];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name` (the first of equals), if one is close
/// enough.
fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d - 1);
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn str_keys(keys: Vec<Value>) -> Vec<String> {
    keys.into_iter().filter_map(|k| if let Value::Str(s) = k { Some(s.as_str().to_string()) } else { None }).collect()
}

impl Vm {
    /// A `NameError` for `name` raised in `f`, with its hint.
    pub(crate) fn name_error_at(&self, f: &super::frame::Frame, name: &str) -> PyErr {
        crate::object::exceptions::undefined_name(name).with_hint(Hint::Name {
            name: name.to_string(),
            code: f.code.clone(),
            globals: f.globals.clone(),
        })
    }

    /// The "Did you mean" suggestion for an uncaught error, if any.
    pub(crate) fn suggestion(&mut self, err: &PyErr) -> Option<String> {
        let cls = err.class();
        let exact = |c: &std::rc::Rc<crate::object::Class>| std::rc::Rc::ptr_eq(cls, c);
        if !exact(&self.types.attribute_error) && !exact(&self.types.name_error) {
            return None;
        }
        let hint = err.data().hint.take();
        let found = match &hint {
            Some(Hint::Attribute { obj, name }) => {
                let names = crate::builtins::functions::dir_names(self, obj);
                closest(&names, name)
            }
            Some(Hint::Name { name, code, globals }) => {
                let locals: Vec<String> = code.varnames.iter().map(|n| n.as_str().to_string()).collect();
                closest(&locals, name).or_else(|| closest(&str_keys(globals.keys()), name)).or_else(|| closest(&str_keys(self.builtins.keys()), name))
            }
            None => None,
        };
        err.data().hint = hint;
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn distances_weigh_case_and_moves() {
        assert_eq!(distance(b"sleep", b"sleeep", 10), 2);
        assert_eq!(distance(b"Sleep", b"sleep", 10), 1);
        assert_eq!(distance(b"abc", b"xyz", 10), 6);
        assert_eq!(distance(b"abc", b"xyz", 3), 4);
    }

    #[test]
    fn the_closest_candidate_wins() {
        assert_eq!(closest(&names(&["append", "extend", "pop"]), "appendd"), Some("append".into()));
        assert_eq!(closest(&names(&["sleep", "wait"]), "sleeep"), Some("sleep".into()));
        assert_eq!(closest(&names(&["values", "total"]), "valuez"), Some("values".into()));
        assert_eq!(closest(&names(&["x", "y"]), "completely_different"), None);
    }
}
