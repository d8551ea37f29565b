//! Owns facts the lowering reads off the AST before emitting code: which
//! variables must live in heap cells (captured by a closure, or their address
//! taken by `&x` or by calling a pointer method on them), and whether a
//! function body contains `defer`. Must not know instructions.

use super::Unit;
use crate::info::{Checked, ObjectId, ObjectKind, SelectionKind, SelectionTarget};
use minigo_grammar::ast::{Block, Decl, Expr, ExprKind, Stmt, StmtKind, UnOp};
use std::collections::HashSet;

/// Every variable of the program that must live in a heap cell.
pub(crate) fn escaping_vars(checked: &Checked, units: &[Unit]) -> HashSet<ObjectId> {
    let mut set: HashSet<ObjectId> = HashSet::new();
    for (i, o) in checked.objects.iter().enumerate() {
        if let ObjectKind::Var { captured: true, .. } = o.kind {
            set.insert(ObjectId(i as u32));
        }
    }
    for unit in units {
        let info = unit.info;
        let mut visit = |e: &Expr| match &e.kind {
            ExprKind::Unary(UnOp::Addr, x) => {
                if let Some(id) = ident_obj(unit, x) {
                    set.insert(id);
                }
            }
            ExprKind::Selector(x, _) => {
                if let Some(sel) = info.selections.get(&e.id) {
                    let ptr_method = matches!(sel.target, SelectionTarget::Method { pointer_recv: true, .. });
                    if sel.kind == SelectionKind::MethodVal && ptr_method && !sel.indirect && sel.path.is_empty() {
                        if let Some(id) = ident_obj(unit, x) {
                            set.insert(id);
                        }
                    }
                }
            }
            _ => {}
        };
        for (_, d) in unit.decls() {
            walk_decl(d, &mut visit);
        }
    }
    // Only variables (not functions, constants) matter.
    set.retain(|o| matches!(checked.object(*o).kind, ObjectKind::Var { .. }));
    set
}

/// Aggregate variables with pointers into their storage (`&x.f`, `&x[i]`,
/// `x[:]` of an array, a pointer method called on `x.f`): assigning the
/// whole variable must copy into that storage, not replace it.
pub(crate) fn interior_addressed_vars(checked: &Checked, units: &[Unit]) -> HashSet<ObjectId> {
    let mut set = HashSet::new();
    for unit in units {
        let info = unit.info;
        let mut visit = |e: &Expr| match &e.kind {
            ExprKind::Unary(UnOp::Addr, x) => {
                if let Some(id) = chain_root(checked, unit, x, false) {
                    set.insert(id);
                }
            }
            ExprKind::Slice { x, .. } => {
                let is_array = info.type_of(x.id).is_some_and(|t| matches!(checked.types.under(t.ty), crate::types::TypeKind::Array(..)));
                if is_array {
                    if let Some(id) = chain_root(checked, unit, x, true) {
                        set.insert(id);
                    }
                }
            }
            ExprKind::Selector(x, _) => {
                if let Some(sel) = info.selections.get(&e.id) {
                    let ptr_method = matches!(sel.target, SelectionTarget::Method { pointer_recv: true, .. });
                    if sel.kind == SelectionKind::MethodVal && ptr_method && !sel.indirect {
                        if let Some(id) = chain_root(checked, unit, x, !sel.path.is_empty()) {
                            set.insert(id);
                        }
                    }
                }
            }
            _ => {}
        };
        for (_, d) in unit.decls() {
            walk_decl(d, &mut visit);
        }
    }
    set.retain(|o| {
        let obj = checked.object(*o);
        let aggregate = matches!(checked.types.under(obj.ty), crate::types::TypeKind::Struct(_) | crate::types::TypeKind::Array(..));
        matches!(obj.kind, ObjectKind::Var { .. }) && aggregate
    });
    set
}

/// The variable at the root of a field/index chain (`x.a.b[2]`); a bare
/// name counts only with `bare_ok`.
fn chain_root(checked: &Checked, unit: &Unit, e: &Expr, bare_ok: bool) -> Option<ObjectId> {
    match &e.kind {
        ExprKind::Paren(x) => chain_root(checked, unit, x, bare_ok),
        ExprKind::Ident(_) if bare_ok => unit.info.uses.get(&e.id).copied(),
        ExprKind::Selector(x, _) => match unit.info.selections.get(&e.id) {
            Some(sel) if !sel.indirect => chain_root(checked, unit, x, true),
            _ => None,
        },
        ExprKind::Index(x, _) => {
            let is_array = unit.info.type_of(x.id).is_some_and(|t| matches!(checked.types.under(t.ty), crate::types::TypeKind::Array(..)));
            if is_array {
                chain_root(checked, unit, x, true)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The variable an expression names, looking through parentheses.
fn ident_obj(unit: &Unit, e: &Expr) -> Option<ObjectId> {
    match &e.kind {
        ExprKind::Ident(_) => unit.info.uses.get(&e.id).copied(),
        ExprKind::Paren(x) => ident_obj(unit, x),
        _ => None,
    }
}

/// Whether the body has a `defer` statement of its own (not in a nested literal).
pub(crate) fn contains_defer(block: &Block) -> bool {
    any_stmt(&block.stmts, &|s| matches!(s.kind, StmtKind::Defer(_)))
}

/// Whether `pred` holds for a statement of `stmts` or nested in one (not in
/// function literals, whose statements are another function's).
pub(crate) fn any_stmt(stmts: &[Stmt], pred: &dyn Fn(&Stmt) -> bool) -> bool {
    let mut found = false;
    visit_stmts(stmts, &mut |s| {
        found |= pred(s);
        !found
    });
    found
}

/// Calls `f` on every statement of `stmts`, pre-order, and on the
/// statements nested in it when `f` returns true (not in function literals).
pub(crate) fn visit_stmts(stmts: &[Stmt], f: &mut dyn FnMut(&Stmt) -> bool) {
    for s in stmts {
        visit_stmt(s, f);
    }
}

fn visit_stmt(s: &Stmt, f: &mut dyn FnMut(&Stmt) -> bool) {
    if !f(s) {
        return;
    }
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => visit_stmt(stmt, f),
        StmtKind::Block(b) => visit_stmts(&b.stmts, f),
        StmtKind::If { init, then, els, .. } => {
            if let Some(i) = init {
                visit_stmt(i, f);
            }
            visit_stmts(&then.stmts, f);
            if let Some(e) = els {
                visit_stmt(e, f);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => visit_stmts(&body.stmts, f),
        StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| visit_stmts(&c.body, f)),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().for_each(|c| visit_stmts(&c.body, f)),
        StmtKind::Select(cases) => cases.iter().for_each(|c| visit_stmts(&c.body, f)),
        _ => {}
    }
}

/// Visits every expression of a declaration, pre-order, including the bodies
/// of function literals.
pub(crate) fn walk_decl(d: &Decl, f: &mut dyn FnMut(&Expr)) {
    match d {
        Decl::Const(_) | Decl::Type(_) => {}
        Decl::Var(specs) => {
            for s in specs {
                for v in &s.values {
                    walk_expr(v, f);
                }
            }
        }
        Decl::Func(fd) => {
            if let Some(b) = &fd.body {
                walk_block(b, f);
            }
        }
    }
}

fn walk_block(b: &Block, f: &mut dyn FnMut(&Expr)) {
    for s in &b.stmts {
        walk_stmt(s, f);
    }
}

fn walk_opt_stmt(s: &Option<Box<Stmt>>, f: &mut dyn FnMut(&Expr)) {
    if let Some(s) = s {
        walk_stmt(s, f);
    }
}

fn walk_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Decl(d) => walk_decl(d, f),
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => walk_expr(e, f),
        StmtKind::Send { ch, value } => {
            walk_expr(ch, f);
            walk_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => walk_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| walk_expr(e, f)),
        StmtKind::Define { values, .. } => values.iter().for_each(|e| walk_expr(e, f)),
        StmtKind::Return(es) => es.iter().for_each(|e| walk_expr(e, f)),
        StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) | StmtKind::Fallthrough | StmtKind::Empty => {}
        StmtKind::Block(b) => walk_block(b, f),
        StmtKind::If { init, cond, then, els } => {
            walk_opt_stmt(init, f);
            walk_expr(cond, f);
            walk_block(then, f);
            walk_opt_stmt(els, f);
        }
        StmtKind::Switch { init, tag, cases } => {
            walk_opt_stmt(init, f);
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            for c in cases {
                c.exprs.iter().flatten().for_each(|e| walk_expr(e, f));
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            walk_opt_stmt(init, f);
            walk_expr(x, f);
            for c in cases {
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::Select(cases) => {
            for c in cases {
                walk_opt_stmt(&c.comm, f);
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::For { init, cond, post, body } => {
            walk_opt_stmt(init, f);
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            walk_opt_stmt(post, f);
            walk_block(body, f);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            key.iter().chain(value.iter()).for_each(|e| walk_expr(e, f));
            walk_expr(x, f);
            walk_block(body, f);
        }
    }
}

pub(crate) fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::CompositeLit { ty, elems, .. } => {
            if let Some(t) = ty {
                walk_expr(t, f);
            }
            for el in elems {
                if let Some(k) = &el.key {
                    walk_expr(k, f);
                }
                walk_expr(&el.value, f);
            }
        }
        ExprKind::FuncLit { body, .. } => walk_block(body, f),
        ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Star(x) | ExprKind::Unary(_, x) => walk_expr(x, f),
        ExprKind::Index(x, i) => {
            walk_expr(x, f);
            walk_expr(i, f);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            walk_expr(x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                walk_expr(b, f);
            }
        }
        ExprKind::TypeAssert(x, _) => walk_expr(x, f),
        ExprKind::Call { func, args, .. } => {
            walk_expr(func, f);
            args.iter().for_each(|a| walk_expr(a, f));
        }
        ExprKind::Binary(_, a, b) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        _ => {}
    }
}
