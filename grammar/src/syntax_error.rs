//! Owns the wording of syntax errors: turns lalrpop's "unrecognized token,
//! expected one of {…}" into the Go compiler's phrasing (`syntax error:
//! unexpected newline, expected comma or )`). Must not know the grammar's
//! nonterminals beyond the terminal names lalrpop reports.

use lalrpop_util::ParseError;

use crate::actions::Ctx;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

/// Terminals that can start an expression (as lalrpop names them).
const EXPR_STARTS: &[&str] = &["\"ident\"", "\"int\"", "\"string\"", "\"(\"", "\"func\"", "\"!\"", "\"-\""];

pub fn describe(error: ParseError<usize, Token, Diagnostic>, ctx: Ctx, src_len: usize) -> Diagnostic {
    match error {
        ParseError::UnrecognizedToken { token: (l, token, r), expected } => unexpected(&token, Span::new(l, r), &expected, ctx),
        ParseError::UnrecognizedEof { location, expected } => {
            let at = Span::new(location.min(src_len), location.min(src_len));
            unexpected(&Token::Semi(crate::token::SemiKind::Eof), at, &expected, ctx)
        }
        ParseError::InvalidToken { location } => Diagnostic::error(Span::new(location, location + 1), "syntax error: invalid token"),
        ParseError::ExtraToken { token: (l, token, r) } => {
            Diagnostic::error(Span::new(l, r), format!("syntax error: unexpected {} after top level declaration", token.describe()))
        }
        ParseError::User { error } => error,
    }
}

fn has(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e == terminal)
}

fn unexpected(token: &Token, at: Span, expected: &[String], ctx: Ctx) -> Diagnostic {
    let found = token.describe();
    let message = if ctx == Ctx::TopLevel && starts_statement(token) && has(expected, "\"func\"") {
        "syntax error: non-declaration statement outside function body".to_string()
    } else if let Some(phrase) = expected_phrase(token, expected) {
        format!("syntax error: unexpected {found}, {phrase}")
    } else {
        format!("syntax error: unexpected {found}")
    };
    Diagnostic::error(at, message)
}

fn starts_statement(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        Ident(_)
            | Int(_)
            | Float(_)
            | Rune(_)
            | Str(_)
            | If
            | For
            | Switch
            | Select
            | Return
            | Go
            | Defer
            | Break
            | Continue
            | Goto
            | Fallthrough
            | LBrace
            | Star
            | Arrow
    )
}

/// The "expected …" half of Go's message, chosen from what lalrpop expected.
fn expected_phrase(token: &Token, expected: &[String]) -> Option<String> {
    let e = |t: &str| has(expected, t);
    let expr_expected = EXPR_STARTS.iter().all(|t| e(t));
    if e("\",\"") && e("\")\"") && !expr_expected {
        return Some("expected comma or )".into());
    }
    if e("\",\"") && e("\"}\"") && !expr_expected {
        return Some("expected comma or }".into());
    }
    if e("\",\"") && e("\"]\"") && !expr_expected {
        return Some("expected comma or ]".into());
    }
    if expr_expected && !e("\";\"") {
        return Some("expected expression".into());
    }
    if expected.len() == 1 {
        let only = expected[0].trim_matches('"');
        let name = match only {
            "ident" => "name".to_string(),
            ";" => "semicolon or newline".to_string(),
            "," => "comma".to_string(),
            other => other.to_string(),
        };
        return Some(format!("expected {name}"));
    }
    if e("\"{\"") && !e("\";\"") && !matches!(token, Token::LBrace) {
        return Some("expected {".into());
    }
    if e("\";\"") && e("\"}\"") {
        return Some("expected semicolon, newline, or }".into());
    }
    None
}
