//! The study note in `../shared/seed/` is what tikitaka exists to run. This
//! test takes its first three ```python blocks (generator-based coroutines),
//! runs them in order in one session — the second block reuses the first
//! block's function — and checks each block's output against the output the
//! note shows after it.

use std::path::Path;

/// (python source, the output block shown after it, if any) in note order.
fn blocks(note: &str) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    let mut lines = note.lines();
    while let Some(line) = lines.next() {
        let fence = line.trim_start();
        if !fence.starts_with("```") {
            continue;
        }
        let lang = fence.trim_start_matches('`').trim().to_string();
        let mut body = String::new();
        for l in lines.by_ref() {
            if l.trim_start().starts_with("```") {
                break;
            }
            body.push_str(l);
            body.push('\n');
        }
        if lang == "python" {
            out.push((body, None));
        } else if lang.is_empty()
            && let Some(last) = out.last_mut()
            && last.1.is_none()
        {
            last.1 = Some(body);
        }
    }
    out
}

#[test]
fn first_three_generator_blocks_print_what_the_note_shows() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/000_e7584936c0140007.txt");
    let note = std::fs::read_to_string(&path).expect("the seed note is beside the project in ../shared/seed/");
    let blocks = blocks(&note);
    assert!(blocks.len() >= 3, "the note has at least three python blocks");
    let mut session = tikitaka::runner::Session::new(vec!["note".into()]);
    let expected = [
        blocks[0].1.clone().expect("the first block shows its output"),
        // the note shows no output for the second block; it sends 10 to a primed coroutine
        "받아온 값: 10\n".to_string(),
        blocks[2].1.clone().expect("the third block shows its output"),
    ];
    for (i, want) in expected.iter().enumerate() {
        let got = session.run(&blocks[i].0, "<note>");
        assert!(got.error.is_none(), "block {} raised:\n{}", i + 1, got.error.unwrap_or_default());
        assert_eq!(&got.stdout, want, "block {} printed something else", i + 1);
    }
    assert_eq!(expected[0].lines().count(), 4);
    assert_eq!(expected[2].lines().count(), 8);
}

#[test]
fn whole_note_runs_block_by_block_like_cpython() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/000_e7584936c0140007.txt");
    let note = std::fs::read_to_string(&path).expect("the seed note is beside the project in ../shared/seed/");
    let blocks = blocks(&note);
    assert_eq!(blocks.len(), 6, "the note has six python blocks");
    let mut session = tikitaka::runner::Session::new(vec!["note".into()]);
    let mut outputs = Vec::new();
    for (src, _) in &blocks {
        outputs.push(session.run(src, "<note>"));
    }
    // blocks 1-3: generator-based coroutines (checked in detail above)
    assert_eq!(Some(outputs[0].stdout.clone()), blocks[0].1);
    assert_eq!(Some(outputs[2].stdout.clone()), blocks[2].1);
    // block 4 only defines `async def native_coroutine(): ...`
    assert_eq!(outputs[3].stdout, "");
    assert!(outputs[3].error.is_none());
    // block 5 passes the result of a plain `def` to run_until_complete: it prints
    // its line, then fails exactly as CPython 3.11 does
    assert_eq!(Some(outputs[4].stdout.clone()), blocks[4].1);
    let err = outputs[4].error.clone().unwrap_or_default();
    assert!(err.ends_with("TypeError: An asyncio.Future, a coroutine or an awaitable is required\n"), "{err}");
    // block 6 awaits f(10) inside g(10) and prints 100 (the note shows no output block)
    assert_eq!(outputs[5].stdout, "100\n");
    assert!(outputs[5].error.is_none(), "{:?}", outputs[5].error);
}
