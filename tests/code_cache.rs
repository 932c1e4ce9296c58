//! The code cache of the built-in modules (`vm::code_cache`): the first run
//! that imports asyncio writes its compiled code, the next one reads it
//! (the file is left as it was), and a damaged file is ignored, the module
//! compiled again and the file written anew (and read by the run after);
//! the program's output is the same every time.

use std::path::{Path, PathBuf};
use std::process::Command;

const PROGRAM: &str = r#"
import asyncio


async def ping(n, queue):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    await queue.put(None)


async def pong(queue):
    got = []
    while (item := await queue.get()) is not None:
        got.append(item)
    return got


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, got = await asyncio.gather(ping(5, queue), pong(queue))
    print("티키타카", got)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
"#;

fn run(cache: &Path, script: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tikitaka")).arg(script).env("TIKITAKA_CACHE_DIR", cache).output().expect("tikitaka runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn asyncio_file(cache: &Path) -> PathBuf {
    let found = std::fs::read_dir(cache)
        .expect("the cache directory was made")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("asyncio.") && n.to_string_lossy().matches('.').count() == 2))
        .collect::<Vec<_>>();
    assert_eq!(found.len(), 1, "one file for asyncio: {found:?}");
    found[0].clone()
}

#[test]
fn second_run_reads_the_code_and_a_damaged_file_is_replaced() {
    let dir = std::env::temp_dir().join(format!("tikitaka-code-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let cache = dir.join("cache");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("ping_pong.py");
    std::fs::write(&script, PROGRAM).expect("script written");
    let expected = "티키타카 [0, 1, 2, 3, 4]\ntimed out\n";

    assert_eq!(run(&cache, &script), expected);
    let file = asyncio_file(&cache);
    let written = std::fs::read(&file).expect("cache file");
    let stamp = std::fs::metadata(&file).and_then(|m| m.modified()).expect("mtime");

    assert_eq!(run(&cache, &script), expected);
    assert_eq!(std::fs::metadata(&file).and_then(|m| m.modified()).expect("mtime"), stamp, "read, not written again");

    // a byte changed in the middle, then a file cut short: each is refused
    let mut damaged = written.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x5a;
    for bad in [damaged, written[..written.len() / 3].to_vec()] {
        std::fs::write(&file, &bad).expect("damage");
        assert_eq!(run(&cache, &script), expected);
        // (compiled again, not necessarily to the same bytes: the order of
        // a scope's cell names may differ from one run to the next)
        let file = asyncio_file(&cache);
        assert!(std::fs::read(&file).expect("rewritten") != bad, "the module was compiled and written anew");
        let stamp = std::fs::metadata(&file).and_then(|m| m.modified()).expect("mtime");
        assert_eq!(run(&cache, &script), expected);
        assert_eq!(std::fs::metadata(&file).and_then(|m| m.modified()).expect("mtime"), stamp, "the new file is read");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
