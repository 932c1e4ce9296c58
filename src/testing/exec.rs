//! Running one program or note in a fresh interpreter on the current
//! thread, exactly as `tikitaka [--trace] FILE ARGS…` would run it (same
//! `sys.argv`, `__file__` and traceback paths, same exit codes), but with
//! stdout and stderr captured (up to a limit), stdin empty, and a `Signal`
//! through which the pool stops it at its timeout. The interpreter's state
//! (type registry, intern table, cycle collector) is per thread, so a fresh
//! `Vm` here shares nothing with a test on another thread; what a test
//! leaves in this thread's collector is collected before the next one.

use crate::notes::BlockReport;
use crate::runner::Session;
use crate::vm::signal::Signal;
use crate::vm::{Input, Output, Vm};
use std::sync::Arc;

/// What a program printed and how it exited.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Actual {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Finished,
    /// Stopped through the signal (the pool's timeout).
    Stopped,
    /// Stopped because stdout or stderr outgrew the output limit.
    Flooded,
}

/// The interpreter settings of one run.
pub struct Setup<'a> {
    pub signal: &'a Arc<Signal>,
    pub output_limit: usize,
    pub virtual_time: bool,
    pub trace: bool,
}

impl Setup<'_> {
    fn apply(&self, vm: &mut Vm) {
        vm.out = Output::Capture(Vec::new());
        vm.err = Output::Capture(Vec::new());
        vm.input = Input::Text(Default::default());
        vm.output_limit = self.output_limit;
        vm.signal = Some(self.signal.clone());
        vm.virtual_time = self.virtual_time;
        crate::asyncio::reactor::set_virtual_time(self.virtual_time);
        vm.trace = self.trace;
    }

    fn end(&self, vm: &Vm) -> End {
        if vm.flooded {
            End::Flooded
        } else if self.signal.stopped() {
            End::Stopped
        } else {
            End::Finished
        }
    }
}

/// Runs `src` as `tikitaka FILENAME ARGS…` would.
pub fn run_program(src: &str, filename: &str, args: &[String], setup: &Setup) -> (Actual, End) {
    let mut argv = vec![filename.to_string()];
    argv.extend(args.iter().cloned());
    let mut vm = Vm::new(argv);
    setup.apply(&mut vm);
    let exit_code = crate::runner::run_main(&mut vm, src, filename).exit_code;
    let actual = Actual { stdout: vm.out.take_text(), stderr: vm.err.take_text(), exit_code };
    let end = setup.end(&vm);
    dismantle(vm);
    (actual, end)
}

/// Checks a note's python blocks as `tikitaka notes` does.
pub fn run_note(text: &str, filename: &str, setup: &Setup) -> (Vec<BlockReport>, End) {
    let mut session = Session::new(vec![filename.to_string()]);
    setup.apply(&mut session.vm);
    let reports = crate::notes::check_note_in(&mut session, text, filename);
    let end = setup.end(&session.vm);
    dismantle(session.vm);
    (reports, end)
}

/// Takes a finished interpreter apart so that the next test on this thread
/// starts clean: empties every module's namespace, as CPython's shutdown
/// does (the collector does not see through classes, so a module's classes
/// and functions would otherwise keep each other alive), frees the cycles
/// left, and drops finalizers and warnings left pending.
fn dismantle(vm: Vm) {
    for (_, m) in vm.modules.items() {
        if let crate::object::Value::Module(m) = m {
            m.dict.clear();
        }
    }
    vm.modules.clear();
    crate::asyncio::forget_registrations();
    drop(vm);
    // (freeing what one collection found may leave more cycles behind)
    for _ in 0..4 {
        crate::object::gc::collect();
        crate::vm::finalize::discard_pending();
    }
    // what is still alive belongs to a finished program: none of its code
    // may run in the next one (no generator closed, no finalizer called)
    for i in crate::object::gc::live_instances(|_| true) {
        crate::object::finalize::forget_instance(&i);
    }
    for g in crate::object::gc::live_generators(|_| true) {
        g.set_state(crate::vm::generator::GenState::Closed);
        g.frame.clear();
    }
    for _ in 0..4 {
        crate::object::gc::collect();
        crate::vm::finalize::discard_pending();
    }
    crate::vm::warnings::discard_pending();
}
