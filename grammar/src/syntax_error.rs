//! Owns the wording of syntax errors: turns lalrpop's "unrecognized token,
//! expected one of {…}" into the Go compiler's phrasing (`syntax error:
//! unexpected newline in argument list; possibly missing comma or )`).
//! Must not know the grammar's nonterminals beyond the terminal names
//! lalrpop reports.

use lalrpop_util::ParseError;

use crate::actions::Ctx;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::{SemiKind, Token};

pub fn describe(error: ParseError<usize, Token, Diagnostic>, ctx: Ctx, src: &str) -> Diagnostic {
    match error {
        ParseError::UnrecognizedToken { token: (l, token, r), expected } => {
            let found = found_text(&token, src.get(l..r).unwrap_or(""));
            unexpected(&token, &found, Span::new(l, r), &expected, ctx)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let _ = location;
            let at = src.len();
            unexpected(&Token::Semi(SemiKind::Eof), "EOF", Span::new(at, at), &expected, ctx)
        }
        ParseError::InvalidToken { location } => Diagnostic::error(Span::new(location, location + 1), "syntax error: invalid token"),
        ParseError::ExtraToken { token: (l, token, r) } => {
            let found = found_text(&token, src.get(l..r).unwrap_or(""));
            Diagnostic::error(Span::new(l, r), format!("syntax error: unexpected {found} after top level declaration"))
        }
        ParseError::User { error } => error,
    }
}

/// How Go names the token: `name x`, `literal "a\n"` (as written), `keyword if`, `newline`.
fn found_text(token: &Token, written: &str) -> String {
    match token {
        Token::Int(_) | Token::Float(_) | Token::Imag(_) | Token::Rune(_) | Token::Str(_) => format!("literal {written}"),
        other => other.describe(),
    }
}

fn has(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == terminal)
}

fn unexpected(token: &Token, found: &str, at: Span, expected: &[String], ctx: Ctx) -> Diagnostic {
    let e = |t: &str| has(expected, t);
    let message = if e("package") && expected.len() == 1 {
        // `go build` reports a missing package clause through go/parser.
        let text = match token {
            Token::Semi(SemiKind::Eof) => "EOF".to_string(),
            Token::Ident(_) => "IDENT".to_string(),
            other if other.text().is_empty() => found.to_string(),
            other => other.text().to_string(),
        };
        format!("expected 'package', found '{text}'")
    } else if e("if") && e("{") && expected.len() == 2 {
        "syntax error: else must be followed by if or statement block".to_string()
    } else if ctx == Ctx::TopLevel && starts_statement(token) && e("func") {
        "syntax error: non-declaration statement outside function body".to_string()
    } else if e("string") && expected.len() == 1 {
        "missing import path".to_string()
    } else if ctx == Ctx::TopLevel && e(";") && !e("}") && !matches!(token, Token::Semi(SemiKind::Eof)) {
        format!("syntax error: unexpected {found} after top level declaration")
    } else {
        match expected_phrase(token, expected) {
            Some(phrase) => format!("syntax error: unexpected {found}{phrase}"),
            None => format!("syntax error: unexpected {found}"),
        }
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
            | Imag(_)
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
            | LParen
    )
}

/// The second half of Go's message (", expected …", " at end of statement",
/// " in argument list; possibly missing comma or )"), chosen from the set
/// of terminals lalrpop expected.
fn expected_phrase(token: &Token, expected: &[String]) -> Option<String> {
    let e = |t: &str| has(expected, t);
    let expression_expected = ["ident", "int", "string", "(", "func", "!", "-"].iter().all(|t| e(t));
    let operator_expected = e("+") && e("==");
    let type_expected = e("map") && e("chan") && e("struct") && !e("int");
    if matches!(token, Token::Semi(SemiKind::Eof)) && e("}") {
        return Some(", expected }".into());
    }
    if e(":") && e(",") && !e(";") && !e(")") && !e("}") && !e("]") {
        return Some(", expected :".into());
    }
    if e("(") && e("[") && expected.len() == 2 {
        return Some(", expected (".into());
    }
    if e(";") && e("}") && e("string") && !e("ident") && !operator_expected {
        return Some(" in struct type; possibly missing semicolon or newline or }".into());
    }
    if e(",") && e(")") && !expression_expected && !e(";") {
        let context = if operator_expected || e("...") && !type_expected { "argument list" } else { "parameter list" };
        return Some(format!(" in {context}; possibly missing comma or )"));
    }
    if e(",") && e("}") && !expression_expected && !e(";") {
        return Some(" in composite literal; possibly missing comma or }".into());
    }
    if e(",") && e("]") && !expression_expected && !e(";") {
        return Some(", expected comma or ]".into());
    }
    if expression_expected && !e(";") {
        return Some(", expected expression".into());
    }
    if e(";") && e("}") {
        if matches!(token, Token::Case | Token::Default | Token::Else | Token::Semi(SemiKind::Eof)) || !e("case") && starts_fresh(token) {
            return Some(", expected }".into());
        }
        return Some(" at end of statement".into());
    }
    if type_expected {
        return Some(", expected type".into());
    }
    if e(")") && !e(",") && operator_expected {
        return Some(", expected )".into());
    }
    if expected.len() == 1 {
        let name = match expected[0].trim_matches('"') {
            "ident" => "name".to_string(),
            ";" => "semicolon or newline".to_string(),
            "," => "comma".to_string(),
            other => other.to_string(),
        };
        return Some(format!(", expected {name}"));
    }
    if e("{") && !e(";") {
        return Some(", expected {".into());
    }
    None
}

/// Tokens that cannot continue a statement, so "at end of statement" would mislead.
fn starts_fresh(token: &Token) -> bool {
    token.is_keyword() && !matches!(token, Token::Func | Token::Chan | Token::Map | Token::Struct | Token::Interface)
}
