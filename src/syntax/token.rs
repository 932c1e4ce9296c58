//! Raw tokens, recognised by logos. Strings and numbers are matched here and
//! decoded in `lexer.rs`; the indentation pass there turns line starts into
//! INDENT/DEDENT/NEWLINE for the grammar.

use logos::Logos;

/// A string literal after decoding: its prefix decides what it becomes.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    /// A plain (or raw) str literal, escapes already processed.
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// An f-string: the raw text between the quotes (escapes processed in the
    /// literal parts later) and whether it was raw; `offset` is the byte
    /// offset of the text in the source, for error positions.
    FStr { text: String, raw: bool, offset: usize, end: usize },
}

/// One token as the grammar sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(num_bigint::BigInt),
    Float(f64),
    Imag(f64),
    Str(StrLit),
    Newline,
    Indent,
    Dedent,
    // injected start tokens that select the grammar's mode
    StartFile,
    StartExpr,
    // keywords
    False,
    None_,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // operators and delimiters
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    RArrow,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LShiftEqual,
    RShiftEqual,
    DoubleStarEqual,
    Ellipsis,
}

/// The raw token kinds logos recognises; whitespace and comments are skipped.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Raw {
    #[regex(r"\\\r?\n")]
    Continuation,
    #[regex(r"\r?\n")]
    Newline,
    /// An identifier or keyword; string prefixes are caught by `StrStart`.
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*")]
    Name,
    /// The opening of a string literal, with its prefix; `lexer.rs` scans the rest.
    #[regex(r#"([rRbBfFuU]|[rR][bBfF]|[bBfF][rR])?('''|"""|'|")"#)]
    StrStart,
    #[regex(r"[0-9](_?[0-9])*[jJ]?")]
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    #[regex(r"0[oO](_?[0-7])+")]
    #[regex(r"0[bB](_?[01])+")]
    #[regex(r"([0-9](_?[0-9])*)?\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]?")]
    #[regex(r"[0-9](_?[0-9])*\.([eE][+-]?[0-9](_?[0-9])*)?[jJ]?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]?")]
    Number,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    RArrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("...")]
    Ellipsis,
}

/// Maps an identifier to its keyword token, if it is one.
pub fn keyword(name: &str) -> Option<Tok> {
    Some(match name {
        "False" => Tok::False,
        "None" => Tok::None_,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

/// Converts a punctuation raw token to its grammar token.
pub fn punct(raw: Raw) -> Option<Tok> {
    use Raw as R;
    Some(match raw {
        R::Plus => Tok::Plus,
        R::Minus => Tok::Minus,
        R::Star => Tok::Star,
        R::DoubleStar => Tok::DoubleStar,
        R::Slash => Tok::Slash,
        R::DoubleSlash => Tok::DoubleSlash,
        R::Percent => Tok::Percent,
        R::At => Tok::At,
        R::LShift => Tok::LShift,
        R::RShift => Tok::RShift,
        R::Amper => Tok::Amper,
        R::VBar => Tok::VBar,
        R::Circumflex => Tok::Circumflex,
        R::Tilde => Tok::Tilde,
        R::ColonEqual => Tok::ColonEqual,
        R::Less => Tok::Less,
        R::Greater => Tok::Greater,
        R::LessEqual => Tok::LessEqual,
        R::GreaterEqual => Tok::GreaterEqual,
        R::EqEqual => Tok::EqEqual,
        R::NotEqual => Tok::NotEqual,
        R::LPar => Tok::LPar,
        R::RPar => Tok::RPar,
        R::LSqb => Tok::LSqb,
        R::RSqb => Tok::RSqb,
        R::LBrace => Tok::LBrace,
        R::RBrace => Tok::RBrace,
        R::Comma => Tok::Comma,
        R::Colon => Tok::Colon,
        R::Dot => Tok::Dot,
        R::Semi => Tok::Semi,
        R::Equal => Tok::Equal,
        R::RArrow => Tok::RArrow,
        R::PlusEqual => Tok::PlusEqual,
        R::MinusEqual => Tok::MinusEqual,
        R::StarEqual => Tok::StarEqual,
        R::SlashEqual => Tok::SlashEqual,
        R::DoubleSlashEqual => Tok::DoubleSlashEqual,
        R::PercentEqual => Tok::PercentEqual,
        R::AtEqual => Tok::AtEqual,
        R::AmperEqual => Tok::AmperEqual,
        R::VBarEqual => Tok::VBarEqual,
        R::CircumflexEqual => Tok::CircumflexEqual,
        R::LShiftEqual => Tok::LShiftEqual,
        R::RShiftEqual => Tok::RShiftEqual,
        R::DoubleStarEqual => Tok::DoubleStarEqual,
        R::Ellipsis => Tok::Ellipsis,
        _ => return None,
    })
}
