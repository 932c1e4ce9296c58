//! `import`: only modules shipped in the binary exist — native ones (sys,
//! math, …), `asyncio`, and the frozen Python standard library of
//! `src/stdlib/`; they are created on first import and cached in `vm.modules`.

use super::Vm;
use super::frame::Frame;
use crate::bytecode::CodeObject;
use crate::object::exceptions::*;
use crate::object::*;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// Compiled frozen modules, kept for the next interpreter on this thread
    /// (the test runner makes one per test; compiling asyncio costs ~20 ms).
    static FROZEN: RefCell<Vec<(String, Rc<CodeObject>)>> = const { RefCell::new(Vec::new()) };
}

/// The code of frozen module `name`, compiled once per thread.
fn frozen_code(name: &str, src: &str) -> PyResult<Rc<CodeObject>> {
    if let Some(code) = FROZEN.with(|f| f.borrow().iter().find(|(n, _)| n == name).map(|(_, c)| c.clone())) {
        // drop what the last interpreter's run left in the global caches
        code.clear_caches();
        return Ok(code);
    }
    let filename = format!("<frozen {name}>");
    let code = match super::code_cache::load(name, &filename, src) {
        Some(code) => Rc::new(code),
        None => {
            let code = crate::runner::compile_source(src, &filename)
                .map_err(|report| internal(format!("frozen module {name} does not compile:\n{report}")))?;
            super::code_cache::store(name, src, &code);
            code
        }
    };
    FROZEN.with(|f| f.borrow_mut().push((name.to_string(), code.clone())));
    Ok(code)
}

impl Vm {
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_item_str(name) {
            return Ok(m);
        }
        if name == "asyncio" {
            return self.import_frozen(name, crate::asyncio::SOURCE);
        }
        if let Some(src) = crate::asyncio::submodule_source(name) {
            return self.import_frozen(name, src);
        }
        if let Some(src) = crate::stdlib::source(name) {
            return self.import_frozen(name, src);
        }
        let Some(module) = crate::builtins::modules::create(self, name) else {
            let note = crate::stdlib::cpython_names::missing_module_note(name);
            return Err(module_not_found(format!("No module named '{name}'{note}")));
        };
        let v = Value::Module(Rc::new(module));
        self.modules.set_item_str(name, v.clone());
        Ok(v)
    }

    /// `import a.b.c`: imports `a`, `a.b` and `a.b.c` in turn, makes each
    /// an attribute of its parent, and returns the top-level module `a` (what
    /// the `import` statement binds; `from a.b import x` reaches `a.b` with
    /// attribute loads).
    pub fn import_dotted(&mut self, name: &str) -> PyResult<Value> {
        let Some((top, _)) = name.split_once('.') else { return self.import_module(name) };
        let top_module = self.import_module(top)?;
        let mut parent = top_module.clone();
        let mut prefix = top.to_string();
        for part in name.split('.').skip(1) {
            let full = format!("{prefix}.{part}");
            if !is_package(&prefix) {
                return Err(module_not_found(format!("No module named '{full}'; '{prefix}' is not a package")));
            }
            let child = self.import_module(&full)?;
            if let Value::Module(p) = &parent {
                p.dict.set_item_str(part, child.clone());
            }
            parent = child;
            prefix = full;
        }
        Ok(top_module)
    }

    /// Runs a module written in Python and shipped inside the binary.
    fn import_frozen(&mut self, name: &str, src: &str) -> PyResult<Value> {
        let code = frozen_code(name, src)?;
        let dict = Rc::new(PyDict::new());
        dict.set_item_str("__name__", Value::str(name));
        let module = Value::Module(Rc::new(Module { name: name.to_string(), dict: dict.clone() }));
        // registered first, as CPython does, so that import cycles see it
        self.modules.set_item_str(name, module.clone());
        if let Err(e) = self.run_module(code, dict) {
            self.modules.remove_str(&PyStr::new(name.to_string()));
            return Err(e);
        }
        Ok(module)
    }

    pub fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr_opt(m, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = match m {
                    Value::Module(m) => m.name.clone(),
                    _ => "?".into(),
                };
                // `from package import submodule` imports the submodule
                let full = format!("{mname}.{}", name.as_str());
                if is_package(&mname) && (crate::stdlib::source(&full).is_some() || crate::asyncio::submodule_source(&full).is_some()) {
                    let child = self.import_module(&full)?;
                    if let Value::Module(p) = m {
                        p.dict.set_item_str(name.as_str(), child.clone());
                    }
                    return Ok(child);
                }
                let note = crate::stdlib::cpython_names::missing_name_note(&mname, name.as_str());
                Err(import_error(format!("cannot import name '{}' from '{mname}' (unknown location){note}", name.as_str())))
            }
        }
    }

    pub(crate) fn import_star(&mut self, f: &mut Frame, m: &Value) -> PyResult<()> {
        if let Value::Module(m) = m {
            let target = f.names().cloned().unwrap_or_else(|| f.globals.clone());
            for (k, v) in m.dict.items() {
                if let Value::Str(s) = &k
                    && !s.as_str().starts_with('_')
                {
                    target.set_str(s.clone(), v);
                }
            }
        }
        Ok(())
    }
}

/// Whether the shipped module `name` has submodules.
fn is_package(name: &str) -> bool {
    name == "asyncio" || crate::stdlib::is_package(name)
}
