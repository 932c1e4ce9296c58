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

/// Why a program file could not be read.
pub enum ReadError {
    Io(std::io::Error),
    /// The bytes are not UTF-8; the first bad byte is at this offset.
    NotUtf8(usize),
}

impl ReadError {
    /// The reason in a few words: `No such file or directory`, `not UTF-8 text (…)`.
    pub fn reason(&self) -> String {
        match self {
            ReadError::Io(e) => match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ if e.raw_os_error() == Some(21) => "Is a directory".to_string(),
                _ => e.to_string(),
            },
            ReadError::NotUtf8(at) => format!("not UTF-8 text (invalid byte at offset {at})"),
        }
    }

    /// What `tikitaka FILE` prints, as CPython does, and its exit code.
    pub fn report(&self, path: &str) -> (String, i32) {
        match self {
            ReadError::Io(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                (format!("tikitaka: can't open file '{path}': [Errno {errno}] {}\n", self.reason()), 2)
            }
            ReadError::NotUtf8(_) => (format!("SyntaxError: Non-UTF-8 code in file '{path}'\n"), 1),
        }
    }
}

/// Reads a program (or note) file as UTF-8 text.
pub fn read_source(path: &std::path::Path) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8(e.utf8_error().valid_up_to()))
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
    vm.print_syntax_warnings(filename, src);
    let globals = Rc::new(PyDict::new());
    globals.set_item_str("__name__", Value::str("__main__"));
    globals.set_item_str("__doc__", Value::None);
    globals.set_item_str("__file__", Value::str(filename));
    let r = vm.run_module(code, globals.clone());
    let code = match r {
        Ok(_) => 0,
        // stopped from outside (a test's timeout): whoever stopped it reports
        Err(_) if vm.stopped() => 1,
        Err(e) => report_uncaught(vm, &e),
    };
    // what the uncaught exception's traceback kept alive goes first (with
    // tracemalloc's hint: CPython's warnings module still works then)
    vm.flush_warnings_at_exit(true);
    // like CPython's shutdown: module globals go away, then leftover warnings print
    vm.finalize_at_exit();
    clear_module_dict(vm, &globals);
    crate::object::gc::collect();
    vm.run_finalizers();
    vm.run_asyncio_finalizers(true);
    // (what those finalizers kept alive is garbage now)
    crate::object::gc::collect();
    vm.run_finalizers();
    vm.flush_warnings_at_exit(false);
    vm.flush_out();
    Outcome { exit_code: code }
}

/// Empties a module's namespace at exit the way CPython does: names that
/// start with one underscore first, then the rest, in definition order, each
/// set to None. Generators freed on the way are finalized at once, while the
/// names they may still need are there.
fn clear_module_dict(vm: &mut Vm, globals: &PyDict) {
    let keys: Vec<Rc<crate::object::PyStr>> = globals.keys().into_iter().filter_map(|k| if let Value::Str(s) = k { Some(s) } else { None }).collect();
    let underscore = |k: &str| k.starts_with('_') && !k.starts_with("__");
    for first in [true, false] {
        for k in keys.iter().filter(|k| underscore(k.as_str()) == first && k.as_str() != "__builtins__") {
            globals.set_str(k.clone(), Value::None);
            if crate::vm::finalize::pending() {
                vm.run_finalizers();
            }
        }
    }
    globals.clear();
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
    let report = vm.format_uncaught(e);
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
        renamed: std::cell::Cell::new(true),
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
                Ok(code) => {
                    self.vm.print_syntax_warnings(filename, src);
                    Ok(self.vm.run_module(code, self.globals.clone()))
                }
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
            Ok(Err(e)) => Some(self.vm.format_uncaught(&e)),
        };
        let stdout = self.vm.out.take_text();
        ChunkResult { stdout, error, awaited }
    }
}
