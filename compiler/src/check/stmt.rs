//! Owns statements: blocks and scopes, local declarations, expression,
//! send, inc/dec, go/defer, if/for/range/switch/type switch/select, branch
//! statements and labels, and Go's terminating-statement analysis
//! (`missing return`).
//! Must not know bytecode.

use super::{Checker, OpMode, Operand};
use crate::info::{Mode, ObjectId, ObjectKind, VarKind};
use crate::types::{ChanDir, TypeId, TypeKind};
use minigo_grammar::ast::{self, Block, CaseClause, CommClause, Decl, Expr, ExprKind, Stmt, StmtKind, TypeCaseClause};
use super::goto::GotoOutcome;
use minigo_grammar::{Diagnostic, Span};

/// What a `break`/`continue` may target.
#[derive(Clone, Debug)]
pub(crate) struct BranchTarget {
    pub label: Option<String>,
    pub is_loop: bool,
}

impl<'a> Checker<'a> {
    /// The statements of a function body (in the function's scope), with label bookkeeping.
    pub fn func_stmts(&mut self, stmts: &'a [Stmt]) {
        let saved_targets = std::mem::take(&mut self.targets);
        let saved_labels = std::mem::take(&mut self.labels);
        self.stmt_list(stmts, false);
        self.gotos(stmts);
        let labels = std::mem::replace(&mut self.labels, saved_labels);
        for (name, obj, used) in labels {
            if !used {
                let span = self.obj(obj).span;
                self.error(span, format!("label {name} defined and not used"));
            }
        }
        self.targets = saved_targets;
    }

    /// Resolves the gotos of a function body against its labels (in `self.labels`).
    fn gotos(&mut self, stmts: &'a [Stmt]) {
        for outcome in super::goto::resolve_gotos(stmts) {
            let goto = match outcome {
                GotoOutcome::Undefined { goto } => {
                    self.error(goto.span, format!("label {} not defined", goto.name));
                    continue;
                }
                GotoOutcome::IntoBlock { goto, block } => {
                    let d = Diagnostic::error(goto.span, format!("goto {} jumps into block", goto.name)).with_label(block, "the block starts here");
                    self.diags.push(d);
                    goto
                }
                GotoOutcome::Reaches { goto, skipped: Some(decl) } => {
                    let line = self.file.lines.line(decl.start);
                    let d = Diagnostic::error(goto.span, format!("goto {} jumps over variable declaration at line {line}", goto.name))
                        .with_label(decl, "this declaration is skipped");
                    self.diags.push(d);
                    goto
                }
                GotoOutcome::Reaches { goto, skipped: None } => goto,
            };
            if let Some(i) = self.labels.iter().position(|(n, _, _)| *n == goto.name) {
                self.labels[i].2 = true;
                let obj = self.labels[i].1;
                self.info.label_uses.insert(goto.span, obj);
            }
        }
    }

    fn stmt_list(&mut self, stmts: &'a [Stmt], in_case: bool) {
        for (i, s) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            self.stmt(s, in_case && last);
        }
    }

    fn block(&mut self, b: &'a Block) {
        self.open_scope();
        self.stmt_list(&b.stmts, false);
        self.close_scope();
    }

    /// `fallthrough_ok`: the statement is the last of a switch case that may fall through.
    pub fn stmt(&mut self, s: &'a Stmt, fallthrough_ok: bool) {
        match &s.kind {
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label, stmt } => {
                let obj = self.new_object(&label.name, ObjectKind::Label, TypeId::INVALID, label.span);
                if label.name != "_" {
                    if let Some(&(_, first, _)) = self.labels.iter().find(|(n, _, _)| n == &label.name) {
                        // Go adds the first definition's position: here a label of the diagnostic.
                        let d = Diagnostic::error(label.span, format!("label {} already defined", label.name)).with_label(self.obj(first).span, "first defined here");
                        self.diags.push(d);
                    } else {
                        self.labels.push((label.name.clone(), obj, false));
                    }
                }
                self.info.defs.insert(label.span, obj);
                self.pending_label = stmt.kind.is_break_target().then(|| label.name.clone());
                self.stmt(stmt, fallthrough_ok);
                self.pending_label = None;
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => self.send(ch, value, s.span),
            StmtKind::IncDec { x, inc } => {
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return;
                }
                if !self.g.types.is_numeric(xo.ty) {
                    let op = if *inc { "++" } else { "--" };
                    self.error(s.span, format!("invalid operation: {}{op} (non-numeric type {})", super::expr_string(x), self.type_str(xo.ty)));
                    return;
                }
                if !matches!(xo.mode, OpMode::Variable | OpMode::MapIndex) {
                    self.error(x.span, format!("cannot assign to {} (neither addressable nor a map index expression)", super::expr_string(x)));
                }
            }
            StmtKind::Assign { lhs, op: None, rhs } => self.assign_stmt(lhs, rhs),
            StmtKind::Assign { lhs, op: Some(op), rhs } => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(s.span, format!("assignment operation {}= requires single-valued expressions", op.as_str()));
                    return;
                }
                self.op_assign_stmt(&lhs[0], *op, &rhs[0], s.span);
            }
            StmtKind::Define { names, values } => self.short_var_decl(names, values, s.span),
            StmtKind::Go(e) => self.go_defer(e, "go"),
            StmtKind::Defer(e) => self.go_defer(e, "defer"),
            StmtKind::Return(values) => self.return_stmt(values, s.span),
            StmtKind::Break(label) => self.branch(label.as_ref(), s.span, false),
            StmtKind::Continue(label) => self.branch(label.as_ref(), s.span, true),
            // Resolved against the whole body's labels by `gotos`.
            StmtKind::Goto(_) => {}
            StmtKind::Fallthrough => {
                if !fallthrough_ok {
                    let msg = if self.in_type_switch_case { "cannot fallthrough in type switch" } else if self.in_final_case { "cannot fallthrough final case in switch" } else { "fallthrough statement out of place" };
                    self.error(s.span, msg);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { init, cond, then, els } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, false);
                }
                self.condition(cond, "if statement");
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e, false);
                }
                self.close_scope();
            }
            StmtKind::Switch { init, tag, cases } => self.switch_stmt(init.as_deref(), tag.as_ref(), cases),
            StmtKind::TypeSwitch { init, bind, x, cases } => self.type_switch(init.as_deref(), bind.as_ref(), x, cases),
            StmtKind::Select(clauses) => self.select_stmt(clauses),
            StmtKind::For { init, cond, post, body } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, false);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    if let StmtKind::Define { .. } = p.kind {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p, false);
                    }
                }
                self.loop_body(body, true);
                self.close_scope();
            }
            StmtKind::Range { key, value, define, x, body } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Empty => {}
        }
    }

    fn condition(&mut self, cond: &'a Expr, what: &str) {
        let mut x = self.expr(cond);
        if x.is_invalid() {
            return;
        }
        if !self.g.types.is_boolean(x.ty) {
            self.error(cond.span, format!("non-boolean condition in {what}"));
            return;
        }
        self.default_untyped(&mut x);
    }

    /// Checks a loop or switch body with a branch target pushed.
    fn loop_body(&mut self, body: &'a Block, is_loop: bool) {
        let label = self.pending_label.take();
        self.targets.push(BranchTarget { label, is_loop });
        self.block(body);
        self.targets.pop();
    }

    fn local_decl(&mut self, d: &'a Decl) {
        match d {
            Decl::Var(specs) => {
                for spec in specs {
                    self.local_var_spec(spec);
                }
            }
            Decl::Const(specs) => {
                let mut last: (Option<&'a Expr>, &'a [Expr]) = (None, &[]);
                for spec in specs {
                    if spec.ty.is_some() || !spec.values.is_empty() {
                        last = (spec.ty.as_ref(), &spec.values);
                    }
                    let (ty, values) = last;
                    self.check_const_spec_arity(spec, values);
                    let mut objs = Vec::new();
                    for (i, name) in spec.names.iter().enumerate() {
                        let obj = self.new_object(&name.name, ObjectKind::Const(crate::constant::ConstValue::int(0)), TypeId::INVALID, name.span);
                        self.local_const(obj, ty, values.get(i), spec.iota);
                        objs.push(obj);
                    }
                    for (name, obj) in spec.names.iter().zip(objs) {
                        self.declare(name, obj);
                    }
                }
            }
            Decl::Type(specs) => {
                for spec in specs {
                    let obj = self.new_object(&spec.name.name, ObjectKind::TypeName, TypeId::INVALID, spec.name.span);
                    if spec.alias {
                        let t = self.type_expr(&spec.ty);
                        self.obj_mut(obj).ty = t;
                        self.declare(&spec.name, obj);
                    } else {
                        let named = self.g.types.new_named(&spec.name.name, &self.pkg.clone(), obj, true);
                        self.obj_mut(obj).ty = named;
                        self.declare(&spec.name, obj);
                        let rhs = self.type_expr(&spec.ty);
                        self.g.types.set_underlying(named, rhs);
                        self.check_valid_type(named, spec.name.span);
                    }
                }
            }
            Decl::Func(f) => self.error(f.name.span, "function declaration inside a function"),
        }
    }

    fn local_const(&mut self, obj: ObjectId, ty: Option<&'a Expr>, value: Option<&'a Expr>, iota: u32) {
        let saved = self.iota.replace(iota);
        let declared = ty.map(|t| self.type_expr(t));
        if let Some(v) = value {
            let mut x = self.expr(v);
            if !x.is_invalid() && x.value().is_none() {
                self.error(v.span, format!("{} is not constant", self.operand_str(&x)));
                x = Operand::invalid(Some(v));
            }
            if let (Some(t), false) = (declared, x.is_invalid()) {
                if t != TypeId::INVALID {
                    self.assign_operand(&mut x, t, "constant declaration");
                }
            }
            if let Some(val) = x.value().cloned() {
                let o = self.obj_mut(obj);
                o.kind = ObjectKind::Const(val);
                o.ty = x.ty;
            }
        }
        self.iota = saved;
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let mut inner = e;
        while let ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        let is_stmt = match &inner.kind {
            ExprKind::Call { func, .. } => {
                // Conversions and value-producing builtins are not statements.
                match self.recorded(func.id).map(|t| t.mode.clone()) {
                    Some(Mode::TypeExpr) => false,
                    Some(Mode::Builtin(b)) => builtin_is_statement(b),
                    _ => true,
                }
            }
            ExprKind::Unary(ast::UnOp::Recv, _) => true,
            _ => false,
        };
        if !is_stmt {
            let x = self.single_value(x);
            if !x.is_invalid() {
                self.error(e.span, format!("{} is not used", self.operand_str(&x)));
            }
        }
    }

    fn send(&mut self, ch: &'a Expr, value: &'a Expr, span: Span) {
        let c = self.expr(ch);
        let mut v = self.expr(value);
        if c.is_invalid() || v.is_invalid() {
            return;
        }
        match self.g.types.under(c.ty).clone() {
            TypeKind::Chan(ChanDir::RecvOnly, _) => {
                self.error(span, format!("invalid operation: cannot send to receive-only channel {} {}", self.type_str(c.ty), self.operand_str(&c)));
            }
            TypeKind::Chan(_, elem) => {
                self.assign_operand(&mut v, elem, "send");
            }
            _ => self.error(span, format!("invalid operation: cannot send to non-channel {}", self.operand_str(&c))),
        }
    }

    fn go_defer(&mut self, e: &'a Expr, what: &str) {
        let mut inner = e;
        while let ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        let ExprKind::Call { func, .. } = &inner.kind else {
            self.raw_expr(e, None);
            self.error(e.span, format!("expression in {what} must be function call"));
            return;
        };
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        match self.recorded(func.id).map(|t| t.mode.clone()) {
            Some(Mode::TypeExpr) => self.error(e.span, format!("{what} requires function call, not conversion")),
            Some(Mode::Builtin(b)) if !builtin_is_statement(b) => {
                self.error(e.span, format!("{what} discards result of {}", self.operand_str(&x)));
            }
            _ => {}
        }
    }

    fn branch(&mut self, label: Option<&'a ast::Ident>, span: Span, is_continue: bool) {
        let kw = if is_continue { "continue" } else { "break" };
        match label {
            None => {
                let ok = if is_continue { self.targets.iter().any(|t| t.is_loop) } else { !self.targets.is_empty() };
                if !ok {
                    let msg = if is_continue { "continue is not in a loop" } else { "break is not in a loop, switch, or select" };
                    self.error(span, msg);
                }
            }
            Some(l) => {
                let target = self.targets.iter().rev().find(|t| t.label.as_deref() == Some(&l.name)).cloned();
                let known = self.labels.iter().position(|(n, _, _)| n == &l.name);
                if let Some(i) = known {
                    self.labels[i].2 = true;
                    let obj = self.labels[i].1;
                    self.info.label_uses.insert(l.span, obj);
                }
                match target {
                    Some(t) if !is_continue || t.is_loop => {}
                    Some(_) => self.error(l.span, format!("invalid continue label {}", l.name)),
                    None if known.is_some() => self.error(l.span, format!("invalid {kw} label {}", l.name)),
                    None => self.error(l.span, format!("{kw} label not defined: {}", l.name)),
                }
            }
        }
    }

    fn switch_stmt(&mut self, init: Option<&'a Stmt>, tag: Option<&'a Expr>, cases: &'a [CaseClause]) {
        self.open_scope();
        if let Some(i) = init {
            self.stmt(i, false);
        }
        let tag_op = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.default_untyped(&mut x);
                if !x.is_invalid() && !self.g.types.comparable(x.ty) && !x.is_nil() {
                    self.error(t.span, format!("cannot switch on {}", self.operand_str(&x)));
                    None
                } else if x.is_invalid() {
                    None
                } else {
                    Some(x)
                }
            }
            None => Some(Operand { mode: OpMode::Constant(crate::constant::ConstValue::Bool(true)), ty: TypeId::BOOL, expr: None }),
        };
        let label = self.pending_label.take();
        self.targets.push(super::stmt::BranchTarget { label, is_loop: false });
        let mut seen: Vec<(crate::constant::ConstValue, TypeId, Span)> = Vec::new();
        let mut has_default = false;
        for (ci, clause) in cases.iter().enumerate() {
            match &clause.exprs {
                None => {
                    if has_default {
                        self.error(clause.span, "multiple defaults in switch");
                    }
                    has_default = true;
                }
                Some(exprs) => {
                    for ce in exprs {
                        self.case_value(ce, tag_op.as_ref(), tag, &mut seen);
                    }
                }
            }
            self.open_scope();
            let saved = (self.in_final_case, self.in_type_switch_case);
            self.in_final_case = ci + 1 == cases.len();
            self.in_type_switch_case = false;
            self.stmt_list(&clause.body, ci + 1 != cases.len());
            (self.in_final_case, self.in_type_switch_case) = saved;
            self.close_scope();
        }
        self.targets.pop();
        self.close_scope();
    }

    fn case_value(&mut self, ce: &'a Expr, tag: Option<&Operand<'a>>, tag_expr: Option<&'a Expr>, seen: &mut Vec<(crate::constant::ConstValue, TypeId, Span)>) {
        let mut x = self.expr(ce);
        let Some(tag) = tag else { return };
        if x.is_invalid() {
            return;
        }
        let mut t = tag.clone();
        self.match_types(&mut x, &mut t);
        if x.is_invalid() {
            return;
        }
        let comparable = self.assignable_to(&x, t.ty).is_ok() || self.assignable_to(&t, x.ty).is_ok();
        if !comparable {
            let tag_text = tag_expr.map(super::expr_string).unwrap_or_else(|| "true".into());
            self.error(ce.span, format!("invalid case {} in switch on {tag_text} (mismatched types {} and {})", super::expr_string(ce), self.type_str(x.ty), self.type_str(t.ty)));
            return;
        }
        if tag_expr.is_none() && !self.g.types.is_boolean(x.ty) {
            self.error(ce.span, format!("invalid case {} in switch (mismatched types {} and bool)", super::expr_string(ce), self.type_str(x.ty)));
            return;
        }
        self.default_untyped(&mut x);
        if let Some(v) = x.value().cloned() {
            if let Some((_, _, prev)) = seen.iter().find(|(sv, st, _)| *sv == v && *st == x.ty) {
                let d = minigo_grammar::Diagnostic::error(ce.span, format!("duplicate case {} in expression switch", self.operand_str(&x))).with_label(*prev, "previous case");
                self.diags.push(d);
            } else {
                seen.push((v, x.ty, ce.span));
            }
        }
    }

    fn type_switch(&mut self, init: Option<&'a Stmt>, bind: Option<&'a ast::Ident>, x: &'a Expr, cases: &'a [TypeCaseClause]) {
        self.open_scope();
        if let Some(i) = init {
            self.stmt(i, false);
        }
        let xo = self.expr(x);
        let iface = if xo.is_invalid() {
            None
        } else if !self.g.types.is_interface(xo.ty) {
            self.error(x.span, format!("{} is not an interface", self.operand_str(&xo)));
            None
        } else {
            Some(xo.ty)
        };
        let label = self.pending_label.take();
        self.targets.push(BranchTarget { label, is_loop: false });
        let mut bind_objs: Vec<ObjectId> = Vec::new();
        let mut seen: Vec<TypeId> = Vec::new();
        let mut has_default = false;
        for clause in cases {
            let mut single: Option<TypeId> = None;
            match &clause.types {
                None => {
                    if has_default {
                        self.error(clause.span, "multiple defaults in switch");
                    }
                    has_default = true;
                }
                Some(types) => {
                    for te in types {
                        let t = if matches!(&te.kind, ExprKind::Ident(n) if n == "nil") && self.lookup("nil").is_some_and(|o| self.obj(o).kind == ObjectKind::Nil) {
                            let nx = self.expr(te);
                            let _ = nx;
                            TypeId::UNTYPED_NIL
                        } else {
                            self.type_expr(te)
                        };
                        if t == TypeId::INVALID {
                            continue;
                        }
                        if seen.contains(&t) {
                            let what = if t == TypeId::UNTYPED_NIL { "nil".to_string() } else { self.type_str(t) };
                            self.error(te.span, format!("duplicate case {what} in type switch"));
                        }
                        seen.push(t);
                        if let (Some(i), false) = (iface, t == TypeId::UNTYPED_NIL) {
                            self.check_assertable(i, t, x, te.span);
                        }
                        if types.len() == 1 && t != TypeId::UNTYPED_NIL {
                            single = Some(t);
                        }
                    }
                }
            }
            self.open_scope();
            if let Some(b) = bind {
                let t = single.or(iface).unwrap_or(TypeId::INVALID);
                let obj = self.new_object(&b.name, ObjectKind::Var { kind: VarKind::Local, captured: false, used: false }, t, b.span);
                if !b.is_blank() {
                    self.scopes.declare(self.scope, &b.name, obj);
                    self.var_level.insert(obj, self.func_level);
                }
                self.info.implicits.insert(clause.span, obj);
                bind_objs.push(obj);
            }
            let saved = self.in_type_switch_case;
            self.in_type_switch_case = true;
            self.stmt_list(&clause.body, false);
            self.in_type_switch_case = saved;
            // The clause variables are reported together below.
            self.close_scope_quiet();
        }
        self.targets.pop();
        if let Some(b) = bind {
            if b.is_blank() {
                self.error(b.span, "no new variable on left side of :=");
            } else {
                let used = bind_objs.iter().any(|o| matches!(self.obj(*o).kind, ObjectKind::Var { used: true, .. }));
                if !used && self.options.report_unused {
                    self.error(b.span, format!("{} declared and not used", b.name));
                }
            }
        }
        self.close_scope();
    }

    /// Closes a scope without reporting unused variables (type switch clauses).
    fn close_scope_quiet(&mut self) {
        let only_clause_vars = self.scopes.get(self.scope).order.clone();
        // Report ordinary locals, but not the implicit clause variable.
        let implicit: Vec<ObjectId> = self.info.implicits.values().copied().collect();
        for obj in only_clause_vars {
            if implicit.contains(&obj) {
                if let ObjectKind::Var { used, .. } = &mut self.obj_mut(obj).kind {
                    let u = *used;
                    *used = true;
                    self.clause_var_used.push((obj, u));
                }
            }
        }
        self.close_scope();
        for (obj, u) in std::mem::take(&mut self.clause_var_used) {
            if let ObjectKind::Var { used, .. } = &mut self.obj_mut(obj).kind {
                *used = u;
            }
        }
    }

    fn select_stmt(&mut self, clauses: &'a [CommClause]) {
        let label = self.pending_label.take();
        self.targets.push(BranchTarget { label, is_loop: false });
        let mut has_default = false;
        for c in clauses {
            self.open_scope();
            match &c.comm {
                None => {
                    if has_default {
                        self.error(c.span, "multiple defaults in select");
                    }
                    has_default = true;
                }
                Some(s) => {
                    let valid = match &s.kind {
                        StmtKind::Send { .. } => true,
                        StmtKind::Expr(e) => is_receive(e),
                        StmtKind::Assign { rhs, op: None, .. } => rhs.len() == 1 && is_receive(&rhs[0]),
                        StmtKind::Define { values, .. } => values.len() == 1 && is_receive(&values[0]),
                        _ => false,
                    };
                    if !valid {
                        self.error(s.span, "select case must be receive, send or assign recv");
                    }
                    self.stmt(s, false);
                }
            }
            self.stmt_list(&c.body, false);
            self.close_scope();
        }
        self.targets.pop();
    }

    /// Why a function type is not an iterator `func(yield func(...) bool)`
    /// (go/types' wording), or None if it is one.
    fn iterator_shape_error(&self, sig: &crate::types::Signature) -> Option<String> {
        let tt = &self.g.types;
        let shape = |why: &str| Some(format!("func must be func(yield func(...) bool): {why}"));
        if sig.params.len() != 1 {
            return shape("wrong argument count");
        }
        if !sig.results.is_empty() {
            return shape("unexpected results");
        }
        let Some(yield_sig) = tt.signature(sig.params[0]) else { return shape("argument is not func") };
        if yield_sig.params.len() > 2 {
            return shape("yield func has too many parameters");
        }
        if yield_sig.results.len() != 1 || yield_sig.results[0] != TypeId::BOOL {
            if yield_sig.results.len() == 1 && tt.is_boolean(yield_sig.results[0]) {
                return shape("yield func returns user-defined boolean, not bool");
            }
            return shape("yield func does not return bool");
        }
        if yield_sig.variadic {
            return Some(format!("yield func of type {} cannot be variadic", self.type_str(sig.params[0])));
        }
        None
    }

    fn range_stmt(&mut self, key: Option<&'a Expr>, value: Option<&'a Expr>, define: bool, x: &'a Expr, body: &'a Block) {
        self.open_scope();
        let saved = std::mem::replace(&mut self.has_call_or_recv, false);
        let mut xo = self.expr(x);
        let has_call_or_recv = std::mem::replace(&mut self.has_call_or_recv, saved);
        // As written (an untyped constant is described before its defaulting).
        let x_str = if xo.is_invalid() { String::new() } else { self.operand_str(&xo) };
        let mut range_func = false;
        let (kt, vt): (TypeId, Option<TypeId>) = if xo.is_invalid() {
            (TypeId::INVALID, Some(TypeId::INVALID))
        } else {
            match self.g.types.under(xo.ty).clone() {
                TypeKind::Basic(b) if b.is_string() => {
                    self.default_untyped(&mut xo);
                    (TypeId::INT, Some(TypeId::RUNE))
                }
                TypeKind::Basic(b) if b.is_integer() => {
                    if self.g.types.is_untyped(xo.ty) && !self.assign_operand(&mut xo, TypeId::INVALID, "range clause") {
                        (TypeId::INVALID, None)
                    } else {
                        (xo.ty, None)
                    }
                }
                TypeKind::Array(_, e) | TypeKind::Slice(e) => (TypeId::INT, Some(e)),
                TypeKind::Pointer(p) => match self.g.types.under(p).clone() {
                    TypeKind::Array(_, e) => (TypeId::INT, Some(e)),
                    _ => {
                        self.error(x.span, format!("cannot range over {}", self.operand_str(&xo)));
                        (TypeId::INVALID, Some(TypeId::INVALID))
                    }
                },
                TypeKind::Map(k, v) => (k, Some(v)),
                TypeKind::Chan(dir, e) => {
                    if dir == ChanDir::SendOnly {
                        let t = self.type_str(xo.ty);
                        self.error(x.span, format!("cannot range over {x_str}: receive from send-only channel {t}"));
                    }
                    (e, None)
                }
                TypeKind::Func(sig) => match self.iterator_shape_error(&sig) {
                    Some(cause) => {
                        self.error(x.span, format!("cannot range over {x_str}: {cause}"));
                        (TypeId::INVALID, Some(TypeId::INVALID))
                    }
                    None => {
                        // The iteration variables are yield's parameters.
                        let params = self.g.types.signature(sig.params[0]).map(|y| y.params.clone()).unwrap_or_default();
                        range_func = true;
                        if let (Some(k), true) = (key, params.is_empty()) {
                            self.error(k.span, format!("range over {x_str} permits no iteration variables"));
                        }
                        (params.first().copied().unwrap_or(TypeId::INVALID), params.get(1).copied())
                    }
                },
                _ => {
                    self.error(x.span, format!("cannot range over {}", self.operand_str(&xo)));
                    (TypeId::INVALID, Some(TypeId::INVALID))
                }
            }
        };
        if vt.is_none() {
            if let Some(v) = value {
                self.error(v.span, format!("range over {x_str} permits only one iteration variable"));
            }
        }
        // The spec: with at most one iteration variable and a constant
        // `len(x)`, the range expression is not evaluated.
        if value.is_none() && !has_call_or_recv && !xo.is_invalid() {
            let tt = &self.g.types;
            if matches!(tt.under(tt.pointer_elem(xo.ty).unwrap_or(xo.ty)), TypeKind::Array(..)) {
                self.info.unevaluated_ranges.insert(x.id);
            }
        }
        // A range-over-func body becomes a closure: variables declared
        // outside it that it uses are captured (its own, the iteration
        // variables included, are fresh per call).
        if range_func {
            self.func_level += 1;
            self.lit_stack.push((super::Capturer::RangeBody(x.id), self.func_level));
            self.info.range_func_captures.entry(x.id).or_default();
        }
        let vars = [(key, kt), (value, vt.unwrap_or(TypeId::INVALID))];
        if define {
            let mut new_objs = Vec::new();
            for (e, t) in vars {
                let Some(e) = e else { continue };
                if let ExprKind::Ident(name) = &e.kind {
                    let ident = ast::Ident { name: name.clone(), span: e.span };
                    if ident.is_blank() {
                        continue;
                    }
                    let obj = self.new_object(name, ObjectKind::Var { kind: VarKind::Local, captured: false, used: false }, t, e.span);
                    self.set_type(e.id, Mode::Variable, t);
                    new_objs.push((ident, obj));
                } else {
                    self.error(e.span, format!("non-name {} on left side of :=", super::expr_string(e)));
                }
            }
            for (ident, obj) in new_objs {
                self.declare(&ident, obj);
            }
        } else {
            for (e, t) in vars {
                let Some(e) = e else { continue };
                if let Some(lt) = self.lhs_type(e) {
                    if lt != TypeId::INVALID && t != TypeId::INVALID {
                        let mut op = Operand { mode: OpMode::Value, ty: t, expr: None };
                        if let Err(cause) = self.assignable_to(&op, lt) {
                            let _ = cause;
                            op.expr = Some(e);
                            self.error(e.span, format!("cannot use {} (value of type {}) as {} value in assignment", super::expr_string(e), self.type_str(t), self.type_str(lt)));
                        }
                    }
                }
            }
        }
        self.loop_body(body, true);
        if range_func {
            self.lit_stack.pop();
            self.func_level -= 1;
        }
        self.close_scope();
    }

    /// Go's terminating statements (spec "Terminating statements").
    pub fn is_terminating_list(&self, stmts: &[Stmt], label: &str) -> bool {
        // Trailing empty statements are ignored.
        let last = stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty));
        last.is_some_and(|s| self.is_terminating(s, label))
    }

    fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => is_panic_call(e, self),
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, "")) && self.is_terminating_list(&then.stmts, "")
            }
            StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
            StmtKind::Labeled { label: l, stmt } => self.is_terminating(stmt, &l.name),
            StmtKind::Switch { cases, .. } => {
                cases.iter().any(|c| c.exprs.is_none())
                    && cases.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, "") || c.body.last().is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                    })
            }
            StmtKind::TypeSwitch { cases, .. } => {
                cases.iter().any(|c| c.types.is_none()) && cases.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, ""))
            }
            StmtKind::Select(clauses) => clauses.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, "")),
            _ => false,
        }
    }
}

/// Builtins whose calls may stand as statements (their results, if any, may be dropped).
fn builtin_is_statement(b: crate::info::Builtin) -> bool {
    use crate::info::Builtin::*;
    matches!(b, Clear | Close | Copy | Delete | Panic | Print | Println | Recover)
}

fn is_receive(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Unary(ast::UnOp::Recv, _) => true,
        ExprKind::Paren(x) => is_receive(x),
        _ => false,
    }
}

fn is_panic_call(e: &Expr, c: &Checker) -> bool {
    match &e.kind {
        ExprKind::Call { func, .. } => matches!(c.recorded(func.id).map(|t| &t.mode), Some(Mode::Builtin(crate::info::Builtin::Panic))),
        ExprKind::Paren(x) => is_panic_call(x, c),
        _ => false,
    }
}

/// Whether `stmts` contain a `break` that targets the enclosing statement
/// (unlabeled at this nesting level, or labeled with `label`).
fn has_break(stmts: &[Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: &str, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => l.name == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        StmtKind::If { then, els, .. } => has_break(&then.stmts, label, top) || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top)),
        // Nested breakable statements capture unlabeled breaks.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => !label.is_empty() && has_break(&body.stmts, label, false),
        StmtKind::Switch { cases, .. } => !label.is_empty() && cases.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::TypeSwitch { cases, .. } => !label.is_empty() && cases.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select(cs) => !label.is_empty() && cs.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}
