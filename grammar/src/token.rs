//! Owns the logos `Token`: Go's whole lexical grammar (keywords, operators,
//! identifiers, literals decoded to their values, comments and newlines).
//! Literal scanning and decoding live in `literal.rs`; semicolon insertion in
//! `lexer.rs`. Must not know the AST or the parser.

use logos::Logos;

use crate::diagnostic::Diagnostic;
use crate::literal;

/// Why a `;` token is there: Go's messages name it (`unexpected newline`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// Written in the source.
    Explicit,
    /// Inserted at a newline (or a multi-line `/* */` comment).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

/// One token. `Newline`, `LineComment` and `BlockComment` never reach the
/// parser: the semicolon-inserting wrapper in `lexer.rs` consumes them.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(extras = Vec<Diagnostic>)]
#[logos(skip r"[ \t\r]+")]
pub enum Token {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    /// `/* … */`; true when it contains a newline (it then acts like one).
    #[token("/*", literal::block_comment)]
    BlockComment(bool),

    /// Any non-ASCII character (but a BOM) lexes as part of a name, as in
    /// Go's scanner; `literal::identifier` reports those that are not
    /// letters or digits.
    #[regex(r"[_a-zA-Z\u{80}-\u{FEFE}\u{FF00}-\u{10FFFF}][_a-zA-Z0-9\u{80}-\u{FEFE}\u{FF00}-\u{10FFFF}]*", literal::identifier)]
    Ident(String),
    /// Integer literal as written.
    Int(String),
    /// Float literal as written.
    Float(String),
    /// Imaginary literal as written (outside the subset: reported by the parser).
    Imag(String),
    #[token("'", literal::rune_lit)]
    Rune(u32),
    #[token("\"", literal::interpreted_string)]
    #[token("`", literal::raw_string)]
    Str(Vec<u8>),

    // Numbers: the callback scans the whole literal as Go's scanner does and
    // returns `Int`, `Float` or `Imag` (see `literal::number`).
    #[regex(r"[0-9]|\.[0-9]", literal::number)]
    Number(NumberPlaceholder),

    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    // Operators and delimiters.
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AmpCaret,
    #[token("+=")]
    PlusAssign,
    #[token("-=")]
    MinusAssign,
    #[token("*=")]
    StarAssign,
    #[token("/=")]
    SlashAssign,
    #[token("%=")]
    PercentAssign,
    #[token("&=")]
    AmpAssign,
    #[token("|=")]
    PipeAssign,
    #[token("^=")]
    CaretAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AmpCaretAssign,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    EqEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    NotEq,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token(";", |_| SemiKind::Explicit)]
    Semi(SemiKind),
    #[token(":")]
    Colon,
}

/// The value logos stores for a number before `lexer.rs` turns it into
/// `Int`/`Float`/`Imag` (logos needs one variant per callback).
#[derive(Clone, Debug, PartialEq)]
pub struct NumberPlaceholder {
    pub kind: literal::NumberKind,
    pub text: String,
}

impl Token {
    /// True when a newline (or EOF) after this token becomes a semicolon.
    pub fn ends_line(&self) -> bool {
        matches!(
            self,
            Token::Ident(_)
                | Token::Int(_)
                | Token::Float(_)
                | Token::Imag(_)
                | Token::Rune(_)
                | Token::Str(_)
                | Token::Number(_)
                | Token::Break
                | Token::Continue
                | Token::Fallthrough
                | Token::Return
                | Token::Inc
                | Token::Dec
                | Token::RParen
                | Token::RBrack
                | Token::RBrace
        )
    }

    /// How the Go compiler names this token in "unexpected X" messages.
    pub fn describe(&self) -> String {
        match self {
            Token::Ident(name) => format!("name {name}"),
            Token::Int(t) | Token::Float(t) | Token::Imag(t) => format!("literal {t}"),
            Token::Number(n) => format!("literal {}", n.text),
            Token::Rune(c) => format!("literal {}", quote_rune(*c)),
            Token::Str(bytes) => format!("literal {}", quote_bytes(bytes)),
            Token::Semi(SemiKind::Explicit) => "semicolon".to_string(),
            Token::Comma => "comma".to_string(),
            Token::Semi(SemiKind::Newline) => "newline".to_string(),
            Token::Semi(SemiKind::Eof) => "EOF".to_string(),
            Token::Newline => "newline".to_string(),
            Token::LineComment | Token::BlockComment(_) => "comment".to_string(),
            other => {
                let text = other.text();
                if other.is_keyword() {
                    format!("keyword {text}")
                } else {
                    text.to_string()
                }
            }
        }
    }

    pub fn is_keyword(&self) -> bool {
        use Token::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    /// The fixed spelling of a keyword, operator or delimiter ("" for tokens with data).
    pub fn text(&self) -> &'static str {
        use Token::*;
        match self {
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Percent => "%",
            Amp => "&",
            Pipe => "|",
            Caret => "^",
            Shl => "<<",
            Shr => ">>",
            AmpCaret => "&^",
            PlusAssign => "+=",
            MinusAssign => "-=",
            StarAssign => "*=",
            SlashAssign => "/=",
            PercentAssign => "%=",
            AmpAssign => "&=",
            PipeAssign => "|=",
            CaretAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AmpCaretAssign => "&^=",
            AndAnd => "&&",
            OrOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            EqEq => "==",
            Lt => "<",
            Gt => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            NotEq => "!=",
            LtEq => "<=",
            GtEq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            RParen => ")",
            LBrack => "[",
            RBrack => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Dot => ".",
            Semi(_) => ";",
            Colon => ":",
            _ => "",
        }
    }
}

/// `'a'`, `'\n'`, `'\x00'` as Go's `%q` would print a rune.
pub fn quote_rune(c: u32) -> String {
    match char::from_u32(c) {
        Some('\'') => "'\\''".to_string(),
        Some(ch) => format!("'{}'", escape_char(ch, '\'')),
        None => format!("'\\U{c:08x}'"),
    }
}

/// A Go-quoted string of bytes (`"a\n"`), as `strconv.Quote` would write it.
pub fn quote_bytes(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for chunk in bytes.utf8_chunks() {
        for ch in chunk.valid().chars() {
            out.push_str(&escape_char(ch, '"'));
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    out.push('"');
    out
}

fn escape_char(ch: char, quote: char) -> String {
    match ch {
        '\n' => "\\n".into(),
        '\t' => "\\t".into(),
        '\r' => "\\r".into(),
        '\\' => "\\\\".into(),
        '\u{7}' => "\\a".into(),
        '\u{8}' => "\\b".into(),
        '\u{c}' => "\\f".into(),
        '\u{b}' => "\\v".into(),
        c if c == quote => format!("\\{c}"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("\\x{:02x}", c as u32),
        c => c.to_string(),
    }
}
