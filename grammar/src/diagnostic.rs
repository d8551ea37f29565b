//! Owns the one `Diagnostic` type that every stage (lexer, parser, checker,
//! compiler) produces. Must not know how diagnostics are rendered: the CLI
//! renders them with ariadne in one place (`src/render.rs`).

use crate::span::Span;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A secondary span with its own message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One problem found in a source file. `message` follows the Go compiler's
/// wording (`syntax error: unexpected newline, expected …`,
/// `declared and not used: x`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// Where the problem is; the primary label is drawn here.
    pub span: Span,
    /// Text attached to the primary span (defaults to nothing).
    pub primary_label: Option<String>,
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span,
            primary_label: None,
            labels: Vec::new(),
            notes: Vec::new(),
            help: None,
        }
    }

    /// The "minigo does not support X" diagnostic for Go outside the subset.
    pub fn unsupported(span: Span, construct: &str) -> Diagnostic {
        Diagnostic::error(span, format!("minigo does not support {construct}"))
            .with_note("minigo is a subset of Go; see LANGUAGE.md for what it covers")
    }

    pub fn with_primary_label(mut self, text: impl Into<String>) -> Diagnostic {
        self.primary_label = Some(text.into());
        self
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label { span, message: message.into() });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// True for the "minigo does not support …" family.
    pub fn is_unsupported(&self) -> bool {
        self.message.starts_with("minigo does not support")
    }
}
