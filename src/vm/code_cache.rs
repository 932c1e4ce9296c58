//! The code cache of the built-in Python modules (asyncio and the frozen
//! standard library): the compiled code of a module, written to a file the
//! first time a run compiles it and read by later runs, which then skip
//! parsing and compiling it (`import asyncio` compiles about 4 000 lines:
//! some 9 ms, against about 1 ms to read them back). CPython's `.pyc`
//! files, in spirit.
//!
//! A file belongs to one build of tikitaka and one source text: its name
//! holds a key made from the executable's size and modification time and
//! from the source, and its header repeats the key and a checksum of the
//! rest. Anything that does not match, or does not read back
//! (`bytecode::serial`), is ignored and the module compiled. Writing is
//! best effort (a temporary file renamed into place, so that concurrent
//! runs never see half a file; older builds' files of the module are
//! removed); a cache that cannot be written just means compiling.
//!
//! The directory is `$TIKITAKA_CACHE_DIR`, else `$XDG_CACHE_HOME/tikitaka`,
//! else `~/.cache/tikitaka`; `TIKITAKA_CACHE_DIR=` (empty) turns the cache
//! off.

use crate::bytecode::CodeObject;
use crate::bytecode::serial::{read_code, write_code};
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::rc::Rc;

const MAGIC: &[u8; 8] = b"TKTKCODE";

/// Every built-in Python module: name and source.
pub fn frozen_sources() -> Vec<(&'static str, &'static str)> {
    let mut all = vec![("asyncio", crate::asyncio::SOURCE)];
    for name in ["asyncio.streams", "asyncio.subprocess"] {
        all.extend(crate::asyncio::submodule_source(name).map(|s| (name, s)));
    }
    for name in crate::stdlib::NAMES {
        all.extend(crate::stdlib::source(name).map(|s| (*name, s)));
    }
    all
}

fn directory() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("TIKITAKA_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("tikitaka"));
    }
    Some(PathBuf::from(std::env::var_os("HOME").filter(|d| !d.is_empty())?).join(".cache").join("tikitaka"))
}

/// This build of tikitaka: its executable's size and modification time
/// (a rebuild changes them), with the crate's version.
fn build_stamp() -> Option<u64> {
    thread_local! {
        static STAMP: Option<u64> = {
            let meta = std::env::current_exe().and_then(std::fs::metadata).ok();
            meta.map(|m| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                env!("CARGO_PKG_VERSION").hash(&mut h);
                m.len().hash(&mut h);
                m.modified().ok().hash(&mut h);
                h.finish()
            })
        };
    }
    STAMP.with(|s| *s)
}

fn key(stamp: u64, name: &str, source: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (stamp, name, source).hash(&mut h);
    h.finish()
}

fn checksum(bytes: &[u8]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// Where module `name`'s code for this build and source lives.
fn file(name: &str, source: &str) -> Option<(PathBuf, u64)> {
    let k = key(build_stamp()?, name, source);
    Some((directory()?.join(format!("{name}.{k:016x}.code")), k))
}

/// The cached code of module `name` (file name `filename`, source
/// `source`), if a file of this build holds it.
pub fn load(name: &str, filename: &str, source: &str) -> Option<CodeObject> {
    let (path, k) = file(name, source)?;
    let data = std::fs::read(path).ok()?;
    let (header, body) = data.split_at_checked(24)?;
    if &header[..8] != MAGIC || header[8..16] != k.to_le_bytes() || header[16..24] != checksum(body).to_le_bytes() {
        return None;
    }
    read_code(body, &Rc::from(filename), &Rc::from(source))
}

/// Writes `code`, module `name`'s, for later runs (best effort).
pub fn store(name: &str, source: &str, code: &CodeObject) {
    let Some((path, k)) = file(name, source) else { return };
    let Some(body) = write_code(code) else { return };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let mut data = Vec::with_capacity(24 + body.len());
    data.extend_from_slice(MAGIC);
    data.extend_from_slice(&k.to_le_bytes());
    data.extend_from_slice(&checksum(&body).to_le_bytes());
    data.extend_from_slice(&body);
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temp = dir.join(format!("{name}.{k:016x}.{}-{n}.tmp", std::process::id()));
    if std::fs::write(&temp, &data).is_err() || std::fs::rename(&temp, &path).is_err() {
        let _ = std::fs::remove_file(&temp);
        return;
    }
    forget_old_builds(dir, name);
}

/// Keeps the newest few files of module `name` (other builds may still be
/// in use: a debug and a release one), removing the rest.
fn forget_old_builds(dir: &std::path::Path, name: &str) {
    const KEEP: usize = 3;
    let prefix = format!("{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().strip_prefix(&prefix).is_some_and(|rest| rest.len() == 21 && rest.ends_with(".code")))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    if files.len() > KEEP {
        files.sort();
        for (_, path) in &files[..files.len() - KEEP] {
            let _ = std::fs::remove_file(path);
        }
    }
}
