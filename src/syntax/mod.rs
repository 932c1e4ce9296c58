//! Source text to AST. `parse_file` and `parse_expression_at` are the only
//! entries: logos tokens → indentation pass (`lexer`) → lalrpop grammar
//! (`grammar/python.lalrpop`) whose actions call `build`.

pub mod ast;
pub mod build;
pub mod error;
pub mod fstring;
pub mod lexer;
mod parse_error;
pub mod token;

#[allow(clippy::all, unused)]
mod grammar {
    lalrpop_util::lalrpop_mod!(pub python);
}

use ast::{Expr, Stmt};
pub use error::{SyntaxError, SyntaxErrorKind};
use token::Tok;

/// Parses a whole module.
pub fn parse_file(src: &str) -> Result<Vec<Stmt>, SyntaxError> {
    let mut toks = lexer::tokenize(src)?;
    toks.insert(0, (0, Tok::StartFile, 0));
    let parser = grammar::python::TopParser::new();
    match parser.parse(toks.iter().cloned().map(Ok::<_, SyntaxError>)) {
        Ok(build::Top::File(stmts)) => Ok(stmts),
        Ok(build::Top::Expr(_)) => Err(SyntaxError::new("invalid syntax", 0, 0)),
        Err(e) => Err(parse_error::convert(e, src, &toks)),
    }
}

/// Parses an expression found at byte `offset` of a larger source (used for
/// f-string fields); spans are shifted by `offset`.
pub fn parse_expression_at(text: &str, offset: usize) -> Result<Expr, SyntaxError> {
    let shift = |mut e: SyntaxError| {
        e.start += offset;
        e.end += offset;
        e
    };
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let mut toks = lexer::tokenize(trimmed).map_err(|e| shift(SyntaxError { start: e.start + lead, end: e.end + lead, ..e }))?;
    for t in toks.iter_mut() {
        t.0 += offset + lead;
        t.2 += offset + lead;
    }
    toks.insert(0, (offset, Tok::StartExpr, offset));
    let parser = grammar::python::TopParser::new();
    match parser.parse(toks.iter().cloned().map(Ok::<_, SyntaxError>)) {
        Ok(build::Top::Expr(e)) => Ok(e),
        Ok(build::Top::File(_)) => Err(SyntaxError::new("f-string: invalid syntax", offset, offset)),
        Err(e) => {
            let mut e = parse_error::convert(e, "", &toks);
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}
