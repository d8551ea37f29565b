//! Owns the rendering of diagnostics: the only module that uses ariadne.
//! Must not know which stage produced a diagnostic; it draws what it is given.

use ariadne::{CharSet, Color, Config, IndexType, Label, Report, ReportKind, Source};
use minigo_grammar::{Diagnostic, LineIndex, Severity};

/// Whether rendered diagnostics carry terminal colours.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Resolves `Auto` against whether standard error is a terminal.
    pub fn enabled(self) -> bool {
        use std::io::IsTerminal;
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => std::io::stderr().is_terminal(),
        }
    }
}

/// Renders `diags` for the source `src` of the file `path` into one string.
pub fn render_diagnostics(path: &str, src: &str, diags: &[Diagnostic], color: bool) -> String {
    let mut out = Vec::new();
    for d in diags {
        render_one(path, src, d, color, &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The Go compiler's one-line form (`prog.mg:3:5: declared and not used: x`).
pub fn one_line(path: &str, src: &str, d: &Diagnostic) -> String {
    let (line, col) = LineIndex::new(src).line_col(clamp(d.span.start as usize, src) as u32);
    format!("{path}:{line}:{col}: {}", d.message)
}

fn clamp(offset: usize, src: &str) -> usize {
    let mut o = offset.min(src.len());
    while !src.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// The byte range a label covers. An empty span (a missing token, an
/// unexpected newline) is widened to the character at that point so that
/// ariadne draws it.
fn range(span: minigo_grammar::Span, src: &str) -> std::ops::Range<usize> {
    let mut start = clamp(span.start as usize, src);
    let mut end = clamp(span.end as usize, src).max(start);
    if start == end {
        if start == src.len() && start > 0 {
            start = clamp(start - 1, src);
        }
        end = src[start..].chars().next().map_or(start, |c| start + c.len_utf8());
    }
    start..end
}

fn render_one(path: &str, src: &str, d: &Diagnostic, color: bool, out: &mut Vec<u8>) {
    let kind = match d.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
    };
    let config = Config::default()
        .with_color(color)
        .with_index_type(IndexType::Byte)
        .with_char_set(CharSet::Unicode);
    let primary = range(d.span, src);
    // ariadne draws only labels that carry text: without a label of its own
    // the primary span repeats the message (minus Go's `syntax error: ` prefix).
    let text = d.primary_label.as_deref().unwrap_or_else(|| d.message.trim_start_matches("syntax error: "));
    let primary_label = Label::new((path, primary.clone())).with_color(Color::Red).with_order(0).with_message(text);
    let mut report = Report::build(kind, (path, primary))
        .with_config(config)
        .with_message(&d.message)
        .with_label(primary_label);
    for (i, l) in d.labels.iter().enumerate() {
        report = report.with_label(
            Label::new((path, range(l.span, src)))
                .with_message(&l.message)
                .with_color(Color::Blue)
                .with_order(i as i32 + 1),
        );
    }
    for n in &d.notes {
        report = report.with_note(n);
    }
    if let Some(h) = &d.help {
        report = report.with_help(h);
    }
    // Writing into a Vec cannot fail.
    let _ = report.finish().write((path, Source::from(src)), &mut *out);
}
