//! Built-in functions, the constructors of built-in types, the methods of
//! built-in types and the built-in modules. `install` registers everything;
//! to add a builtin, write a `NativeFn` in the right family file and list it
//! in that file's `install`.

pub mod codecs;
pub mod construct;
pub mod exception_group;
pub mod functions;
pub mod math;
pub mod methods_bytes;
pub mod methods_dict;
pub mod methods_gen;
pub mod methods_list;
pub mod methods_num;
pub mod methods_str;
pub mod modules;
pub mod str_common;
pub mod str_format;
pub mod time;
pub mod unicode_tables;

use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

/// Wraps a native function as a Value.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction::new(name, func, None)))
}

/// Adds native methods to a built-in class's dict.
pub fn add_methods(cls: &Rc<Class>, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    for (name, func) in methods {
        cls.dict.set_item_str(name, Value::Builtin(Rc::new(BuiltinFunction::new(name, *func, Some(owner)))));
    }
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    // the classes CPython names in `builtins` (not `function`, `generator`,
    // `frame`… which exist only as types of values)
    const NOT_BUILTINS: &[&str] =
        &["NoneType", "NotImplementedType", "ellipsis", "cell", "coroutine", "frame", "function", "generator", "iterator", "method", "module"];
    for cls in vm.types.all() {
        if !NOT_BUILTINS.contains(&cls.name.as_str()) && !cls.name.contains('_') {
            b.set_item_str(&cls.name.clone(), Value::Class(cls.clone()));
        }
    }
    // functions may replace a class of the same name (`super` needs the caller's frame)
    functions::install(vm);
    construct::install(vm);
    exception_group::install(vm);
    methods_str::install(vm);
    methods_bytes::install(vm);
    codecs::install(vm);
    methods_list::install(vm);
    methods_dict::install(vm);
    methods_num::install(vm);
    methods_gen::install(vm);
    b.set_item_str("NotImplemented", Value::NotImplemented);
    b.set_item_str("Ellipsis", Value::Ellipsis);
    b.set_item_str("__name__", Value::str("builtins"));
}

/// Checks a native function's positional argument count.
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(type_error(msg))
}

/// Method arity: `args[0]` is self and is not counted in messages.
pub fn method_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    arity(name, args.get(1..).unwrap_or(&[]), min, max)
}

pub fn no_kwargs(name: &str, kwargs: KwArgs) -> PyResult<()> {
    if kwargs.is_empty() { Ok(()) } else { Err(type_error(format!("{name}() takes no keyword arguments"))) }
}

/// Finds a keyword argument; errors on unknown ones.
pub fn take_kwargs<'a>(name: &str, kwargs: KwArgs<'a>, allowed: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let mut out = vec![None; allowed.len()];
    for (k, v) in kwargs {
        match allowed.iter().position(|a| *a == k.as_str()) {
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("{name}() got an unexpected keyword argument '{}'", k.as_str()))),
        }
    }
    Ok(out)
}

/// The str inside a Value, or a TypeError naming what was expected.
pub fn expect_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(type_error(format!("{what}, not {}", crate::object::types::type_name(other)))),
    }
}
