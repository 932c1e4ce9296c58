//! Built-in modules: `sys` (argv, exit, stdout/stderr, recursion limit,
//! version_info), `math`, `gc`, `time` (`time.rs`), `builtins` (the builtins'
//! namespace itself) and the native halves of asyncio and the stdlib.

use super::{arity, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

static EXECUTABLE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets `sys.executable` for every interpreter of this process (a test
/// binary that runs programs in-process names the `tikitaka` binary).
pub fn set_executable(path: &str) {
    let _ = EXECUTABLE.set(path.to_string());
}

/// `sys.executable`: this interpreter's binary, so that
/// `create_subprocess_exec(sys.executable, "-c", …)` runs tikitaka.
fn executable() -> String {
    match EXECUTABLE.get() {
        Some(path) => path.clone(),
        None => std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default(),
    }
}

/// Creates the built-in module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> Option<Module> {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str(name));
    match name {
        "sys" => {
            let argv = vm.argv.iter().map(|a| Value::str(a.clone())).collect();
            dict.set_item_str("argv", Value::list(argv));
            dict.set_item_str("exit", native("exit", sys_exit));
            dict.set_item_str("getrecursionlimit", native("getrecursionlimit", getrecursionlimit));
            dict.set_item_str("exc_info", native("@exc_info", sys_exc_info));
            dict.set_item_str("setrecursionlimit", native("setrecursionlimit", setrecursionlimit));
            let items = vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)];
            static VERSION_INFO: StructSeq = StructSeq { name: "sys.version_info", fields: &["major", "minor", "micro", "releaselevel", "serial"] };
            let vi = PyTuple { items: items.into_boxed_slice(), fields: Some(&VERSION_INFO) };
            dict.set_item_str("version_info", Value::Tuple(Rc::new(vi)));
            dict.set_item_str("version", Value::str("3.11.7 (tikitaka)"));
            dict.set_item_str("platform", Value::str("linux"));
            dict.set_item_str("executable", Value::str(executable()));
            dict.set_item_str("maxsize", Value::Int(i64::MAX));
            dict.set_item_str("stdout", stream(vm, "stdout"));
            dict.set_item_str("stderr", stream(vm, "stderr"));
            dict.set_item_str("modules", Value::Dict(vm.modules.clone()));
        }
        "math" => return Some(super::math::create_math(vm)),
        // the builtins' own namespace, shared: `builtins.print is print`
        "builtins" => return Some(Module { name: name.to_string(), dict: vm.builtins.clone() }),
        "gc" => {
            dict.set_item_str("collect", native("collect", gc_collect));
            dict.set_item_str("isenabled", native("isenabled", gc_isenabled));
            dict.set_item_str("enable", native("enable", gc_enable));
            dict.set_item_str("disable", native("disable", gc_disable));
        }
        "_asyncio_native" => return Some(crate::asyncio::native_module()),
        "_stdlib_native" => return Some(crate::stdlib::native::module()),
        "_fileio" => return Some(crate::stdlib::fileio::module()),
        "time" => return Some(super::time::create_time()),
        // the native half of the frozen `inspect` module (src/stdlib/inspect.py)
        "_inspect" => {
            for (n, f) in [
                ("getgeneratorlocals", inspect_getgeneratorlocals as NativeFn),
                ("getcoroutinelocals", inspect_getcoroutinelocals),
                ("isgeneratorfunction", inspect_isgeneratorfunction),
                ("iscoroutinefunction", inspect_iscoroutinefunction),
                ("isasyncgenfunction", inspect_isasyncgenfunction),
                ("is_iterable_coroutine", inspect_is_iterable_coroutine),
                ("isfunction", inspect_isfunction),
                ("isclass", inspect_isclass),
                ("ismethod", inspect_ismethod),
            ] {
                dict.set_item_str(n, native(n, f));
            }
        }
        _ => return None,
    }
    Some(Module { name: name.to_string(), dict })
}

fn inspect_getgeneratorlocals(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("getgeneratorlocals", args, 1, 1)?;
    match &args[0] {
        Value::Generator(g) if !g.code().flags.coroutine => Ok(super::methods_gen::generator_locals(vm, g)),
        other => Err(type_error(format!("{} is not a Python generator", vm.repr(other)?))),
    }
}

fn inspect_getcoroutinelocals(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("getcoroutinelocals", args, 1, 1)?;
    match &args[0] {
        Value::Generator(g) if g.is_coroutine() => Ok(super::methods_gen::generator_locals(vm, g)),
        _ => Ok(Value::Dict(std::rc::Rc::new(crate::object::PyDict::new()))),
    }
}

fn code_flags(v: &Value) -> Option<crate::bytecode::CodeFlags> {
    match v {
        Value::Function(f) => Some(f.code.flags),
        Value::BoundMethod(b) => code_flags(&b.func),
        _ => None,
    }
}

fn inspect_isgeneratorfunction(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("isgeneratorfunction", args, 1, 1)?;
    Ok(Value::Bool(code_flags(&args[0]).is_some_and(|f| f.generator && !f.coroutine)))
}

fn inspect_iscoroutinefunction(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("iscoroutinefunction", args, 1, 1)?;
    Ok(Value::Bool(code_flags(&args[0]).is_some_and(|f| f.coroutine && !f.generator)))
}

fn inspect_isasyncgenfunction(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("isasyncgenfunction", args, 1, 1)?;
    Ok(Value::Bool(code_flags(&args[0]).is_some_and(|f| f.generator && f.coroutine)))
}

/// Whether a generator's code is marked by `types.coroutine` (awaitable).
fn inspect_is_iterable_coroutine(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("is_iterable_coroutine", args, 1, 1)?;
    Ok(Value::Bool(matches!(&args[0], Value::Generator(g) if g.code().flags.iterable_coroutine)))
}

fn inspect_isfunction(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("isfunction", args, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::Function(_))))
}

fn inspect_isclass(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("isclass", args, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::Class(_))))
}

fn inspect_ismethod(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("ismethod", args, 1, 1)?;
    Ok(Value::Bool(matches!(&args[0], Value::BoundMethod(b) if matches!(b.func, Value::Function(_)))))
}

fn stream(_vm: &mut Vm, which: &str) -> Value {
    let d = Rc::new(PyDict::new());
    d.set_item_str("__name__", Value::str(which));
    if which == "stdout" {
        d.set_item_str("write", native("write", stdout_write));
        d.set_item_str("flush", native("flush", stdout_flush));
    } else {
        d.set_item_str("write", native("write", stderr_write));
        d.set_item_str("flush", native("flush", stderr_flush));
    }
    Value::Module(Rc::new(Module { name: format!("sys.{which}"), dict: d }))
}

fn text_arg(args: &[Value]) -> PyResult<String> {
    arity("write", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(type_error(format!("write() argument must be str, not {}", crate::object::types::type_name(other)))),
    }
}

fn stdout_write(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = text_arg(args)?;
    vm.write_out(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn stderr_write(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = text_arg(args)?;
    vm.write_err(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn stdout_flush(vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.flush_out();
    Ok(Value::None)
}

fn stderr_flush(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn sys_exit(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("exit", args, 0, 1)?;
    Err(PyErr::with_args(&vm.types.system_exit, args.to_vec()))
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being
/// handled in the calling frame or its callers; the traceback is None here.
fn sys_exc_info(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("exc_info", args, 0, 0)?;
    let exc = vm.frames.iter().rev().find_map(|f| f.exc_info());
    Ok(match exc {
        Some(e) => {
            let cls = Value::Class(vm.types.of(&e));
            Value::tuple(vec![cls, e, Value::None])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `gc.collect()`: runs the cycle collector now; returns how many objects
/// it found unreachable (tikitaka's count, which need not equal CPython's).
fn gc_collect(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("collect", args, 0, 1)?;
    let mut n = crate::object::gc::collect();
    // what the collection finalized instead of freeing (see `gc::collect`):
    // reports, then closes, then frees, all before `collect()` returns
    for _ in 0..2 {
        if !crate::object::finalize::has_pending() && !crate::vm::finalize::pending() {
            break;
        }
        vm.run_finalizers();
        vm.run_asyncio_finalizers(false);
        n += crate::object::gc::collect();
    }
    vm.run_finalizers();
    Ok(Value::Int(n as i64))
}

fn gc_isenabled(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("isenabled", args, 0, 0)?;
    Ok(Value::Bool(crate::object::gc::is_enabled()))
}

fn gc_enable(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("enable", args, 0, 0)?;
    crate::object::gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("disable", args, 0, 0)?;
    crate::object::gc::set_enabled(false);
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("setrecursionlimit", args, 1, 1)?;
    match &args[0] {
        Value::Int(n) if *n >= 1 => {
            // frames live on the heap, but native re-entry uses the Rust stack: cap it
            vm.recursion_limit = (*n as usize).min(100_000);
            Ok(Value::None)
        }
        Value::Int(_) => Err(value_error("recursion limit must be greater or equal than 1")),
        other => Err(type_error(format!("'{}' object cannot be interpreted as an integer", crate::object::types::type_name(other)))),
    }
}
