//! The symbol table: decides, before code generation, whether each name in
//! each scope is a fast local, a cell, a free variable, a global or a name
//! looked up by dict — the same analysis as CPython's symtable.c, so
//! closures and `UnboundLocalError` behave the same.

use crate::syntax::ast::*;
use crate::syntax::error::SyntaxError;
use hashbrown::HashMap;
use indexmap::IndexMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct SymFlags {
    pub assigned: bool,
    pub param: bool,
    pub used: bool,
    pub global: bool,
    pub nonlocal: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: IndexMap<String, SymFlags>,
    pub resolved: HashMap<String, NameScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A method that uses `super` or `__class__` needs the `__class__` cell.
    pub needs_class_cell: bool,
    /// Where each `nonlocal` name was declared (for its error).
    pub nonlocal_spans: HashMap<String, Span>,
}

/// Key of a scope-introducing node: its span and kind.
pub type ScopeKey = (usize, usize, ScopeKind);

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<ScopeKey, usize>,
}

impl SymbolTable {
    pub fn lookup(&self, scope: usize, name: &str) -> NameScope {
        let s = &self.scopes[scope];
        if let Some(r) = s.resolved.get(name) {
            return *r;
        }
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => NameScope::GlobalImplicit,
            _ => NameScope::GlobalImplicit,
        }
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<ScopeKey, usize>,
    stack: Vec<usize>,
}

pub fn build(body: &[Stmt]) -> Result<SymbolTable, SyntaxError> {
    build_with(body, false)
}

/// `top_level_await`: the module body may `await` (the REPL runs it as a coroutine).
pub fn build_with(body: &[Stmt], top_level_await: bool) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder { scopes: vec![], by_node: HashMap::new(), stack: vec![] };
    b.push(ScopeKind::Module, "<module>".into(), (0, 0, ScopeKind::Module));
    b.scopes[0].is_coroutine = top_level_await;
    for s in body {
        b.stmt(s)?;
    }
    b.stack.pop();
    let mut table = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    resolve(&mut table, 0)?;
    Ok(table)
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, name: String, key: ScopeKey) {
        let id = self.scopes.len();
        let parent = self.stack.last().copied();
        self.scopes.push(Scope {
            kind,
            name,
            symbols: IndexMap::new(),
            resolved: HashMap::new(),
            cellvars: vec![],
            freevars: vec![],
            children: vec![],
            parent,
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            nonlocal_spans: HashMap::new(),
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn flags(&mut self, name: &str) -> &mut SymFlags {
        self.cur().symbols.entry(name.to_string()).or_default()
    }

    fn assign(&mut self, name: &str) {
        self.flags(name).assigned = true;
    }

    fn use_name(&mut self, name: &str) {
        self.flags(name).used = true;
    }

    fn target(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.assign(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(|i| self.target(i)),
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(e),
        }
    }

    fn declare(&mut self, names: &[String], global: bool, span: Span) -> Result<(), SyntaxError> {
        let kind = self.cur().kind;
        for n in names {
            let f = *self.flags(n);
            let what = if global { "global" } else { "nonlocal" };
            if f.param {
                return Err(SyntaxError::new(format!("name '{n}' is parameter and {what}"), span.0, span.1));
            }
            if f.used || f.assigned {
                let verb = if f.assigned { "assigned to" } else { "used" };
                return Err(SyntaxError::new(format!("name '{n}' is {verb} prior to {what} declaration"), span.0, span.1));
            }
            if !global && kind == ScopeKind::Module {
                return Err(SyntaxError::new("nonlocal declaration not allowed at module level", span.0, span.1));
            }
            if !global {
                self.cur().nonlocal_spans.entry(n.clone()).or_insert(span);
            }
            let f = self.flags(n);
            if global {
                f.global = true;
            } else {
                f.nonlocal = true;
            }
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign(targets, v) => {
                self.expr(v)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign(t, _, v) => {
                self.expr(v)?;
                if let ExprKind::Name(n) = &t.kind {
                    self.use_name(n);
                }
                self.target(t)
            }
            StmtKind::AnnAssign(t, ann, v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                    self.target(t)?;
                } else if let ExprKind::Name(n) = &t.kind {
                    // a bare annotation still makes the name local
                    self.assign(n);
                } else {
                    self.target(t)?;
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(ann)?;
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => v.iter().try_for_each(|e| self.expr(e)),
            StmtKind::Del(ts) => ts.iter().try_for_each(|t| self.target(t)),
            StmtKind::Global(names) => self.declare(names, true, s.span),
            StmtKind::Nonlocal(names) => self.declare(names, false, s.span),
            StmtKind::Assert(t, m) => {
                self.expr(t)?;
                m.iter().try_for_each(|e| self.expr(e))
            }
            StmtKind::Raise(e, c) => {
                e.iter().try_for_each(|e| self.expr(e))?;
                c.iter().try_for_each(|e| self.expr(e))
            }
            StmtKind::If(c, b, o) | StmtKind::While(c, b, o) => {
                self.expr(c)?;
                self.stmts(b)?;
                self.stmts(o)
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async && !self.cur().is_coroutine {
                    return Err(SyntaxError::new("'async for' outside async function", s.span.0, s.span.1));
                }
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.ty {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.assign(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async && !self.cur().is_coroutine {
                    return Err(SyntaxError::new("'async with' outside async function", s.span.0, s.span.1));
                }
                for it in items {
                    self.expr(&it.ctx)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.defaults(&f.params)?;
                for p in all_params(&f.params) {
                    if let Some(a) = &p.annotation {
                        self.expr(a)?;
                    }
                }
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.assign(&f.name);
                self.push(ScopeKind::Function, f.name.clone(), (s.span.0, s.span.1, ScopeKind::Function));
                self.cur().is_coroutine = f.is_async;
                self.params(&f.params);
                self.stmts(&f.body)?;
                self.stack.pop();
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                c.bases.iter().try_for_each(|b| self.expr(b))?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.assign(&c.name);
                self.push(ScopeKind::Class, c.name.clone(), (s.span.0, s.span.1, ScopeKind::Class));
                self.stmts(&c.body)?;
                self.stack.pop();
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.assign(&bound);
                }
                Ok(())
            }
            StmtKind::ImportFrom(_, aliases) => {
                for a in aliases {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(SyntaxError::new("import * only allowed at module level", s.span.0, s.span.1));
                        }
                        continue;
                    }
                    self.assign(a.asname.as_ref().unwrap_or(&a.name));
                }
                Ok(())
            }
        }
    }

    fn defaults(&mut self, p: &Params) -> Result<(), SyntaxError> {
        for param in all_params(p) {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, p: &Params) {
        for param in all_params(p) {
            let f = self.flags(&param.name);
            f.param = true;
            f.assigned = true;
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Constant(_) => Ok(()),
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "super" {
                    self.mark_class_cell();
                }
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => items.iter().try_for_each(|i| self.expr(i)),
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Attribute(v, _) => self.expr(v),
            ExprKind::Subscript(v, i) => {
                self.expr(v)?;
                self.expr(i)
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::Call(f, args, kws) => {
                self.expr(f)?;
                args.iter().try_for_each(|a| self.expr(a))?;
                kws.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::BinOp(a, _, b) => {
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::UnaryOp(_, a) => self.expr(a),
            ExprKind::BoolOp(_, vals) => vals.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare(a, rest) => {
                self.expr(a)?;
                rest.iter().try_for_each(|(_, v)| self.expr(v))
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(c)?;
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::Lambda(params, body) => {
                self.defaults(params)?;
                self.push(ScopeKind::Lambda, "<lambda>".into(), (e.span.0, e.span.1, ScopeKind::Lambda));
                self.params(params);
                self.expr(body)?;
                self.stack.pop();
                Ok(())
            }
            ExprKind::NamedExpr(t, v) => {
                self.expr(v)?;
                if let ExprKind::Name(n) = &t.kind {
                    // inside comprehensions the target binds in the enclosing
                    // function (a cell), or module (a global: PEP 572)
                    let mut depth = self.stack.len();
                    while depth > 1 && self.scopes[self.stack[depth - 1]].kind == ScopeKind::Comprehension {
                        depth -= 1;
                    }
                    let outer = self.scopes[self.stack[depth - 1]].kind;
                    if depth < self.stack.len() && outer == ScopeKind::Class {
                        return Err(SyntaxError::new(
                            "assignment expression within a comprehension cannot be used in a class body",
                            t.span.0,
                            t.span.1,
                        ));
                    }
                    for d in depth..self.stack.len() {
                        let id = self.stack[d];
                        let flags = self.scopes[id].symbols.entry(n.clone()).or_default();
                        if outer == ScopeKind::Module {
                            flags.global = true;
                        } else {
                            flags.nonlocal = true;
                        }
                    }
                    let id = self.stack[depth - 1];
                    self.scopes[id].symbols.entry(n.clone()).or_default().assigned = true;
                }
                Ok(())
            }
            ExprKind::Comp(_, elt, val, gens) => {
                // the first iterable is evaluated in the enclosing scope
                if let Some(first) = gens.first() {
                    self.expr(&first.iter)?;
                }
                self.push(ScopeKind::Comprehension, "<comp>".into(), (e.span.0, e.span.1, ScopeKind::Comprehension));
                self.flags(".0").param = true;
                self.flags(".0").assigned = true;
                for (i, g) in gens.iter().enumerate() {
                    if i > 0 {
                        self.expr(&g.iter)?;
                    }
                    self.target(&g.target)?;
                    g.ifs.iter().try_for_each(|c| self.expr(c))?;
                }
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                let is_gen = matches!(e.kind, ExprKind::Comp(CompKind::Generator, ..));
                if is_gen {
                    self.cur().is_generator = true;
                }
                if gens.iter().any(|g| g.is_async) {
                    self.cur().is_coroutine = true;
                }
                let is_async = self.cur().is_coroutine;
                self.stack.pop();
                // a non-generator async comprehension is awaited where it appears
                if is_async && !is_gen {
                    let parent_async = self.cur().is_coroutine;
                    if !parent_async {
                        return Err(SyntaxError::new("asynchronous comprehension outside of an asynchronous function", e.span.0, e.span.1));
                    }
                }
                Ok(())
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e)?;
                v.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::YieldFrom(v) => {
                if self.cur().is_coroutine {
                    return Err(SyntaxError::new("'yield from' inside async function", e.span.0, e.span.1));
                }
                self.mark_generator(e)?;
                self.expr(v)
            }
            ExprKind::Await(v) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    // an await makes the comprehension asynchronous
                    self.cur().is_coroutine = true;
                } else if !self.cur().is_coroutine {
                    let msg = match self.cur().kind {
                        ScopeKind::Module | ScopeKind::Class => "'await' outside function",
                        _ => "'await' outside async function",
                    };
                    return Err(SyntaxError::new(msg, e.span.0, e.span.1));
                }
                self.expr(v)
            }
        }
    }

    fn fparts(&mut self, parts: &[FPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FPart::Value { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match self.cur().kind {
            ScopeKind::Module | ScopeKind::Class => Err(SyntaxError::new("'yield' outside function", e.span.0, e.span.1)),
            ScopeKind::Comprehension => Err(SyntaxError::new("'yield' inside list comprehension", e.span.0, e.span.1)),
            _ => {
                self.cur().is_generator = true;
                Ok(())
            }
        }
    }

    fn mark_class_cell(&mut self) {
        // the nearest function scope directly inside a class gets __class__
        for &id in self.stack.iter().rev() {
            let k = self.scopes[id].kind;
            if k == ScopeKind::Function || k == ScopeKind::Lambda {
                if let Some(p) = self.scopes[id].parent
                    && self.scopes[p].kind == ScopeKind::Class
                {
                    self.scopes[id].needs_class_cell = true;
                    self.scopes[id].symbols.entry("__class__".into()).or_default().used = true;
                    return;
                }
            } else if k == ScopeKind::Class {
                return;
            }
        }
    }
}

pub fn all_params(p: &Params) -> impl Iterator<Item = &Param> {
    p.posonly.iter().chain(p.args.iter()).chain(p.vararg.iter()).chain(p.kwonly.iter()).chain(p.kwarg.iter())
}

/// Second pass: decides each name's scope, top-down, and records which
/// locals must become cells because an inner scope captures them.
fn resolve(t: &mut SymbolTable, id: usize) -> Result<(), SyntaxError> {
    let kind = t.scopes[id].kind;
    let names: Vec<(String, SymFlags)> = t.scopes[id].symbols.iter().map(|(k, v)| (k.clone(), *v)).collect();
    for (name, f) in names {
        let scope = if f.global {
            NameScope::GlobalExplicit
        } else if f.nonlocal {
            if find_enclosing_binding(t, id, &name).is_none() {
                if kind == ScopeKind::Comprehension {
                    NameScope::GlobalImplicit
                } else {
                    let (l, r) = t.scopes[id].nonlocal_spans.get(&name).copied().unwrap_or((0, 0));
                    return Err(SyntaxError::new(format!("no binding for nonlocal '{name}' found"), l, r));
                }
            } else {
                NameScope::Free
            }
        } else if f.assigned || f.param {
            NameScope::Local
        } else if (name == "__class__" && t.scopes[id].needs_class_cell) || find_enclosing_binding(t, id, &name).is_some() {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        t.scopes[id].resolved.insert(name, scope);
    }
    // free variables force cells in the binding scope (and pass-through frees in between)
    let frees: Vec<String> = t.scopes[id].resolved.iter().filter(|(_, s)| **s == NameScope::Free).map(|(n, _)| n.clone()).collect();
    for name in frees {
        if name == "__class__" {
            // provided by the class body: pass through intermediate functions
            let mut cur = t.scopes[id].parent;
            while let Some(p) = cur {
                if t.scopes[p].kind == ScopeKind::Class {
                    if !t.scopes[p].cellvars.contains(&name) {
                        t.scopes[p].cellvars.push(name.clone());
                    }
                    break;
                }
                add_free(t, p, &name);
                cur = t.scopes[p].parent;
            }
        } else if let Some(binder) = find_enclosing_binding(t, id, &name) {
            let mut cur = t.scopes[id].parent;
            while let Some(p) = cur {
                if p == binder {
                    if !t.scopes[p].cellvars.contains(&name) {
                        t.scopes[p].cellvars.push(name.clone());
                    }
                    if t.scopes[p].resolved.get(&name) == Some(&NameScope::Local) {
                        t.scopes[p].resolved.insert(name.clone(), NameScope::Cell);
                    }
                    break;
                }
                if t.scopes[p].kind != ScopeKind::Class {
                    add_free(t, p, &name);
                }
                cur = t.scopes[p].parent;
            }
        }
        if !t.scopes[id].freevars.contains(&name) {
            t.scopes[id].freevars.push(name);
        }
    }
    let children = t.scopes[id].children.clone();
    for c in children {
        resolve(t, c)?;
    }
    // a child's resolution may add cells to this scope; those names stay cells
    let cells = t.scopes[id].cellvars.clone();
    for c in cells {
        let cur = t.scopes[id].resolved.get(&c).copied();
        if (cur == Some(NameScope::Local) || cur.is_none()) && (t.scopes[id].kind != ScopeKind::Class || c == "__class__") {
            t.scopes[id].resolved.insert(c, NameScope::Cell);
        }
    }
    Ok(())
}

fn add_free(t: &mut SymbolTable, scope: usize, name: &str) {
    let s = &mut t.scopes[scope];
    if !s.freevars.iter().any(|f| f == name) && !s.cellvars.iter().any(|c| c == name) {
        let local = matches!(s.symbols.get(name), Some(f) if (f.assigned || f.param) && !f.nonlocal && !f.global);
        if !local {
            s.freevars.push(name.to_string());
            if s.kind != ScopeKind::Class {
                s.resolved.insert(name.to_string(), NameScope::Free);
            }
        }
    }
}

/// Finds the nearest enclosing function-like scope that binds `name`
/// (class scopes are skipped, as in Python).
fn find_enclosing_binding(t: &SymbolTable, id: usize, name: &str) -> Option<usize> {
    let mut cur = t.scopes[id].parent;
    while let Some(p) = cur {
        let s = &t.scopes[p];
        match s.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class => {}
            _ => {
                if let Some(f) = s.symbols.get(name) {
                    if f.global {
                        return None;
                    }
                    if (f.assigned || f.param) && !f.nonlocal {
                        return Some(p);
                    }
                    if f.nonlocal {
                        return find_enclosing_binding(t, p, name);
                    }
                }
            }
        }
        cur = s.parent;
    }
    None
}
