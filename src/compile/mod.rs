//! AST → bytecode. `compile_module` is the entry; `stmt.rs` and `expr.rs`
//! generate code for statements and expressions, `symtable.rs` has already
//! decided where every name lives, `builder.rs` assembles code objects.

mod builder;
mod expr;
mod stack_depth;
mod stmt;
pub mod symtable;
pub mod warnings;

pub use stack_depth::control_flow_is_closed;

use crate::bytecode::{CodeObject, Op, Position};
use crate::object::Value;
use crate::syntax::ast::*;
use crate::syntax::error::SyntaxError;
use builder::CodeBuilder;
use std::rc::Rc;
use symtable::{NameScope, ScopeKind, SymbolTable};

/// What a `break`, `continue` or `return` must unwind on its way out.
#[derive(Clone)]
enum FBlock {
    /// A loop: `for_loop` says an iterator sits on the stack.
    Loop { start: u32, breaks: Vec<usize>, for_loop: bool },
    /// The body of `try … finally`: leaving runs the finally body.
    TryFinally(Rc<Vec<Stmt>>),
    /// The body of `try … except`: leaving pops the handler block.
    TryExcept,
    /// Inside an except clause; the name to clear on exit.
    Handler(Option<String>),
    /// Inside a finally body run because of an exception (exc on the stack).
    FinallyEnd,
    /// Inside `with`: `__exit__` sits on the stack.
    With,
    /// Inside `async with`: the bound `__aexit__` sits on the stack.
    AsyncWith,
}

struct Unit {
    b: CodeBuilder,
    scope: usize,
    fblocks: Vec<FBlock>,
    kind: ScopeKind,
}

pub struct Compiler<'a> {
    src: &'a str,
    filename: Rc<str>,
    source: Rc<str>,
    table: SymbolTable,
    line_starts: Vec<usize>,
    /// Per line: all ASCII, so a column is a byte distance.
    line_is_ascii: Vec<bool>,
    units: Vec<Unit>,
    /// When set, top-level expression statements record their value (REPL).
    interactive: bool,
}

/// Compiles a parsed module into its code object.
pub fn compile_module(body: &[Stmt], src: &str, filename: &str, interactive: bool) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_module_with(body, src, filename, interactive, false)
}

/// Like `compile_module`; with `top_level_await` the module code is a
/// coroutine body (for the REPL's `await` at the prompt).
pub fn compile_module_with(
    body: &[Stmt],
    src: &str,
    filename: &str,
    interactive: bool,
    top_level_await: bool,
) -> Result<Rc<CodeObject>, SyntaxError> {
    warnings::clear();
    let table = symtable::build_with(body, top_level_await)?;
    let mut line_starts = vec![0];
    let mut line_is_ascii = vec![true];
    for (i, b) in src.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i + 1);
            line_is_ascii.push(true);
        } else if !b.is_ascii()
            && let Some(last) = line_is_ascii.last_mut()
        {
            *last = false;
        }
    }
    let mut c = Compiler { src, filename: Rc::from(filename), source: Rc::from(src), table, line_starts, line_is_ascii, units: vec![], interactive };
    let mut b = CodeBuilder::new("<module>", "<module>", 1);
    b.flags.uses_name_dict = true;
    b.flags.coroutine = top_level_await;
    c.units.push(Unit { b, scope: 0, fblocks: vec![], kind: ScopeKind::Module });
    c.body(body)?;
    c.emit(Op::LoadConst(0)); // placeholder replaced below
    let unit = c.units.pop().ok_or_else(|| SyntaxError::new("internal compiler error", 0, 0))?;
    let mut b = unit.b;
    let none = b.add_const(Value::None);
    let last = b.ops.len() - 1;
    b.ops[last] = Op::LoadConst(none);
    b.emit(Op::ReturnValue);
    let code = Rc::new(b.finish(&c.filename, &c.source)?);
    if std::env::var_os("TIKITAKA_DIS").is_some() {
        eprint!("{}", disassemble(&code));
    }
    Ok(code)
}

/// A listing of `code` and the code nested in it, one instruction per line
/// (printed on stderr when `TIKITAKA_DIS` is set; a tool for VM work).
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = format!("== {} (stack {})\n", code.qualname, code.max_stack);
    for (i, op) in code.ops.iter().enumerate() {
        out.push_str(&format!("{:4} {:4} {:?}\n", code.positions.get(i).map_or(0, |p| p.line), i, op));
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push_str(&disassemble(inner));
        }
    }
    out
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn b(&mut self) -> &mut CodeBuilder {
        &mut self.unit().b
    }

    fn emit(&mut self, op: Op) -> usize {
        self.b().emit(op)
    }

    fn here(&mut self) -> u32 {
        self.b().here()
    }

    fn const_(&mut self, v: Value) {
        let i = self.b().add_const(v);
        self.emit(Op::LoadConst(i));
    }

    fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let end = offset.min(self.src.len());
        let col = if self.line_is_ascii.get(line).copied().unwrap_or(false) {
            end.saturating_sub(start)
        } else {
            self.src.get(start..end).map(|s| s.chars().count()).unwrap_or(0)
        };
        (line as u32 + 1, col as u32)
    }

    /// Sets the position recorded for the next instructions.
    fn set_span(&mut self, span: Span) {
        let (line, col) = self.line_col(span.0);
        let (end_line, end_col) = self.line_col(span.1);
        self.b().pos = Position { line, end_line, col, end_col, anchor: None };
    }

    /// Records a SyntaxWarning at the line where `span` starts.
    fn warn(&mut self, span: Span, msg: String) {
        let (line, _) = self.line_col(span.0);
        warnings::push(line, msg);
    }

    fn set_anchor(&mut self, from: usize, to: usize) {
        let (l1, c1) = self.line_col(from);
        let (l2, c2) = self.line_col(to);
        if l1 == l2 {
            self.b().pos.anchor = Some((c1, c2));
        }
    }

    fn err(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(msg, span.0, span.1)
    }

    fn scope_of(&self, key: (usize, usize, ScopeKind)) -> Result<usize, SyntaxError> {
        self.table.by_node.get(&key).copied().ok_or_else(|| self.err("internal compiler error: missing scope", (key.0, key.1)))
    }

    // ------------------------------------------------------------ names

    fn name_scope(&self, name: &str) -> NameScope {
        let u = &self.units[self.units.len() - 1];
        self.table.lookup(u.scope, name)
    }

    fn cell_index(&mut self, name: &str) -> u32 {
        let b = &self.units[self.units.len() - 1].b;
        if let Some(i) = b.cellvars.iter().position(|c| c.as_str() == name) {
            return i as u32;
        }
        if let Some(i) = b.freevars.iter().position(|c| c.as_str() == name) {
            return (b.cellvars.len() + i) as u32;
        }
        // should not happen: the symbol table lists every cell/free name
        let b = self.b();
        b.freevars.push(Rc::new(crate::object::PyStr::new(name.to_string())));
        (b.cellvars.len() + b.freevars.len() - 1) as u32
    }

    fn load_name(&mut self, name: &str) {
        let kind = self.unit().kind;
        match (self.name_scope(name), kind) {
            (NameScope::Cell | NameScope::Free, ScopeKind::Class) => {
                let i = self.cell_index(name);
                let n = self.b().name(name);
                let _ = n;
                self.emit(Op::LoadClassDeref(i));
            }
            (NameScope::Cell | NameScope::Free, _) => {
                let i = self.cell_index(name);
                self.emit(Op::LoadDeref(i));
            }
            (NameScope::GlobalExplicit, _) => {
                let i = self.b().name(name);
                self.emit(Op::LoadGlobal(i));
            }
            (_, ScopeKind::Module | ScopeKind::Class) => {
                let i = self.b().name(name);
                self.emit(Op::LoadName(i));
            }
            (NameScope::Local, _) => {
                let i = self.b().varname(name);
                self.emit(Op::LoadFast(i));
            }
            (NameScope::GlobalImplicit, _) => {
                let i = self.b().name(name);
                self.emit(Op::LoadGlobal(i));
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        let kind = self.unit().kind;
        match (self.name_scope(name), kind) {
            (NameScope::Cell | NameScope::Free, _)
                if !(kind == ScopeKind::Class && self.name_scope(name) == NameScope::Cell && name != "__class__") =>
            {
                let i = self.cell_index(name);
                self.emit(Op::StoreDeref(i));
            }
            (NameScope::GlobalExplicit, _) => {
                let i = self.b().name(name);
                self.emit(Op::StoreGlobal(i));
            }
            (_, ScopeKind::Module | ScopeKind::Class) => {
                let i = self.b().name(name);
                self.emit(Op::StoreName(i));
            }
            (_, _) => {
                let i = self.b().varname(name);
                self.emit(Op::StoreFast(i));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let kind = self.unit().kind;
        match (self.name_scope(name), kind) {
            (NameScope::Cell | NameScope::Free, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension) => {
                let i = self.cell_index(name);
                self.emit(Op::DeleteDeref(i));
            }
            (NameScope::GlobalExplicit, _) => {
                let i = self.b().name(name);
                self.emit(Op::DeleteGlobal(i));
            }
            (_, ScopeKind::Module | ScopeKind::Class) => {
                let i = self.b().name(name);
                self.emit(Op::DeleteName(i));
            }
            (_, _) => {
                let i = self.b().varname(name);
                self.emit(Op::DeleteFast(i));
            }
        }
    }

    fn qualname_for(&self, name: &str) -> String {
        let mut parts: Vec<String> = Vec::new();
        for u in self.units.iter().skip(1) {
            parts.push(u.b.name.clone());
            if matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension) {
                parts.push("<locals>".into());
            }
        }
        // use the enclosing unit's qualname to respect nesting
        if let Some(u) = self.units.last() {
            if u.kind == ScopeKind::Module {
                return name.to_string();
            }
            let base = u.b.qualname.clone();
            if matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension) {
                return format!("{base}.<locals>.{name}");
            }
            return format!("{base}.{name}");
        }
        let _ = parts;
        name.to_string()
    }

    /// Starts a new code unit for a function-like scope.
    fn enter_unit(&mut self, name: &str, scope: usize, kind: ScopeKind, first_line: u32) {
        let qualname = self.qualname_for(name);
        let mut b = CodeBuilder::new(name, &qualname, first_line);
        let s = &self.table.scopes[scope];
        b.cellvars = s.cellvars.iter().map(|c| Rc::new(crate::object::PyStr::new(c.clone()))).collect();
        b.freevars = s.freevars.iter().map(|c| Rc::new(crate::object::PyStr::new(c.clone()))).collect();
        b.flags.generator = s.is_generator;
        b.flags.coroutine = s.is_coroutine;
        b.flags.uses_name_dict = kind == ScopeKind::Class;
        self.units.push(Unit { b, scope, fblocks: vec![], kind });
    }

    /// Finishes the current unit and emits, in the parent, the code that
    /// builds a function from it (closure cells, defaults already pushed).
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) {
        let freevars: Vec<String> = code.freevars.iter().map(|f| f.as_str().to_string()).collect();
        let qualname = code.qualname.clone();
        if !freevars.is_empty() {
            for f in &freevars {
                let i = self.cell_index(f);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(freevars.len() as u32));
            flags |= 8;
        }
        self.const_(Value::Code(Rc::new(code)));
        self.const_(Value::str(qualname));
        self.emit(Op::MakeFunction(flags));
    }

    fn leave_unit(&mut self) -> Result<CodeObject, SyntaxError> {
        let u = self.units.pop().ok_or_else(|| SyntaxError::new("internal compiler error", 0, 0))?;
        u.b.finish(&self.filename, &self.source)
    }

    fn body(&mut self, stmts: &[Stmt]) -> Result<(), SyntaxError> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }
}

/// Maps an AST binary operator to the operand of `BinaryOp`.
pub fn binop_code(op: BinOp) -> u8 {
    op as u8
}
