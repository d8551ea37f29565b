//! Owns the token stream the parser sees: source decoding (`decode_source`),
//! the wrapper around the logos `Token` that applies Go's automatic
//! semicolon insertion, the collection of `//` comments (for doc comments)
//! and lexical diagnostics. Must not know the AST or the grammar.

use logos::Logos;

use crate::diagnostic::Diagnostic;
use crate::literal::{format_code_point, NumberKind};
use crate::span::Span;
use crate::token::{SemiKind, Token};

/// Deepest bracket nesting accepted. Later stages walk the tree
/// recursively; this bound (with `MAX_EXPR_DEPTH` in the parser) keeps a
/// hostile input from overflowing the host stack.
pub const MAX_NESTING: usize = 256;

/// A `//` comment: its span and its text without the leading `//`.
#[derive(Clone, Debug, PartialEq)]
pub struct LineComment {
    pub span: Span,
    pub text: String,
}

/// Go's lexer with semicolon insertion: yields `(start, Token, end)` triples
/// as lalrpop wants them. Lexical errors never stop the stream: they are
/// collected (`diagnostics`) and the offending input is skipped.
pub struct Lexer<'s> {
    inner: logos::Lexer<'s, Token>,
    /// The previous token lets a newline become a semicolon.
    semi_pending: bool,
    done: bool,
    pub comments: Vec<LineComment>,
    /// Shared with the parser: how many lexical errors were found so far
    /// (Go reports no follow-up syntax error at EOF after an earlier error).
    error_count: Option<&'s std::cell::Cell<usize>>,
    /// Open brackets right now.
    depth: usize,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        let mut inner = Token::lexer(src);
        // Go ignores a byte order mark at the start of the file.
        if src.starts_with('\u{FEFF}') {
            inner.bump('\u{FEFF}'.len_utf8());
        }
        // Go's source reader rejects these anywhere, literals and comments included.
        for (at, ch) in src.char_indices() {
            let message = match ch {
                '\0' => "invalid NUL character",
                '\u{FEFF}' if at > 0 => "invalid BOM in the middle of the file",
                _ => continue,
            };
            inner.extras.push(Diagnostic::error(Span::new(at, at + ch.len_utf8()), message));
        }
        Lexer { inner, semi_pending: false, done: false, comments: Vec::new(), error_count: None, depth: 0 }
    }

    /// Keeps `count` equal to the number of lexical errors found so far.
    pub fn count_errors_in(mut self, count: &'s std::cell::Cell<usize>) -> Lexer<'s> {
        self.error_count = Some(count);
        self
    }

    /// Diagnostics found so far.
    pub fn take_diagnostics(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.inner.extras)
    }

    fn semicolon(&mut self, span: std::ops::Range<usize>, kind: SemiKind) -> (usize, Token, usize) {
        self.semi_pending = false;
        (span.start, Token::Semi(kind), span.end)
    }

    fn invalid_character(&mut self, span: std::ops::Range<usize>) {
        let src = self.inner.source();
        let ch = src[span.start..].chars().next().unwrap_or('\0');
        // logos may report several bytes at once; skip exactly one character.
        let end = span.start + ch.len_utf8().max(1);
        let message = if ch == '\0' || ch == '\u{FEFF}' {
            // Reported when the lexer was created.
            String::new()
        } else {
            format!("invalid character {}", format_code_point(ch as u32))
        };
        if !message.is_empty() {
            self.inner.extras.push(Diagnostic::error(Span::new(span.start, end), message));
        }
        if end < span.end {
            // Re-lex what follows the bad character.
            let rest_start = end;
            let mut fresh = Token::lexer(src);
            fresh.extras = std::mem::take(&mut self.inner.extras);
            fresh.bump(rest_start);
            self.inner = fresh;
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<(usize, Token, usize), Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        loop {
            let next = self.inner.next();
            if let Some(count) = self.error_count {
                count.set(self.inner.extras.len());
            }
            let Some(result) = next else {
                self.done = true;
                if self.semi_pending {
                    let end = self.inner.source().len();
                    return Some(Ok(self.semicolon(end..end, SemiKind::Eof)));
                }
                return None;
            };
            let span = self.inner.span();
            let token = match result {
                Ok(token) => token,
                Err(()) => {
                    self.invalid_character(span);
                    continue;
                }
            };
            let token = match token {
                Token::Newline => {
                    if self.semi_pending {
                        return Some(Ok(self.semicolon(span, SemiKind::Newline)));
                    }
                    continue;
                }
                Token::LineComment => {
                    let text = self.inner.slice()[2..].to_string();
                    self.comments.push(LineComment { span: Span::new(span.start, span.end), text });
                    continue;
                }
                Token::BlockComment(has_newline) => {
                    if has_newline && self.semi_pending {
                        return Some(Ok(self.semicolon(span, SemiKind::Newline)));
                    }
                    continue;
                }
                Token::Number(number) => match number.kind {
                    NumberKind::Int => Token::Int(number.text),
                    NumberKind::Float => Token::Float(number.text),
                    NumberKind::Imag => Token::Imag(number.text),
                },
                other => other,
            };
            match token {
                Token::LParen | Token::LBrack | Token::LBrace => self.depth += 1,
                Token::RParen | Token::RBrack | Token::RBrace => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
            if self.depth > MAX_NESTING {
                // Stop here: the parser sees the end of the input.
                let message = format!("brackets nested too deeply (more than {MAX_NESTING} levels)");
                self.inner.extras.push(Diagnostic::error(Span::new(span.start, span.end), message));
                if let Some(count) = self.error_count {
                    count.set(self.inner.extras.len());
                }
                self.done = true;
                return None;
            }
            self.semi_pending = token.ends_line();
            return Some(Ok((span.start, token, span.end)));
        }
    }
}

/// Turns the bytes of a source file into text: invalid UTF-8 sequences become
/// U+FFFD, each with Go's "invalid UTF-8 encoding" diagnostic.
pub fn decode_source(bytes: &[u8]) -> (String, Vec<Diagnostic>) {
    let mut text = String::with_capacity(bytes.len());
    let mut diagnostics = Vec::new();
    let mut rest = bytes;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                break;
            }
            Err(error) => {
                let good = error.valid_up_to();
                text.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = error.error_len().unwrap_or(rest.len() - good).max(1);
                let at = text.len();
                let _ = offset;
                diagnostics.push(Diagnostic::error(Span::new(at, at + 3), "invalid UTF-8 encoding"));
                text.push('\u{FFFD}');
                rest = &rest[good + bad..];
                offset += good + bad;
            }
        }
    }
    (text, diagnostics)
}

/// The tokens the parser sees (after semicolon insertion), with spans, and
/// the lexical diagnostics.
pub fn tokenize(src: &str) -> (Vec<(Token, Span)>, Vec<Diagnostic>) {
    let mut lexer = Lexer::new(src);
    let tokens = lexer
        .by_ref()
        .filter_map(Result::ok)
        .map(|(start, token, end)| (token, Span::new(start, end)))
        .collect();
    (tokens, lexer.take_diagnostics())
}

/// For the REPL: true when `src` ends inside an unclosed `(`, `[` or `{`, a
/// raw string or a block comment, so more input lines are needed.
pub fn is_incomplete(src: &str) -> bool {
    let mut depth: i64 = 0;
    let mut lexer = Lexer::new(src);
    for (_, token, _) in lexer.by_ref().flatten() {
        match token {
            Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
            Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
            _ => {}
        }
    }
    let unterminated = lexer
        .take_diagnostics()
        .iter()
        .any(|d| d.message == "comment not terminated" || (d.message == "string not terminated" && src[d.span.range()].starts_with('`')));
    depth > 0 || unterminated
}

/// The token stream of `src` on one line, for tests and debugging: names
/// and literals as `name(x)`, `int(0x1F)`, `string("a\n")` (decoded and
/// requoted), `rune(233)`; inserted semicolons as `;⏎` (newline) and `;EOF`.
pub fn render_tokens(src: &str) -> String {
    let (tokens, diagnostics) = tokenize(src);
    let mut parts: Vec<String> = tokens
        .iter()
        .map(|(token, _)| match token {
            Token::Ident(name) => format!("name({name})"),
            Token::Int(text) => format!("int({text})"),
            Token::Float(text) => format!("float({text})"),
            Token::Imag(text) => format!("imag({text})"),
            Token::Rune(c) => format!("rune({c})"),
            Token::Str(bytes) => format!("string({})", crate::token::quote_bytes(bytes)),
            Token::Semi(SemiKind::Newline) => ";⏎".to_string(),
            Token::Semi(SemiKind::Eof) => ";EOF".to_string(),
            other => other.text().to_string(),
        })
        .collect();
    for d in diagnostics {
        parts.push(format!("[error {}..{}: {}]", d.span.start, d.span.end, d.message));
    }
    parts.join(" ")
}
