//! Owns byte spans into one source file and the line/column arithmetic on them.
//! Must not know tokens, syntax or types: every stage uses these spans.

/// A half-open byte range `start..end` into the source text of one file.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const DUMMY: Span = Span { start: 0, end: 0 };

    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// An empty span at the start of `self`.
    pub fn start_point(self) -> Span {
        Span { start: self.start, end: self.start }
    }

    /// An empty span at the end of `self` (where a missing token would go).
    pub fn end_point(self) -> Span {
        Span { start: self.end, end: self.end }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl std::fmt::Debug for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Maps byte offsets of one source text to 1-based line and column numbers
/// (columns count bytes, as the Go compiler's do).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    /// From this byte offset on, lines are numbered again from the second
    /// value (see `renumber_from`).
    renumbered: Option<(u32, u32)>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts, renumbered: None }
    }

    /// Numbers the lines from `offset` on as if the line holding `offset`
    /// were line `line` (a REPL input's declarations, placed after the code
    /// of its statements, keep the input's own line numbers).
    pub fn renumber_from(&mut self, offset: u32, line: u32) {
        self.renumbered = Some((offset, line));
    }

    /// 1-based (line, column) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let col = offset - self.line_starts[line] + 1;
        let mut line = line as u32 + 1;
        if let Some((from, first)) = self.renumbered.filter(|&(from, _)| offset >= from) {
            let from_line = self.line_starts.partition_point(|&s| s <= from) as u32;
            line = line - from_line + first;
        }
        (line, col)
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        self.line_col(offset).0
    }
}
