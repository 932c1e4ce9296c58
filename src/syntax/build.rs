//! Helpers called by the grammar's actions: they build AST nodes and do the
//! validation that would make the grammar ambiguous (assignment targets,
//! parameter order, string concatenation, f-strings).

use super::ast::*;
use super::error::SyntaxError;
use super::token::{StrLit, Tok};
use lalrpop_util::ParseError;

pub type PErr = ParseError<usize, Tok, SyntaxError>;
type PResult<T> = Result<T, PErr>;

/// What a parse produces, by mode.
pub enum Top {
    File(Vec<Stmt>),
    Expr(Expr),
}

/// One call argument before positional and keyword arguments are separated.
pub enum Arg {
    Pos(Expr),
    /// `f(x for x in y)`: a generator expression without its own parentheses.
    BareGenerator(Expr),
    Kw(Keyword),
}

/// One entry of a parameter list before it is checked and grouped.
pub enum ParamItem {
    Plain(Param),
    Star(Option<Param>),
    DoubleStar(Param),
    Slash,
}

pub fn err(msg: impl Into<String>, l: usize, r: usize) -> PErr {
    ParseError::User { error: SyntaxError::new(msg, l, r) }
}

pub fn cons<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

pub fn push<T>(mut v: Vec<T>, x: T) -> Vec<T> {
    v.push(x);
    v
}

pub fn tuple(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::Tuple(cons(first, rest)), l, r)
}

pub fn bin(a: Expr, op: BinOp, c: Expr, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::BinOp(Box::new(a), op, Box::new(c)), l, r)
}

pub fn unary(op: UnaryOp, e: Expr, l: usize, r: usize) -> Expr {
    // Fold `-literal` so that `-5` is a constant, as CPython's AST optimiser does.
    if op == UnaryOp::Neg {
        if let ExprKind::Constant(Constant::Int(ref v)) = e.kind {
            return Expr::new(ExprKind::Constant(Constant::Int(-v.clone())), l, r);
        }
        if let ExprKind::Constant(Constant::Float(v)) = e.kind {
            return Expr::new(ExprKind::Constant(Constant::Float(-v)), l, r);
        }
    }
    Expr::new(ExprKind::UnaryOp(op, Box::new(e)), l, r)
}

pub fn bool_op(op: BoolOp, a: Expr, c: Expr, l: usize, r: usize) -> Expr {
    match a.kind {
        ExprKind::BoolOp(op2, mut vals) if op2 == op && a.span.0 == l => {
            vals.push(c);
            Expr::new(ExprKind::BoolOp(op, vals), l, r)
        }
        _ => Expr::new(ExprKind::BoolOp(op, vec![a, c]), l, r),
    }
}

pub fn named(n: String, l: usize, nr: usize, v: Expr, r: usize) -> Expr {
    let target = Expr::new(ExprKind::Name(n), l, nr);
    Expr::new(ExprKind::NamedExpr(Box::new(target), Box::new(v)), l, r)
}

pub fn paren(e: Expr, l: usize, r: usize) -> PResult<Expr> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(err("cannot use starred expression here", e.span.0, e.span.1));
    }
    let _ = (l, r);
    Ok(e)
}

pub fn slice(a: Option<Expr>, c: Option<Expr>, s: Option<Option<Expr>>, l: usize, r: usize) -> Expr {
    let bx = |e: Option<Expr>| e.map(Box::new);
    Expr::new(ExprKind::Slice(bx(a), bx(c), bx(s.flatten())), l, r)
}

/// A call `f(args)` at `l..r`, its `(` at `lp`.
pub fn call(f: Expr, args: Vec<Arg>, lp: usize, l: usize, r: usize) -> PResult<Expr> {
    let mut pos = Vec::new();
    let mut kws: Vec<Keyword> = Vec::new();
    let n = args.len();
    for a in args {
        let e = match a {
            Arg::BareGenerator(e) if n > 1 => return Err(err("Generator expression must be parenthesized", e.span.0, e.span.1)),
            // the call's parentheses are the generator expression's, as in CPython
            Arg::BareGenerator(mut e) => {
                e.span = (lp, r);
                Arg::Pos(e)
            }
            other => other,
        };
        match e {
            Arg::BareGenerator(_) => {}
            Arg::Pos(e) => {
                if !kws.is_empty() && !matches!(e.kind, ExprKind::Starred(_)) {
                    let msg = if kws.iter().any(|k| k.name.is_none()) {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(err(msg, e.span.1, e.span.1 + 1));
                }
                pos.push(e);
            }
            Arg::Kw(k) => {
                if let Some(name) = &k.name
                    && kws.iter().any(|o| o.name.as_deref() == Some(name))
                {
                    return Err(err(format!("keyword argument repeated: {name}"), k.span.0, k.span.1));
                }
                kws.push(k)
            }
        }
    }
    Ok(Expr::new(ExprKind::Call(Box::new(f), pos, kws), l, r))
}

pub fn comp(kind: CompKind, elt: Expr, val: Option<Expr>, gens: Vec<Comprehension>, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::Comp(kind, Box::new(elt), val.map(Box::new), gens), l, r)
}

pub fn comprehension(is_async: bool, target: Expr, iter: Expr, ifs: Vec<Expr>) -> PResult<Comprehension> {
    check_target(&target, "assign to")?;
    Ok(Comprehension { target, iter, ifs, is_async })
}

pub fn lambda(items: Vec<ParamItem>, body: Expr, l: usize, r: usize) -> PResult<Expr> {
    let params = params(items)?;
    Ok(Expr::new(ExprKind::Lambda(Box::new(params), Box::new(body)), l, r))
}

/// Groups and checks a parameter list (order of `/`, `*`, defaults, duplicates).
pub fn params(items: Vec<ParamItem>) -> PResult<Params> {
    let mut p = Params::default();
    let mut seen_star = false;
    let mut seen_default = false;
    let mut names: Vec<String> = Vec::new();
    let mut check_dup = |param: &Param| -> PResult<()> {
        if names.contains(&param.name) {
            return Err(err(format!("duplicate argument '{}' in function definition", param.name), param.span.0, param.span.1));
        }
        names.push(param.name.clone());
        Ok(())
    };
    let count = items.len();
    for (i, item) in items.into_iter().enumerate() {
        if p.kwarg.is_some() {
            return Err(err("arguments cannot follow var-keyword argument", 0, 0));
        }
        match item {
            ParamItem::Plain(param) => {
                check_dup(&param)?;
                if seen_star {
                    p.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(err("non-default argument follows default argument", param.span.0, param.span.1));
                    }
                    p.args.push(param);
                }
            }
            ParamItem::Star(param) => {
                if seen_star {
                    return Err(err("* argument may appear only once", 0, 0));
                }
                seen_star = true;
                match param {
                    Some(param) => {
                        check_dup(&param)?;
                        p.vararg = Some(param);
                    }
                    None if i + 1 == count => return Err(err("named arguments must follow bare *", 0, 0)),
                    None => {}
                }
            }
            ParamItem::DoubleStar(param) => {
                check_dup(&param)?;
                p.kwarg = Some(param);
            }
            ParamItem::Slash => {
                if seen_star || !p.posonly.is_empty() {
                    return Err(err("/ must be ahead of *", 0, 0));
                }
                if p.args.is_empty() {
                    return Err(err("at least one argument must precede /", 0, 0));
                }
                p.posonly = std::mem::take(&mut p.args);
            }
        }
    }
    Ok(p)
}

pub fn func_def(name: String, items: Vec<ParamItem>, returns: Option<Expr>, body: Vec<Stmt>, l: usize, r: usize) -> PResult<Stmt> {
    let params = params(items)?;
    let def = FunctionDef { name, params, body, decorators: vec![], returns, is_async: false };
    Ok(Stmt::new(StmtKind::FunctionDef(Box::new(def)), l, r))
}

pub fn class_def(name: String, args: Option<Vec<Arg>>, body: Vec<Stmt>, l: usize, r: usize) -> PResult<Stmt> {
    let (bases, keywords) = match args {
        None => (vec![], vec![]),
        Some(args) => match call(Expr::new(ExprKind::Name(String::new()), l, l), args, l, l, r)?.kind {
            ExprKind::Call(_, pos, kws) => (pos, kws),
            _ => (vec![], vec![]),
        },
    };
    let def = ClassDef { name, bases, keywords, body, decorators: vec![] };
    Ok(Stmt::new(StmtKind::ClassDef(Box::new(def)), l, r))
}

pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> PResult<Stmt> {
    if let Some(first) = decorators.first() {
        // CPython reports a decorated definition at its `def`/`class` line,
        // but the statement starts at the first decorator.
        let _ = first;
    }
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    Ok(s)
}

pub fn make_async(mut s: Stmt, l: usize) -> PResult<Stmt> {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.is_async = true,
        StmtKind::For { is_async, .. } => *is_async = true,
        StmtKind::With { is_async, .. } => *is_async = true,
        _ => {}
    }
    s.span.0 = l;
    Ok(s)
}

pub fn if_stmt(cond: Expr, body: Vec<Stmt>, elifs: Vec<(usize, Tok, Expr, Tok, Vec<Stmt>)>, orelse: Option<Vec<Stmt>>, l: usize, r: usize) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (el, _, c, _, b) in elifs.into_iter().rev() {
        tail = vec![Stmt::new(StmtKind::If(c, b, tail), el, r)];
    }
    Stmt::new(StmtKind::If(cond, body, tail), l, r)
}

pub fn for_stmt(target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>, l: usize, r: usize) -> PResult<Stmt> {
    check_target(&target, "assign to")?;
    Ok(Stmt::new(StmtKind::For { target, iter, body, orelse: orelse.unwrap_or_default(), is_async: false }, l, r))
}

pub fn try_stmt(body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Option<Vec<Stmt>>, finalbody: Option<Vec<Stmt>>, l: usize, r: usize) -> Stmt {
    Stmt::new(StmtKind::Try { body, handlers, orelse: orelse.unwrap_or_default(), finalbody: finalbody.unwrap_or_default() }, l, r)
}

pub fn with_item(ctx: Expr, target: Option<Expr>) -> PResult<WithItem> {
    if let Some(t) = &target {
        check_target(t, "assign to")?;
    }
    Ok(WithItem { ctx, target })
}

pub fn expr_stmt(e: Expr, l: usize, r: usize) -> PResult<Stmt> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(err("can't use starred expression here", e.span.0, e.span.1));
    }
    Ok(Stmt::new(StmtKind::Expr(e), l, r))
}

pub fn assign(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    let mut all = cons(first, rest);
    let value = all.pop().ok_or_else(|| err("invalid syntax", l, r))?;
    for t in &all {
        check_assign_target(t)?;
    }
    Ok(Stmt::new(StmtKind::Assign(all, value), l, r))
}

pub fn aug_assign(t: Expr, op: BinOp, v: Expr, l: usize, r: usize) -> PResult<Stmt> {
    match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {}
        _ => {
            let what = describe(&t);
            return Err(err(format!("'{what}' is an illegal expression for augmented assignment"), t.span.0, t.span.1));
        }
    }
    Ok(Stmt::new(StmtKind::AugAssign(t, op, v), l, r))
}

pub fn ann_assign(t: Expr, ann: Expr, v: Option<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {}
        ExprKind::Tuple(_) => return Err(err("only single target (not tuple) can be annotated", t.span.0, t.span.1)),
        ExprKind::List(_) => return Err(err("only single target (not list) can be annotated", t.span.0, t.span.1)),
        _ => return Err(err("illegal target for annotation", t.span.0, t.span.1)),
    }
    Ok(Stmt::new(StmtKind::AnnAssign(t, ann, v), l, r))
}

pub fn raise(e: Option<Expr>, cause: Option<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    if e.is_none() && cause.is_some() {
        return Err(err("invalid syntax", l, r));
    }
    Ok(Stmt::new(StmtKind::Raise(e, cause), l, r))
}

pub fn del(t: Expr, l: usize, r: usize) -> PResult<Stmt> {
    let targets = match t.kind {
        ExprKind::Tuple(items) => items,
        _ => vec![t],
    };
    for t in &targets {
        check_target(t, "delete")?;
    }
    Ok(Stmt::new(StmtKind::Del(targets), l, r))
}

/// CPython's name for an expression that cannot be a target.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call(..) => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) | ExprKind::FString(_) => "literal",
        ExprKind::BinOp(..) | ExprKind::UnaryOp(..) => "expression",
        ExprKind::BoolOp(..) => "expression",
        ExprKind::Compare(..) => "comparison",
        ExprKind::IfExp(..) => "conditional expression",
        ExprKind::Lambda(..) => "lambda",
        ExprKind::NamedExpr(..) => "named expression",
        ExprKind::Comp(CompKind::List, ..) => "list comprehension",
        ExprKind::Comp(CompKind::Set, ..) => "set comprehension",
        ExprKind::Comp(CompKind::Dict, ..) => "dict comprehension",
        ExprKind::Comp(CompKind::Generator, ..) => "generator expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Slice(..) => "slice",
        _ => "expression",
    }
}

/// A whole target of an assignment statement: CPython words errors on
/// operator-level expressions as a likely typo for `==`.
fn check_assign_target(e: &Expr) -> PResult<()> {
    let suggest =
        matches!(e.kind, ExprKind::Call(..) | ExprKind::BinOp(..) | ExprKind::UnaryOp(..) | ExprKind::Attribute(..) | ExprKind::Subscript(..))
            || matches!(&e.kind, ExprKind::Constant(c) if !matches!(c, Constant::True | Constant::False | Constant::None))
            || matches!(
                e.kind,
                ExprKind::FString(_) | ExprKind::Dict(_) | ExprKind::Set(_) | ExprKind::Comp(CompKind::List | CompKind::Set | CompKind::Dict, ..)
            );
    match check_target(e, "assign to") {
        Err(ParseError::User { error }) if suggest && error.start == e.span.0 && error.end == e.span.1 => {
            Err(err(format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", describe(e)), e.span.0, e.span.1))
        }
        other => other,
    }
}

/// Checks that `e` may be assigned to (or deleted); `verb` is "assign to" or "delete".
pub fn check_target(e: &Expr, verb: &str) -> PResult<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Starred(inner) if verb == "assign to" => check_target(inner, verb),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            if verb == "assign to" && items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).count() > 1 {
                return Err(err("multiple starred expressions in assignment", e.span.0, e.span.1));
            }
            items.iter().try_for_each(|i| check_target(i, verb))
        }
        _ => Err(err(format!("cannot {verb} {}", describe(e)), e.span.0, e.span.1)),
    }
}

/// Concatenates adjacent string literals; any f-string makes the whole an f-string.
pub fn strings(pieces: Vec<(usize, StrLit)>, l: usize, r: usize) -> PResult<Expr> {
    let has_bytes = pieces.iter().any(|(_, p)| matches!(p, StrLit::Bytes(_)));
    let all_bytes = pieces.iter().all(|(_, p)| matches!(p, StrLit::Bytes(_)));
    if has_bytes && !all_bytes {
        return Err(err("cannot mix bytes and nonbytes literals", l, r));
    }
    if all_bytes {
        let mut out = Vec::new();
        for (_, p) in pieces {
            if let StrLit::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(out)), l, r));
    }
    let mut parts: Vec<FPart> = Vec::new();
    let mut has_f = false;
    for (_, p) in pieces {
        match p {
            StrLit::Str(s) => push_literal(&mut parts, s),
            StrLit::FStr { text, raw, offset, end } => {
                has_f = true;
                // CPython 3.11 reports f-string errors at the end of the literal
                let parsed = super::fstring::parse(&text, raw, offset).map_err(|e| match e {
                    ParseError::User { mut error } => {
                        error.start = end;
                        error.end = end + 1;
                        ParseError::User { error }
                    }
                    other => other,
                })?;
                for part in parsed {
                    match part {
                        FPart::Literal(s) => push_literal(&mut parts, s),
                        v => parts.push(v),
                    }
                }
            }
            StrLit::Bytes(_) => {}
        }
    }
    if !has_f {
        let s = match parts.pop() {
            Some(FPart::Literal(s)) => s,
            _ => String::new(),
        };
        return Ok(Expr::new(ExprKind::Constant(Constant::Str(s)), l, r));
    }
    Ok(Expr::new(ExprKind::FString(parts), l, r))
}

fn push_literal(parts: &mut Vec<FPart>, s: String) {
    if let Some(FPart::Literal(last)) = parts.last_mut() {
        last.push_str(&s);
    } else {
        parts.push(FPart::Literal(s));
    }
}
