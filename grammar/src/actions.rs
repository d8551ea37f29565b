//! Owns the code the grammar's actions call for anything beyond building one
//! node: the parser state (expression ids, diagnostics), parameter grouping,
//! statement headers, switch/select clause checking, "minigo does not
//! support" diagnostics and the error-recovery messages. Must not know types,
//! scopes or bytecode.

use std::cell::{Cell, RefCell};

use lalrpop_util::{ErrorRecovery, ParseError};

use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::span::{LineIndex, Span};
use crate::syntax_error;
use crate::token::Token;

pub fn span(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

/// State threaded through the grammar's actions.
pub struct ParserState {
    next_id: Cell<u32>,
    diagnostics: RefCell<Vec<Diagnostic>>,
    /// Bodyless function declarations are allowed (stdlib API files).
    pub allow_bodyless: bool,
    /// The source text (messages quote literals as written).
    pub src: String,
    /// Lexical errors so far (kept up to date by the lexer).
    pub lexical_errors: Cell<usize>,
    /// Nesting depth of each expression, indexed by `ExprId`.
    depths: RefCell<Vec<u16>>,
}

/// Deepest expression tree accepted (see `lexer::MAX_NESTING`).
pub const MAX_EXPR_DEPTH: u16 = 1024;

/// Where an error was recovered (its message depends on it).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Ctx {
    TopLevel,
    Statement,
}

impl ParserState {
    pub fn new(allow_bodyless: bool, src: &str) -> ParserState {
        ParserState { next_id: Cell::new(0), diagnostics: RefCell::new(Vec::new()), allow_bodyless, src: src.to_string(), lexical_errors: Cell::new(0), depths: RefCell::new(Vec::new()) }
    }

    /// Where the first token after `from` starts (skipping spaces and
    /// comments is not needed: Go's positions point at operators written
    /// right after an operand or at the next non-blank byte).
    fn next_token_at(&self, from: u32, wanted: char) -> Span {
        let start = from as usize;
        let rest = self.src.get(start..).unwrap_or("");
        match rest.find(wanted) {
            Some(i) => Span::new(start + i, start + i + wanted.len_utf8()),
            None => Span::new(start, start),
        }
    }

    /// Whether the first token after byte `from` (past blanks, newlines and
    /// comments) is `case` or `default`.
    fn case_follows(&self, from: u32) -> bool {
        use logos::Logos;
        let rest = self.src.get(from as usize..).unwrap_or("");
        let mut tokens = Token::lexer(rest);
        while let Some(token) = tokens.next() {
            match token {
                Ok(Token::Newline | Token::LineComment | Token::BlockComment(_)) => continue,
                Ok(Token::Case | Token::Default) => return true,
                _ => return false,
            }
        }
        false
    }

    /// The span of the operator of an assignment-like statement.
    fn operator_span(&self, stmt: &Stmt) -> Span {
        let after = match &stmt.kind {
            StmtKind::Define { names, .. } => names.last().map(|n| n.span.end),
            StmtKind::Assign { lhs, .. } => lhs.last().map(|x| x.span.end),
            StmtKind::Send { ch, .. } => Some(ch.span.end),
            StmtKind::IncDec { x, .. } => Some(x.span.end),
            _ => None,
        };
        match after {
            Some(end) => {
                let rest = self.src.get(end as usize..).unwrap_or("");
                let skip = rest.len() - rest.trim_start().len();
                Span::new(end as usize + skip, end as usize + skip + 1)
            }
            None => stmt.span,
        }
    }

    pub fn expr_count(&self) -> u32 {
        self.next_id.get()
    }

    pub fn take_diagnostics(&self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.diagnostics.borrow_mut())
    }

    pub fn report(&self, diagnostic: Diagnostic) {
        self.diagnostics.borrow_mut().push(diagnostic);
    }

    pub fn error(&self, span: Span, message: impl Into<String>) {
        self.report(Diagnostic::error(span, message));
    }

    pub fn expr(&self, kind: ExprKind, l: usize, r: usize) -> Expr {
        self.expr_at(kind, span(l, r))
    }

    pub fn expr_at(&self, kind: ExprKind, span: Span) -> Expr {
        let mut depth = 1 + self.children_depth(&kind);
        let kind = if depth > MAX_EXPR_DEPTH {
            let already = self.diagnostics.borrow().iter().any(|d| d.message.starts_with("expression nested too deeply"));
            if !already {
                self.error(span, format!("expression nested too deeply (more than {MAX_EXPR_DEPTH} levels)"));
            }
            depth = 1;
            ExprKind::Bad
        } else {
            kind
        };
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        let mut depths = self.depths.borrow_mut();
        if depths.len() <= id as usize {
            depths.resize(id as usize + 1, 0);
        }
        depths[id as usize] = depth;
        Expr { id: ExprId(id), span, kind }
    }

    /// The depth of the deepest direct sub-expression of `kind` (function
    /// literal bodies are bounded by bracket nesting instead).
    fn children_depth(&self, kind: &ExprKind) -> u16 {
        let depths = self.depths.borrow();
        let d = |x: &Expr| depths.get(x.id.0 as usize).copied().unwrap_or(0);
        let o = |x: &Option<Box<Expr>>| x.as_deref().map_or(0, d);
        use ExprKind::*;
        match kind {
            Paren(x) | Selector(x, _) | Star(x) | Unary(_, x) | SliceType(x) | ChanType(_, x) => d(x),
            Index(a, b) | Binary(_, a, b) | MapType(a, b) => d(a).max(d(b)),
            Slice { x, lo, hi, max, .. } => d(x).max(o(lo)).max(o(hi)).max(o(max)),
            TypeAssert(x, t) => d(x).max(o(t)),
            Call { func, args, .. } => args.iter().map(d).fold(d(func), u16::max),
            CompositeLit { ty, elems, .. } => {
                elems.iter().map(|e| e.key.as_ref().map_or(0, d).max(d(&e.value))).fold(o(ty), u16::max)
            }
            ArrayType { len, elem } => o(len).max(d(elem)),
            _ => 0,
        }
    }

    pub fn bad(&self, span: Span) -> Expr {
        self.expr_at(ExprKind::Bad, span)
    }

    pub fn ident(&self, ident: Ident) -> Expr {
        let span = ident.span;
        self.expr_at(ExprKind::Ident(ident.name), span)
    }

    pub fn qualified(&self, package: Ident, sel: Ident) -> Expr {
        let whole = package.span.to(sel.span);
        let x = self.ident(package);
        self.expr_at(ExprKind::Selector(Box::new(x), sel), whole)
    }

    pub fn binary(&self, op: BinOp, a: Expr, b: Expr, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::Binary(op, Box::new(a), Box::new(b)), l, r)
    }

    pub fn receive(&self, x: Expr, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::Unary(UnOp::Recv, Box::new(x)), l, r)
    }

    pub fn imaginary(&self, text: String, l: usize, r: usize) -> Expr {
        let _ = text;
        self.report(Diagnostic::unsupported(span(l, r), "imaginary literals (complex numbers)"));
        self.bad(span(l, r))
    }

    /// `x[a]` is an index expression (or an instantiation with one type
    /// argument: the checker tells them apart); `x[a, b]` an instantiation.
    pub fn instantiation(&self, x: Expr, mut args: Vec<Expr>, whole: Span) -> Expr {
        if args.len() == 1 {
            let arg = args.pop().expect("one argument");
            return self.expr_at(ExprKind::Index(Box::new(x), Box::new(arg)), whole);
        }
        self.expr_at(ExprKind::IndexList(Box::new(x), args), whole)
    }

    /// `A | B` in a constraint: one flat union.
    pub fn union(&self, a: Expr, b: Expr, whole: Span) -> Expr {
        let mut terms = match a.kind {
            ExprKind::Union(terms) => terms,
            _ => vec![a],
        };
        terms.push(b);
        self.expr_at(ExprKind::Union(terms), whole)
    }

    /// One group of a type parameter list: `K, V any`, `T ~int | ~float64`.
    pub fn type_param_group(&self, names: Vec<Ident>, first: Expr, rest: Vec<Expr>, whole: Span) -> TypeParamGroup {
        let start = names.first().map_or(whole, |n| n.span);
        let mut constraint = first;
        for term in rest {
            let span = constraint.span.to(term.span);
            constraint = self.union(constraint, term, span);
        }
        let span = start.to(constraint.span);
        TypeParamGroup { names, constraint, span }
    }

    /// `[K, V any]` in a type declaration: the first parameter was parsed as
    /// an expression; a lone name shares the next group's constraint.
    pub fn type_params_after_expr(&self, first: Expr, mut more: Vec<TypeParamGroup>, whole: Span) -> Vec<TypeParamGroup> {
        let ExprKind::Ident(name) = &first.kind else {
            self.report(Diagnostic::unsupported(first.span, "this form of type parameter (write each parameter as `Name Constraint`)"));
            return more;
        };
        let ident = Ident { name: name.clone(), span: first.span };
        match more.first_mut() {
            Some(g) => {
                g.names.insert(0, ident);
                g.span = first.span.to(g.span);
            }
            None => self.error(whole, "syntax error: missing type constraint"),
        }
        more
    }

    /// `[...]T` is only allowed as the type of a composite literal.
    pub fn dots_array_outside_literal(&self, elem: Expr, l: usize) -> ExprKind {
        self.error(Span::new(l, l + 1), "invalid use of [...] array (outside a composite literal)");
        ExprKind::ArrayType { len: None, elem: Box::new(elem) }
    }

    pub fn slice(&self, x: Expr, lo: Option<Expr>, hi: Option<Expr>, max: Option<Option<Expr>>, l: usize, r: usize) -> Expr {
        let three = max.is_some();
        if three {
            let first_colon = self.next_token_at(lo.as_ref().map_or(x.span.end, |lo| lo.span.end), ':');
            if hi.is_none() {
                self.error(self.next_token_at(first_colon.end, ':'), "middle index required in 3-index slice");
            }
            if matches!(max, Some(None)) {
                self.error(Span::new(r - 1, r), "final index required in 3-index slice");
            }
        }
        let kind = ExprKind::Slice {
            x: Box::new(x),
            lo: lo.map(Box::new),
            hi: hi.map(Box::new),
            max: max.flatten().map(Box::new),
            three,
        };
        self.expr(kind, l, r)
    }

    pub fn call(&self, func: Expr, args: CallArgs, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::Call { func: Box::new(func), args: args.args, ellipsis: args.ellipsis }, l, r)
    }

    pub fn composite(&self, ty: Option<Expr>, value: (Vec<Element>, Span), l: usize, r: usize) -> Expr {
        let (elems, rbrace) = value;
        self.expr(ExprKind::CompositeLit { ty: ty.map(Box::new), elems, rbrace }, l, r)
    }

    /// Imports must come before every other declaration.
    pub fn file(&self, package: Ident, top: Vec<TopDecl>) -> File {
        let mut imports = Vec::new();
        let mut decls = Vec::new();
        for item in top {
            match item {
                TopDecl::Import(mut group, span) => {
                    if !decls.is_empty() {
                        self.error(span, "syntax error: imports must appear before other declarations");
                    }
                    imports.append(&mut group);
                }
                TopDecl::Decl(decl) => decls.push(decl),
            }
        }
        File { package, imports, decls, expr_count: self.next_id.get(), lines: LineIndex::default() }
    }

    pub fn func_decl(
        &self,
        recv: Option<Vec<ParamGroup>>,
        name: Ident,
        type_params: Option<Vec<TypeParamGroup>>,
        sig: FuncType,
        body: Option<Block>,
        whole: Span,
    ) -> FuncDecl {
        let recv = recv.and_then(|groups| self.receiver(groups, name.span));
        if body.is_none() && !self.allow_bodyless {
            self.report(Diagnostic::unsupported(name.span, "function declarations without bodies"));
        }
        FuncDecl { recv, name, type_params: type_params.unwrap_or_default(), sig, body, doc: None, span: whole }
    }

    fn receiver(&self, mut groups: Vec<ParamGroup>, at: Span) -> Option<ParamGroup> {
        let count: usize = groups.iter().map(|g| g.names.len().max(1)).sum();
        match count {
            1 => groups.pop(),
            0 => {
                self.error(at, "method has no receiver");
                None
            }
            _ => {
                self.error(at, "method has multiple receivers");
                groups.into_iter().next()
            }
        }
    }

    pub fn single_result(&self, params: Vec<ParamGroup>, ty: Expr, whole: Span) -> FuncType {
        let span = ty.span;
        FuncType { params, results: vec![ParamGroup { names: vec![], ty, variadic: false, span }], span: whole }
    }

    /// Go's parameter-list rule: either every entry is named (`a, b int`:
    /// a bare name takes the type that follows) or none is.
    pub fn param_groups(&self, decls: Vec<ParamDecl>, whole: Span) -> Vec<ParamGroup> {
        let named = decls.iter().any(|d| d.name.is_some());
        if !named {
            return decls
                .into_iter()
                .map(|d| ParamGroup { names: vec![], ty: d.ty, variadic: d.variadic, span: d.span })
                .collect();
        }
        let mut groups = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut pending_start: Option<Span> = None;
        for decl in decls {
            match decl.name {
                Some(name) => {
                    pending.push(name);
                    let start = pending_start.take().unwrap_or(decl.span);
                    groups.push(ParamGroup {
                        names: std::mem::take(&mut pending),
                        ty: decl.ty,
                        variadic: decl.variadic,
                        span: start.to(decl.span),
                    });
                }
                None => match decl.ty.kind {
                    ExprKind::Ident(name) if !decl.variadic => {
                        pending_start.get_or_insert(decl.span);
                        pending.push(Ident { name, span: decl.ty.span });
                    }
                    _ => {
                        self.error(decl.span, "syntax error: missing parameter name");
                        groups.push(ParamGroup { names: vec![], ty: decl.ty, variadic: decl.variadic, span: decl.span });
                    }
                },
            }
        }
        if let Some(last) = pending.last() {
            self.error(last.span.end_point(), "syntax error: missing parameter type");
            let _ = whole;
        }
        groups
    }

    /// `go f()` / `defer f()`: Go's parser requires an unparenthesised call.
    pub fn go_defer(&self, x: Expr, keyword: &str, whole: Span) -> Stmt {
        match &x.kind {
            ExprKind::Call { .. } => {}
            ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::Call { .. }) => {
                self.error(x.span, format!("expression in {keyword} must not be parenthesized"))
            }
            _ => self.error(x.span, format!("expression in {keyword} must be function call")),
        }
        let kind = if keyword == "go" { StmtKind::Go(x) } else { StmtKind::Defer(x) };
        Stmt { kind, span: whole }
    }

    pub fn define(&self, lhs: Vec<Expr>, values: Vec<Expr>, whole: Span) -> Stmt {
        let mut names = Vec::with_capacity(lhs.len());
        for x in lhs {
            match x.kind {
                ExprKind::Ident(name) => names.push(Ident { name, span: x.span }),
                _ => self.error(x.span, format!("non-name {} on left side of :=", crate::dump::expr_source(&x))),
            }
        }
        Stmt { kind: StmtKind::Define { names, values }, span: whole }
    }

    /// The condition of `if`/`for`: an expression statement's expression.
    fn condition(&self, stmt: Option<Stmt>, keyword: &str, at: Span) -> Option<Expr> {
        match stmt {
            None => None,
            Some(Stmt { kind: StmtKind::Expr(x), .. }) => Some(x),
            Some(other) => {
                let text = crate::dump::stmt_source(&other);
                self.error(self.operator_span(&other), format!("syntax error: cannot use {text} as value"));
                let _ = (keyword, at);
                Some(self.bad(other.span))
            }
        }
    }

    pub fn if_stmt(&self, header: Option<Header>, then: Block, els: Option<Stmt>, whole: Span, head: Span) -> Stmt {
        let mut semi = None;
        let (init, cond) = match header {
            None => (None, None),
            Some(Header::One(s)) => (None, Some(s)),
            Some(Header::Two(init, cond, at)) => {
                semi = Some(at);
                (init, cond)
            }
            Some(Header::Three(init, cond, post)) => {
                self.error(head, "syntax error: unexpected semicolon, expected { after if clause");
                let _ = post;
                (init, cond)
            }
        };
        let cond = match self.condition(cond, "if", head) {
            Some(c) => c,
            None => {
                match semi {
                    Some(semi) if self.src.get(semi.range()) != Some(";") => {
                        self.error(semi, "syntax error: unexpected newline, expected { after if clause")
                    }
                    Some(semi) => self.error(semi, "syntax error: missing condition in if statement"),
                    None => self.error(then.span.start_point(), "syntax error: missing condition in if statement"),
                }
                self.bad(head.end_point())
            }
        };
        Stmt { kind: StmtKind::If { init: init.map(Box::new), cond, then, els: els.map(Box::new) }, span: whole }
    }

    pub fn for_stmt(&self, header: Header, body: Block, whole: Span) -> Stmt {
        let (init, cond, post) = match header {
            Header::One(s) => (None, Some(s), None),
            Header::Two(init, cond, semi) => {
                let _ = semi;
                self.error(body.span.start_point(), "syntax error: unexpected {, expected semicolon or newline");
                (init, cond, None)
            }
            Header::Three(init, cond, post) => (init, cond, post),
        };
        let cond = self.condition(cond, "for", whole);
        if let Some(Stmt { kind: StmtKind::Define { .. }, span }) = &post {
            self.error(*span, "syntax error: cannot declare in post statement of for loop");
        }
        Stmt { kind: StmtKind::For { init: init.map(Box::new), cond, post: post.map(Box::new), body }, span: whole }
    }

    pub fn switch(&self, header: Option<Header>, cases: Vec<RawCase>, whole: Span, head: Span) -> Stmt {
        let (init, tag) = match header {
            None => (None, None),
            Some(Header::One(s)) => (None, Some(s)),
            Some(Header::Two(init, tag, _)) => (init, tag),
            Some(Header::Three(init, tag, _)) => {
                self.error(head, "syntax error: switch expression must be followed by {");
                (init, tag)
            }
        };
        let init = init.map(Box::new);
        // Type switch: `x.(type)` or `v := x.(type)`.
        let type_switch = match tag {
            Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::TypeAssert(x, None), .. }), .. }) => Some((None, *x)),
            Some(Stmt { kind: StmtKind::Define { mut names, mut values }, span })
                if names.len() == 1
                    && values.len() == 1
                    && matches!(values[0].kind, ExprKind::TypeAssert(_, None)) =>
            {
                match values.pop().map(|v| v.kind) {
                    Some(ExprKind::TypeAssert(x, None)) => Some((names.pop(), *x)),
                    _ => {
                        self.error(span, "syntax error: bad type switch");
                        None
                    }
                }
            }
            other => {
                let tag = self.condition(other, "switch", head);
                let cases = cases.into_iter().filter_map(|c| self.expr_case(c)).collect();
                return Stmt { kind: StmtKind::Switch { init, tag, cases }, span: whole };
            }
        };
        let (bind, x) = type_switch.expect("type switch header");
        let cases = cases.into_iter().filter_map(|c| self.type_case(c)).collect();
        Stmt { kind: StmtKind::TypeSwitch { init, bind, x, cases }, span: whole }
    }

    fn expr_case(&self, case: RawCase) -> Option<CaseClause> {
        let exprs = match case.head {
            CaseHead::Default => None,
            CaseHead::List(exprs) => Some(exprs),
            _ => {
                self.error(case.span, "syntax error: unexpected := or = or <- in switch case, expected : ");
                return None;
            }
        };
        Some(CaseClause { exprs, body: case.body, span: case.span })
    }

    fn type_case(&self, case: RawCase) -> Option<TypeCaseClause> {
        let types = match case.head {
            CaseHead::Default => None,
            CaseHead::List(types) => Some(types),
            _ => {
                self.error(case.span, "syntax error: unexpected := or = or <- in type switch case, expected :");
                return None;
            }
        };
        Some(TypeCaseClause { types, body: case.body, span: case.span })
    }

    pub fn select(&self, cases: Vec<RawCase>, whole: Span) -> Stmt {
        let clauses = cases.into_iter().filter_map(|c| self.comm_clause(c)).collect();
        Stmt { kind: StmtKind::Select(clauses), span: whole }
    }

    fn comm_clause(&self, case: RawCase) -> Option<CommClause> {
        let head_span = case.span;
        let comm = match case.head {
            CaseHead::Default => None,
            CaseHead::Send(ch, value) => {
                let span = ch.span.to(value.span);
                Some(Stmt { kind: StmtKind::Send { ch, value }, span })
            }
            CaseHead::List(mut exprs) if exprs.len() == 1 => {
                let x = exprs.pop().expect("one expression");
                self.check_receive(&x);
                let span = x.span;
                Some(Stmt { kind: StmtKind::Expr(x), span })
            }
            CaseHead::List(exprs) => {
                let span = exprs[0].span.to(exprs[exprs.len() - 1].span);
                self.error(span, SELECT_CASE);
                return None;
            }
            CaseHead::Assign(lhs, x) => {
                self.check_receive(&x);
                let span = lhs[0].span.to(x.span);
                Some(Stmt { kind: StmtKind::Assign { lhs, op: None, rhs: vec![x] }, span })
            }
            CaseHead::Define(lhs, x) => {
                self.check_receive(&x);
                let span = lhs[0].span.to(x.span);
                Some(self.define(lhs, vec![x], span))
            }
        };
        let _ = head_span;
        Some(CommClause { comm: comm.map(Box::new), body: case.body, span: case.span })
    }

    fn check_receive(&self, x: &Expr) {
        if !is_receive(x) {
            self.error(self.go_position(x), SELECT_CASE);
        }
    }

    /// Where the Go compiler positions an expression: a binary expression
    /// at its operator, anything else at its start.
    fn go_position(&self, x: &Expr) -> Span {
        match &x.kind {
            ExprKind::Binary(op, a, _) => {
                let rest = self.src.get(a.span.end as usize..).unwrap_or("");
                let at = a.span.end as usize + (rest.len() - rest.trim_start().len());
                Span::new(at, at + op.as_str().len())
            }
            _ => x.span,
        }
    }

    /// An error lalrpop recovered from at the top level or in a statement list.
    pub fn recover(&self, error: ErrorRecovery<usize, Token, Diagnostic>, ctx: Ctx) {
        self.report_parse_error(error.error, ctx);
    }

    pub fn recover_stmt(&self, error: ErrorRecovery<usize, Token, Diagnostic>, whole: Span) -> Stmt {
        self.report_parse_error(error.error, Ctx::Statement);
        Stmt { kind: StmtKind::Empty, span: whole }
    }

    pub fn report_parse_error(&self, error: ParseError<usize, Token, Diagnostic>, ctx: Ctx) {
        let at_eof = matches!(error, ParseError::UnrecognizedEof { .. })
            || matches!(&error, ParseError::UnrecognizedToken { token: (_, Token::Semi(crate::token::SemiKind::Eof), _), .. });
        let diagnostic = syntax_error::describe(error, ctx, &self.src);
        let mut diagnostics = self.diagnostics.borrow_mut();
        // As Go: no follow-up error at EOF, and one syntax error per line.
        if at_eof && (!diagnostics.is_empty() || self.lexical_errors.get() > 0) {
            return;
        }
        // After a syntax error, recovery at statement level may close a
        // block too early: what follows (a stray closing bracket, a
        // statement "outside" the function) is a cascade, not news.
        let m = &diagnostic.message[..];
        let cascade = ["syntax error: unexpected )", "syntax error: unexpected ]", "syntax error: unexpected }", "syntax error: non-declaration statement"]
            .iter()
            .any(|prefix| m.starts_with(prefix));
        if cascade && diagnostics.iter().any(|d| d.message.starts_with("syntax error")) {
            return;
        }
        let line_of = |offset: u32| self.src.as_bytes()[..(offset as usize).min(self.src.len())].iter().filter(|&&b| b == b'\n').count();
        let line = line_of(diagnostic.span.start);
        if diagnostics.iter().any(|d| d.message.starts_with("syntax error") && line_of(d.span.start) == line) {
            return;
        }
        diagnostics.push(diagnostic);
    }
}

const SELECT_CASE: &str = "select case must be send or receive (possibly with assignment)";

fn is_receive(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Unary(UnOp::Recv, _) => true,
        ExprKind::Paren(inner) => is_receive(inner),
        _ => false,
    }
}

/// A top-level item: an import declaration (with its keyword's span) or a declaration.
pub enum TopDecl {
    Import(Vec<Import>, Span),
    Decl(Decl),
}

/// One entry of a parameter list before Go's grouping rule is applied.
pub struct ParamDecl {
    pub name: Option<Ident>,
    pub ty: Expr,
    pub variadic: bool,
    pub span: Span,
}

pub struct CallArgs {
    pub args: Vec<Expr>,
    pub ellipsis: Option<Span>,
}

/// `if`/`switch`/`for` header: `a`, `a; b` or `a; b; c`, each part optional.
pub enum Header {
    One(Stmt),
    /// The span is that of the `;`.
    Two(Option<Stmt>, Option<Stmt>, Span),
    Three(Option<Stmt>, Option<Stmt>, Option<Stmt>),
}

pub struct RangeClause {
    pub lhs: Vec<Expr>,
    pub define: bool,
    pub x: Expr,
}

pub enum CaseHead {
    Default,
    List(Vec<Expr>),
    Send(Expr, Expr),
    Assign(Vec<Expr>, Expr),
    Define(Vec<Expr>, Expr),
}

pub struct RawCase {
    pub head: CaseHead,
    pub body: Vec<Stmt>,
    pub span: Span,
}

pub fn import(name: Option<Ident>, path: Vec<u8>, path_span: Span, whole: Span) -> Import {
    Import { name, path: String::from_utf8_lossy(&path).into_owned(), path_span, span: whole }
}

pub fn const_spec(names: Vec<Ident>, ty: Option<Expr>, values: Option<Vec<Expr>>, whole: Span) -> ConstSpec {
    ConstSpec { names, ty, values: values.unwrap_or_default(), iota: 0, span: whole }
}

/// Gives each spec of a const group its `iota`.
pub fn number_consts(mut specs: Vec<ConstSpec>) -> Vec<ConstSpec> {
    for (i, spec) in specs.iter_mut().enumerate() {
        spec.iota = i as u32;
    }
    specs
}

pub fn labeled(st: &ParserState, label: Ident, colon: Span, stmt: Option<Stmt>, whole: Span) -> Stmt {
    // A label without a statement is allowed before the `}` closing its
    // block (and before a written `;`), not at the end of a case clause;
    // as in Go, each label of a chain `L1: L2:` then misses its statement.
    let bare_end = match &stmt {
        None => Some(colon.end),
        Some(s) => match &s.kind {
            StmtKind::Labeled { stmt: inner, .. } if matches!(inner.kind, StmtKind::Empty) => Some(s.span.end),
            _ => None,
        },
    };
    if bare_end.is_some_and(|end| st.case_follows(end)) {
        st.error(colon, "syntax error: missing statement after label");
    }
    let stmt = stmt.unwrap_or(Stmt { kind: StmtKind::Empty, span: whole.end_point() });
    Stmt { kind: StmtKind::Labeled { label, stmt: Box::new(stmt) }, span: whole }
}

pub fn range_stmt(st: &ParserState, clause: RangeClause, body: Block, whole: Span) -> Stmt {
    if let Some(third) = clause.lhs.get(2) {
        st.error(third.span, "range clause permits at most two iteration variables");
    }
    let mut lhs = clause.lhs.into_iter();
    let key = lhs.next();
    let value = lhs.next();
    Stmt { kind: StmtKind::Range { key, value, define: clause.define, x: clause.x, body }, span: whole }
}
