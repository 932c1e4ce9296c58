//! Code generation for expressions: operators, calls (with the LOAD_METHOD
//! fast path), displays, comprehensions, lambdas, f-strings, yield/await.

use super::symtable::ScopeKind;
use super::{Compiler, binop_code};
use crate::bytecode::Op;
use crate::object::Value;
use crate::syntax::ast::*;
use crate::syntax::error::SyntaxError;

type R = Result<(), SyntaxError>;

/// Deepest expression nesting compiled (deeper input is rejected cleanly).
const MAX_DEPTH: usize = 1500;

thread_local! {
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &Expr) -> R {
        let d = DEPTH.with(|d| {
            d.set(d.get() + 1);
            d.get()
        });
        let r = if d > MAX_DEPTH { Err(self.err("too many nested expressions (tikitaka's limit)", e.span)) } else { self.expr_inner(e) };
        DEPTH.with(|d| d.set(d.get() - 1));
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        self.set_span(e.span);
        match &e.kind {
            ExprKind::Constant(c) => self.const_(constant_of(c)),
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Tuple(items)
                if !items.is_empty()
                    && let Some(t) = constant_value(e) =>
            {
                // a tuple of constants is one constant, as CPython folds it
                let _ = items;
                self.const_(t);
            }
            ExprKind::Tuple(items) => {
                if has_star(items) {
                    self.starred_list(items)?;
                    self.emit(Op::ListToTuple);
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                if has_star(items) {
                    self.starred_list(items)?;
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.set_span(e.span);
                    self.emit(Op::BuildList(items.len() as u32));
                }
            }
            ExprKind::Set(items) => {
                if has_star(items) {
                    self.emit(Op::BuildSet(0));
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Op::SetUpdate(1));
                            }
                            _ => {
                                self.expr(i)?;
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.set_span(e.span);
                    let all_const = items.len() >= 3 && items.iter().all(|i| matches!(i.kind, ExprKind::Constant(_)));
                    let flag = if all_const { 0x8000_0000 } else { 0 };
                    self.emit(Op::BuildSet(items.len() as u32 | flag));
                }
            }
            ExprKind::Dict(items) => {
                if items.iter().any(|(k, _)| k.is_none()) {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in items {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.set_span(v.span);
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for (k, v) in items {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.set_span(e.span);
                    self.emit(Op::BuildMap(items.len() as u32));
                }
            }
            ExprKind::Starred(_) => return Err(self.err("can't use starred expression here", e.span)),
            ExprKind::Attribute(v, name) => {
                self.expr(v)?;
                self.set_span(e.span);
                let i = self.b().name(name);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript(v, idx) => {
                if let Some(m) = super::warnings::check_subscript(v, idx) {
                    self.warn(e.span, m);
                }
                self.expr(v)?;
                self.expr(idx)?;
                self.set_span(e.span);
                self.set_anchor(v.span.1, idx.span.1 + 1);
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice(a, b, c) => {
                for part in [a, b] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.const_(Value::None),
                    }
                }
                match c {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Call(f, args, kws) => self.call(e, f, args, kws)?,
            ExprKind::BinOp(a, op, b) => {
                self.expr(a)?;
                self.expr(b)?;
                self.set_span(e.span);
                self.binop_anchor(a, b);
                self.emit(Op::BinaryOp(binop_code(*op) as u32));
            }
            ExprKind::UnaryOp(op, a) => {
                self.expr(a)?;
                self.set_span(e.span);
                let code = match op {
                    UnaryOp::Neg => 0,
                    UnaryOp::Pos => 1,
                    UnaryOp::Invert => 2,
                    UnaryOp::Not => 3,
                };
                self.emit(Op::UnaryOp(code));
            }
            ExprKind::BoolOp(op, vals) => {
                let mut jumps = vec![];
                for (i, v) in vals.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < vals.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.b().patch_here(j);
                }
            }
            ExprKind::Compare(first, rest) => self.compare(e, first, rest)?,
            ExprKind::IfExp(c, a, b) => {
                self.expr(c)?;
                let j = self.emit(Op::PopJumpIfFalse(0));
                self.expr(a)?;
                let end = self.emit(Op::Jump(0));
                self.b().patch_here(j);
                self.expr(b)?;
                self.b().patch_here(end);
            }
            ExprKind::Lambda(params, body) => {
                let flags = self.defaults(params)?;
                let scope = self.scope_of((e.span.0, e.span.1, ScopeKind::Lambda))?;
                let line = self.line_col(e.span.0).0;
                self.enter_unit("<lambda>", scope, ScopeKind::Lambda, line);
                self.b().consts.push(Value::None);
                self.params(params);
                self.expr(body)?;
                self.emit(Op::ReturnValue);
                let code = self.leave_unit()?;
                self.set_span(e.span);
                self.make_closure(code, flags);
            }
            ExprKind::NamedExpr(t, v) => {
                self.expr(v)?;
                self.emit(Op::DupTop);
                if let ExprKind::Name(n) = &t.kind {
                    self.store_name(n);
                }
            }
            ExprKind::Comp(kind, elt, val, gens) => self.comprehension(e, *kind, elt, val.as_deref(), gens)?,
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.const_(Value::None),
                }
                self.set_span(e.span);
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.set_span(e.span);
                self.emit(Op::GetYieldFromIter);
                self.const_(Value::None);
                let at = self.here();
                self.emit(Op::YieldFrom(at + 1));
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.set_span(e.span);
                self.emit_await();
            }
        }
        Ok(())
    }

    fn binop_anchor(&mut self, a: &Expr, b: &Expr) {
        let seg = self.src.get(a.span.1..b.span.0).unwrap_or("");
        let off = seg.len() - seg.trim_start().len();
        let start = a.span.1 + off;
        let rest = &seg[off..];
        let mut len = 1;
        let mut chars = rest.chars();
        chars.next();
        if let Some(c) = chars.next()
            && !c.is_whitespace()
        {
            len = 2;
        }
        self.set_anchor(start, start + len);
    }

    fn starred_list(&mut self, items: &[Expr]) -> R {
        let mut pending = 0u32;
        let mut built = false;
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    if !built {
                        self.emit(Op::BuildList(pending));
                        built = true;
                    } else if pending > 0 {
                        // pending items were appended as they came
                    }
                    pending = 0;
                    self.expr(inner)?;
                    self.set_span(inner.span);
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(i)?;
                    if built {
                        self.emit(Op::ListAppend(1));
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if !built {
            self.emit(Op::BuildList(pending));
        }
        Ok(())
    }

    /// The iterable of a `for` or a comprehension: a list or set display
    /// of constants is loaded as one tuple or frozenset constant.
    pub(super) fn iterable(&mut self, e: &Expr) -> R {
        match folded_container(e) {
            Some(c) => self.const_(c),
            None => self.expr(e)?,
        }
        Ok(())
    }

    fn compare(&mut self, e: &Expr, first: &Expr, rest: &[(CmpOp, Expr)]) -> R {
        if let Some(m) = super::warnings::check_compare(first, rest) {
            self.warn(e.span, m.to_string());
        }
        self.expr(first)?;
        if rest.len() == 1 {
            let (op, right) = &rest[0];
            // `x in [1, 2]` / `x in {1, 2}`: the display of constants is
            // one tuple / frozenset constant, as CPython folds it
            match (op, folded_container(right)) {
                (CmpOp::In | CmpOp::NotIn, Some(c)) => self.const_(c),
                _ => self.expr(right)?,
            }
            self.set_span(e.span);
            self.emit(cmp_op(*op));
            return Ok(());
        }
        let mut cleanups = vec![];
        for (i, (op, right)) in rest.iter().enumerate() {
            self.expr(right)?;
            self.set_span(e.span);
            if i + 1 < rest.len() {
                self.emit(Op::DupTop);
                self.emit(Op::RotThree);
                self.emit(cmp_op(*op));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(cmp_op(*op));
            }
        }
        let end = self.emit(Op::Jump(0));
        for c in cleanups {
            self.b().patch_here(c);
        }
        self.emit(Op::RotTwo);
        self.emit(Op::PopTop);
        self.b().patch_here(end);
        Ok(())
    }

    fn call(&mut self, e: &Expr, f: &Expr, args: &[Expr], kws: &[Keyword]) -> R {
        if let Some(m) = super::warnings::check_caller(f) {
            self.warn(e.span, m);
        }
        let simple_args = !has_star(args) && kws.iter().all(|k| k.name.is_some());
        if simple_args
            && kws.is_empty()
            && let ExprKind::Attribute(obj, name) = &f.kind
        {
            self.expr(obj)?;
            self.set_span(f.span);
            let i = self.b().name(name);
            let send = args.len() == 1 && name == "send";
            self.emit(if send { Op::LoadSendMethod(i) } else { Op::LoadMethod(i) });
            for a in args {
                self.expr(a)?;
            }
            self.set_span(e.span);
            if send {
                self.emit(Op::CallSend);
            } else {
                self.emit(Op::CallMethod(args.len() as u32));
            }
            return Ok(());
        }
        self.expr(f)?;
        if simple_args {
            for a in args {
                self.expr(a)?;
            }
            if kws.is_empty() {
                self.set_span(e.span);
                self.emit(Op::CallFunction(args.len() as u32));
            } else {
                let mut names = vec![];
                for k in kws {
                    self.expr(&k.value)?;
                    names.push(Value::str(k.name.clone().unwrap_or_default()));
                }
                self.const_(Value::tuple(names));
                self.set_span(e.span);
                self.emit(Op::CallFunctionKw((args.len() + kws.len()) as u32));
            }
            return Ok(());
        }
        match args {
            // a lone `*iterable` is consumed by the call itself, after the keywords
            [Expr { kind: ExprKind::Starred(inner), .. }] => self.expr(inner)?,
            _ => {
                self.starred_list(args)?;
                self.emit(Op::ListToTuple);
            }
        }
        if !kws.is_empty() {
            self.emit(Op::BuildMap(0));
            for k in kws {
                match &k.name {
                    Some(n) => {
                        self.const_(Value::str(n.clone()));
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.set_span(e.span);
                        self.emit(Op::DictMerge(1));
                    }
                }
            }
        }
        self.set_span(e.span);
        self.emit(Op::CallFunctionEx(!kws.is_empty() as u32));
        Ok(())
    }

    fn fstring(&mut self, parts: &[FPart]) -> R {
        let mut n = 0;
        for p in parts {
            match p {
                FPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.const_(Value::str(s.clone()));
                }
                FPart::Value { expr, conversion, spec } => {
                    self.expr(expr)?;
                    let mut flags = match conversion {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some(_) => 3,
                    };
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        } else if matches!(parts.iter().find(|p| !matches!(p, FPart::Literal(s) if s.is_empty())), Some(FPart::Literal(_))) {
            // a single literal is already a str
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &Expr, kind: CompKind, elt: &Expr, val: Option<&Expr>, gens: &[Comprehension]) -> R {
        let scope = self.scope_of((e.span.0, e.span.1, ScopeKind::Comprehension))?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let line = self.line_col(e.span.0).0;
        // the first iterable is evaluated here, in the enclosing scope
        let first = &gens[0];
        self.enter_unit(name, scope, ScopeKind::Comprehension, line);
        self.b().consts.push(Value::None);
        self.b().argcount = 1;
        self.b().varname(".0");
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Generator => {}
        }
        self.comp_loop(kind, gens, 0, elt, val, e.span)?;
        if kind == CompKind::Generator {
            self.const_(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.leave_unit()?;
        self.set_span(e.span);
        let is_async = code.flags.coroutine;
        self.make_closure(code, 0);
        if first.is_async {
            self.expr(&first.iter)?;
        } else {
            self.iterable(&first.iter)?;
        }
        self.set_span(e.span);
        self.emit(if first.is_async { Op::GetAIter } else { Op::GetIter });
        self.set_span(e.span);
        self.emit(Op::CallFunction(1));
        if is_async && kind != CompKind::Generator {
            self.emit_await();
        }
        Ok(())
    }

    /// The loops of a comprehension whose whole expression is at `span`:
    /// where CPython places the iteration (`GET_ITER`, `FOR_ITER`) of each.
    fn comp_loop(&mut self, kind: CompKind, gens: &[Comprehension], i: usize, elt: &Expr, val: Option<&Expr>, span: Span) -> R {
        let g = &gens[i];
        if i == 0 {
            let slot = self.b().varname(".0");
            self.emit(Op::LoadFast(slot));
        } else {
            if g.is_async {
                self.expr(&g.iter)?;
            } else {
                self.iterable(&g.iter)?;
            }
            self.set_span(span);
            self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter });
        }
        let start = self.here();
        self.set_span(span);
        let exit = if g.is_async {
            // like `async for`: StopAsyncIteration from __anext__ ends this loop
            let setup = self.emit(Op::SetupFinally(0));
            self.emit(Op::GetANext);
            self.emit_await();
            self.emit(Op::PopBlock);
            setup
        } else {
            self.emit(Op::ForIter(0))
        };
        self.assign_target(&g.target)?;
        let mut skips = vec![];
        for c in &g.ifs {
            self.expr(c)?;
            skips.push(self.emit(Op::PopJumpIfFalse(0)));
        }
        if i + 1 < gens.len() {
            self.comp_loop(kind, gens, i + 1, elt, val, span)?;
        } else {
            let depth = (i + 2) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = val {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Generator => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::PopTop);
                }
            }
        }
        for s in skips {
            self.b().patch(s, start);
        }
        self.emit(Op::Jump(start));
        self.b().patch_here(exit);
        if g.is_async {
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }
}

fn has_star(items: &[Expr]) -> bool {
    items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)))
}

fn cmp_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Lt => Op::CompareOp(0),
        CmpOp::LtE => Op::CompareOp(1),
        CmpOp::Eq => Op::CompareOp(2),
        CmpOp::NotEq => Op::CompareOp(3),
        CmpOp::Gt => Op::CompareOp(4),
        CmpOp::GtE => Op::CompareOp(5),
        CmpOp::Is => Op::IsOp(0),
        CmpOp::IsNot => Op::IsOp(1),
        CmpOp::In => Op::ContainsOp(0),
        CmpOp::NotIn => Op::ContainsOp(1),
    }
}

/// The value of a literal.
fn constant_of(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::from_bigint(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Str(s) => Value::str(s.clone()),
        Constant::Bytes(b) => Value::Bytes(std::rc::Rc::new(crate::object::PyBytes { data: b.clone() })),
    }
}

/// The value of an expression CPython's optimizer folds to a constant:
/// a literal, a negated number, or a tuple of those.
pub(super) fn constant_value(e: &Expr) -> Option<Value> {
    Some(match &e.kind {
        ExprKind::Constant(c) => constant_of(c),
        ExprKind::UnaryOp(UnaryOp::Neg, inner) => match &inner.kind {
            ExprKind::Constant(Constant::Int(i)) => Value::from_bigint(-i.clone()),
            ExprKind::Constant(Constant::Float(f)) => Value::Float(-*f),
            _ => return None,
        },
        ExprKind::Tuple(items) if !has_star(items) && items.iter().all(is_constant) => {
            Value::tuple(items.iter().map(constant_value).collect::<Option<Vec<_>>>()?)
        }
        _ => return None,
    })
}

/// Whether `constant_value` folds `e` (checked first, so that a display
/// with one non-constant item builds no values).
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp(UnaryOp::Neg, inner) => matches!(inner.kind, ExprKind::Constant(Constant::Int(_) | Constant::Float(_))),
        ExprKind::Tuple(items) => !has_star(items) && items.iter().all(is_constant),
        _ => false,
    }
}

/// A list or set display of constants as the right side of `in`, or the
/// iterable of a `for`: a tuple or frozenset constant.
pub(super) fn folded_container(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::List(items) if !has_star(items) && items.iter().all(is_constant) => {
            Some(Value::tuple(items.iter().map(constant_value).collect::<Option<Vec<_>>>()?))
        }
        ExprKind::Set(items) if !items.is_empty() && items.iter().all(is_constant) => {
            let set = crate::object::set::PySet::new();
            for i in items {
                if !set.add_native(constant_value(i)?) {
                    return None;
                }
            }
            Some(Value::FrozenSet(std::rc::Rc::new(set)))
        }
        _ => None,
    }
}
