//! Code generation for statements, including the control flow that must
//! unwind blocks: loops, try/except/finally, with, return.

use super::symtable::{ScopeKind, all_params};
use super::{Compiler, FBlock};
use crate::bytecode::Op;
use crate::object::Value;
use crate::syntax::ast::*;
use crate::syntax::error::SyntaxError;
use std::rc::Rc;

type R = Result<(), SyntaxError>;

impl<'a> Compiler<'a> {
    pub(super) fn stmt(&mut self, s: &Stmt) -> R {
        self.set_span(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                let top = self.interactive && self.units.len() == 1;
                self.emit(if top { Op::PrintExpr } else { Op::PopTop });
            }
            StmtKind::Assign(targets, value) => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::DupTop);
                    }
                    self.assign_target(t)?;
                }
            }
            StmtKind::AugAssign(t, op, v) => self.aug_assign(t, *op, v)?,
            StmtKind::AnnAssign(t, _ann, v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                    self.assign_target(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_(s.span)?,
            StmtKind::Continue => self.continue_(s.span)?,
            StmtKind::Return(v) => self.return_(v.as_ref(), s.span)?,
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert(test, msg) => {
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfTrue(0));
                self.set_span(test.span);
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_span(test.span);
                    self.emit(Op::CallFunction(1));
                }
                self.set_span(test.span);
                self.emit(Op::RaiseVarargs(1));
                self.b().patch_here(j);
            }
            StmtKind::Raise(e, cause) => {
                let mut n = 0;
                if let Some(e) = e {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_span(s.span);
                self.emit(Op::RaiseVarargs(n));
            }
            StmtKind::If(cond, body, orelse) => {
                self.expr(cond)?;
                let j = self.emit(Op::PopJumpIfFalse(0));
                self.body(body)?;
                if orelse.is_empty() {
                    self.b().patch_here(j);
                } else {
                    let end = self.emit(Op::Jump(0));
                    self.b().patch_here(j);
                    self.body(orelse)?;
                    self.b().patch_here(end);
                }
            }
            StmtKind::While(cond, body, orelse) => {
                let start = self.here();
                // `while True:` (or any always-true literal) tests nothing, as in CPython
                let always = matches!(&cond.kind, ExprKind::Constant(Constant::True))
                    || matches!(&cond.kind, ExprKind::Constant(Constant::Int(i)) if *i != 0.into());
                let exit = if always {
                    None
                } else {
                    self.expr(cond)?;
                    Some(self.emit(Op::PopJumpIfFalse(0)))
                };
                self.unit().fblocks.push(FBlock::Loop { start, breaks: vec![], for_loop: false });
                self.body(body)?;
                self.emit(Op::Jump(start));
                let breaks = self.pop_loop();
                if let Some(exit) = exit {
                    self.b().patch_here(exit);
                }
                self.body(orelse)?;
                for b in breaks {
                    self.b().patch_here(b);
                }
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    return self.async_for(target, iter, body, orelse, s.span);
                }
                self.iterable(iter)?;
                // (CPython places a loop's iteration at the whole statement)
                self.set_span(s.span);
                self.emit(Op::GetIter);
                let start = self.here();
                self.set_span(s.span);
                let exit = self.emit(Op::ForIter(0));
                self.unit().fblocks.push(FBlock::Loop { start, breaks: vec![], for_loop: true });
                self.assign_target(target)?;
                self.body(body)?;
                self.set_span(s.span);
                self.emit(Op::Jump(start));
                let breaks = self.pop_loop();
                self.b().patch_here(exit);
                self.body(orelse)?;
                for b in breaks {
                    self.b().patch_here(b);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    return self.async_with(items, body, s.span);
                }
                self.with(items, body, s.span)?;
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let i = self.b().name(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(n) => {
                            // `import a.b as c` binds the submodule
                            for part in a.name.split('.').skip(1) {
                                let i = self.b().name(part);
                                self.emit(Op::LoadAttr(i));
                            }
                            self.store_name(n)
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&first)
                        }
                    }
                }
            }
            StmtKind::ImportFrom(module, aliases) => {
                let i = self.b().name(module);
                self.emit(Op::ImportName(i));
                // `ImportName` gives the top-level package of a dotted name
                for part in module.split('.').skip(1) {
                    let i = self.b().name(part);
                    self.emit(Op::LoadAttr(i));
                }
                if aliases.len() == 1 && aliases[0].name == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in aliases {
                        let i = self.b().name(&a.name);
                        self.emit(Op::ImportFrom(i));
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Op::PopTop);
                }
            }
        }
        Ok(())
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => vec![],
        }
    }

    /// Emits the code that leaves the fblocks above index `keep` (innermost first).
    fn unwind_to(&mut self, keep: usize, preserve_tos: bool) -> R {
        let blocks: Vec<FBlock> = self.unit().fblocks[keep..].to_vec();
        for (k, fb) in blocks.iter().enumerate().rev() {
            match fb {
                FBlock::Loop { for_loop, .. } => {
                    if *for_loop {
                        if preserve_tos {
                            self.emit(Op::RotTwo);
                        }
                        self.emit(Op::PopTop);
                    }
                }
                FBlock::TryExcept => {
                    self.emit(Op::PopBlock);
                }
                FBlock::TryFinally(fin) => {
                    self.emit(Op::PopBlock);
                    // the finally body runs outside this block
                    let saved: Vec<FBlock> = self.unit().fblocks.drain(keep + k..).collect();
                    if preserve_tos {
                        self.body_preserving(fin)?;
                    } else {
                        self.body(fin)?;
                    }
                    self.unit().fblocks.extend(saved);
                }
                FBlock::Handler(name) => {
                    self.emit(Op::PopExcept);
                    if let Some(n) = name {
                        self.clear_name(n);
                    }
                }
                FBlock::FinallyEnd => {
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::PopTop);
                    self.emit(Op::PopExcept);
                }
                FBlock::With => {
                    self.emit(Op::PopBlock);
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::ExitWith);
                }
                FBlock::AsyncWith => {
                    self.emit(Op::PopBlock);
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::AsyncExitCall);
                    self.await_top();
                    self.emit(Op::PopTop);
                }
            }
        }
        Ok(())
    }

    /// Runs a finally body while a return value waits on the stack.
    fn body_preserving(&mut self, fin: &[Stmt]) -> R {
        self.body(fin)
    }

    fn innermost_loop(&self) -> Option<usize> {
        let u = &self.units[self.units.len() - 1];
        u.fblocks.iter().rposition(|f| matches!(f, FBlock::Loop { .. }))
    }

    fn break_(&mut self, span: Span) -> R {
        let Some(li) = self.innermost_loop() else {
            return Err(self.err("'break' outside loop", span));
        };
        self.unwind_to(li + 1, false)?;
        let for_loop = matches!(self.unit().fblocks[li], FBlock::Loop { for_loop: true, .. });
        if for_loop {
            self.emit(Op::PopTop);
        }
        let j = self.emit(Op::Jump(0));
        if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[li] {
            breaks.push(j);
        }
        Ok(())
    }

    fn continue_(&mut self, span: Span) -> R {
        let Some(li) = self.innermost_loop() else {
            return Err(self.err("'continue' not properly in loop", span));
        };
        self.unwind_to(li + 1, false)?;
        let start = match self.unit().fblocks[li] {
            FBlock::Loop { start, .. } => start,
            _ => 0,
        };
        self.emit(Op::Jump(start));
        Ok(())
    }

    fn return_(&mut self, v: Option<&Expr>, span: Span) -> R {
        if matches!(self.unit().kind, ScopeKind::Module | ScopeKind::Class) {
            return Err(self.err("'return' outside function", span));
        }
        if self.unit().b.flags.coroutine && self.unit().b.flags.generator && v.is_some() {
            return Err(self.err("'return' with value in async generator", span));
        }
        match v {
            Some(e) => self.expr(e)?,
            None => self.const_(Value::None),
        }
        self.unwind_to(0, true)?;
        self.set_span(span);
        self.emit(Op::ReturnValue);
        Ok(())
    }

    fn clear_name(&mut self, n: &str) {
        self.const_(Value::None);
        self.store_name(n);
        self.delete_name(n);
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> R {
        let setup = self.emit(Op::SetupFinally(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        let to_end = self.emit(Op::Jump(0));
        self.b().patch_here(setup);
        // the VM pushed the exception and a handler block
        let mut ends = vec![to_end];
        for (i, h) in handlers.iter().enumerate() {
            self.set_span(h.span);
            let mut next = None;
            if let Some(t) = &h.ty {
                self.expr(t)?;
                self.set_span(h.span);
                self.emit(Op::CheckExcMatch);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            } else if i + 1 != handlers.len() {
                return Err(self.err("default 'except:' must be last", h.span));
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::PopTop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler(h.name.clone()));
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.clear_name(n);
            }
            ends.push(self.emit(Op::Jump(0)));
            if let Some(j) = next {
                self.b().patch_here(j);
            }
        }
        // no handler matched
        self.emit(Op::Reraise);
        for e in ends {
            self.b().patch_here(e);
        }
        Ok(())
    }

    fn try_finally(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt], fin: &[Stmt]) -> R {
        let fin_rc = Rc::new(fin.to_vec());
        let setup = self.emit(Op::SetupFinally(0));
        self.unit().fblocks.push(FBlock::TryFinally(fin_rc));
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(fin)?;
        let to_end = self.emit(Op::Jump(0));
        self.b().patch_here(setup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.body(fin)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.b().patch_here(to_end);
        Ok(())
    }

    fn with(&mut self, items: &[WithItem], body: &[Stmt], span: Span) -> R {
        let Some((first, rest)) = items.split_first() else { return self.body(body) };
        self.expr(&first.ctx)?;
        // (CPython places entering a context at the whole statement)
        self.set_span(span);
        let setup = self.emit(Op::SetupWith(0));
        match &first.target {
            Some(t) => self.assign_target(t)?,
            None => {
                self.emit(Op::PopTop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with(rest, body, span)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        // CPython reports __exit__ at the whole statement (no markers)
        self.set_span(span);
        self.emit(Op::ExitWith);
        let to_end = self.emit(Op::Jump(0));
        self.b().patch_here(setup);
        // stack: exit exc
        self.emit(Op::WithExceptStart);
        let j = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.b().patch_here(j);
        self.emit(Op::PopTop); // exc
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop); // exit
        self.b().patch_here(to_end);
        Ok(())
    }

    /// `await` of the value on top of the stack.
    fn await_top(&mut self) {
        self.emit_await();
    }

    /// `await` of the value on top of the stack: `GetAwaitable`, then
    /// `YieldFrom` with None sent first, which jumps over the
    /// `AwaitResume` that a frame waiting on a plain asyncio future
    /// resumes at (`asyncio/future_await.rs`).
    pub(super) fn emit_await(&mut self) {
        self.emit(Op::GetAwaitable);
        self.const_(Value::None);
        let at = self.here();
        self.emit(Op::YieldFrom(at + 2));
        self.emit(Op::AwaitResume);
    }

    fn async_for(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt], span: Span) -> R {
        self.expr(iter)?;
        self.set_span(span);
        self.emit(Op::GetAIter);
        let start = self.here();
        self.set_span(span);
        // StopAsyncIteration from __anext__ ends the loop
        let setup = self.emit(Op::SetupFinally(0));
        self.emit(Op::GetANext);
        self.await_top();
        self.emit(Op::PopBlock);
        self.unit().fblocks.push(FBlock::Loop { start, breaks: vec![], for_loop: true });
        self.assign_target(target)?;
        self.body(body)?;
        self.set_span(span);
        self.emit(Op::Jump(start));
        let breaks = self.pop_loop();
        self.b().patch_here(setup);
        self.emit(Op::EndAsyncFor);
        self.body(orelse)?;
        for b in breaks {
            self.b().patch_here(b);
        }
        Ok(())
    }

    fn async_with(&mut self, items: &[WithItem], body: &[Stmt], span: Span) -> R {
        let Some((first, rest)) = items.split_first() else { return self.body(body) };
        self.expr(&first.ctx)?;
        self.set_span(span);
        self.emit(Op::BeforeAsyncWith);
        self.await_top();
        let setup = self.emit(Op::SetupAsyncWith(0));
        match &first.target {
            Some(t) => self.assign_target(t)?,
            None => {
                self.emit(Op::PopTop);
            }
        }
        self.unit().fblocks.push(FBlock::AsyncWith);
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.async_with(rest, body, span)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.set_span(span);
        self.emit(Op::AsyncExitCall);
        self.await_top();
        self.emit(Op::PopTop);
        let to_end = self.emit(Op::Jump(0));
        self.b().patch_here(setup);
        // stack: aexit exc
        self.emit(Op::WithExceptStart);
        self.await_top();
        let j = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.b().patch_here(j);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.b().patch_here(to_end);
        Ok(())
    }

    fn function_def(&mut self, f: &FunctionDef, span: Span) -> R {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.set_span(span);
        let flags = self.defaults(&f.params)?;
        let scope = self.scope_of((span.0, span.1, ScopeKind::Function))?;
        let first_line = self.line_col(span.0).0;
        self.enter_unit(&f.name, scope, ScopeKind::Function, first_line);
        self.params(&f.params);
        // docstring
        let doc = match f.body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(d)), .. })) => Value::str(d.clone()),
            _ => Value::None,
        };
        self.b().consts.insert(0, doc);
        self.body(&f.body)?;
        self.const_(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.leave_unit()?;
        self.set_span(span);
        self.make_closure(code, flags);
        for _ in &f.decorators {
            self.emit(Op::CallFunction(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    /// Pushes defaults (tuple) and keyword defaults (dict); returns MakeFunction flags.
    pub(super) fn defaults(&mut self, p: &Params) -> Result<u32, SyntaxError> {
        let mut flags = 0;
        let pos: Vec<&Param> = p.posonly.iter().chain(p.args.iter()).filter(|a| a.default.is_some()).collect();
        if !pos.is_empty() {
            for a in &pos {
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildTuple(pos.len() as u32));
            flags |= 1;
        }
        let kw: Vec<&Param> = p.kwonly.iter().filter(|a| a.default.is_some()).collect();
        if !kw.is_empty() {
            for a in &kw {
                self.const_(Value::str(a.name.clone()));
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Declares parameters as the first local slots of the current unit.
    pub(super) fn params(&mut self, p: &Params) {
        let b = self.b();
        b.posonlyargcount = p.posonly.len();
        b.argcount = p.posonly.len() + p.args.len();
        b.kwonlyargcount = p.kwonly.len();
        b.flags.varargs = p.vararg.is_some();
        b.flags.varkw = p.kwarg.is_some();
        let names: Vec<String> = p
            .posonly
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonly.iter())
            .chain(p.vararg.iter())
            .chain(p.kwarg.iter())
            .map(|a| a.name.clone())
            .collect();
        for n in names {
            self.b().varname(&n);
        }
        let _ = all_params;
    }

    fn class_def(&mut self, c: &ClassDef, span: Span) -> R {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_span(span);
        self.emit(Op::LoadBuildClass);
        let scope = self.scope_of((span.0, span.1, ScopeKind::Class))?;
        let first_line = self.line_col(span.0).0;
        self.enter_unit(&c.name, scope, ScopeKind::Class, first_line);
        let qual = self.unit().b.qualname.clone();
        let m = self.b().name("__name__");
        self.emit(Op::LoadName(m));
        let i = self.b().name("__module__");
        self.emit(Op::StoreName(i));
        self.const_(Value::str(qual));
        let i = self.b().name("__qualname__");
        self.emit(Op::StoreName(i));
        if let Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(d)), .. })) = c.body.first().map(|s| &s.kind) {
            self.const_(Value::str(d.clone()));
            let i = self.b().name("__doc__");
            self.emit(Op::StoreName(i));
        }
        self.body(&c.body)?;
        let has_class_cell = self.unit().b.cellvars.iter().any(|c| c.as_str() == "__class__");
        if has_class_cell {
            let i = self.cell_index("__class__");
            self.emit(Op::LoadClosure(i));
        } else {
            self.const_(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.leave_unit()?;
        self.set_span(span);
        self.make_closure(code, 0);
        self.const_(Value::str(c.name.clone()));
        let mut pos = c.bases.clone();
        for b in &pos {
            if matches!(b.kind, ExprKind::Starred(_)) {
                return Err(self.err("starred base classes are not supported by tikitaka", b.span));
            }
        }
        let n = pos.len();
        for b in pos.drain(..) {
            self.expr(&b)?;
        }
        self.set_span(span);
        if c.keywords.is_empty() {
            self.emit(Op::CallFunction(2 + n as u32));
        } else {
            let mut names = vec![];
            for k in &c.keywords {
                match &k.name {
                    Some(name) => {
                        self.expr(&k.value)?;
                        names.push(Value::str(name.clone()));
                    }
                    None => return Err(self.err("** in class keywords is not supported by tikitaka", k.span)),
                }
            }
            let nk = names.len();
            self.const_(Value::tuple(names));
            self.emit(Op::CallFunctionKw((2 + n + nk) as u32));
        }
        for _ in &c.decorators {
            self.emit(Op::CallFunction(1));
        }
        self.store_name(&c.name);
        Ok(())
    }

    pub(super) fn assign_target(&mut self, t: &Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute(v, name) => {
                self.expr(v)?;
                self.set_span(t.span);
                let i = self.b().name(name);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript(v, idx) => {
                self.expr(v)?;
                self.expr(idx)?;
                self.set_span(t.span);
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                self.set_span(t.span);
                match items.iter().position(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    Some(star) => {
                        let after = items.len() - star - 1;
                        self.emit(Op::UnpackEx(star as u32 | ((after as u32) << 8)));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.assign_target(inner)?,
                        _ => self.assign_target(i)?,
                    }
                }
            }
            ExprKind::Starred(inner) => {
                return Err(self.err("starred assignment target must be in a list or tuple", inner.span));
            }
            _ => return Err(self.err("cannot assign to expression", t.span)),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> R {
        self.set_span(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute(v, name) => {
                self.expr(v)?;
                let i = self.b().name(name);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript(v, idx) => {
                self.expr(v)?;
                self.expr(idx)?;
                self.set_span(t.span);
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return Err(self.err("cannot delete expression", t.span)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, t: &Expr, op: BinOp, v: &Expr) -> R {
        let code = super::binop_code(op);
        match &t.kind {
            ExprKind::Name(n) => {
                // (an unbound or undefined name is reported at the name)
                self.set_span(t.span);
                self.load_name(n);
                self.expr(v)?;
                self.set_span_range(t.span.0.min(v.span.0)..v.span.1);
                self.emit(Op::InplaceOp(code as u32));
                self.store_name(n);
            }
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                self.emit(Op::DupTop);
                let i = self.b().name(name);
                self.set_span(t.span);
                self.emit(Op::LoadAttr(i));
                self.expr(v)?;
                self.set_span_range(t.span.0.min(v.span.0)..v.span.1);
                self.emit(Op::InplaceOp(code as u32));
                self.emit(Op::RotTwo);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.emit(Op::DupTopTwo);
                self.set_span(t.span);
                self.set_anchor(obj.span.1, idx.span.1 + 1);
                self.emit(Op::BinarySubscr);
                self.expr(v)?;
                self.set_span_range(t.span.0.min(v.span.0)..v.span.1);
                self.emit(Op::InplaceOp(code as u32));
                self.emit(Op::RotThree);
                self.emit(Op::StoreSubscr);
            }
            _ => return Err(self.err("illegal expression for augmented assignment", t.span)),
        }
        Ok(())
    }
}

trait SpanRange {
    fn into_span(self) -> Span;
}

impl SpanRange for std::ops::Range<usize> {
    fn into_span(self) -> Span {
        (self.start, self.end)
    }
}

impl<'a> Compiler<'a> {
    fn set_span_range(&mut self, r: std::ops::Range<usize>) {
        self.set_span(r.into_span())
    }
}
