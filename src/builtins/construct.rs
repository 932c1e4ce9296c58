//! Calling a class: instances of user classes (`__new__`, `__init__`),
//! exceptions, and the constructors of built-in types (`int("12")`,
//! `list(x)`, `range(…)`, …). Also `__build_class__`, `super`, `property`,
//! `staticmethod`, `classmethod` and the methods of `object` and
//! `BaseException`.

use super::{add_methods, arity, native, take_kwargs};
use crate::object::class::{TypeKind, c3_mro};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use crate::vm::call::Kwargs;
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    vm.builtins.set_item_str("__build_class__", native("__build_class__", build_class));
    vm.builtins.set_item_str("super", native("@super", super_));
    let t = vm.types.clone();
    add_methods(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
        ],
    );
    t.object.dict.set_item_str("__init_subclass__", Value::ClassMethod(Rc::new(native("__init_subclass__", object_init_subclass))));
    t.object.dict.set_item_str("__new__", Value::StaticMethod(Rc::new(native("__new__", object_new))));
    add_methods(
        &t.base_exception,
        "BaseException",
        &[("__init__", exc_init), ("__str__", exc_str), ("__repr__", exc_repr), ("with_traceback", exc_with_traceback)],
    );
    add_methods(
        &t.property,
        "property",
        &[("setter", property_setter), ("getter", property_getter), ("deleter", property_deleter), ("__set_name__", property_set_name)],
    );
}

impl Vm {
    /// `cls(*args, **kwargs)`.
    pub fn instantiate(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        if is_native_constructor(cls) {
            return construct_builtin(self, cls, &args, &kwargs);
        }
        // a user-defined __new__
        let user_new = match cls.lookup(&self.names.new) {
            Some(Value::StaticMethod(f) | Value::ClassMethod(f)) if matches!(*f, Value::Function(_)) => Some((*f).clone()),
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        };
        let inst = match user_new {
            Some(f) => {
                let mut full = vec![Value::Class(cls.clone())];
                full.extend(args.iter().cloned());
                let inst = self.call_value(&f, full, kwargs.clone())?;
                // __init__ runs only when __new__ returned an instance of cls
                if !matches!(&inst, Value::Instance(i) if i.class.is_subclass(cls)) {
                    return Ok(inst);
                }
                inst
            }
            None if cls.is_subclass(&self.types.base_exception_group) => {
                let actual = super::exception_group::check_new(self, cls, &args)?;
                new_instance(&actual, args.clone())
            }
            // OSError(errno, strerror) picks the subclass for errno
            None if Rc::ptr_eq(cls, &self.types.os_error) && (2..=5).contains(&args.len()) && matches!(args[0], Value::Int(_)) => {
                let errno = if let Value::Int(e) = args[0] { e } else { 0 };
                new_instance(&exceptions::os_error_class(errno), args.clone())
            }
            None => new_instance(cls, if cls.kind == TypeKind::Exception { args.clone() } else { vec![] }),
        };
        if cls.kind == TypeKind::Exception && cls.is_subclass(&self.types.os_error) {
            split_os_error_args(&inst, &args);
        }
        match cls.lookup(&self.names.init) {
            Some(init @ Value::Function(_)) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(inst.clone());
                full.extend(args);
                let r = self.call_value(&init, full, kwargs)?;
                if !r.is_none() {
                    return Err(type_error(format!("__init__() should return None, not '{}'", type_name(&r))));
                }
            }
            _ => {
                if cls.kind != TypeKind::Exception && (!args.is_empty() || !kwargs.is_empty()) && !is_user_new(cls.lookup(&self.names.new)) {
                    return Err(type_error(format!("{}() takes no arguments", cls.name)));
                }
                if cls.kind == TypeKind::Exception && !kwargs.is_empty() {
                    return Err(type_error(format!("{}() takes no keyword arguments", cls.name)));
                }
            }
        }
        Ok(inst)
    }
}

/// A fresh instance of a user class (exception classes get exception data).
pub fn new_instance(cls: &Rc<Class>, exc_args: Vec<Value>) -> Value {
    let exc = (cls.kind == TypeKind::Exception).then(|| Box::new(RefCell::new(exceptions::ExcData { args: exc_args, ..Default::default() })));
    let inst = Rc::new(Instance::new(cls.clone(), exc));
    crate::object::gc::track_instance(&inst);
    Value::Instance(inst)
}

fn build_class(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (args.first(), args.get(1)) else {
        return Err(type_error("__build_class__: bad arguments"));
    };
    for (k, v) in kwargs {
        if k.as_str() == "metaclass" {
            if let Value::Class(c) = v
                && c.kind == TypeKind::Type
            {
                continue;
            }
            return Err(not_implemented("metaclasses are not supported by tikitaka"));
        }
        return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", name.as_str())));
    }
    let mut bases = Vec::new();
    for b in &args[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            other => return Err(type_error(format!("bases must be types, not {}", type_name(other)))),
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let mut kind = TypeKind::Object;
    for b in &bases {
        match b.kind {
            TypeKind::Object => {}
            TypeKind::Exception => kind = TypeKind::Exception,
            other => {
                if !(b.builtin && other == TypeKind::Object) {
                    return Err(not_implemented(format!("subclassing the built-in type '{}' is not supported by tikitaka yet", b.name)));
                }
            }
        }
    }
    let Some(mro) = c3_mro(&bases) else {
        let names: Vec<String> = bases.iter().map(|b| b.name.clone()).collect();
        return Err(type_error(format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", "))));
    };
    let ns = Rc::new(PyDict::new());
    let mut frame = vm.bind_args(body, vec![], &[])?;
    frame.set_names(Some(ns.clone()));
    let cell = match vm.run_frame(frame)? {
        crate::vm::Exit::Return(v) => v,
        crate::vm::Exit::Yield(v, _) => v,
    };
    // implicit conversions CPython applies to special methods
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Function(_)) = ns.get_item_str(special) {
            ns.set_item_str(special, Value::ClassMethod(Rc::new(f)));
        }
    }
    if let Some(f @ Value::Function(_)) = ns.get_item_str("__new__") {
        ns.set_item_str("__new__", Value::StaticMethod(Rc::new(f)));
    }
    if ns.get_item_str("__eq__").is_some() && ns.get_item_str("__hash__").is_none() {
        ns.set_item_str("__hash__", Value::None);
    }
    let qualname = match ns.get_item_str("__qualname__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => name.as_str().to_string(),
    };
    ns.remove_str(&PyStr::new("__qualname__"));
    let module = match ns.get_item_str("__module__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    let slots_only = Class::computes_slots_only(&ns, &mro);
    let has_del = Class::computes_has_del(&ns, &mro).into();
    ns.mark_class_namespace();
    let cls = Rc::new(Class {
        name: name.as_str().to_string(),
        qualname,
        module,
        bases,
        mro,
        dict: ns,
        kind,
        builtin: false,
        slots_only,
        attr_names: Default::default(),
        has_del,
    });
    crate::object::gc::track_class(&cls);
    if let Value::Cell(c) = cell {
        c.set(Some(Value::Class(cls.clone())));
    }
    // descriptors learn their owner and name, in namespace order
    for (key, value) in cls.dict.items() {
        if let (Value::Property(p), Value::Str(name)) = (&value, &key) {
            *p.name.borrow_mut() = Some(name.clone());
        }
        if let Value::Instance(d) = &value
            && let Some(set_name) = d.class.lookup(&vm.names.set_name)
        {
            vm.call_value(&set_name, vec![value.clone(), Value::Class(cls.clone()), key], vec![])?;
        }
    }
    // __init_subclass__ of the parent
    if let Some(parent) = cls.mro.first()
        && let Some(Value::ClassMethod(f)) = parent.lookup_str("__init_subclass__")
        && matches!(*f, Value::Function(_))
    {
        vm.call_value(&f, vec![Value::Class(cls.clone())], vec![])?;
    }
    Ok(Value::Class(cls))
}

fn super_(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (this_class, obj) = match args.len() {
        0 => {
            let f = vm.frames.last().ok_or_else(|| runtime_error("super(): no arguments"))?;
            let obj = f.local(0).cloned().or_else(|| {
                // the first argument may live in a cell
                f.code.cell_params.iter().find(|(_, slot)| *slot == 0).and_then(|(ci, _)| f.cells().get(*ci)).and_then(|c| c.get())
            });
            let Some(obj) = obj else { return Err(runtime_error("super(): no arguments")) };
            let ncell = f.code.cellvars.len();
            let class_cell = f.code.freevars.iter().position(|n| n.as_str() == "__class__").and_then(|i| f.cells().get(ncell + i));
            let Some(Value::Class(c)) = class_cell.and_then(|c| c.get()) else {
                return Err(runtime_error("super(): __class__ cell not found"));
            };
            (c, obj)
        }
        2 => match &args[0] {
            Value::Class(c) => (c.clone(), args[1].clone()),
            other => return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(other)))),
        },
        _ => return Err(type_error("super() takes 0 or 2 arguments")),
    };
    Ok(Value::Super(Rc::new(SuperObj { this_class, obj })))
}

/// `cls.mro()`.
pub fn class_mro(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(c.full_mro().into_iter().map(Value::Class).collect())),
        _ => Err(type_error("descriptor 'mro' requires a type")),
    }
}

/// `object.__new__(cls)`: a bare instance of a user class.
/// `OSError(errno, strerror, filename[, winerror, filename2])`: as in
/// CPython, the file names become attributes and `args` keeps
/// `(errno, strerror)`.
fn split_os_error_args(inst: &Value, args: &[Value]) {
    let Value::Instance(i) = inst else { return };
    if !(3..=5).contains(&args.len()) || !matches!(args[0], Value::Int(_)) {
        return;
    }
    i.set_attr(crate::object::string::intern("filename"), args[2].clone());
    if args.len() == 5 {
        i.set_attr(crate::object::string::intern("filename2"), args[4].clone());
    }
    if let Some(exc) = &i.exc {
        exc.borrow_mut().args.truncate(2);
    }
}

fn object_new(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) if !c.builtin || c.kind == TypeKind::Object || c.kind == TypeKind::Exception => {
            let exc_args = if c.kind == TypeKind::Exception { args[1..].to_vec() } else { vec![] };
            Ok(new_instance(c, exc_args))
        }
        Some(Value::Class(c)) => Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", c.name, c.name))),
        Some(other) => Err(type_error(format!("object.__new__(X): X is not a type object ({})", type_name(other)))),
        None => Err(type_error("object.__new__(): not enough arguments")),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let [this, Value::Str(name), value] = args else {
        return Err(type_error("object.__setattr__() takes (self, name: str, value)"));
    };
    match this {
        Value::Instance(inst) => vm.instance_set_attr(this, inst, name, value.clone())?,
        other => vm.set_attr(other, name, value.clone())?,
    }
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let [this, Value::Str(name)] = args else {
        return Err(type_error("object.__delattr__() takes (self, name: str)"));
    };
    match this {
        Value::Instance(inst) => vm.instance_del_attr(this, inst, name)?,
        other => vm.del_attr(other, name)?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let [this, Value::Str(name)] = args else {
        return Err(type_error("object.__getattribute__() takes (self, name: str)"));
    };
    match vm.get_attr_opt(this, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attr_error(this, name.as_str())),
    }
}

fn object_init(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_default();
    let cls = vm.types.of(&v);
    Ok(Value::str(format!("<{}.{} object at {:#x}>", cls.module, cls.qualname, v.id())))
}

fn object_str(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_default();
    Ok(Value::str(vm.repr(&v)?))
}

fn object_eq(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) { Value::Bool(true) } else { Value::NotImplemented })
}

fn object_ne(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("__ne__", args, 2, 2)?;
    let r = vm.compare_op(&args[0], &args[1], 2)?;
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int((args.first().map(|v| v.id()).unwrap_or(0) >> 4) as i64))
}

fn object_format(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("__format__", args, 2, 2)?;
    match &args[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::str(vm.str(&args[0])?)),
        _ => Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(&args[0])))),
    }
}

fn exc_init(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.first()
        && let Some(e) = &i.exc
    {
        e.borrow_mut().args = args[1..].to_vec();
    }
    Ok(Value::None)
}

fn exc_args(v: &Value) -> Vec<Value> {
    match v {
        Value::Instance(i) => i.exc.as_ref().map(|e| e.borrow().args.clone()).unwrap_or_default(),
        _ => vec![],
    }
}

fn exc_str(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_default();
    let a = exc_args(&v);
    let is_key = matches!(&v, Value::Instance(i) if i.class.is_subclass(&vm.types.key_error));
    if let Value::Instance(i) = &v
        && let Some(text) = vm.os_error_text(i, &a)?
    {
        return Ok(Value::str(text));
    }
    Ok(Value::str(match a.len() {
        0 => String::new(),
        1 if is_key => vm.repr(&a[0])?,
        1 => vm.str(&a[0])?,
        _ => vm.repr(&Value::tuple(a))?,
    }))
}

fn exc_repr(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_default();
    let a = exc_args(&v);
    let name = vm.types.of(&v).name.clone();
    let inner = match a.len() {
        0 => String::new(),
        1 => vm.repr(&a[0])?,
        _ => {
            let t = vm.repr(&Value::tuple(a))?;
            t[1..t.len() - 1].to_string()
        }
    };
    Ok(Value::str(format!("{name}({inner})")))
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or_default())
}

fn property_copy(args: &[Value], which: usize) -> PyResult<Value> {
    arity("property", args, 2, 2)?;
    let Value::Property(p) = &args[0] else { return Err(type_error("descriptor requires a 'property' object")) };
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = args[1].clone();
    let [fget, fset, fdel] = parts;
    let copy = Property::new(fget, fset, fdel, p.doc.clone());
    *copy.name.borrow_mut() = p.name.borrow().clone();
    Ok(Value::Property(Rc::new(copy)))
}

/// `property.__set_name__(owner, name)`: the name its errors give.
fn property_set_name(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("__set_name__", args, 3, 3)?;
    let Value::Property(p) = &args[0] else { return Err(type_error("descriptor '__set_name__' requires a 'property' object")) };
    *p.name.borrow_mut() = match &args[2] {
        Value::Str(s) => Some(s.clone()),
        _ => None,
    };
    Ok(Value::None)
}

fn property_getter(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    property_copy(args, 0)
}
fn property_setter(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    property_copy(args, 1)
}
fn property_deleter(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    property_copy(args, 2)
}

/// Parses an int literal the way `int(str, base)` does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1 && lower.starts_with('0') && lower.bytes().any(|b| b != b'0' && b != b'_') {
                    return None;
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").unwrap_or(&lower).to_string()),
        8 => (8, lower.strip_prefix("0o").unwrap_or(&lower).to_string()),
        2 => (2, lower.strip_prefix("0b").unwrap_or(&lower).to_string()),
        b => (b, lower.clone()),
    };
    let digits = digits.strip_prefix('_').unwrap_or(&digits);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    match body {
        "inf" | "infinity" => return Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if t.contains("__") || t.starts_with('_') || t.ends_with('_') || t.contains("_.") || t.contains("._") {
        return None;
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || !clean.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c)) {
        return None;
    }
    clean.parse::<f64>().ok()
}

fn int_from(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let [base_kw] = <[Option<Value>; 1]>::try_from(take_kwargs("int", kwargs, &["base"])?).unwrap_or_default();
    arity("int", args, 0, 2)?;
    let base = args.get(1).cloned().or(base_kw);
    let Some(x) = args.first() else { return Ok(Value::Int(0)) };
    if let Some(b) = base {
        let b = vm.to_index(&b, "'str' object cannot be interpreted as an integer")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Value::Str(s) = x else { return Err(type_error("int() can't convert non-string with explicit base")) };
        return parse_int(s.as_str(), b as u32)
            .map(Value::from_bigint)
            .ok_or_else(|| value_error(format!("invalid literal for int() with base {b}: {}", crate::vm::repr::str_repr(s.as_str()))));
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            Ok(if t.abs() < 9.2e18 { Value::Int(t as i64) } else { Value::from_bigint(float_to_big(t)) })
        }
        Value::Str(s) => {
            if s.chars > 4300 {
                let digits = s.as_str().bytes().filter(u8::is_ascii_digit).count();
                if digits > 4300 {
                    return Err(value_error(format!(
                        "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
            }
            parse_int(s.as_str(), 10)
                .map(Value::from_bigint)
                .ok_or_else(|| value_error(format!("invalid literal for int() with base 10: {}", crate::vm::repr::str_repr(s.as_str()))))
        }
        Value::Bytes(b) => {
            // int(b"42\n"): the bytes are read as ASCII text
            let text = String::from_utf8_lossy(&b.data);
            parse_int(&text, 10)
                .map(Value::from_bigint)
                .ok_or_else(|| value_error(format!("invalid literal for int() with base 10: {}", vm.repr(x).unwrap_or_default())))
        }
        Value::Instance(_) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(v) = vm.call_method(x, &PyStr::new(name), vec![])? {
                    return Ok(v);
                }
            }
            Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x))))
        }
        other => Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(other)))),
    }
}

fn float_to_big(f: f64) -> BigInt {
    // exact conversion of an integral double
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let v = BigInt::from(mant);
    let v = if exp >= 0 { v << exp as usize } else { v >> (-exp) as usize };
    if f < 0.0 { -v } else { v }
}

fn float_from(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    arity("float", args, 0, 1)?;
    let Some(x) = args.first() else { return Ok(Value::Float(0.0)) };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()).map(Value::Float).ok_or_else(|| overflow_error("int too large to convert to float")),
        Value::Str(s) => parse_float(s.as_str())
            .map(Value::Float)
            .ok_or_else(|| value_error(format!("could not convert string to float: {}", crate::vm::repr::str_repr(s.as_str())))),
        Value::Instance(_) => match vm.call_method(x, &PyStr::new("__float__"), vec![])? {
            Some(v) => Ok(v),
            None => Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x)))),
        },
        other => Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(other)))),
    }
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.int_index(v),
    }
}

/// Whether calling `cls` is `construct_builtin` (a built-in type other
/// than the exceptions and `object`).
pub fn is_native_constructor(cls: &Class) -> bool {
    cls.builtin && cls.kind != TypeKind::Exception && cls.kind != TypeKind::Object
}

/// Constructors of built-in types.
pub(crate) fn construct_builtin(vm: &mut Vm, cls: &Rc<Class>, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    let name = cls.name.as_str();
    if cls.kind != TypeKind::Int && cls.kind != TypeKind::Dict && !kwargs.is_empty() && !(cls.kind == TypeKind::Property || cls.kind == TypeKind::Str)
    {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(match cls.kind {
        TypeKind::Int => return int_from(vm, args, kwargs),
        TypeKind::Float => return float_from(vm, args),
        TypeKind::Bool => {
            arity("bool", args, 0, 1)?;
            Value::Bool(match args.first() {
                Some(v) => vm.truthy(v)?,
                None => false,
            })
        }
        TypeKind::Str => {
            arity("str", args, 0, 3)?;
            match args {
                [] => Value::str(""),
                [Value::Bytes(b), ..] if args.len() >= 2 => Value::str(String::from_utf8_lossy(&b.data).into_owned()),
                [Value::Int(i)] => Value::Str(Rc::new(PyStr::from_int(*i))),
                [v] => Value::str(vm.str(v)?),
                _ => Value::str(vm.str(&args[0])?),
            }
        }
        TypeKind::List => {
            arity("list", args, 0, 1)?;
            Value::list(match args.first() {
                Some(v) => vm.collect(v)?,
                None => vec![],
            })
        }
        TypeKind::Tuple => {
            arity("tuple", args, 0, 1)?;
            match args.first() {
                Some(v @ Value::Tuple(_)) => v.clone(),
                Some(v) => Value::tuple(vm.collect(v)?),
                None => Value::tuple(vec![]),
            }
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            arity(name, args, 0, 1)?;
            let s = PySet::new();
            if let Some(v) = args.first() {
                // a set's or dict's elements with their stored hashes, any
                // other iterable's one at a time (hashing may run `__hash__`,
                // between the steps of a generator)
                s.update_from(vm, v)?;
            }
            if cls.kind == TypeKind::Set { Value::Set(Rc::new(s)) } else { Value::FrozenSet(Rc::new(s)) }
        }
        TypeKind::Dict => {
            if args.len() > 1 {
                return Err(type_error(format!("dict expected at most 1 argument, got {}", args.len())));
            }
            let d = Rc::new(PyDict::new());
            if let Some(src) = args.first() {
                super::methods_dict::update_from(vm, &d, src)?;
            }
            for (k, v) in kwargs {
                d.set_str(k.clone(), v.clone());
            }
            Value::Dict(d)
        }
        TypeKind::Range => {
            if args.is_empty() {
                return Err(type_error("range expected at least 1 argument, got 0"));
            }
            if args.len() > 3 {
                return Err(type_error(format!("range expected at most 3 arguments, got {}", args.len())));
            }
            let (start, stop, step) = match args.len() {
                1 => (0, range_arg(vm, &args[0])?, 1),
                2 => (range_arg(vm, &args[0])?, range_arg(vm, &args[1])?, 1),
                _ => (range_arg(vm, &args[0])?, range_arg(vm, &args[1])?, range_arg(vm, &args[2])?),
            };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Value::Range(Rc::new(PyRange { start, stop, step }))
        }
        TypeKind::Slice => {
            arity("slice", args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::None, args[0].clone(), Value::None),
                2 => (args[0].clone(), args[1].clone(), Value::None),
                _ => (args[0].clone(), args[1].clone(), args[2].clone()),
            };
            Value::Slice(Rc::new(PySlice { start, stop, step }))
        }
        TypeKind::Bytes => {
            arity("bytes", args, 0, 3)?;
            let data = match args.first() {
                None => vec![],
                Some(Value::Int(n)) => {
                    if *n < 0 {
                        return Err(value_error("negative count"));
                    }
                    vec![0; *n as usize]
                }
                Some(Value::Str(s)) => {
                    if args.len() < 2 {
                        return Err(type_error("string argument without an encoding"));
                    }
                    s.as_str().as_bytes().to_vec()
                }
                Some(Value::Bytes(b)) => b.data.clone(),
                Some(v) => {
                    let mut out = vec![];
                    for x in vm.collect(v)? {
                        let i = vm.int_index(&x)?;
                        if !(0..256).contains(&i) {
                            return Err(value_error("bytes must be in range(0, 256)"));
                        }
                        out.push(i as u8);
                    }
                    out
                }
            };
            Value::Bytes(Rc::new(PyBytes { data }))
        }
        TypeKind::Type => {
            if args.len() == 1 {
                return Ok(Value::Class(vm.types.of(&args[0])));
            }
            if args.len() == 3 {
                return type_new(vm, args);
            }
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        TypeKind::Property => {
            let [fget, fset, fdel, doc] =
                <[Option<Value>; 4]>::try_from(take_kwargs("property", kwargs, &["fget", "fset", "fdel", "doc"])?).unwrap_or_default();
            let get = |i: usize, kw: Option<Value>| args.get(i).cloned().or(kw).unwrap_or_default();
            Value::Property(Rc::new(Property::new(get(0, fget), get(1, fset), get(2, fdel), get(3, doc))))
        }
        TypeKind::StaticMethod => {
            arity("staticmethod", args, 1, 1)?;
            Value::StaticMethod(Rc::new(args[0].clone()))
        }
        TypeKind::ClassMethod => {
            arity("classmethod", args, 1, 1)?;
            Value::ClassMethod(Rc::new(args[0].clone()))
        }
        TypeKind::Super => return super_(vm, args, &[]),
        TypeKind::Object => new_instance(cls, vec![]),
        _ => return Err(type_error(format!("cannot create '{name}' instances"))),
    })
}

/// `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (Value::Str(name), Value::Tuple(bases), Value::Dict(ns)) = (&args[0], &args[1], &args[2]) else {
        return Err(type_error("type() argument types are (str, tuple, dict)"));
    };
    let mut bs = vec![];
    for b in bases.items.iter() {
        if let Value::Class(c) = b {
            bs.push(c.clone());
        }
    }
    if bs.is_empty() {
        bs.push(vm.types.object.clone());
    }
    let mro = c3_mro(&bs).ok_or_else(|| type_error("Cannot create a consistent method resolution order (MRO)"))?;
    let kind = if bs.iter().any(|b| b.kind == TypeKind::Exception) { TypeKind::Exception } else { TypeKind::Object };
    let dict = Rc::new(ns.copy());
    dict.mark_class_namespace();
    let slots_only = Class::computes_slots_only(&dict, &mro);
    let has_del = Class::computes_has_del(&dict, &mro).into();
    let cls = Rc::new(Class {
        name: name.as_str().to_string(),
        qualname: name.as_str().to_string(),
        module: "__main__".into(),
        bases: bs,
        mro,
        dict,
        kind,
        builtin: false,
        slots_only,
        attr_names: Default::default(),
        has_del,
    });
    crate::object::gc::track_class(&cls);
    Ok(Value::Class(cls))
}

/// Whether a class's `__new__` is its own (a Python function), not
/// `object.__new__`: only then may a class without `__init__` take
/// arguments.
fn is_user_new(new: Option<Value>) -> bool {
    match new {
        Some(Value::Function(_)) => true,
        Some(Value::StaticMethod(f)) => matches!(*f, Value::Function(_)),
        _ => false,
    }
}
