//! Owns where a `goto` may jump (the spec's rules, as Go's compiler applies
//! them): a goto names a label of its own block or of an enclosing one — a
//! label inside a block the goto is outside of is "into block" —, and a
//! forward goto must not skip a variable declaration of the label's block.
//! Walks statements only (a function literal has labels of its own).
//! Must not know types or bytecode.

use minigo_grammar::ast::{Decl, Ident, Stmt, StmtKind};
use minigo_grammar::Span;

/// What became of one `goto`.
pub(crate) enum GotoOutcome<'a> {
    /// The label exists in the goto's block or an enclosing one. With
    /// `skipped`, the jump is forward over the variable declaration there
    /// (the last one before the label).
    Reaches { goto: &'a Ident, skipped: Option<Span> },
    /// The label exists, in a block (starting at `block`) that does not
    /// enclose the goto.
    IntoBlock { goto: &'a Ident, block: Span },
    /// No label of that name in the function.
    Undefined { goto: &'a Ident },
}

/// A statement list the label rules treat as one block.
struct BlockSite {
    /// Where the block starts (the first character of its `{`, or of the
    /// `case`/`default` of a clause).
    start: Span,
    /// Statement indices in this block that declare variables, with their spans.
    var_decls: Vec<(usize, Span)>,
}

/// Where a label was defined: its block and its statement's index there.
struct LabelSite {
    block: usize,
    index: usize,
}

/// A goto and the chain of (block, statement index) from the function body
/// down to the goto itself.
struct GotoSite<'a> {
    label: &'a Ident,
    path: Vec<(usize, usize)>,
}

#[derive(Default)]
struct Walk<'a> {
    blocks: Vec<BlockSite>,
    /// First definition of each label (a second one is reported elsewhere).
    labels: Vec<(&'a str, LabelSite)>,
    gotos: Vec<GotoSite<'a>>,
    /// The (block, index) chain of the statement being walked.
    path: Vec<(usize, usize)>,
}

/// Resolves every goto of the function body `stmts`, in source order.
pub(crate) fn resolve_gotos(stmts: &[Stmt]) -> Vec<GotoOutcome<'_>> {
    let mut walk = Walk::default();
    // The body encloses every goto: its start is never reported.
    walk.list(Span::DUMMY, stmts);
    walk.gotos
        .iter()
        .map(|g| {
            let Some((_, site)) = walk.labels.iter().find(|(n, _)| *n == g.label.name) else {
                return GotoOutcome::Undefined { goto: g.label };
            };
            let Some(&(_, from)) = g.path.iter().find(|(b, _)| *b == site.block) else {
                return GotoOutcome::IntoBlock { goto: g.label, block: walk.blocks[site.block].start };
            };
            let skipped = walk.blocks[site.block]
                .var_decls
                .iter()
                .rev()
                .find(|(i, _)| *i > from && *i < site.index)
                .map(|(_, span)| *span);
            GotoOutcome::Reaches { goto: g.label, skipped }
        })
        .collect()
}

impl<'a> Walk<'a> {
    fn list(&mut self, start: Span, stmts: &'a [Stmt]) {
        let block = self.blocks.len();
        let start = Span::new(start.start as usize, start.start as usize + 1);
        self.blocks.push(BlockSite { start, var_decls: Vec::new() });
        for (i, s) in stmts.iter().enumerate() {
            self.path.push((block, i));
            self.stmt(block, i, s);
            self.path.pop();
        }
    }

    fn stmt(&mut self, block: usize, index: usize, s: &'a Stmt) {
        match &s.kind {
            // An empty `var ()` declares nothing: a goto may skip it.
            StmtKind::Decl(Decl::Var(specs)) if !specs.is_empty() => self.blocks[block].var_decls.push((index, s.span)),
            StmtKind::Define { .. } => self.blocks[block].var_decls.push((index, s.span)),
            StmtKind::Labeled { label, stmt } => {
                if label.name != "_" && !self.labels.iter().any(|(n, _)| *n == label.name) {
                    self.labels.push((&label.name, LabelSite { block, index }));
                }
                self.stmt(block, index, stmt);
            }
            StmtKind::Goto(label) => self.gotos.push(GotoSite { label, path: self.path.clone() }),
            StmtKind::Block(b) => self.list(b.span, &b.stmts),
            StmtKind::If { then, els, .. } => {
                self.list(then.span, &then.stmts);
                if let Some(e) = els {
                    self.list(e.span, std::slice::from_ref(e));
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.list(body.span, &body.stmts),
            StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| self.list(c.span, &c.body)),
            StmtKind::TypeSwitch { cases, .. } => cases.iter().for_each(|c| self.list(c.span, &c.body)),
            StmtKind::Select(cases) => cases.iter().for_each(|c| self.list(c.span, &c.body)),
            _ => {}
        }
    }
}
