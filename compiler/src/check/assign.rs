//! Owns assignability (go/types' `assignableTo`) and every assignment
//! context: `cannot use x (…) as T value in …` messages, variable
//! declarations, `=`/`op=`/`:=` statements, multi-value and comma-ok right
//! sides, and return statements.
//! Must not know bytecode.

use super::{Checker, OpMode, Operand};
use crate::info::{Mode, ObjectId, ObjectKind, VarKind};
use crate::types::{TypeId, TypeKind};
use minigo_grammar::ast::{BinOp, Expr, ExprKind, Ident};
use minigo_grammar::Span;

impl<'a> Checker<'a> {
    /// go/types' `assignment`: converts an untyped `x` for `t` and checks
    /// assignability, reporting `cannot use … as T value in <context>`.
    /// `t == INVALID` only defaults an untyped operand (blank or inferred targets).
    pub fn assign_operand(&mut self, x: &mut Operand<'a>, t: TypeId, context: &str) -> bool {
        if x.is_invalid() {
            return false;
        }
        if self.g.types.is_untyped(x.ty) {
            let target = if t == TypeId::INVALID || (self.g.types.is_interface(t) && !x.is_nil()) {
                if t == TypeId::INVALID && x.is_nil() {
                    self.error(x.span(), format!("use of untyped nil in {context}"));
                    *x = Operand::invalid(x.expr);
                    return false;
                }
                super::expr::default_type(x.ty)
            } else {
                t
            };
            match self.implicit_type(x, target) {
                Ok(nt) => self.set_operand_type(x, nt),
                Err(_) if self.is_shifted_untyped(x) => {
                    let msg = format!("invalid operation: shifted operand {} must be integer", self.shift_operand_str(x, target));
                    self.error(x.span(), msg);
                    *x = Operand::invalid(x.expr);
                    return false;
                }
                Err(code) => {
                    let mut msg = format!("cannot use {} as {} value in {context}", self.operand_str(x), self.target_str(target));
                    match code {
                        super::expr::ConvError::Truncated => msg.push_str(" (truncated)"),
                        super::expr::ConvError::Overflow => msg.push_str(" (overflows)"),
                        super::expr::ConvError::Mismatch => {}
                    }
                    self.error(x.span(), msg);
                    *x = Operand::invalid(x.expr);
                    return false;
                }
            }
        }
        if t == TypeId::INVALID {
            return true;
        }
        if let Err(cause) = self.assignable_to(x, t) {
            let mut msg = format!("cannot use {} as {} value in {context}", self.operand_str(x), self.target_str(t));
            if !cause.is_empty() {
                msg.push_str(": ");
                msg.push_str(&cause);
            }
            self.error(x.span(), msg);
            *x = Operand::invalid(x.expr);
            return false;
        }
        true
    }

    /// Whether a value of `x` may be assigned to type `t`; the error cause otherwise.
    pub fn assignable_to(&self, x: &Operand, t: TypeId) -> Result<(), String> {
        let types = &self.g.types;
        let v = x.ty;
        if x.is_invalid() || t == TypeId::INVALID || v == t {
            return Ok(());
        }
        if types.is_untyped(v) {
            return self.implicit_type(x, t).map(|_| ()).map_err(|_| String::new());
        }
        let (vu, tu) = (types.underlying(v), types.underlying(t));
        let has_name = |t: TypeId| matches!(types.kind(t), TypeKind::Named(_) | TypeKind::Basic(_));
        if vu == tu && (!has_name(v) || !has_name(t)) {
            return Ok(());
        }
        if types.is_interface(t) {
            return match types.missing_method(v, t, &self.pkg) {
                None => Ok(()),
                Some(cause) => Err(format!("{} does not implement {} {cause}", self.type_str(v), self.type_str(t))),
            };
        }
        if types.is_interface(v) && types.implements(t, v) {
            return Err("need type assertion".into());
        }
        if let (TypeKind::Chan(crate::types::ChanDir::Both, ve), TypeKind::Chan(_, te)) = (types.kind(vu), types.kind(tu)) {
            if ve == te && (!has_name(v) || !has_name(t)) {
                return Ok(());
            }
        }
        Err(String::new())
    }

    /// The operands of a right-hand side for `lhs_count` targets: n:n, a
    /// multi-value call, or a comma-ok form. Reports `assignment mismatch`.
    /// `targets` are the known target types (a generic function assigned
    /// to a function-typed target is instantiated from it).
    pub fn rhs_operands(&mut self, lhs_count: usize, rhs: &'a [Expr], returns: bool, targets: &[TypeId]) -> Option<Vec<Operand<'a>>> {
        if lhs_count == rhs.len() {
            return Some(rhs.iter().enumerate().map(|(i, r)| self.expr_with_hint(r, targets.get(i).copied())).collect());
        }
        if rhs.len() == 1 {
            let x = self.raw_expr(&rhs[0], None);
            if x.is_invalid() {
                return None;
            }
            if let TypeKind::Tuple(elems) = self.g.types.kind(x.ty).clone() {
                if elems.len() == lhs_count {
                    return Some(elems.iter().map(|&t| Operand { mode: OpMode::Value, ty: t, expr: x.expr }).collect());
                }
                if !returns {
                    let call = match &rhs[0].kind {
                        ExprKind::Call { func, .. } => super::expr_string(func),
                        _ => super::expr_string(&rhs[0]),
                    };
                    self.error(
                        rhs[0].span,
                        format!("assignment mismatch: {} but {call} returns {}", plural(lhs_count, "variable"), plural(elems.len(), "value")),
                    );
                    return None;
                }
                return Some(elems.iter().map(|&t| Operand { mode: OpMode::Value, ty: t, expr: x.expr }).collect());
            }
            if lhs_count == 2 && matches!(x.mode, OpMode::CommaOk | OpMode::MapIndex) && !returns {
                let tuple = self.g.types.tuple(vec![x.ty, TypeId::BOOL]);
                self.set_type(rhs[0].id, Mode::CommaOk, tuple);
                let value = Operand { mode: OpMode::Value, ty: x.ty, expr: None };
                let ok = Operand { mode: OpMode::Value, ty: TypeId::UNTYPED_BOOL, expr: None };
                return Some(vec![value, ok]);
            }
            let x = self.single_value(x);
            if x.is_invalid() {
                return None;
            }
            if returns {
                return Some(vec![x]);
            }
            if let ExprKind::Call { func, .. } = &rhs[0].kind {
                let msg = format!("assignment mismatch: {} but {} returns 1 value", plural(lhs_count, "variable"), super::expr_string(func));
                self.error(rhs[0].span, msg);
                return None;
            }
        } else {
            for r in rhs {
                self.raw_expr(r, None);
            }
            if returns {
                return Some(rhs.iter().map(|r| self.recorded_operand(r)).collect());
            }
        }
        let span = rhs.first().map(|r| r.span).unwrap_or_default();
        self.error(span, format!("assignment mismatch: {} but {}", plural(lhs_count, "variable"), plural(rhs.len(), "value")));
        None
    }

    /// An operand rebuilt from an expression's recorded type.
    fn recorded_operand(&self, e: &'a Expr) -> Operand<'a> {
        match self.recorded(e.id) {
            Some(t) => {
                let mode = match &t.mode {
                    Mode::Constant(v) => OpMode::Constant(v.clone()),
                    _ => OpMode::Value,
                };
                Operand { mode, ty: t.ty, expr: Some(e) }
            }
            None => Operand::invalid(Some(e)),
        }
    }

    /// Declares the types of variables `lhs` (None for `_`) from a declared
    /// type and/or initial values (`var a, b T = x, y`).
    pub fn init_vars(&mut self, lhs: &[Option<ObjectId>], ty: Option<&'a Expr>, values: &'a [Expr], _span: Span) {
        let declared = ty.map(|t| self.type_expr(t));
        let saved_spelling = std::mem::replace(&mut self.target_spelling, ty);
        let set = |c: &mut Checker<'a>, i: usize, t: TypeId| {
            if let Some(Some(o)) = lhs.get(i) {
                c.obj_mut(*o).ty = t;
            }
        };
        if values.is_empty() {
            for i in 0..lhs.len() {
                set(self, i, declared.unwrap_or(TypeId::INVALID));
            }
            return;
        }
        let hints: Vec<TypeId> = declared.map(|t| vec![t; lhs.len()]).unwrap_or_default();
        let Some(mut ops) = self.rhs_operands(lhs.len(), values, false, &hints) else {
            for i in 0..lhs.len() {
                set(self, i, declared.unwrap_or(TypeId::INVALID));
            }
            self.target_spelling = saved_spelling;
            return;
        };
        for (i, x) in ops.iter_mut().enumerate() {
            let target = declared.unwrap_or(TypeId::INVALID);
            let ok = self.assign_operand(x, target, "variable declaration");
            let t = match declared {
                Some(t) => t,
                None if ok => x.ty,
                None => TypeId::INVALID,
            };
            set(self, i, t);
        }
        self.target_spelling = saved_spelling;
    }

    /// A local `var` spec: objects are declared after their initializers.
    pub fn local_var_spec(&mut self, spec: &'a minigo_grammar::ast::VarSpec) {
        let objs: Vec<Option<ObjectId>> = spec
            .names
            .iter()
            .map(|n| {
                let kind = ObjectKind::Var { kind: VarKind::Local, captured: false, used: false };
                Some(self.new_object(&n.name, kind, TypeId::INVALID, n.span))
            })
            .collect();
        self.init_vars(&objs, spec.ty.as_ref(), &spec.values, spec.span);
        for (n, o) in spec.names.iter().zip(&objs) {
            if let Some(o) = o {
                self.declare(n, *o);
            }
        }
    }

    /// `a, b := x, y`.
    pub fn short_var_decl(&mut self, names: &'a [Ident], values: &'a [Expr], span: Span) {
        let mut targets: Vec<Option<ObjectId>> = Vec::new();
        let mut is_new: Vec<bool> = Vec::new();
        let mut any_new = false;
        for n in names {
            if n.is_blank() {
                targets.push(None);
                is_new.push(false);
                continue;
            }
            if let Some(existing) = self.scopes.lookup_local(self.scope, &n.name) {
                if matches!(self.obj(existing).kind, ObjectKind::Var { .. }) {
                    self.info.redefined.insert(n.span, existing);
                    targets.push(Some(existing));
                    is_new.push(false);
                    self.info.defs.remove(&n.span);
                    continue;
                }
            }
            if names.iter().take_while(|m| !std::ptr::eq(*m, n)).any(|m| m.name == n.name) {
                self.error(n.span, format!("{} repeated on left side of :=", n.name));
                targets.push(None);
                is_new.push(false);
                continue;
            }
            let kind = ObjectKind::Var { kind: VarKind::Local, captured: false, used: false };
            targets.push(Some(self.new_object(&n.name, kind, TypeId::INVALID, n.span)));
            is_new.push(true);
            any_new = true;
        }
        if !any_new {
            // Go reports at the `:=` (gofmt puts one space before it).
            let at = names.last().map(|n| Span::new(n.span.end as usize + 1, n.span.end as usize + 3)).unwrap_or(span);
            self.error(at, "no new variables on left side of :=");
        }
        let ops = self.rhs_operands(names.len(), values, false, &[]);
        if let Some(mut ops) = ops {
            for (i, x) in ops.iter_mut().enumerate() {
                match targets[i] {
                    Some(o) if is_new[i] => {
                        if self.assign_operand(x, TypeId::INVALID, "assignment") {
                            self.obj_mut(o).ty = x.ty;
                        }
                    }
                    Some(o) => {
                        let t = self.obj(o).ty;
                        if let ObjectKind::Var { kind, .. } = self.obj(o).kind {
                            self.note_capture(o, kind);
                        }
                        self.assign_operand(x, t, "assignment");
                    }
                    None => {
                        self.assign_operand(x, TypeId::INVALID, "assignment");
                    }
                }
            }
        }
        for (i, n) in names.iter().enumerate() {
            if let (Some(o), true) = (targets[i], is_new[i]) {
                self.declare(n, o);
            }
        }
    }

    /// The type of an assignment target (None for `_`); reports unassignable operands.
    pub fn lhs_type(&mut self, l: &'a Expr) -> Option<TypeId> {
        if let ExprKind::Ident(name) = &l.kind {
            if name == "_" {
                self.info.uses.remove(&l.id);
                return None;
            }
            // Assigning to a variable is not a use of it.
            if let Some(obj) = self.lookup(name) {
                if let ObjectKind::Var { used, .. } = self.obj(obj).kind {
                    let x = self.expr(l);
                    if let ObjectKind::Var { used: u, .. } = &mut self.obj_mut(obj).kind {
                        *u = used;
                    }
                    return if x.is_invalid() { Some(TypeId::INVALID) } else { Some(x.ty) };
                }
            }
        }
        let x = self.expr(l);
        match x.mode {
            OpMode::Invalid => Some(TypeId::INVALID),
            OpMode::Variable | OpMode::MapIndex => Some(x.ty),
            _ => {
                if let ExprKind::Selector(base, _) = &l.kind {
                    if matches!(self.recorded(base.id).map(|t| &t.mode), Some(Mode::MapIndex)) {
                        self.error(l.span, format!("cannot assign to struct field {} in map", super::expr_string(l)));
                        return Some(TypeId::INVALID);
                    }
                }
                self.error(l.span, format!("cannot assign to {} (neither addressable nor a map index expression)", super::expr_string(l)));
                Some(TypeId::INVALID)
            }
        }
    }

    /// `a, b = x, y`.
    pub fn assign_stmt(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs_type(l)).collect();
        let hints: Vec<TypeId> = targets.iter().map(|t| t.unwrap_or(TypeId::INVALID)).collect();
        let Some(mut ops) = self.rhs_operands(lhs.len(), rhs, false, &hints) else { return };
        for (x, t) in ops.iter_mut().zip(targets) {
            match t {
                Some(TypeId::INVALID) => {}
                Some(t) => {
                    self.assign_operand(x, t, "assignment");
                }
                None => {
                    self.assign_operand(x, TypeId::INVALID, "assignment");
                }
            }
        }
    }

    /// `x op= y`.
    pub fn op_assign_stmt(&mut self, l: &'a Expr, op: BinOp, r: &'a Expr, span: Span) {
        let x = self.expr(l);
        let y = self.expr(r);
        if x.is_invalid() || y.is_invalid() {
            return;
        }
        let text = format!("{} {}= {}", super::expr_string(l), op.as_str(), super::expr_string(r));
        let mut res = self.binary_operands(None, span, &text, op, x.clone(), y, r.span);
        if res.is_invalid() {
            return;
        }
        if !matches!(x.mode, OpMode::Variable | OpMode::MapIndex) {
            self.error(l.span, format!("cannot assign to {} (neither addressable nor a map index expression)", super::expr_string(l)));
            return;
        }
        res.expr = None;
        self.assign_operand(&mut res, x.ty, "assignment");
    }

    /// `return x, y`.
    pub fn return_stmt(&mut self, values: &'a [Expr], span: Span) {
        let Some(ctx) = self.func.clone() else { return };
        if values.is_empty() {
            if !ctx.results.is_empty() && ctx.named_results.is_empty() {
                self.error(span, format!("not enough return values\n\thave ()\n\twant {}", self.types_summary(&ctx.results)));
            }
            for &r in &ctx.named_results {
                let name = self.obj(r).name.clone();
                if let Some(o) = self.lookup(&name) {
                    if o != r {
                        self.error(span, format!("result parameter {name} not in scope at return"));
                    }
                }
            }
            return;
        }
        let Some(mut ops) = self.rhs_operands(ctx.results.len(), values, true, &ctx.results) else { return };
        if ops.len() != ctx.results.len() {
            let have: Vec<String> = ops.iter().map(|x| self.summary_type(x.ty)).collect();
            let which = if ops.len() > ctx.results.len() { "too many" } else { "not enough" };
            // Go reports at the first extra value, else at the last value.
            let at = if values.len() > ctx.results.len() { values[ctx.results.len()].span } else { values[values.len() - 1].span };
            self.error(at, format!("{which} return values\n\thave ({})\n\twant {}", have.join(", "), self.types_summary(&ctx.results)));
            return;
        }
        for (x, &t) in ops.iter_mut().zip(&ctx.results) {
            self.assign_operand(x, t, "return statement");
        }
    }

    /// The target type as written when spelled `byte`/`rune` (Go keeps the alias name).
    pub fn target_str(&self, t: TypeId) -> String {
        if let Some(ExprKind::Ident(name)) = self.target_spelling.map(|e| &e.kind) {
            if (name == "byte" && t == TypeId::BYTE) || (name == "rune" && t == TypeId::RUNE) {
                return name.clone();
            }
        }
        self.type_str(t)
    }

    fn summary_type(&self, t: TypeId) -> String {
        if t == TypeId::INVALID {
            return "unknown type".into();
        }
        if self.g.types.is_untyped(t) {
            if self.g.types.is_numeric(t) {
                return "number".into();
            }
            return self.type_str(t).replace("untyped ", "");
        }
        self.type_str(t)
    }

    fn types_summary(&self, ts: &[TypeId]) -> String {
        let parts: Vec<String> = ts.iter().map(|&t| self.summary_type(t)).collect();
        format!("({})", parts.join(", "))
    }
}

/// `1 variable`, `2 values`.
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}
