//! The SyntaxWarnings CPython 3.11's compiler emits for code that runs but
//! is almost certainly a mistake: `x is 1` (identity with a literal), and
//! the "perhaps you missed a comma?" family — calling a literal
//! (`(1, 2)(3)`), subscripting one that cannot be subscripted (`5[0]`), or
//! indexing a sequence display with a literal that is not an int or slice
//! (`[[1, 2] [3, 4]]`). Like CPython, each is found while compiling and
//! reported before the program runs (`Vm::print_syntax_warnings`), one line
//! per occurrence.

use crate::syntax::ast::{CmpOp, CompKind, Constant, Expr, ExprKind, UnaryOp};
use std::cell::RefCell;

thread_local! {
    static FOUND: RefCell<Vec<(u32, String)>> = const { RefCell::new(Vec::new()) };
}

/// The warnings of the last compilation, as (line, message), in order.
pub fn take() -> Vec<(u32, String)> {
    FOUND.with(|f| std::mem::take(&mut *f.borrow_mut()))
}

pub(super) fn clear() {
    take();
}

pub(super) fn push(line: u32, msg: String) {
    FOUND.with(|f| f.borrow_mut().push((line, msg)));
}

/// A constant after CPython's constant folding (`-1`, `(1, 2)`), with its
/// type name; None for anything else.
fn folded_type(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => "NoneType",
            Constant::True | Constant::False => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
        }),
        ExprKind::UnaryOp(UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, inner) => match folded_type(inner)? {
            t @ ("int" | "float" | "bool") => Some(if t == "bool" { "int" } else { t }),
            _ => None,
        },
        ExprKind::Tuple(items) if items.iter().all(|i| folded_type(i).is_some()) => Some("tuple"),
        _ => None,
    }
}

/// Whether `e` folds to a constant other than None, True, False and `...`.
fn is_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::None | Constant::True | Constant::False | Constant::Ellipsis) => false,
        _ => folded_type(e).is_some(),
    }
}

/// The type CPython infers for an expression at compile time.
fn infer_type(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Tuple(_) => Some("tuple"),
        ExprKind::List(_) | ExprKind::Comp(CompKind::List, ..) => Some("list"),
        ExprKind::Dict(_) | ExprKind::Comp(CompKind::Dict, ..) => Some("dict"),
        ExprKind::Set(_) | ExprKind::Comp(CompKind::Set, ..) => Some("set"),
        ExprKind::Comp(CompKind::Generator, ..) => Some("generator"),
        ExprKind::Lambda(..) => Some("function"),
        ExprKind::FString(_) => Some("str"),
        _ => folded_type(e),
    }
}

/// `a is b` / `a is not b` with a literal operand.
pub(super) fn check_compare(first: &Expr, rest: &[(CmpOp, Expr)]) -> Option<&'static str> {
    let mut left = first;
    for (op, right) in rest {
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && (is_literal(left) || is_literal(right)) {
            return Some(if matches!(op, CmpOp::Is) {
                "\"is\" with a literal. Did you mean \"==\"?"
            } else {
                "\"is not\" with a literal. Did you mean \"!=\"?"
            });
        }
        left = right;
    }
    None
}

/// Calling a literal or a display.
pub(super) fn check_caller(f: &Expr) -> Option<String> {
    let callable_kind = match &f.kind {
        ExprKind::Constant(_) | ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_) | ExprKind::FString(_) => true,
        ExprKind::Comp(..) => true,
        _ => folded_type(f).is_some(),
    };
    if !callable_kind {
        return None;
    }
    Some(format!("'{}' object is not callable; perhaps you missed a comma?", infer_type(f)?))
}

/// Subscripting something that cannot be subscripted, or a sequence
/// literal with an index of the wrong type.
pub(super) fn check_subscript(value: &Expr, index: &Expr) -> Option<String> {
    let not_subscriptable = match &value.kind {
        ExprKind::Set(_) | ExprKind::Comp(CompKind::Set | CompKind::Generator, ..) | ExprKind::Lambda(..) => true,
        _ => matches!(folded_type(value), Some("NoneType" | "ellipsis" | "int" | "float" | "bool")),
    };
    if not_subscriptable {
        return Some(format!("'{}' object is not subscriptable; perhaps you missed a comma?", infer_type(value)?));
    }
    let index_type = infer_type(index)?;
    if matches!(index_type, "int" | "bool") || matches!(index.kind, ExprKind::Slice(..)) {
        return None;
    }
    let indexable = match &value.kind {
        ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::Comp(CompKind::List, ..) | ExprKind::FString(_) => true,
        _ => matches!(folded_type(value), Some("str" | "bytes" | "tuple")),
    };
    if !indexable {
        return None;
    }
    Some(format!("{} indices must be integers or slices, not {index_type}; perhaps you missed a comma?", infer_type(value)?))
}
