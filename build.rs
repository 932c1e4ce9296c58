//! Build script: generates the parser from `grammar/python.lalrpop`, and a
//! list of golden test programs (`scripts/**/*.py` with a `.out` file) so
//! that `cargo test` runs one test per script.

use std::fmt::Write;
use std::path::Path;

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to generate the parser");
    golden_list();
}

fn golden_list() {
    let mut scripts = Vec::new();
    collect(Path::new("scripts"), &mut scripts);
    scripts.sort();
    let mut out = String::new();
    for path in &scripts {
        let name: String =
            path.trim_start_matches("scripts/").trim_end_matches(".py").chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        writeln!(out, "#[test]\nfn {name}() {{ crate::run_golden({path:?}); }}").ok();
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("golden_tests.rs");
    std::fs::write(dest, out).ok();
    println!("cargo:rerun-if-changed=scripts");
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "pending") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", p.display());
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") && p.with_extension("out").exists() {
            out.push(p.to_string_lossy().replace('\\', "/"));
        }
    }
}
