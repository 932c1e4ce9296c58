//! The indentation pass over logos' raw tokens: produces the grammar's token
//! stream with NEWLINE/INDENT/DEDENT, joins lines inside brackets, scans and
//! decodes string and number literals, and reports CPython's lexical errors.

use super::error::{SyntaxError, line_of};
use super::token::{Raw, StrLit, Tok, keyword, punct};
use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

/// A token with its byte span, as lalrpop expects.
pub type Spanned = (usize, Tok, usize);

/// Deepest bracket nesting accepted (CPython's parser has a similar limit).
const MAX_BRACKETS: usize = 200;

/// Tokenizes a whole source text.
pub fn tokenize(src: &str) -> Result<Vec<Spanned>, SyntaxError> {
    let mut out: Vec<Spanned> = Vec::new();
    let mut lex = Raw::lexer(src);
    let mut indents: Vec<usize> = vec![0];
    let mut brackets: Vec<(char, usize)> = Vec::new();
    let mut at_line_start = true;
    while let Some(raw) = lex.next() {
        let span = lex.span();
        let raw = match raw {
            Ok(r) => r,
            Err(()) => {
                let c = src[span.start..].chars().next().unwrap_or(' ');
                return Err(invalid_char(c, span.start));
            }
        };
        match raw {
            Raw::Continuation => continue,
            Raw::Newline => {
                if brackets.is_empty() && !at_line_start {
                    out.push((span.start, Tok::Newline, span.start + 1));
                    at_line_start = true;
                }
                continue;
            }
            _ => {}
        }
        if at_line_start && brackets.is_empty() {
            at_line_start = false;
            let col = indent_of(src, span.start);
            let top = *indents.last().unwrap_or(&0);
            if col > top {
                if out.is_empty() || !matches!(out.last(), Some((_, Tok::Newline, _))) {
                    return Err(SyntaxError::indentation("unexpected indent", span.start));
                }
                // An indent must follow a line ending in ':'; the grammar checks that.
                indents.push(col);
                out.push((span.start, Tok::Indent, span.start));
            } else if col < top {
                while col < *indents.last().unwrap_or(&0) {
                    indents.pop();
                    out.push((span.start, Tok::Dedent, span.start));
                }
                if col != *indents.last().unwrap_or(&0) {
                    let mut e = SyntaxError::indentation("unindent does not match any outer indentation level", span.start);
                    // CPython points just past the first character of the line
                    e.caret = true;
                    e.start = span.start + 1;
                    e.end = span.start + 2;
                    return Err(e);
                }
            }
        }
        let start = span.start;
        let text = lex.slice();
        let tok = match raw {
            Raw::Name => keyword(text).unwrap_or_else(|| Tok::Name(normalize_name(text))),
            Raw::Number => number(text, start)?,
            Raw::StrStart => {
                let (lit, len) = scan_string(src, start, text)?;
                lex.bump(len);
                Tok::Str(lit)
            }
            other => {
                let tok = punct(other).unwrap_or(Tok::Semi);
                match tok {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => {
                        if brackets.len() >= MAX_BRACKETS {
                            return Err(SyntaxError::new("too many nested parentheses", start, start + 1));
                        }
                        brackets.push((text.chars().next().unwrap_or('('), start));
                    }
                    Tok::RPar | Tok::RSqb | Tok::RBrace => {
                        let close = text.chars().next().unwrap_or(')');
                        match brackets.pop() {
                            None => {
                                return Err(SyntaxError::new(format!("unmatched '{close}'"), start, start + 1));
                            }
                            Some((open, open_at)) => {
                                let expected = match open {
                                    '(' => ')',
                                    '[' => ']',
                                    _ => '}',
                                };
                                if expected != close {
                                    let (l1, l2) = (line_of(src, open_at), line_of(src, start));
                                    let msg = if l1 == l2 {
                                        format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
                                    } else {
                                        format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {l1}")
                                    };
                                    return Err(SyntaxError::new(msg, start, start + 1));
                                }
                            }
                        }
                    }
                    _ => {}
                }
                tok
            }
        };
        out.push((start, tok, lex.span().end));
    }
    if let Some(&(open, at)) = brackets.last() {
        return Err(SyntaxError::new(format!("'{open}' was never closed"), at, at + 1));
    }
    let end = src.len();
    if !at_line_start {
        out.push((end, Tok::Newline, end));
    }
    while indents.len() > 1 {
        indents.pop();
        out.push((end, Tok::Dedent, end));
    }
    Ok(out)
}

fn invalid_char(c: char, at: usize) -> SyntaxError {
    let msg = if c == '$' || c == '?' || c == '`' || c == '!' {
        "invalid syntax".to_string()
    } else if c.is_whitespace() || c.is_control() {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    };
    SyntaxError::new(msg, at, at + c.len_utf8())
}

/// Identifiers are NFKC-normalised by CPython; we keep them as written
/// (ASCII and Hangul, the common cases, are already normalised).
fn normalize_name(text: &str) -> String {
    text.to_string()
}

/// Width of the indentation of the line holding `pos` (tabs to multiples of 8).
fn indent_of(src: &str, pos: usize) -> usize {
    let line_start = src[..pos].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let mut col = 0;
    for b in src[line_start..pos].bytes() {
        match b {
            b'\t' => col = (col / 8 + 1) * 8,
            b'\x0c' => col = 0,
            _ => col += 1,
        }
    }
    col
}

fn number(text: &str, start: usize) -> Result<Tok, SyntaxError> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let err = || SyntaxError::new("invalid decimal literal", start, start + text.len());
    if let Some(rest) = clean.strip_suffix(['j', 'J']) {
        return rest.parse::<f64>().map(Tok::Imag).map_err(|_| err());
    }
    let lower = clean.to_ascii_lowercase();
    let radix = if lower.starts_with("0x") {
        16
    } else if lower.starts_with("0o") {
        8
    } else if lower.starts_with("0b") {
        2
    } else {
        10
    };
    if radix != 10 {
        return BigInt::from_str_radix(&clean[2..], radix).map(Tok::Int).map_err(|_| err());
    }
    if clean.contains(['.', 'e', 'E']) {
        return clean.parse::<f64>().map(Tok::Float).map_err(|_| err());
    }
    if clean.len() > 1 && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        return Err(SyntaxError::new(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            start,
            start + 1,
        ));
    }
    BigInt::from_str_radix(&clean, 10).map(Tok::Int).map_err(|_| err())
}

/// Scans a string literal whose prefix and opening quote are `head` (at
/// `start`); returns the literal and how many bytes past `head` it spans.
fn scan_string(src: &str, start: usize, head: &str) -> Result<(StrLit, usize), SyntaxError> {
    let quote_len = if head.ends_with("'''") || head.ends_with("\"\"\"") { 3 } else { 1 };
    let prefix = head[..head.len() - quote_len].to_ascii_lowercase();
    let quote = &head[head.len() - quote_len..];
    let raw = prefix.contains('r');
    let body_start = start + head.len();
    let rest = &src[body_start..];
    let bytes = rest.as_bytes();
    let mut i = 0;
    let body_end;
    loop {
        if i >= bytes.len() {
            let line = line_of(src, src.len().saturating_sub(usize::from(src.ends_with('\n'))));
            let msg = if quote_len == 3 {
                format!("unterminated triple-quoted string literal (detected at line {line})")
            } else {
                format!("unterminated string literal (detected at line {})", line_of(src, start))
            };
            return Err(SyntaxError::new(msg, start, start + 1));
        }
        let b = bytes[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if b == b'\n' && quote_len == 1 {
            let msg = format!("unterminated string literal (detected at line {})", line_of(src, start));
            return Err(SyntaxError::new(msg, start, start + 1));
        }
        if bytes[i..].starts_with(quote.as_bytes()) {
            body_end = i;
            break;
        }
        i += 1;
    }
    let body = &rest[..body_end];
    let consumed = body_end + quote_len;
    let lit = if prefix.contains('f') {
        StrLit::FStr { text: body.to_string(), raw, offset: body_start, end: body_start + consumed }
    } else if prefix.contains('b') {
        if let Some(c) = body.chars().find(|c| !c.is_ascii()) {
            let _ = c;
            return Err(SyntaxError::new("bytes can only contain ASCII literal characters", start, start + head.len() + consumed));
        }
        StrLit::Bytes(if raw { body.as_bytes().to_vec() } else { decode_bytes(body) })
    } else if raw {
        StrLit::Str(body.to_string())
    } else {
        StrLit::Str(decode_escapes(body).map_err(|m| SyntaxError::new(m, start, start + head.len() + consumed))?)
    };
    Ok((lit, consumed))
}

/// Processes backslash escapes of a str literal.
pub fn decode_escapes(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek().and_then(|c| c.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                        }
                        None => {
                            let kind = match e {
                                'x' => "\\xXX",
                                'u' => "\\uXXXX",
                                _ => "\\UXXXXXXXX",
                            };
                            let _ = k;
                            return Err(format!("(unicode error) 'unicodeescape' codec can't decode bytes: truncated {kind} escape"));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None => {
                        return Err("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character".into());
                    }
                }
            }
            'N' => return Err("\\N{...} escapes are not supported by tikitaka".into()),
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn decode_bytes(body: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'x' if i + 2 <= b.len() => {
                let hex = std::str::from_utf8(&b[i..i + 2]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(v) => {
                        out.push(v);
                        i += 2;
                    }
                    Err(_) => out.extend_from_slice(b"\\x"),
                }
            }
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push((v & 0xff) as u8);
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        tokenize(src).expect("tokenize").into_iter().map(|t| t.1).collect()
    }

    #[test]
    fn indentation_produces_indent_and_dedent() {
        let toks = kinds("if x:\n    y\nz\n");
        assert_eq!(
            toks,
            vec![
                Tok::If,
                Tok::Name("x".into()),
                Tok::Colon,
                Tok::Newline,
                Tok::Indent,
                Tok::Name("y".into()),
                Tok::Newline,
                Tok::Dedent,
                Tok::Name("z".into()),
                Tok::Newline
            ]
        );
    }

    #[test]
    fn brackets_join_lines_and_comments_vanish() {
        let toks = kinds("x = (1,  # c\n     2)\n");
        assert_eq!(toks.iter().filter(|t| **t == Tok::Newline).count(), 1);
    }

    #[test]
    fn unexpected_indent_is_an_indentation_error() {
        // the lexer emits INDENT; the parser rejects it where no block may start
        let e = crate::syntax::parse_file("x = 1\n    y = 2\n").unwrap_err();
        assert_eq!(e.msg, "unexpected indent");
        assert_eq!(e.kind, crate::syntax::SyntaxErrorKind::Indentation);
        let e = tokenize("    x = 1\n").unwrap_err();
        assert_eq!(e.msg, "unexpected indent");
    }

    #[test]
    fn bad_dedent_is_reported() {
        let e = tokenize("if x:\n    y\n  z\n").unwrap_err();
        assert_eq!(e.msg, "unindent does not match any outer indentation level");
    }

    #[test]
    fn numbers_in_every_base() {
        assert_eq!(kinds("0x_ff 0o17 0b101 1_000")[..4], [Tok::Int(255.into()), Tok::Int(15.into()), Tok::Int(5.into()), Tok::Int(1000.into())]);
        assert_eq!(kinds("1.5e3")[0], Tok::Float(1500.0));
    }

    #[test]
    fn strings_with_prefixes_and_korean() {
        assert_eq!(kinds("'안녕\\n'")[0], Tok::Str(StrLit::Str("안녕\n".into())));
        assert_eq!(kinds("r'\\n'")[0], Tok::Str(StrLit::Str("\\n".into())));
        assert_eq!(kinds("b'a\\x41'")[0], Tok::Str(StrLit::Bytes(b"aA".to_vec())));
        assert_eq!(kinds("'''a\nb'''")[0], Tok::Str(StrLit::Str("a\nb".into())));
    }

    #[test]
    fn unclosed_bracket_is_reported() {
        let e = tokenize("x = (1,\n").unwrap_err();
        assert_eq!(e.msg, "'(' was never closed");
    }
}
