//! What CPython 3.11 has that tikitaka may lack: the names of its
//! standard-library modules, and the public names of each module tikitaka
//! provides (often in part). `cpython_names.txt` is generated from CPython
//! by `scripts/gen_cpython_names.sh`. Only error messages use it: a program
//! that imports `json` or calls `sys.getsizeof` learns that tikitaka lacks
//! them, not that they do not exist (the exception types stay CPython's,
//! so `try: import json` / `hasattr(sys, "getsizeof")` still work).

const NAMES: &str = include_str!("cpython_names.txt");

/// The names listed on the line `key: name name …`.
fn listed(key: &str) -> impl Iterator<Item = &'static str> {
    NAMES.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix(": ")).unwrap_or("").split(' ')
}

/// Whether `name` (a top-level module name) is a module of CPython's
/// standard library.
pub fn is_stdlib_module(name: &str) -> bool {
    listed("modules").any(|n| n == name)
}

/// Whether CPython's module `module` has the public name `name`.
pub fn module_has(module: &str, name: &str) -> bool {
    !module.is_empty() && listed(module).any(|n| n == name)
}

/// What an error about `module.name` adds when CPython's `module` has it.
pub fn missing_name_note(module: &str, name: &str) -> String {
    if module_has(module, name) { format!(" (tikitaka does not provide {module}.{name})") } else { String::new() }
}

/// What "No module named 'NAME'" adds when NAME is in CPython's standard
/// library.
pub fn missing_module_note(name: &str) -> &'static str {
    if is_stdlib_module(name) { " (a module of CPython's standard library that tikitaka does not provide)" } else { "" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_cpython_names() {
        assert!(is_stdlib_module("json") && is_stdlib_module("asyncio"));
        assert!(!is_stdlib_module("numpy") && !is_stdlib_module("json5"));
        assert!(module_has("sys", "getsizeof") && module_has("collections.abc", "Awaitable"));
        assert!(!module_has("sys", "getsizeoff") && !module_has("collections", "Awaitable"));
        assert_eq!(missing_name_note("nosuch", "x"), "");
    }
}
