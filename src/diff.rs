//! Line diffs of expected against actual text, shared by `tikitaka notes`
//! (the whole text with `-`/`+` marks) and `tikitaka test` (unified hunks
//! with three lines of context). The edit script is a longest common
//! subsequence on lines after trimming the common prefix and suffix; inputs
//! too large for the quadratic table fall back to "all removed, all added".

use std::fmt::Write as _;

/// One line of an edit script: `' '` kept, `'-'` only in `a`, `'+'` only in `b`.
pub type Edit<'t> = (char, &'t str);

/// Bigger middles (lines of `a` × lines of `b`) are not aligned line by line.
const MAX_TABLE: usize = 4_000_000;

/// The edit script turning the lines of `a` into the lines of `b`.
pub fn edits<'t>(a: &'t str, b: &'t str) -> Vec<Edit<'t>> {
    let a: Vec<&str> = a.lines().collect();
    let b: Vec<&str> = b.lines().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..].iter().rev().zip(b[pre..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (am, bm) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let mut ops: Vec<Edit> = a[..pre].iter().map(|l| (' ', *l)).collect();
    if am.len().saturating_mul(bm.len()) <= MAX_TABLE {
        // lcs[i][j] = length of the LCS of am[i..] and bm[j..]
        let w = bm.len() + 1;
        let mut lcs = vec![0u32; (am.len() + 1) * w];
        for i in (0..am.len()).rev() {
            for j in (0..bm.len()).rev() {
                lcs[i * w + j] = if am[i] == bm[j] { lcs[(i + 1) * w + j + 1] + 1 } else { lcs[(i + 1) * w + j].max(lcs[i * w + j + 1]) };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < am.len() || j < bm.len() {
            if i < am.len() && j < bm.len() && am[i] == bm[j] {
                ops.push((' ', am[i]));
                (i, j) = (i + 1, j + 1);
            } else if i < am.len() && (j == bm.len() || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                ops.push(('-', am[i]));
                i += 1;
            } else {
                ops.push(('+', bm[j]));
                j += 1;
            }
        }
    } else {
        ops.extend(am.iter().map(|l| ('-', *l)));
        ops.extend(bm.iter().map(|l| ('+', *l)));
    }
    ops.extend(a[a.len() - suf..].iter().map(|l| (' ', *l)));
    ops
}

/// The whole of `a` against `b`, every line marked, under `--- {from}` / `+++ {to}`.
pub fn full(a: &str, b: &str, from: &str, to: &str) -> String {
    let mut out = format!("--- {from}\n+++ {to}\n");
    for (op, l) in edits(a, b) {
        let _ = writeln!(out, "{op}{l}");
    }
    out
}

/// A unified diff (`@@ -l,n +l,n @@` hunks, `context` lines around each
/// change). When the texts differ only in a final newline, says so.
pub fn unified(a: &str, b: &str, from: &str, to: &str, context: usize) -> String {
    let ops = edits(a, b);
    let mut out = format!("--- {from}\n+++ {to}\n");
    let changed: Vec<usize> = ops.iter().enumerate().filter(|(_, (op, _))| *op != ' ').map(|(i, _)| i).collect();
    if changed.is_empty() {
        if a.ends_with('\n') != b.ends_with('\n') {
            let which = if a.ends_with('\n') { to } else { from };
            let _ = writeln!(out, "\\ No newline at end of {which}");
        } else {
            out.push_str("\\ Line endings differ (\\r\\n against \\n)\n");
        }
        return out;
    }
    // group changes whose context windows touch into hunks
    let mut hunks: Vec<(usize, usize)> = Vec::new();
    for &i in &changed {
        let (lo, hi) = (i.saturating_sub(context), (i + context + 1).min(ops.len()));
        match hunks.last_mut() {
            Some(h) if lo <= h.1 => h.1 = hi,
            _ => hunks.push((lo, hi)),
        }
    }
    // line numbers (1-based) of each op in a and b
    let (mut la, mut lb) = (vec![0; ops.len() + 1], vec![0; ops.len() + 1]);
    for (i, (op, _)) in ops.iter().enumerate() {
        la[i + 1] = la[i] + usize::from(*op != '+');
        lb[i + 1] = lb[i] + usize::from(*op != '-');
    }
    for (lo, hi) in hunks {
        let (na, nb) = (la[hi] - la[lo], lb[hi] - lb[lo]);
        let start = |first: usize, n: usize| if n == 0 { first } else { first + 1 };
        let _ = writeln!(out, "@@ -{},{na} +{},{nb} @@", start(la[lo], na), start(lb[lo], nb));
        for (op, l) in &ops[lo..hi] {
            let _ = writeln!(out, "{op}{l}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unified_hunks_keep_three_lines_of_context() {
        let a: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let b = a.replace("10\n", "ten\n");
        assert_eq!(unified(&a, &b, "a", "b", 3), "--- a\n+++ b\n@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n");
    }

    #[test]
    fn separate_changes_make_separate_hunks_and_additions_count_from_zero() {
        let a: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let b = a.replace("2\n", "two\n").replace("19\n", "nineteen\n");
        let d = unified(&a, &b, "a", "b", 1);
        assert!(d.contains("@@ -1,3 +1,3 @@\n 1\n-2\n+two\n 3\n"), "{d}");
        assert!(d.contains("@@ -18,3 +18,3 @@\n 18\n-19\n+nineteen\n 20\n"), "{d}");
        assert_eq!(unified("", "x\n", "a", "b", 3), "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n");
    }

    #[test]
    fn a_missing_final_newline_is_named() {
        assert_eq!(unified("x\n", "x", "expected", "actual", 3), "--- expected\n+++ actual\n\\ No newline at end of actual\n");
    }
}
