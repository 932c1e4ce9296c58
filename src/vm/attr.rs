//! Attribute access: `obj.name` for instances (properties, descriptors
//! written in Python, instance dict, methods bound on the fly,
//! `__getattr__`), classes, modules, functions and built-in values whose
//! methods live in their type's dict.

use super::Vm;
use crate::object::exceptions::*;
use crate::object::types::type_name;
use crate::object::*;
use std::rc::Rc;

fn bind(obj: &Value, f: Value) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod { self_value: obj.clone(), func: f }))
}

/// What a class attribute becomes when read through an instance.
fn descr_get_instance(obj: &Value, cls: &Rc<Class>, attr: Value) -> Value {
    match attr {
        Value::Function(_) | Value::Builtin(_) => bind(obj, attr),
        Value::ClassMethod(f) => bind(&Value::Class(cls.clone()), (*f).clone()),
        Value::StaticMethod(f) => (*f).clone(),
        other => other,
    }
}

impl Vm {
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                if let Value::Instance(inst) = obj
                    && let Some(ga) = inst.class.lookup(&self.names.getattr)
                {
                    return self.call_value(&ga, vec![obj.clone(), Value::Str(name.clone())], vec![]);
                }
                Err(self.attr_error(obj, name.as_str()))
            }
        }
    }

    pub fn attr_error(&self, obj: &Value, name: &str) -> PyErr {
        let err = match obj {
            Value::Class(c) => attribute_error(format!("type object '{}' has no attribute '{name}'", c.name)),
            Value::Module(m) => {
                let note = crate::stdlib::cpython_names::missing_name_note(&m.name, name);
                attribute_error(format!("module '{}' has no attribute '{name}'{note}", m.name))
            }
            _ => no_attribute(&type_name(obj), name),
        };
        err.with_hint(Hint::Attribute { obj: obj.clone(), name: name.to_string() })
    }

    /// Attribute lookup without `__getattr__` and without raising AttributeError.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        match obj {
            Value::Instance(inst) => {
                let cls_attr = inst.class.lookup(name);
                if let Some(Value::Property(p)) = &cls_attr {
                    if p.fget.is_none() {
                        return Err(attribute_error(format!("property '{n}' of '{}' object has no getter", inst.class.name)));
                    }
                    return self.call_value(&p.fget.clone(), vec![obj.clone()], vec![]).map(Some);
                }
                // a descriptor made by a program: a data descriptor (with
                // __set__ or __delete__) comes before the instance dict,
                // one with only __get__ after it
                let descriptor = match &cls_attr {
                    Some(Value::Instance(d)) => d.class.lookup(&self.names.get).map(|get| {
                        let data = d.class.lookup(&self.names.set).is_some() || d.class.lookup(&self.names.delete).is_some();
                        (get, data)
                    }),
                    _ => None,
                };
                let owner = || Value::Class(inst.class.clone());
                if let (Some((get, true)), Some(d)) = (&descriptor, &cls_attr) {
                    return self.call_value(get, vec![d.clone(), obj.clone(), owner()], vec![]).map(Some);
                }
                if let Some(v) = inst.get_attr(name) {
                    return Ok(Some(v));
                }
                if let (Some((get, false)), Some(d)) = (&descriptor, &cls_attr) {
                    return self.call_value(get, vec![d.clone(), obj.clone(), owner()], vec![]).map(Some);
                }
                if let Some(a) = cls_attr {
                    return Ok(Some(descr_get_instance(obj, &inst.class, a)));
                }
                if let Some(exc) = &inst.exc {
                    let d = exc.borrow();
                    let v = match n {
                        "args" => Some(Value::tuple(d.args.clone())),
                        "__cause__" => Some(d.cause.clone().unwrap_or_default()),
                        "__context__" => Some(d.context.clone().unwrap_or_default()),
                        "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                        "__traceback__" => Some(Value::None),
                        "value" if inst.class.is_subclass(&self.types.stop_iteration) => Some(d.args.first().cloned().unwrap_or_default()),
                        "code" if inst.class.is_subclass(&self.types.system_exit) => Some(match d.args.len() {
                            0 => Value::None,
                            1 => d.args[0].clone(),
                            _ => Value::tuple(d.args.clone()),
                        }),
                        "msg" if inst.class.is_subclass(&self.types.syntax_error) => d.args.first().cloned(),
                        "message" if inst.class.is_subclass(&self.types.base_exception_group) => crate::builtins::exception_group::message_of(obj),
                        "exceptions" if inst.class.is_subclass(&self.types.base_exception_group) => {
                            crate::builtins::exception_group::exceptions_of(obj).map(Value::tuple)
                        }
                        "errno" | "strerror" | "filename" | "filename2" if inst.class.is_subclass(&self.types.os_error) => Some(match n {
                            "errno" if (2..=5).contains(&d.args.len()) => d.args[0].clone(),
                            "strerror" if (2..=5).contains(&d.args.len()) => d.args[1].clone(),
                            "filename" if (3..=5).contains(&d.args.len()) => d.args[2].clone(),
                            _ => Value::None,
                        }),
                        _ => None,
                    };
                    if v.is_some() {
                        return Ok(v);
                    }
                }
                Ok(match n {
                    "__class__" => Some(Value::Class(inst.class.clone())),
                    "__dict__" => Some(Value::Dict(inst.own_dict())),
                    _ => None,
                })
            }
            Value::Class(cls) => {
                if let Some(a) = cls.lookup(name) {
                    if let Value::Instance(d) = &a
                        && let Some(get) = d.class.lookup(&self.names.get)
                    {
                        return self.call_value(&get, vec![a.clone(), Value::None, obj.clone()], vec![]).map(Some);
                    }
                    return Ok(Some(match a {
                        Value::ClassMethod(f) => bind(obj, (*f).clone()),
                        Value::StaticMethod(f) => (*f).clone(),
                        other => other,
                    }));
                }
                Ok(match n {
                    "__name__" => Some(Value::str(cls.name.clone())),
                    "__qualname__" => Some(Value::str(cls.qualname.clone())),
                    "__module__" => Some(Value::str(cls.module.clone())),
                    "__bases__" => Some(Value::tuple(cls.bases.iter().map(|b| Value::Class(b.clone())).collect())),
                    "__base__" => Some(cls.bases.first().map(|b| Value::Class(b.clone())).unwrap_or_default()),
                    "__mro__" => Some(Value::tuple(cls.full_mro().into_iter().map(Value::Class).collect())),
                    "__dict__" => Some(Value::Dict(cls.dict.clone())),
                    "__doc__" => Some(Value::None),
                    "__class__" => Some(Value::Class(self.types.type_.clone())),
                    "mro" => Some(bind(obj, crate::builtins::native("mro", crate::builtins::construct::class_mro))),
                    "__subclasses__" => None,
                    _ => None,
                })
            }
            Value::Module(m) => Ok(m.dict.get_str(name).or_else(|| (n == "__dict__").then(|| Value::Dict(m.dict.clone())))),
            Value::Function(f) => {
                if let Some(d) = &*f.dict.borrow()
                    && let Some(v) = d.get_str(name)
                {
                    return Ok(Some(v));
                }
                Ok(match n {
                    "__name__" => Some(Value::str(f.name.borrow().clone())),
                    "__qualname__" => Some(Value::str(f.qualname.borrow().clone())),
                    "__doc__" => Some(f.doc.clone()),
                    "__module__" => Some(f.globals.get_item_str("__name__").unwrap_or_default()),
                    "__defaults__" => Some(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) }),
                    "__dict__" => {
                        let d = f.dict.borrow_mut().get_or_insert_with(|| Rc::new(PyDict::new())).clone();
                        Some(Value::Dict(d))
                    }
                    "__class__" => Some(Value::Class(self.types.function.clone())),
                    "__globals__" => Some(Value::Dict(f.globals.clone())),
                    "__code__" => Some(Value::Code(f.code.clone())),
                    "__closure__" => Some(if f.closure.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                    }),
                    _ => None,
                })
            }
            Value::BoundMethod(bm) => Ok(match n {
                "__self__" => Some(bm.self_value.clone()),
                "__func__" => Some(bm.func.clone()),
                _ => self.get_attr_opt(&bm.func.clone(), name)?,
            }),
            Value::Builtin(b) => Ok(match n {
                "__name__" | "__qualname__" => Some(Value::str(b.name.trim_start_matches('@'))),
                "__doc__" => Some(Value::None),
                _ => None,
            }),
            Value::Super(s) => self.super_attr(s, name),
            Value::Property(p) => Ok(match n {
                "fget" => Some(p.fget.clone()),
                "fset" => Some(p.fset.clone()),
                "fdel" => Some(p.fdel.clone()),
                "__doc__" => Some(p.doc.clone()),
                _ => self.type_attr(obj, name),
            }),
            Value::Cell(c) if n == "cell_contents" => match c.get() {
                Some(v) => Ok(Some(v)),
                None => Err(value_error("Cell is empty")),
            },
            Value::Generator(g) => Ok(match n {
                "__name__" => Some(Value::str(g.name())),
                "__qualname__" => Some(Value::str(g.qualname())),
                _ => self.type_attr(obj, name),
            }),
            Value::Code(c) => Ok(code_attr(c, n).or_else(|| self.type_attr(obj, name))),
            Value::Tuple(t) if t.fields.is_some() => {
                let names = t.fields.map(|f| f.fields).unwrap_or(&[]);
                match names.iter().position(|f| *f == n) {
                    Some(i) => Ok(t.items.get(i).cloned()),
                    None => Ok(self.type_attr(obj, name)),
                }
            }
            _ => Ok(self.type_attr(obj, name)),
        }
    }

    /// Looks `name` up on the type of a built-in value (binding methods).
    fn type_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> Option<Value> {
        let cls = self.types.of(obj);
        if let Some(a) = cls.lookup(name) {
            return Some(match a {
                Value::Builtin(_) | Value::Function(_) => bind(obj, a),
                Value::ClassMethod(f) => bind(&Value::Class(cls), (*f).clone()),
                Value::StaticMethod(f) => (*f).clone(),
                Value::Property(p) => {
                    // native properties are functions of the object
                    return self.call_value(&p.fget.clone(), vec![obj.clone()], vec![]).ok();
                }
                other => other,
            });
        }
        match name.as_str() {
            "__class__" => Some(Value::Class(cls)),
            "__doc__" => Some(Value::None),
            _ => None,
        }
    }

    /// `LOAD_METHOD`: returns (function, Some(self)) when the attribute is a
    /// plain method, avoiding a bound-method allocation.
    pub fn load_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<(Value, Option<Value>)> {
        match obj {
            Value::Instance(inst) => {
                if let Some(f @ Value::Function(_)) = inst.class.lookup(name)
                    && inst.get_attr(name).is_none()
                {
                    return Ok((f, Some(obj.clone())));
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) | Value::Super(_) | Value::BoundMethod(_) => {}
            _ => {
                let cls = self.types.of(obj);
                if let Some(f @ Value::Builtin(_)) = cls.lookup(name) {
                    return Ok((f, Some(obj.clone())));
                }
            }
        }
        Ok((self.get_attr(obj, name)?, None))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&self.names.setattr)
                    && !is_object_method(&m)
                {
                    self.call_value(&m, vec![obj.clone(), Value::Str(name.clone()), v], vec![])?;
                    return Ok(());
                }
                self.instance_set_attr(obj, inst, name, v)
            }
            _ => self.set_attr_other(obj, name, v),
        }
    }

    /// `object.__setattr__`: properties, exception fields, `__slots__`, then
    /// the instance dict.
    pub fn instance_set_attr(&mut self, obj: &Value, inst: &Instance, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        {
            {
                let cls_attr = inst.class.lookup(name);
                match &cls_attr {
                    Some(Value::Property(p)) => {
                        if p.fset.is_none() {
                            return Err(attribute_error(p.missing("setter", &inst.class.name)));
                        }
                        self.call_value(&p.fset.clone(), vec![obj.clone(), v], vec![])?;
                        return Ok(());
                    }
                    Some(d @ Value::Instance(di)) => {
                        if let Some(set) = di.class.lookup(&self.names.set) {
                            self.call_value(&set, vec![d.clone(), obj.clone(), v], vec![])?;
                            return Ok(());
                        }
                    }
                    _ => {}
                }
                if inst.class.slots_only && !slot_names(&inst.class).iter().any(|s| s == name.as_str()) {
                    // a class attribute by that name cannot be shadowed
                    if cls_attr.is_some() {
                        return Err(attribute_error(format!("'{}' object attribute '{}' is read-only", inst.class.name, name.as_str())));
                    }
                    return Err(no_attribute(&inst.class.name, name.as_str()));
                }
                if let Some(exc) = &inst.exc {
                    let mut d = exc.borrow_mut();
                    match name.as_str() {
                        "__cause__" => {
                            d.cause = if v.is_none() { None } else { Some(v) };
                            d.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            d.context = if v.is_none() { None } else { Some(v) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            d.suppress_context = matches!(v, Value::Bool(true));
                            return Ok(());
                        }
                        "args" => {
                            drop(d);
                            let items = self.collect(&v)?;
                            if let Some(exc) = &inst.exc {
                                exc.borrow_mut().args = items;
                            }
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                inst.set_attr(name.clone(), v);
                Ok(())
            }
        }
    }

    fn set_attr_other(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        match obj {
            Value::Class(cls) => {
                if cls.builtin {
                    return Err(type_error(format!("cannot set '{}' attribute of immutable type '{}'", name.as_str(), cls.name)));
                }
                if name.as_str() == "__del__" {
                    cls.has_del.set(true);
                }
                cls.dict.set_str(name.clone(), v);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &v {
                            *f.name.borrow_mut() = s.as_str().to_string();
                            f.renamed.set(true);
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &v {
                            *f.qualname.borrow_mut() = s.as_str().to_string();
                            f.renamed.set(true);
                        }
                    }
                    _ => {
                        let d = f.dict.borrow_mut().get_or_insert_with(|| Rc::new(PyDict::new())).clone();
                        d.set_str(name.clone(), v);
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str(name.clone(), v);
                Ok(())
            }
            Value::Generator(g) if matches!(name.as_str(), "__name__" | "__qualname__") => {
                let Value::Str(s) = &v else {
                    return Err(type_error(format!("{} must be set to a string object", name.as_str())));
                };
                let text = Some(s.as_str().to_string());
                if name.as_str() == "__name__" {
                    g.set_names(text, None);
                } else {
                    g.set_names(None, text);
                }
                Ok(())
            }
            _ => {
                if self.types.of(obj).lookup(name).is_some() {
                    Err(attribute_error(format!("'{}' object attribute '{}' is read-only", type_name(obj), name.as_str())))
                } else {
                    Err(no_attribute(&type_name(obj), name.as_str()))
                }
            }
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let delattr = crate::object::string::intern("__delattr__");
                if let Some(m) = inst.class.lookup(&delattr)
                    && !is_object_method(&m)
                {
                    self.call_value(&m, vec![obj.clone(), Value::Str(name.clone())], vec![])?;
                    return Ok(());
                }
                self.instance_del_attr(obj, inst, name)
            }
            _ => self.del_attr_other(obj, name),
        }
    }

    /// `object.__delattr__`.
    pub fn instance_del_attr(&mut self, obj: &Value, inst: &Instance, name: &Rc<PyStr>) -> PyResult<()> {
        {
            {
                match inst.class.lookup(name) {
                    Some(Value::Property(p)) => {
                        if p.fdel.is_none() {
                            return Err(attribute_error(p.missing("deleter", &inst.class.name)));
                        }
                        self.call_value(&p.fdel.clone(), vec![obj.clone()], vec![])?;
                        return Ok(());
                    }
                    Some(Value::Instance(di)) => {
                        if let Some(delete) = di.class.lookup(&self.names.delete) {
                            self.call_value(&delete, vec![Value::Instance(di), obj.clone()], vec![])?;
                            return Ok(());
                        }
                    }
                    _ => {}
                }
                if inst.del_attr(name).is_none() {
                    return Err(no_attribute(&inst.class.name, name.as_str()));
                }
                Ok(())
            }
        }
    }

    fn del_attr_other(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Class(cls) if !cls.builtin => {
                if cls.dict.remove_str(name).is_none() {
                    return Err(attribute_error(format!("type object '{}' has no attribute '{}'", cls.name, name.as_str())));
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.remove_str(name);
                Ok(())
            }
            _ => Err(no_attribute(&type_name(obj), name.as_str())),
        }
    }

    fn super_attr(&mut self, s: &SuperObj, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let start_cls = match &s.obj {
            Value::Class(c) => c.clone(),
            other => self.types.of(other),
        };
        let mro = start_cls.full_mro();
        let pos = mro.iter().position(|c| Rc::ptr_eq(c, &s.this_class)).map(|p| p + 1).unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(a) = c.dict.get_str(name) {
                return Ok(Some(match (&s.obj, a) {
                    (Value::Class(_), Value::Function(f)) => Value::Function(f),
                    (_, Value::ClassMethod(f)) => bind(&Value::Class(start_cls.clone()), (*f).clone()),
                    (_, Value::StaticMethod(f)) => (*f).clone(),
                    (Value::Class(_), other) => other,
                    (obj, Value::Property(p)) => return self.call_value(&p.fget.clone(), vec![obj.clone()], vec![]).map(Some),
                    (obj, a @ (Value::Function(_) | Value::Builtin(_))) => bind(obj, a),
                    (_, other) => other,
                }));
            }
        }
        Err(attribute_error(format!("'super' object has no attribute '{}'", name.as_str())))
    }
}

/// Whether `m` is one of `object`'s own native methods (so that calling it
/// would only do what the generic path does anyway).
fn is_object_method(m: &Value) -> bool {
    matches!(m, Value::Builtin(b) if b.owner == Some("object"))
}

/// The names a class's `__slots__` declarations allow, along its MRO.
fn slot_names(cls: &Class) -> Vec<String> {
    let mut out = Vec::new();
    for c in std::iter::once(cls).chain(cls.mro.iter().map(|c| &**c)) {
        match c.dict.get_item_str("__slots__") {
            Some(Value::Str(s)) => out.push(s.as_str().to_string()),
            Some(Value::Tuple(t)) => {
                out.extend(t.items.iter().filter_map(|v| if let Value::Str(s) = v { Some(s.as_str().to_string()) } else { None }))
            }
            Some(Value::List(l)) => {
                out.extend(l.items.borrow().iter().filter_map(|v| if let Value::Str(s) = v { Some(s.as_str().to_string()) } else { None }))
            }
            _ => {}
        }
    }
    out
}

/// `LoadMethod` on a value of a built-in type whose method was seen before
/// at this name: answered from the code object's cache (see
/// `CodeObject::method_cache`) inline, or filled from the type's own dict.
#[inline(always)]
pub(crate) fn cached_builtin_method(f: &super::frame::Frame, types: &crate::object::types::Types, obj: &Value, i: usize) -> Option<Value> {
    if matches!(obj, Value::Instance(_) | Value::Class(_) | Value::Module(_) | Value::Function(_) | Value::Super(_) | Value::BoundMethod(_)) {
        return None;
    }
    if let Some(cls) = types.of_ref(obj)
        && let Some(Some((k, v, m))) = f.code.method_cache.borrow().get(i)
        && *k == Rc::as_ptr(cls) as usize
        && *v == cls.dict.version()
    {
        return Some(Value::Builtin(m.clone()));
    }
    fill_builtin_method(f, types, obj, i)
}

#[inline(never)]
fn fill_builtin_method(f: &super::frame::Frame, types: &crate::object::types::Types, obj: &Value, i: usize) -> Option<Value> {
    let cls = types.of(obj);
    let key = Rc::as_ptr(&cls) as usize;
    let version = cls.dict.version();
    if let Some(Some((k, v, m))) = f.code.method_cache.borrow().get(i)
        && *k == key
        && *v == version
    {
        return Some(Value::Builtin(m.clone()));
    }
    match cls.dict.get_str(&f.code.names[i]) {
        Some(Value::Builtin(m)) => {
            if let Some(slot) = f.code.method_cache.borrow_mut().get_mut(i) {
                *slot = Some((key, version, m.clone()));
            }
            Some(Value::Builtin(m))
        }
        _ => None,
    }
}

/// The attributes of a code object that tools and asyncio's reprs read.
fn code_attr(c: &crate::bytecode::CodeObject, n: &str) -> Option<Value> {
    let names = |v: &[Rc<PyStr>]| Value::tuple(v.iter().map(|s| Value::Str(s.clone())).collect());
    Some(match n {
        "co_name" => Value::str(c.name.clone()),
        "co_qualname" => Value::str(c.qualname.clone()),
        "co_filename" => Value::str(c.filename.to_string()),
        "co_firstlineno" => Value::Int(c.first_line as i64),
        "co_argcount" => Value::Int(c.argcount as i64),
        "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_varnames" => names(&c.varnames),
        "co_cellvars" => names(&c.cellvars),
        "co_freevars" => names(&c.freevars),
        "co_names" => names(&c.names),
        _ => return None,
    })
}
