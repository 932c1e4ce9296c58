//! The registry of built-in classes (`int`, `list`, `TypeError`, …), one per
//! interpreter thread. Built-in types are ordinary `Class` objects whose
//! `kind` names their Rust representation; `builtins::install` fills their
//! method dictionaries.

use super::class::{Class, TypeKind, c3_mro};
use super::{PyDict, Value, ViewKind};
use std::rc::Rc;

macro_rules! registry {
    ($($field:ident),* $(,)?) => {
        pub struct Types {
            $(pub $field: Rc<Class>,)*
            /// One class per kind of built-in iterator (`map`, `zip`, `list_iterator`, …), made on demand.
            pub iter_classes: std::cell::RefCell<std::collections::HashMap<&'static str, Rc<Class>>>,
        }
        impl Types {
            /// Every built-in class with its Python name, for the builtins module.
            pub fn all(&self) -> Vec<Rc<Class>> { vec![$(self.$field.clone(),)*] }
        }
    };
}

registry!(
    object,
    type_,
    none_type,
    not_implemented_type,
    ellipsis_type,
    bool_,
    int,
    float,
    str,
    bytes,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    builtin_function,
    method,
    module,
    iterator,
    coroutine,
    async_generator,
    dict_keys,
    dict_values,
    dict_items,
    property,
    staticmethod,
    classmethod,
    super_,
    cell,
    generator,
    frame,
    base_exception,
    exception,
    base_exception_group,
    exception_group,
    generator_exit,
    keyboard_interrupt,
    system_exit,
    arithmetic_error,
    floating_point_error,
    overflow_error,
    zero_division_error,
    assertion_error,
    attribute_error,
    buffer_error,
    eof_error,
    import_error,
    module_not_found_error,
    lookup_error,
    index_error,
    key_error,
    memory_error,
    name_error,
    unbound_local_error,
    os_error,
    file_not_found_error,
    timeout_error,
    connection_error,
    blocking_io_error,
    child_process_error,
    broken_pipe_error,
    connection_aborted_error,
    connection_refused_error,
    connection_reset_error,
    file_exists_error,
    interrupted_error,
    is_a_directory_error,
    not_a_directory_error,
    permission_error,
    process_lookup_error,
    runtime_error,
    not_implemented_error,
    recursion_error,
    stop_async_iteration,
    stop_iteration,
    syntax_error,
    indentation_error,
    tab_error,
    system_error,
    type_error,
    value_error,
    unicode_error,
    warning,
    deprecation_warning,
    runtime_warning,
    user_warning,
);

/// Creates a class with a single base (or none, for `object`).
pub fn make_class(name: &str, base: Option<&Rc<Class>>, kind: TypeKind, builtin: bool) -> Rc<Class> {
    let bases: Vec<Rc<Class>> = base.into_iter().cloned().collect();
    let mro = c3_mro(&bases).unwrap_or_default();
    let dict = Rc::new(PyDict::new());
    dict.mark_class_namespace();
    Rc::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: "builtins".to_string(),
        bases,
        mro,
        dict,
        kind,
        builtin,
        slots_only: false,
        attr_names: Default::default(),
        has_del: Default::default(),
    })
}

impl Types {
    fn build() -> Types {
        use TypeKind as K;
        let object = make_class("object", None, K::Object, true);
        let t = |name: &str, kind| make_class(name, Some(&object), kind, true);
        let int = t("int", K::Int);
        let bool_ = make_class("bool", Some(&int), K::Bool, true);
        let base_exception = t("BaseException", K::Exception);
        let e = |name: &str, base: &Rc<Class>| make_class(name, Some(base), K::Exception, true);
        let exception = e("Exception", &base_exception);
        let arithmetic_error = e("ArithmeticError", &exception);
        let import_error = e("ImportError", &exception);
        let lookup_error = e("LookupError", &exception);
        let name_error = e("NameError", &exception);
        let os_error = e("OSError", &exception);
        let runtime_error = e("RuntimeError", &exception);
        let syntax_error = e("SyntaxError", &exception);
        let indentation_error = e("IndentationError", &syntax_error);
        let value_error = e("ValueError", &exception);
        let warning = e("Warning", &exception);
        let connection_error = e("ConnectionError", &os_error);
        let base_exception_group = e("BaseExceptionGroup", &base_exception);
        // ExceptionGroup(BaseExceptionGroup, Exception)
        let exception_group = {
            let bases = vec![base_exception_group.clone(), exception.clone()];
            Rc::new(Class {
                name: "ExceptionGroup".into(),
                qualname: "ExceptionGroup".into(),
                module: "builtins".into(),
                mro: c3_mro(&bases).unwrap_or_default(),
                bases,
                dict: {
                    let d = Rc::new(PyDict::new());
                    d.mark_class_namespace();
                    d
                },
                kind: K::Exception,
                builtin: true,
                slots_only: false,
                attr_names: Default::default(),
                has_del: Default::default(),
            })
        };
        Types {
            type_: t("type", K::Type),
            none_type: t("NoneType", K::NoneType),
            not_implemented_type: t("NotImplementedType", K::NotImplementedType),
            ellipsis_type: t("ellipsis", K::Ellipsis),
            bool_,
            float: t("float", K::Float),
            str: t("str", K::Str),
            bytes: t("bytes", K::Bytes),
            list: t("list", K::List),
            tuple: t("tuple", K::Tuple),
            dict: t("dict", K::Dict),
            set: t("set", K::Set),
            frozenset: t("frozenset", K::FrozenSet),
            range: t("range", K::Range),
            slice: t("slice", K::Slice),
            function: t("function", K::Function),
            builtin_function: t("builtin_function_or_method", K::BuiltinFunction),
            method: t("method", K::Method),
            module: t("module", K::Module),
            iterator: t("iterator", K::Iterator),
            dict_keys: t("dict_keys", K::Iterator),
            dict_values: t("dict_values", K::Iterator),
            dict_items: t("dict_items", K::Iterator),
            property: t("property", K::Property),
            staticmethod: t("staticmethod", K::StaticMethod),
            classmethod: t("classmethod", K::ClassMethod),
            super_: t("super", K::Super),
            cell: t("cell", K::Cell),
            generator: t("generator", K::Generator),
            frame: t("frame", K::Object),
            coroutine: t("coroutine", K::Generator),
            async_generator: t("async_generator", K::Generator),
            generator_exit: e("GeneratorExit", &base_exception),
            keyboard_interrupt: e("KeyboardInterrupt", &base_exception),
            system_exit: e("SystemExit", &base_exception),
            floating_point_error: e("FloatingPointError", &arithmetic_error),
            overflow_error: e("OverflowError", &arithmetic_error),
            zero_division_error: e("ZeroDivisionError", &arithmetic_error),
            assertion_error: e("AssertionError", &exception),
            attribute_error: e("AttributeError", &exception),
            buffer_error: e("BufferError", &exception),
            eof_error: e("EOFError", &exception),
            module_not_found_error: e("ModuleNotFoundError", &import_error),
            index_error: e("IndexError", &lookup_error),
            key_error: e("KeyError", &lookup_error),
            memory_error: e("MemoryError", &exception),
            unbound_local_error: e("UnboundLocalError", &name_error),
            file_not_found_error: e("FileNotFoundError", &os_error),
            timeout_error: e("TimeoutError", &os_error),
            blocking_io_error: e("BlockingIOError", &os_error),
            child_process_error: e("ChildProcessError", &os_error),
            broken_pipe_error: e("BrokenPipeError", &connection_error),
            connection_aborted_error: e("ConnectionAbortedError", &connection_error),
            connection_refused_error: e("ConnectionRefusedError", &connection_error),
            connection_reset_error: e("ConnectionResetError", &connection_error),
            file_exists_error: e("FileExistsError", &os_error),
            interrupted_error: e("InterruptedError", &os_error),
            is_a_directory_error: e("IsADirectoryError", &os_error),
            not_a_directory_error: e("NotADirectoryError", &os_error),
            permission_error: e("PermissionError", &os_error),
            process_lookup_error: e("ProcessLookupError", &os_error),
            not_implemented_error: e("NotImplementedError", &runtime_error),
            recursion_error: e("RecursionError", &runtime_error),
            stop_async_iteration: e("StopAsyncIteration", &exception),
            stop_iteration: e("StopIteration", &exception),
            tab_error: e("TabError", &indentation_error),
            system_error: e("SystemError", &exception),
            type_error: e("TypeError", &exception),
            unicode_error: e("UnicodeError", &value_error),
            deprecation_warning: e("DeprecationWarning", &warning),
            runtime_warning: e("RuntimeWarning", &warning),
            user_warning: e("UserWarning", &warning),
            connection_error,
            base_exception_group,
            exception_group,
            object,
            int,
            base_exception,
            exception,
            arithmetic_error,
            import_error,
            lookup_error,
            name_error,
            os_error,
            runtime_error,
            syntax_error,
            indentation_error,
            value_error,
            warning,
            iter_classes: Default::default(),
        }
    }

    /// The class of a built-in iterator named `name` (a subclass of `iterator`).
    pub fn iter_class(&self, name: &'static str) -> Rc<Class> {
        if let Some(c) = self.iter_classes.borrow().get(name) {
            return c.clone();
        }
        let c = make_class(name, Some(&self.iterator), TypeKind::Iterator, true);
        self.iter_classes.borrow_mut().insert(name, c.clone());
        c
    }

    /// The class of any value.
    pub fn of(&self, v: &Value) -> Rc<Class> {
        match (self.of_ref(v), v) {
            (Some(c), _) => c.clone(),
            (None, Value::Iterator(it)) => self.iter_class(it.type_name),
            (None, _) => self.object.clone(),
        }
    }

    /// The class of `v` without counting a reference to it, for every
    /// value but an iterator (whose class is looked up by name).
    #[inline]
    pub fn of_ref<'a>(&'a self, v: &'a Value) -> Option<&'a Rc<Class>> {
        use Value as V;
        Some(match v {
            V::None => &self.none_type,
            V::NotImplemented => &self.not_implemented_type,
            V::Ellipsis => &self.ellipsis_type,
            V::Bool(_) => &self.bool_,
            V::Int(_) | V::BigInt(_) => &self.int,
            V::Float(_) => &self.float,
            V::Str(_) => &self.str,
            V::Bytes(_) => &self.bytes,
            V::List(_) => &self.list,
            V::Tuple(_) => &self.tuple,
            V::Dict(_) => &self.dict,
            V::Set(_) => &self.set,
            V::FrozenSet(_) => &self.frozenset,
            V::Range(_) => &self.range,
            V::Slice(_) => &self.slice,
            V::Function(_) => &self.function,
            V::Builtin(_) => &self.builtin_function,
            V::BoundMethod(_) => &self.method,
            V::Class(_) => &self.type_,
            V::Instance(i) => &i.class,
            V::Module(_) => &self.module,
            V::Iterator(_) => return None,
            V::Property(_) => &self.property,
            V::StaticMethod(_) => &self.staticmethod,
            V::ClassMethod(_) => &self.classmethod,
            V::Super(_) => &self.super_,
            V::Cell(_) => &self.cell,
            V::Generator(g) if g.is_coroutine() => &self.coroutine,
            V::Generator(g) if g.is_async_gen() => &self.async_generator,
            V::Generator(_) => &self.generator,
            V::Code(_) | V::Unbound => &self.object,
            V::DictView(v) => match v.kind {
                ViewKind::Keys => &self.dict_keys,
                ViewKind::Values => &self.dict_values,
                ViewKind::Items => &self.dict_items,
            },
        })
    }
}

thread_local! {
    static TYPES: Rc<Types> = Rc::new(Types::build());
}

/// The built-in classes of this interpreter thread.
pub fn types() -> Rc<Types> {
    TYPES.with(|t| t.clone())
}

/// The Python-visible type name of a value (`type(v).__name__`).
pub fn type_name(v: &Value) -> String {
    use Value as V;
    match v {
        V::Instance(i) => i.class.name.clone(),
        V::Iterator(it) => it.type_name.to_string(),
        V::Builtin(b) if b.owner.is_some() => "builtin_function_or_method".to_string(),
        _ => types().of(v).name.clone(),
    }
}
