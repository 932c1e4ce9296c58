//! Inline expectations: `# expect: TEXT` comments, one per printed line in
//! order (after the code on a line, or on a line of their own), and one
//! `# expect-error: TypeError: message` for the last line of an uncaught
//! exception (which also means exit code 1). Comments are found with a small
//! scanner that skips string literals, so a `#` inside a string is not one.
//! `--bless` rewrites the comments' text in place.

use super::expect::{Expected, Stderr};

/// One `# expect…:` comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// Byte range of the text after `expect:` (and one space) in the source.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The expectations written in a program's comments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inline {
    pub lines: Vec<Comment>,
    pub error: Option<Comment>,
}

impl Inline {
    pub fn expected(&self) -> Expected {
        let stdout: String = self.lines.iter().map(|c| format!("{}\n", c.text)).collect();
        match &self.error {
            Some(e) => Expected { stdout, stderr: Stderr::LastLine(e.text.trim_end().to_string()), exit_code: 1 },
            None => Expected { stdout, stderr: Stderr::Exact(String::new()), exit_code: 0 },
        }
    }
}

/// Byte ranges of the comments of `src` (from `#` to the end of the line).
fn comments(src: &str) -> Vec<(usize, usize)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                let end = src[i..].find('\n').map_or(b.len(), |n| i + n);
                out.push((i, end));
                i = end;
            }
            q @ (b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    match b[i] {
                        b'\\' => i += 1,
                        b'\n' if !triple => break,
                        c if c == q && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) => {
                            i += if triple { 2 } else { 0 };
                            break;
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The inline expectations of `src`, `None` when it has no `# expect` comment.
pub fn scan(src: &str) -> Result<Option<Inline>, String> {
    let mut inline = Inline { lines: Vec::new(), error: None };
    let mut found = false;
    for (start, end) in comments(src) {
        let body = src[start + 1..end].trim_start();
        let (is_error, rest) = if let Some(r) = body.strip_prefix("expect-error:") {
            (true, r)
        } else if let Some(r) = body.strip_prefix("expect:") {
            (false, r)
        } else {
            continue;
        };
        found = true;
        let text_start = end - rest.len() + usize::from(rest.starts_with(' '));
        let text = src[text_start..end].trim_end_matches('\r').to_string();
        let comment = Comment { start: text_start, end: text_start + text.len(), text };
        if is_error {
            if inline.error.is_some() {
                let line = src[..start].matches('\n').count() + 1;
                return Err(format!("line {line}: a second `# expect-error:` comment (a program raises at most one uncaught exception)"));
            }
            inline.error = Some(comment);
        } else {
            inline.lines.push(comment);
        }
    }
    Ok(found.then_some(inline))
}

/// `src` with its comments rewritten to expect `stdout` (and `error`, the
/// last line of an uncaught exception), when the comments can hold them.
pub fn rewrite(src: &str, inline: &Inline, stdout: &str, error: Option<&str>) -> Result<String, String> {
    let printed: Vec<&str> = stdout.lines().collect();
    if printed.len() != inline.lines.len() || (!stdout.is_empty() && !stdout.ends_with('\n')) {
        return Err(format!("it printed {} line(s) but has {} `# expect:` comment(s); edit the comments by hand", printed.len(), inline.lines.len()));
    }
    let mut edits: Vec<(&Comment, &str)> = inline.lines.iter().zip(printed).collect();
    match (&inline.error, error) {
        (Some(c), Some(e)) => edits.push((c, e)),
        (None, None) => {}
        (Some(_), None) => return Err("it raised no exception but has an `# expect-error:` comment; remove it by hand".into()),
        (None, Some(e)) => return Err(format!("it raised `{e}` but has no `# expect-error:` comment; add one by hand")),
    }
    edits.sort_by_key(|(c, _)| c.start);
    let mut out = String::with_capacity(src.len());
    let mut at = 0;
    for (c, text) in edits {
        out.push_str(&src[at..c.start]);
        out.push_str(text);
        at = c.end;
    }
    out.push_str(&src[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_in_strings_do_not_count() {
        let src =
            "print('# expect: no')  # expect: # expect: no\nx = \"\"\"\n# expect: no\n\"\"\"\nprint(1)#expect:1\n# expect-error: ValueError: bad\n";
        let inline = scan(src).unwrap().unwrap();
        let texts: Vec<&str> = inline.lines.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["# expect: no", "1"]);
        assert_eq!(inline.error.as_ref().map(|c| c.text.as_str()), Some("ValueError: bad"));
        assert_eq!(inline.expected().stdout, "# expect: no\n1\n");
        assert_eq!(inline.expected().exit_code, 1);
    }

    #[test]
    fn no_comment_no_expectation_and_escaped_quotes() {
        assert_eq!(scan("print('it\\'s # not')\n# a comment\n").unwrap(), None);
        assert_eq!(scan("print(r'\\\\')  # expect: \\\\\n").unwrap().unwrap().lines[0].text, "\\\\");
    }

    #[test]
    fn an_empty_expectation_is_an_empty_line() {
        let inline = scan("print()  # expect:\n").unwrap().unwrap();
        assert_eq!(inline.expected().stdout, "\n");
    }

    #[test]
    fn rewriting_replaces_each_text_in_place() {
        let src = "print(1)  # expect: 2\nprint(3)  # expect: 3\n1/0  # expect-error: KeyError\n";
        let inline = scan(src).unwrap().unwrap();
        let new = rewrite(src, &inline, "1\n3\n", Some("ZeroDivisionError: division by zero")).unwrap();
        assert_eq!(new, "print(1)  # expect: 1\nprint(3)  # expect: 3\n1/0  # expect-error: ZeroDivisionError: division by zero\n");
        assert!(rewrite(src, &inline, "1\n", None).unwrap_err().contains("printed 1 line(s) but has 2"));
    }

    #[test]
    fn two_expect_error_comments_are_an_error() {
        assert!(scan("# expect-error: A\n# expect-error: B\n").unwrap_err().contains("line 2"));
    }
}
