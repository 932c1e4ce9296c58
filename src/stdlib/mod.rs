//! The frozen standard library: small pure-Python modules (`functools`,
//! `itertools`, `collections`, …) compiled into the binary, one `.py` file
//! per module in this directory. `Vm::import_module` (`vm/imports.rs`) asks
//! [`source`] for a module name it does not have yet and runs the source as
//! a module (file name `<frozen NAME>`), exactly as it does for `asyncio`.
//! Each source file starts with a comment saying which subset it provides.
//!
//! To add a module: write `NAME.py` here and add one arm to [`source`].
//! Primitives that need Rust go in `native.rs` (module `_stdlib_native`).

pub mod cpython_names;
pub mod fileio;
pub mod mt;
pub mod native;

/// Whether the frozen module `name` has submodules (`collections.abc`).
pub fn is_package(name: &str) -> bool {
    name == "collections"
}

/// Every frozen standard-library module (each has a [`source`]).
pub const NAMES: &[&str] = &[
    "functools",
    "itertools",
    "collections",
    "contextlib",
    "types",
    "random",
    "heapq",
    "typing",
    "operator",
    "bisect",
    "abc",
    "__future__",
    "logging",
    "traceback",
    "copy",
    "string",
    "io",
    "collections.abc",
    "inspect",
    "contextvars",
];

/// The Python source of the frozen standard-library module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "functools" => include_str!("functools.py"),
        "itertools" => include_str!("itertools.py"),
        "collections" => include_str!("collections.py"),
        "contextlib" => include_str!("contextlib.py"),
        "types" => include_str!("types.py"),
        "random" => include_str!("random.py"),
        "heapq" => include_str!("heapq.py"),
        "typing" => include_str!("typing.py"),
        "operator" => include_str!("operator.py"),
        "bisect" => include_str!("bisect.py"),
        "abc" => include_str!("abc.py"),
        "__future__" => include_str!("__future__.py"),
        "logging" => include_str!("logging.py"),
        "traceback" => include_str!("traceback.py"),
        "copy" => include_str!("copy.py"),
        "string" => include_str!("string.py"),
        "io" => include_str!("io.py"),
        "collections.abc" => include_str!("collections_abc.py"),
        "inspect" => include_str!("inspect.py"),
        "contextvars" => include_str!("contextvars.py"),
        _ => return None,
    })
}
