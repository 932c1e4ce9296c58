//! Running a whole program: parse, compile, execute in a fresh `__main__`
//! namespace, and turn the outcome into CPython's report and exit code.
//! This is the boundary where errors of every layer become Python-visible.

use crate::object::exceptions::{PyErr, PyResult};
use crate::object::string::intern;
use crate::object::{PyDict, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// What running a program produced.
pub struct Outcome {
    pub exit_code: i32,
}

/// Parses and compiles `src`; a syntax error becomes CPython's report.
pub fn compile_source(src: &str, filename: &str) -> Result<Rc<crate::bytecode::CodeObject>, String> {
    let ast = crate::syntax::parse_file(src).map_err(|e| e.render(src, filename))?;
    crate::compile::compile_module(&ast, src, filename, false).map_err(|e| e.render(src, filename))
}

/// Runs `src` as the main module of `vm`.
pub fn run_main(vm: &mut Vm, src: &str, filename: &str) -> Outcome {
    let code = match compile_source(src, filename) {
        Ok(c) => c,
        Err(report) => {
            vm.write_err(&report);
            return Outcome { exit_code: 1 };
        }
    };
    let globals = Rc::new(PyDict::new());
    globals.set_item_str("__name__", Value::str("__main__"));
    globals.set_item_str("__doc__", Value::None);
    globals.set_item_str("__file__", Value::str(filename));
    let r = vm.run_module(code, globals.clone());
    let code = match r {
        Ok(_) => 0,
        Err(e) => report_uncaught(vm, &e),
    };
    // like CPython's shutdown: module globals go away, then leftover warnings print
    globals.clear();
    crate::object::gc::collect();
    vm.flush_warnings_at_exit();
    vm.flush_out();
    Outcome { exit_code: code }
}

/// Prints an uncaught exception (or handles SystemExit) and returns the exit code.
pub fn report_uncaught(vm: &mut Vm, e: &PyErr) -> i32 {
    if e.is_instance_of(&vm.types.system_exit) {
        let args = e.data().args.clone();
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(other) => {
                let s = vm.str(other).unwrap_or_default();
                vm.write_err(&format!("{s}\n"));
                1
            }
        };
    }
    let report = vm.format_exception(e);
    vm.write_err(&report);
    if e.is_instance_of(&vm.types.keyboard_interrupt) { 130 } else { 1 }
}

/// Whether a compile error only says that the module awaits at the top
/// level, which the REPL and `tikitaka notes` allow (like `python -m asyncio`
/// and Jupyter): they compile such input again as a coroutine.
pub fn awaits_at_top(msg: &str) -> bool {
    msg == "'await' outside function" || msg == "'await' outside async function" || msg.starts_with("'async ")
}

/// Runs module `code` compiled with top-level await allowed as a coroutine
/// in `globals`, on the session's event loop `event_loop` (made and set as
/// the current loop on first use, then kept, so tasks created by one input
/// go on running while later inputs await).
pub fn run_awaiting(vm: &mut Vm, globals: &Rc<PyDict>, code: Rc<crate::bytecode::CodeObject>, event_loop: &mut Option<Value>) -> PyResult<Value> {
    let lp = session_loop(vm, event_loop)?;
    let func = Value::Function(Rc::new(crate::object::Function {
        name: RefCell::new("<module>".into()),
        qualname: RefCell::new("<module>".into()),
        code,
        globals: globals.clone(),
        defaults: vec![],
        kwdefaults: vec![],
        closure: vec![],
        dict: RefCell::new(None),
        doc: Value::None,
    }));
    let coro = vm.call_value(&func, vec![], vec![])?;
    let run = vm.get_attr(&lp, &intern("run_until_complete"))?;
    vm.call_value(&run, vec![coro], vec![])
}

/// The session's event loop in `slot`; on first use a new loop, made the
/// current one and remembered as `asyncio._repl_loop` (where `create_task`
/// at the top level finds it).
pub fn session_loop(vm: &mut Vm, slot: &mut Option<Value>) -> PyResult<Value> {
    if let Some(l) = slot {
        return Ok(l.clone());
    }
    let asyncio = vm.import_module("asyncio")?;
    let new_loop = vm.get_attr(&asyncio, &intern("new_event_loop"))?;
    let lp = vm.call_value(&new_loop, vec![], vec![])?;
    let set_loop = vm.get_attr(&asyncio, &intern("set_event_loop"))?;
    vm.call_value(&set_loop, vec![lp.clone()], vec![])?;
    vm.set_attr(&asyncio, &intern("_repl_loop"), lp.clone())?;
    *slot = Some(lp.clone());
    Ok(lp)
}

/// What one chunk of a session printed.
pub struct ChunkResult {
    pub stdout: String,
    /// The traceback (or syntax error report) if the chunk failed.
    pub error: Option<String>,
    /// The chunk awaited at the top level (ran on the session's loop).
    pub awaited: bool,
}

/// One interpreter session that runs several chunks of source in the same
/// `__main__` namespace (like pasting them into one REPL), capturing what
/// each prints. Used for running notes block by block.
pub struct Session {
    pub vm: Vm,
    globals: Rc<PyDict>,
    /// The event loop for chunks that `await` at the top, made on first use.
    event_loop: Option<Value>,
}

impl Session {
    pub fn new(argv: Vec<String>) -> Session {
        let mut vm = Vm::new(argv);
        vm.out = crate::vm::Output::Capture(Vec::new());
        let globals = Rc::new(PyDict::new());
        globals.set_item_str("__name__", Value::str("__main__"));
        globals.set_item_str("__doc__", Value::None);
        Session { vm, globals, event_loop: None }
    }

    /// Runs `src` (named `filename` in tracebacks) and returns its output.
    /// A chunk that awaits at the top level runs as a coroutine on the
    /// session's event loop (`ChunkResult::awaited`).
    pub fn run(&mut self, src: &str, filename: &str) -> ChunkResult {
        let mut awaited = false;
        let r = match crate::syntax::parse_file(src) {
            Err(e) => Err(e.render(src, filename)),
            Ok(ast) => match crate::compile::compile_module(&ast, src, filename, false) {
                Ok(code) => Ok(self.vm.run_module(code, self.globals.clone())),
                Err(e) if awaits_at_top(&e.msg) => match crate::compile::compile_module_with(&ast, src, filename, false, true) {
                    Ok(code) => {
                        awaited = true;
                        Ok(run_awaiting(&mut self.vm, &self.globals, code, &mut self.event_loop))
                    }
                    Err(e) => Err(e.render(src, filename)),
                },
                Err(e) => Err(e.render(src, filename)),
            },
        };
        let error = match r {
            Err(report) => Some(report),
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(self.vm.format_exception(&e)),
        };
        let stdout = match &mut self.vm.out {
            crate::vm::Output::Capture(buf) => String::from_utf8_lossy(&std::mem::take(buf)).into_owned(),
            crate::vm::Output::Stdout(_) => String::new(),
        };
        ChunkResult { stdout, error, awaited }
    }
}
