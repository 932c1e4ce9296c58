//! Running a whole program: parse, compile, execute in a fresh `__main__`
//! namespace, and turn the outcome into CPython's report and exit code.
//! This is the boundary where errors of every layer become Python-visible.

use crate::object::exceptions::PyErr;
use crate::object::{PyDict, Value};
use crate::vm::Vm;
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
    vm.finalize_at_exit();
    clear_module_dict(vm, &globals);
    crate::object::gc::collect();
    vm.run_finalizers();
    vm.flush_warnings_at_exit();
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
    let report = vm.format_exception(e);
    vm.write_err(&report);
    if e.is_instance_of(&vm.types.keyboard_interrupt) { 130 } else { 1 }
}

/// What one chunk of a session printed.
pub struct ChunkResult {
    pub stdout: String,
    /// The traceback (or syntax error report) if the chunk failed.
    pub error: Option<String>,
}

/// One interpreter session that runs several chunks of source in the same
/// `__main__` namespace (like pasting them into one REPL), capturing what
/// each prints. Used for running notes block by block.
pub struct Session {
    pub vm: Vm,
    globals: Rc<PyDict>,
}

impl Session {
    pub fn new(argv: Vec<String>) -> Session {
        let mut vm = Vm::new(argv);
        vm.out = crate::vm::Output::Capture(Vec::new());
        let globals = Rc::new(PyDict::new());
        globals.set_item_str("__name__", Value::str("__main__"));
        globals.set_item_str("__doc__", Value::None);
        Session { vm, globals }
    }

    /// Runs `src` (named `filename` in tracebacks) and returns its output.
    pub fn run(&mut self, src: &str, filename: &str) -> ChunkResult {
        let error = match compile_source(src, filename) {
            Err(report) => Some(report),
            Ok(code) => match self.vm.run_module(code, self.globals.clone()) {
                Ok(_) => None,
                Err(e) => Some(self.vm.format_exception(&e)),
            },
        };
        let stdout = match &mut self.vm.out {
            crate::vm::Output::Capture(buf) => String::from_utf8_lossy(&std::mem::take(buf)).into_owned(),
            crate::vm::Output::Stdout(_) => String::new(),
        };
        ChunkResult { stdout, error }
    }
}
