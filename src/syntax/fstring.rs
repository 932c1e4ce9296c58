//! f-string bodies: splits the text between the quotes into literal parts and
//! `{expression!conversion:spec}` fields, parsing each expression with the
//! grammar's expression mode. Offsets are kept so errors point into the file.

use super::ast::{Expr, FPart};
use super::build::{PErr, err};
use super::lexer::decode_escapes;

/// Parses an f-string body found at byte `offset` of the source.
pub fn parse(text: &str, raw: bool, offset: usize) -> Result<Vec<FPart>, PErr> {
    parse_depth(text, raw, offset, 0)
}

fn parse_depth(text: &str, raw: bool, offset: usize, depth: usize) -> Result<Vec<FPart>, PErr> {
    let bytes = text.as_bytes();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let flush = |lit: &mut String, parts: &mut Vec<FPart>| -> Result<(), PErr> {
        if !lit.is_empty() {
            let s = if raw { lit.clone() } else { decode_escapes(lit).map_err(|m| err(m, offset, offset + text.len()))? };
            parts.push(FPart::Literal(s));
            lit.clear();
        }
        Ok(())
    };
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'{' {
            if bytes.get(i + 1) == Some(&b'{') {
                lit.push('{');
                i += 2;
                continue;
            }
            flush(&mut lit, &mut parts)?;
            let (field, next) = parse_field(text, i + 1, raw, offset, depth)?;
            parts.extend(field);
            i = next;
            continue;
        }
        if c == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                lit.push('}');
                i += 2;
                continue;
            }
            return Err(err("f-string: single '}' is not allowed", offset + i, offset + i + 1));
        }
        let ch_len = text[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
        lit.push_str(&text[i..i + ch_len]);
        // keep backslash escapes intact for decode_escapes
        if c == b'\\' && i + 1 < bytes.len() {
            let n = text[i + 1..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
            lit.push_str(&text[i + 1..i + 1 + n]);
            i += 1 + n;
            continue;
        }
        i += ch_len;
    }
    flush(&mut lit, &mut parts)?;
    Ok(parts)
}

/// Parses one replacement field starting just after its `{`; returns the
/// parts it produces (a `x=` field also yields literal text) and the index
/// just past its closing `}`.
fn parse_field(text: &str, start: usize, raw: bool, offset: usize, depth: usize) -> Result<(Vec<FPart>, usize), PErr> {
    if depth >= 2 {
        return Err(err("f-string: expressions nested too deeply", offset + start, offset + start));
    }
    let bytes = text.as_bytes();
    let mut i = start;
    let mut nest = 0usize;
    let mut quote: Option<u8> = None;
    // find the end of the expression
    while i < bytes.len() {
        let c = bytes[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => nest += 1,
            b')' | b']' => nest = nest.saturating_sub(1),
            b'}' if nest > 0 => nest -= 1,
            b'}' | b':' if nest == 0 => break,
            b'!' if nest == 0 && bytes.get(i + 1) != Some(&b'=') => break,
            b'=' if nest == 0 => {
                let prev = if i > start { bytes[i - 1] } else { b' ' };
                let next = bytes.get(i + 1).copied().unwrap_or(b'}');
                if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>') && matches!(next, b'}' | b'!' | b':' | b' ') {
                    break;
                }
            }
            b'\\' => return Err(err("f-string expression part cannot include a backslash", offset + i, offset + i + 1)),
            b'#' => return Err(err("f-string expression part cannot include '#'", offset + i, offset + i + 1)),
            _ => {}
        }
        i += 1;
    }
    if i >= bytes.len() {
        return Err(err("f-string: expecting '}'", offset + start, offset + start));
    }
    let expr_text = &text[start..i];
    if expr_text.trim().is_empty() {
        return Err(err("f-string: empty expression not allowed", offset + start, offset + i));
    }
    let expr: Expr = super::parse_expression_at(expr_text, offset + start).map_err(|e| lalrpop_util::ParseError::User { error: e })?;
    let mut parts = Vec::new();
    let mut self_doc = false;
    if bytes[i] == b'=' {
        self_doc = true;
        parts.push(FPart::Literal(text[start..=i].to_string()));
        i += 1;
        // whitespace after '=' is kept as literal text
        while i < bytes.len() && bytes[i] == b' ' {
            if let Some(FPart::Literal(s)) = parts.last_mut() {
                s.push(' ');
            }
            i += 1;
        }
    }
    let mut conversion = None;
    if i < bytes.len() && bytes[i] == b'!' {
        let c = text[i + 1..].chars().next();
        match c {
            Some(c @ ('s' | 'r' | 'a')) => conversion = Some(c),
            _ => return Err(err("f-string: invalid conversion character: expected 's', 'r', or 'a'", offset + i, offset + i + 1)),
        }
        i += 2;
    }
    let mut spec = None;
    if i < bytes.len() && bytes[i] == b':' {
        // the spec runs to the matching '}' and may hold nested fields
        let spec_start = i + 1;
        let mut j = spec_start;
        let mut nest = 0usize;
        while j < bytes.len() {
            match bytes[j] {
                b'{' => nest += 1,
                b'}' if nest == 0 => break,
                b'}' => nest -= 1,
                _ => {}
            }
            j += 1;
        }
        spec = Some(parse_depth(&text[spec_start..j], raw, offset + spec_start, depth + 1)?);
        i = j;
    }
    if i >= bytes.len() || bytes[i] != b'}' {
        return Err(err("f-string: expecting '}'", offset + i, offset + i));
    }
    if self_doc && conversion.is_none() && spec.is_none() {
        conversion = Some('r');
    }
    parts.push(FPart::Value { expr: Box::new(expr), conversion, spec });
    Ok((parts, i + 1))
}
