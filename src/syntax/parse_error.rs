//! Turns lalrpop's parse errors into CPython 3.11's wording: no token dumps,
//! `expected ':'`, `expected an indented block after …`, `unexpected indent`.

use super::error::{SyntaxError, line_of};
use super::lexer::Spanned;
use super::token::Tok;
use lalrpop_util::ParseError;

pub fn convert(e: ParseError<usize, Tok, SyntaxError>, src: &str, toks: &[Spanned]) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::new("invalid syntax", location, location + 1),
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::new("invalid syntax", l, r),
        ParseError::UnrecognizedEof { location, expected } => {
            if expected.iter().any(|x| x == "Indent") {
                return expected_indent(src, toks, toks.len(), location);
            }
            if wants_handler(&expected) {
                // CPython reports it on the file's last line, with no caret
                let mut e = SyntaxError::new(MISSING_HANDLER, location, location).no_caret();
                e.line_override = Some(src.lines().count().max(1));
                return e;
            }
            SyntaxError::new("invalid syntax", location, location + 1)
        }
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            let idx = toks.iter().position(|t| t.0 == l && t.1 == tok).unwrap_or(toks.len());
            if expected.iter().any(|x| x == "Indent") && tok != Tok::Indent {
                return expected_indent(src, toks, idx, l);
            }
            if tok == Tok::Indent {
                return SyntaxError::indentation("unexpected indent", l);
            }
            if wants_handler(&expected) {
                return SyntaxError::new(MISSING_HANDLER, l, r);
            }
            if let Some(stmt_start) = line_start_token(toks, idx)
                && let Tok::Name(n) = &toks[stmt_start].1
            {
                if n == "match" && idx == stmt_start + 1 {
                    return SyntaxError::new("the match statement is not supported by tikitaka", toks[stmt_start].0, toks[stmt_start].2);
                }
                if n == "print" && idx == stmt_start + 1 && !matches!(tok, Tok::Newline) {
                    return SyntaxError::new(
                        "Missing parentheses in call to 'print'. Did you mean print(...)?",
                        toks[stmt_start].0,
                        toks.get(idx..).and_then(|t| t.iter().find(|t| t.1 == Tok::Newline)).map(|t| t.0).unwrap_or(r),
                    );
                }
            }
            if expected.iter().any(|x| x == "\":\"") && tok == Tok::Newline {
                return SyntaxError::new("expected ':'", l, l + 1);
            }
            if expected.iter().any(|x| x == "\":\"") && expected.iter().all(|x| x == "\":\"" || x == "\"->\"") {
                // `else print(1)`, `try x`, `def f() return`: only a colon could come
                return SyntaxError::new("expected ':'", l, r);
            }
            if expected.iter().any(|x| x == "\"else\"") && !expected.iter().any(|x| x == "\":\"") && idx > 0 {
                // `a if b` with no `else`: CPython marks `a if b`
                let end = toks[idx - 1].2;
                return SyntaxError::new("expected 'else' after 'if' expression", conditional_start(toks, idx), end);
            }
            if tok == Tok::Equal && idx > 0 && matches!(toks[idx - 1].1, Tok::Name(_)) {
                // `NAME = value` where an expression was expected: mark both sides
                let e = toks.get(idx + 1).map_or(r, |next| next.2);
                return SyntaxError::new("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[idx - 1].0, e);
            }
            if tok == Tok::Newline {
                return SyntaxError::new("invalid syntax", l, l + 1);
            }
            if let Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Str(_) = tok
                && idx > 0
                && ends_expression(&toks[idx - 1].1)
                && expected.iter().any(|x| x == "\",\"")
                && bracket_depth(toks, idx) > 0
            {
                // two expressions side by side
                let first = expression_start(toks, idx - 1);
                return SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", first, r);
            }
            SyntaxError::new("invalid syntax", l, r)
        }
    }
}

const MISSING_HANDLER: &str = "expected 'except' or 'finally' block";

/// The parser is right after a `try` block's body: only `except` or
/// `finally` may come.
fn wants_handler(expected: &[String]) -> bool {
    expected.iter().any(|x| x == "\"except\"") && expected.iter().any(|x| x == "\"finally\"")
}

/// Where the conditional expression whose `else` is missing before token
/// `idx` starts: its `if` (at the same bracket depth), then back over its
/// first operand to what comes before an expression.
fn conditional_start(toks: &[Spanned], idx: usize) -> usize {
    let mut depth = 0i32;
    let mut i = idx;
    while i > 0 {
        i -= 1;
        match toks[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            Tok::If if depth == 0 => break,
            _ => {}
        }
    }
    let if_at = i;
    depth = 0;
    while i > 0 {
        match toks[i - 1].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth == 0 => break,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            Tok::Equal
            | Tok::Comma
            | Tok::Colon
            | Tok::Return
            | Tok::Yield
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartFile
            | Tok::StartExpr
            | Tok::Semi
                if depth == 0 =>
            {
                break;
            }
            _ => {}
        }
        i -= 1;
    }
    toks.get(i.min(if_at)).map_or(0, |t| t.0)
}

/// How many brackets are open before token `idx`.
fn bracket_depth(toks: &[Spanned], idx: usize) -> usize {
    let mut depth = 0usize;
    for t in &toks[..idx.min(toks.len())] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

fn ends_expression(t: &Tok) -> bool {
    matches!(t, Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Str(_) | Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Start offset of a simple expression ending at token `i` (a name or literal).
fn expression_start(toks: &[Spanned], i: usize) -> usize {
    toks[i].0
}

/// Index of the first token of the logical line holding token `idx`.
fn line_start_token(toks: &[Spanned], idx: usize) -> Option<usize> {
    let mut i = idx.min(toks.len());
    while i > 0 {
        match toks[i - 1].1 {
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartFile | Tok::StartExpr | Tok::Semi => break,
            _ => i -= 1,
        }
    }
    if i < toks.len() { Some(i) } else { None }
}

fn expected_indent(src: &str, toks: &[Spanned], idx: usize, at: usize) -> SyntaxError {
    // the header is the logical line before the NEWLINE that precedes `idx`
    let mut j = idx.min(toks.len());
    while j > 0 && toks[j - 1].1 != Tok::Newline {
        j -= 1;
    }
    let header_end = j.saturating_sub(1);
    let start = line_start_token(toks, header_end).unwrap_or(0);
    let mut k = start;
    // skip decorators' `async`
    if toks.get(k).map(|t| &t.1) == Some(&Tok::Async) {
        k += 1;
    }
    let what = match toks.get(k).map(|t| &t.1) {
        Some(Tok::Def) => "function definition".to_string(),
        Some(Tok::Class) => "class definition".to_string(),
        Some(t) => format!("'{}' statement", keyword_text(t)),
        None => "statement".to_string(),
    };
    let line = toks.get(start).map(|t| line_of(src, t.0)).unwrap_or(1);
    let mut e = SyntaxError::indentation(format!("expected an indented block after {what} on line {line}"), at);
    // at the end of the file CPython shows the file's last line (the
    // header itself when nothing follows it)
    e.line_override = Some(
        toks.get(idx).filter(|t| t.1 != Tok::Dedent || t.0 < src.len()).map(|t| line_of(src, t.0)).unwrap_or_else(|| src.lines().count().max(line)),
    );
    if idx < toks.len() {
        e.caret = true;
        e.start = toks[idx].0;
        e.end = toks[idx].0 + 1;
    }
    e
}

fn keyword_text(t: &Tok) -> &'static str {
    match t {
        Tok::If => "if",
        Tok::Elif => "elif",
        Tok::Else => "else",
        Tok::For => "for",
        Tok::While => "while",
        Tok::Try => "try",
        Tok::Except => "except",
        Tok::Finally => "finally",
        Tok::With => "with",
        _ => "?",
    }
}
