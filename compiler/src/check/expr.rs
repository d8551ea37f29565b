//! Owns expression checking: the dispatch over expression kinds, identifiers,
//! literals, unary and binary operators, shifts, comparisons, constant
//! folding, and the implicit conversion of untyped operands (re-recording the
//! final type of untyped sub-expressions).
//! Must not know statements or bytecode.

use super::{Checker, OpMode, Operand};
use crate::constant::{BigInt, ConstError, ConstValue, Rat};
use crate::info::{Mode, ObjectKind, VarKind};
use crate::types::{BasicKind, TypeId, TypeKind};
use crate::universe::unsupported_predeclared;
use minigo_grammar::ast::{BinOp, Expr, ExprKind, UnOp};
use minigo_grammar::Span;

/// Why an implicit conversion of an untyped operand failed.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum ConvError {
    Truncated,
    Overflow,
    Mismatch,
}

impl<'a> Checker<'a> {
    /// Checks an expression that must denote a single value.
    pub fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let x = self.raw_expr(e, None);
        self.single_value(x)
    }

    /// Like `expr`, with the type an elided composite literal type takes.
    pub fn expr_with_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.raw_expr(e, hint);
        self.single_value(x)
    }

    /// Checks an expression that may denote a value or a type.
    pub fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let x = self.raw_expr(e, None);
        match x.mode {
            OpMode::NoValue => {
                self.error(e.span, format!("{} (no value) used as value", super::expr_string(e)));
                Operand::invalid(Some(e))
            }
            _ => x,
        }
    }

    /// Reports operands that are not single values.
    pub fn single_value(&mut self, x: Operand<'a>) -> Operand<'a> {
        let Some(e) = x.expr else { return x };
        match &x.mode {
            OpMode::NoValue => {
                self.error(e.span, format!("{} (no value) used as value", super::expr_string(e)));
                Operand::invalid(Some(e))
            }
            OpMode::TypeExpr => {
                self.error(e.span, format!("{} (type) is not an expression", super::expr_string(e)));
                Operand::invalid(Some(e))
            }
            OpMode::Builtin(_) => {
                self.error(e.span, format!("{} (built-in) must be called", super::expr_string(e)));
                Operand::invalid(Some(e))
            }
            OpMode::Package(_) => {
                self.error(e.span, format!("use of package {} without selector", super::expr_string(e)));
                Operand::invalid(Some(e))
            }
            _ if matches!(self.g.types.kind(x.ty), TypeKind::Tuple(_)) => {
                self.error(e.span, format!("multiple-value {} (value of type {}) in single-value context", super::expr_string(e), self.type_str(x.ty)));
                Operand::invalid(Some(e))
            }
            _ => x,
        }
    }

    /// Checks any expression and records its type and mode.
    pub fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.expr_kind(e, hint);
        self.record(&x);
        x
    }

    fn expr_kind(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let some = Some(e);
        if let Some(target) = hint.filter(|&t| self.g.types.signature(t).is_some() && self.is_generic_func(e)) {
            // A generic function where a function type is expected: `var f func(int) int = Double`.
            return self.generic_func_value(e, target);
        }
        match &e.kind {
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::IntLit(text) => match BigInt::parse_literal(text) {
                Some(v) => Operand { mode: OpMode::Constant(ConstValue::Int(v)), ty: TypeId::UNTYPED_INT, expr: some },
                None => {
                    self.error(e.span, format!("integer constant overflow: {text}"));
                    Operand::invalid(some)
                }
            },
            ExprKind::FloatLit(text) => match Rat::parse_literal(text) {
                Some(f) => Operand { mode: OpMode::Constant(ConstValue::Float(f)), ty: TypeId::UNTYPED_FLOAT, expr: some },
                None => {
                    self.error(e.span, format!("float constant overflow: {text}"));
                    Operand::invalid(some)
                }
            },
            ExprKind::RuneLit(c) => Operand { mode: OpMode::Constant(ConstValue::int(*c as i64)), ty: TypeId::UNTYPED_RUNE, expr: some },
            ExprKind::StringLit(b) => Operand { mode: OpMode::Constant(ConstValue::String(b.clone())), ty: TypeId::UNTYPED_STRING, expr: some },
            ExprKind::CompositeLit { ty, elems, .. } => self.composite_lit(e, ty.as_deref(), elems, hint),
            ExprKind::FuncLit { sig, body } => {
                let sig_ty = self.signature(sig);
                let level = self.func_level + 1;
                self.lit_stack.push((super::Capturer::Lit(e.id), level));
                self.info.captures.entry(e.id).or_default();
                let saved = self.has_call_or_recv;
                self.func_body(sig, None, body, sig_ty);
                self.has_call_or_recv = saved;
                self.lit_stack.pop();
                Operand { mode: OpMode::Value, ty: sig_ty, expr: some }
            }
            ExprKind::Paren(inner) => {
                let x = self.raw_expr(inner, hint);
                Operand { expr: some, ..x }
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, i) => self.index_expr(e, x, i),
            ExprKind::IndexList(x, is) => match self.generic_index(e, x, is) {
                Some(r) => r,
                None => {
                    self.raw_expr(x, None);
                    self.error(e.span, format!("invalid operation: more than one index in {}", super::expr_string(e)));
                    Operand::invalid(some)
                }
            },
            ExprKind::Tilde(_) | ExprKind::Union(_) => {
                if self.in_constraint {
                    let t = self.type_expr(e);
                    return if t == TypeId::INVALID { Operand::invalid(some) } else { Operand { mode: OpMode::TypeExpr, ty: t, expr: some } };
                }
                self.error(e.span, format!("cannot use {} outside of interface or type constraint", super::expr_string(e)));
                Operand::invalid(some)
            }
            ExprKind::Slice { x, lo, hi, max, three } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert(x, t) => self.type_assert(e, x, t.as_deref()),
            ExprKind::Call { func, args, ellipsis } => self.call(e, func, args, ellipsis.is_some()),
            ExprKind::Star(inner) => {
                let x = self.raw_expr(inner, None);
                match x.mode {
                    OpMode::Invalid => Operand::invalid(some),
                    OpMode::TypeExpr => {
                        let t = self.g.types.pointer(x.ty);
                        Operand { mode: OpMode::TypeExpr, ty: t, expr: some }
                    }
                    OpMode::Nil => {
                        self.error(inner.span, "invalid operation: cannot indirect nil");
                        Operand::invalid(some)
                    }
                    _ => {
                        let x = self.single_value(x);
                        if x.is_invalid() {
                            return Operand::invalid(some);
                        }
                        match self.g.types.pointer_elem(x.ty) {
                            Some(elem) => Operand { mode: OpMode::Variable, ty: elem, expr: some },
                            None => {
                                self.error(inner.span, format!("invalid operation: cannot indirect {}", self.operand_str(&x)));
                                Operand::invalid(some)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, inner) => self.unary(e, *op, inner),
            ExprKind::Binary(op, l, r) => self.binary(e, *op, l, r),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.type_expr(e);
                if t == TypeId::INVALID {
                    return Operand::invalid(some);
                }
                Operand { mode: OpMode::TypeExpr, ty: t, expr: some }
            }
            ExprKind::Bad => Operand::invalid(some),
        }
    }

    fn ident(&mut self, e: &'a Expr, name: &str) -> Operand<'a> {
        let some = Some(e);
        if name == "_" {
            self.error(e.span, "cannot use _ as value");
            return Operand::invalid(some);
        }
        let Some(obj) = self.lookup(name) else {
            match unsupported_predeclared(name) {
                Some(what) => self.unsupported(e.span, what),
                None => self.error(e.span, format!("undefined: {name}")),
            }
            return Operand::invalid(some);
        };
        self.info.uses.insert(e.id, obj);
        if let Some(&i) = self.dot_members.get(&obj) {
            self.imports[i].3 = true;
        }
        self.obj_decl(obj);
        if self.broken_cycle.contains(&obj) || self.waits_for_alias(obj) {
            return Operand::invalid(some);
        }
        if self.gen_ref(obj).is_some() {
            self.uninstantiated(e, obj);
            return Operand::invalid(some);
        }
        let o = self.obj(obj).clone();
        match o.kind {
            ObjectKind::PkgName(_) => {
                for imp in self.imports.iter_mut() {
                    if imp.0 == obj {
                        imp.3 = true;
                    }
                }
                Operand { mode: OpMode::Package(obj), ty: TypeId::INVALID, expr: some }
            }
            ObjectKind::Const(v) => {
                if o.pkg.is_empty() && o.name == "iota" {
                    return match self.iota {
                        Some(i) => Operand { mode: OpMode::Constant(ConstValue::int(i as i64)), ty: TypeId::UNTYPED_INT, expr: some },
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            Operand::invalid(some)
                        }
                    };
                }
                if o.ty == TypeId::INVALID {
                    return Operand::invalid(some);
                }
                Operand { mode: OpMode::Constant(v), ty: o.ty, expr: some }
            }
            ObjectKind::TypeName => {
                if o.ty == TypeId::INVALID {
                    return Operand::invalid(some);
                }
                Operand { mode: OpMode::TypeExpr, ty: o.ty, expr: some }
            }
            ObjectKind::Var { kind, .. } => {
                self.use_var(obj, kind);
                if o.ty == TypeId::INVALID {
                    return Operand::invalid(some);
                }
                Operand { mode: OpMode::Variable, ty: o.ty, expr: some }
            }
            ObjectKind::Func { .. } => {
                self.add_dep(obj);
                if o.ty == TypeId::INVALID {
                    return Operand::invalid(some);
                }
                Operand { mode: OpMode::Value, ty: o.ty, expr: some }
            }
            ObjectKind::Builtin(b) => Operand { mode: OpMode::Builtin(b), ty: TypeId::INVALID, expr: some },
            ObjectKind::Nil => Operand { mode: OpMode::Nil, ty: TypeId::UNTYPED_NIL, expr: some },
            ObjectKind::Label => Operand::invalid(some),
        }
    }

    /// Marks a variable used and records closure captures.
    pub fn use_var(&mut self, obj: crate::info::ObjectId, kind: VarKind) {
        if let ObjectKind::Var { used, .. } = &mut self.obj_mut(obj).kind {
            *used = true;
        }
        self.note_capture(obj, kind);
    }

    /// Records that `obj` is referenced from the current function; if it
    /// belongs to an enclosing function, it is captured.
    pub fn note_capture(&mut self, obj: crate::info::ObjectId, kind: VarKind) {
        if kind == VarKind::Global {
            self.add_dep(obj);
            return;
        }
        let Some(&level) = self.var_level.get(&obj) else { return };
        if level >= self.func_level {
            return;
        }
        if let ObjectKind::Var { captured, .. } = &mut self.obj_mut(obj).kind {
            *captured = true;
        }
        for &(lit, lit_level) in &self.lit_stack {
            if lit_level > level {
                let caps = match lit {
                    super::Capturer::Lit(id) => self.info.captures.entry(id).or_default(),
                    super::Capturer::RangeBody(id) => self.info.range_func_captures.entry(id).or_default(),
                };
                if !caps.contains(&obj) {
                    caps.push(obj);
                }
            }
        }
    }

    fn unary(&mut self, e: &'a Expr, op: UnOp, inner: &'a Expr) -> Operand<'a> {
        let some = Some(e);
        if op == UnOp::Addr {
            let mut base = inner;
            while let ExprKind::Paren(x) = &base.kind {
                base = x;
            }
            if let ExprKind::CompositeLit { .. } = &base.kind {
                let x = self.expr(inner);
                if x.is_invalid() {
                    return Operand::invalid(some);
                }
                let t = self.g.types.pointer(x.ty);
                return Operand { mode: OpMode::Value, ty: t, expr: some };
            }
        }
        let x = self.expr(inner);
        if x.is_invalid() {
            return Operand::invalid(some);
        }
        match op {
            UnOp::Addr => {
                if x.mode != OpMode::Variable {
                    self.error(inner.span, format!("invalid operation: cannot take address of {}", self.operand_str(&x)));
                    return Operand::invalid(some);
                }
                let t = self.g.types.pointer(x.ty);
                Operand { mode: OpMode::Value, ty: t, expr: some }
            }
            UnOp::Recv => match self.g.types.under(x.ty).clone() {
                TypeKind::Chan(dir, elem) => {
                    self.has_call_or_recv = true;
                    if dir == crate::types::ChanDir::SendOnly {
                        self.error(inner.span, format!("invalid operation: cannot receive from send-only channel {}", self.operand_str(&x)));
                        return Operand::invalid(some);
                    }
                    Operand { mode: OpMode::CommaOk, ty: elem, expr: some }
                }
                _ => {
                    self.error(inner.span, format!("invalid operation: cannot receive from non-channel {}", self.operand_str(&x)));
                    Operand::invalid(some)
                }
            },
            _ => {
                let ok = match op {
                    UnOp::Pos | UnOp::Neg => self.g.types.is_numeric(x.ty),
                    UnOp::Not => self.g.types.is_boolean(x.ty),
                    UnOp::BitNot => self.g.types.is_integer(x.ty),
                    _ => false,
                };
                if !ok {
                    self.error(e.span, format!("invalid operation: operator {} not defined on {}", op.as_str(), self.operand_str(&x)));
                    return Operand::invalid(some);
                }
                if let Some(v) = x.value() {
                    let unsigned_bits = if self.g.types.is_unsigned(x.ty) { self.g.types.basic_size(x.ty).map(|s| s * 8) } else { None };
                    return match ConstValue::unary(op, v, unsigned_bits) {
                        Ok(r) => {
                            let mut res = Operand { mode: OpMode::Constant(r), ty: x.ty, expr: some };
                            self.overflow(&mut res);
                            res
                        }
                        Err(_) => {
                            self.error(e.span, "constant overflow");
                            Operand::invalid(some)
                        }
                    };
                }
                Operand { mode: OpMode::Value, ty: x.ty, expr: some }
            }
        }
    }

    /// Reports a typed constant that does not fit its type
    /// (`c * 2 (constant 200 of type int8) overflows int8`).
    pub fn overflow(&mut self, x: &mut Operand<'a>) {
        let Some(v) = x.value().cloned() else { return };
        if self.g.types.is_untyped(x.ty) {
            return;
        }
        let Some(kind) = self.g.types.basic(x.ty) else { return };
        match v.representable(kind) {
            Some(nv) => x.mode = OpMode::Constant(nv),
            None => {
                let msg = if v.is_integral() || !kind.is_integer() { "overflows" } else { "truncated to" };
                self.error(x.span(), format!("{} {} {}", self.operand_str(x), msg, self.type_str(x.ty)));
                *x = Operand::invalid(x.expr);
            }
        }
    }

    fn binary(&mut self, e: &'a Expr, op: BinOp, l: &'a Expr, r: &'a Expr) -> Operand<'a> {
        let x = self.expr(l);
        let y = self.expr(r);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        let text = super::expr_string(e);
        self.binary_operands(Some(e), e.span, &text, op, x, y, r.span)
    }

    /// The rules of a binary operator on checked operands; `e` is the
    /// expression to record (None for `x op= y`), `text` its source form.
    #[allow(clippy::too_many_arguments)]
    pub fn binary_operands(&mut self, e: Option<&'a Expr>, span: Span, text: &str, op: BinOp, mut x: Operand<'a>, mut y: Operand<'a>, r_span: Span) -> Operand<'a> {
        let some = e;
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, x, y);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(some);
        }
        if matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) {
            return self.comparison(e, span, text, op, x, y);
        }
        if x.ty != y.ty {
            if x.ty != TypeId::INVALID && y.ty != TypeId::INVALID {
                self.error(span, format!("invalid operation: {} (mismatched types {} and {})", text, self.type_str(x.ty), self.type_str(y.ty)));
            }
            return Operand::invalid(some);
        }
        let t = &self.g.types;
        let allowed = match op {
            BinOp::Add => t.is_numeric(x.ty) || t.is_string(x.ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => t.is_numeric(x.ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => t.is_integer(x.ty),
            BinOp::LogAnd | BinOp::LogOr => t.is_boolean(x.ty),
            _ => false,
        };
        if !allowed {
            let shown = if x.mode == OpMode::Nil { &y } else { &x };
            self.error(span, format!("invalid operation: operator {} not defined on {}", op.as_str(), self.operand_str(shown)));
            return Operand::invalid(some);
        }
        if matches!(op, BinOp::Div | BinOp::Rem) {
            let zero = y.value().is_some_and(|v| match v {
                ConstValue::Int(i) => i.is_zero(),
                ConstValue::Float(f) => f.is_zero(),
                _ => false,
            });
            if zero && (x.value().is_some() || self.g.types.is_integer(x.ty)) {
                self.error(r_span, "invalid operation: division by zero");
                return Operand::invalid(some);
            }
        }
        if let (Some(a), Some(b)) = (x.value().cloned(), y.value().cloned()) {
            let int_div = self.g.types.is_integer(x.ty) || (matches!(a, ConstValue::Int(_)) && matches!(b, ConstValue::Int(_)) && x.ty != TypeId::UNTYPED_FLOAT);
            return match ConstValue::binary(op, &a, &b, int_div) {
                Ok(v) => {
                    let mut res = Operand { mode: OpMode::Constant(v), ty: x.ty, expr: some };
                    self.overflow(&mut res);
                    res
                }
                Err(ConstError::DivByZero) => {
                    self.error(r_span, "invalid operation: division by zero");
                    Operand::invalid(some)
                }
                Err(_) => {
                    let at = operator_span(x.span(), r_span, op);
                    self.error(at, format!("constant {} overflow", op_name(op)));
                    Operand::invalid(some)
                }
            };
        }
        Operand { mode: OpMode::Value, ty: x.ty, expr: some }
    }

    /// go/types' `matchTypes`: converts an untyped operand to the other's type.
    pub fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let t = &self.g.types;
        let (xu, yu) = (t.is_untyped(x.ty), t.is_untyped(y.ty));
        if !xu && !yu {
            return;
        }
        let all_basic = |t: TypeId| self.g.types.basic(t).is_some();
        if all_basic(x.ty) != all_basic(y.ty) && !(x.is_nil() || y.is_nil()) {
            return;
        }
        if t.is_boolean(x.ty) != t.is_boolean(y.ty) || t.is_string(x.ty) != t.is_string(y.ty) {
            return;
        }
        if x.is_nil() && !self.has_nil(y.ty) || y.is_nil() && !self.has_nil(x.ty) {
            return;
        }
        if (t.is_pointer(x.ty) || t.is_pointer(y.ty)) && !(x.is_nil() || y.is_nil()) {
            return;
        }
        let (xt, yt) = (x.ty, y.ty);
        if self.convert_untyped(x, yt).is_err() {
            return;
        }
        let _ = self.convert_untyped(y, xt);
    }

    /// Whether `nil` can be converted to `t`.
    pub fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.g.types.under(t),
            TypeKind::Pointer(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) | TypeKind::Interface(_)
        ) || t == TypeId::UNTYPED_NIL
    }

    fn comparison(&mut self, e: Option<&'a Expr>, span: Span, text: &str, op: BinOp, x: Operand<'a>, y: Operand<'a>) -> Operand<'a> {
        let some = e;
        let types = &self.g.types;
        let mut cause: Option<String> = None;
        let assignable = self.assignable_to(&x, y.ty).is_ok() || self.assignable_to(&y, x.ty).is_ok();
        if !assignable {
            cause = Some(format!("mismatched types {} and {}", self.type_str(x.ty), self.type_str(y.ty)));
        } else if matches!(op, BinOp::Eq | BinOp::Ne) {
            let nil_ok = (x.is_nil() && self.has_nil(y.ty)) || (y.is_nil() && self.has_nil(x.ty));
            if x.is_nil() && y.is_nil() {
                cause = Some(format!("operator {} not defined on untyped nil", op.as_str()));
            } else if !nil_ok {
                for z in [&x, &y] {
                    if z.is_nil() {
                        continue;
                    }
                    if !types.comparable(z.ty) {
                        let u = types.under(z.ty);
                        cause = Some(match u {
                            TypeKind::Slice(_) => "slice can only be compared to nil".to_string(),
                            TypeKind::Map(..) => "map can only be compared to nil".to_string(),
                            TypeKind::Func(_) => "func can only be compared to nil".to_string(),
                            // Go names the struct's first incomparable field type, or the array type.
                            TypeKind::Struct(fields) => {
                                let part = fields.iter().find(|f| !types.comparable(f.ty)).map(|f| f.ty).unwrap_or(z.ty);
                                format!("struct containing {} cannot be compared", self.type_str(part))
                            }
                            _ => format!("{} cannot be compared", self.type_str(z.ty)),
                        });
                        break;
                    }
                }
            }
        } else {
            for z in [&x, &y] {
                let ordered = types.is_numeric(z.ty) || types.is_string(z.ty);
                if !ordered {
                    cause = Some(format!("operator {} not defined on {}", op.as_str(), self.kind_string(z.ty)));
                    break;
                }
            }
        }
        if let Some(c) = cause {
            // Go points at the second operand when both are nil.
            let at = if x.is_nil() && y.is_nil() { y.span() } else { span };
            self.error(at, format!("invalid operation: {text} ({c})"));
            return Operand::invalid(some);
        }
        if let (Some(a), Some(b)) = (x.value(), y.value()) {
            if let Ok(r) = ConstValue::compare(op, a, b) {
                return Operand { mode: OpMode::Constant(ConstValue::Bool(r)), ty: TypeId::UNTYPED_BOOL, expr: some };
            }
        }
        // Untyped operands of a non-constant comparison take their default type.
        let mut x = x;
        let mut y = y;
        for z in [&mut x, &mut y] {
            if self.g.types.is_untyped(z.ty) && !z.is_nil() {
                let d = default_type(z.ty);
                let _ = self.convert_untyped(z, d);
            }
        }
        Operand { mode: OpMode::Value, ty: TypeId::UNTYPED_BOOL, expr: some }
    }

    /// go/types' `kindString`: `struct`, `slice`, … or the type itself.
    fn kind_string(&self, t: TypeId) -> String {
        match self.g.types.under(t) {
            TypeKind::Array(..) => "array".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Func(_) => "func".into(),
            TypeKind::Interface(_) => "interface".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            _ => self.type_str(t),
        }
    }

    fn shift(&mut self, e: Option<&'a Expr>, op: BinOp, mut x: Operand<'a>, mut y: Operand<'a>) -> Operand<'a> {
        let some = e;
        // The shifted operand.
        if let Some(v) = x.value().cloned() {
            if self.g.types.is_untyped(x.ty) {
                match v.as_int() {
                    Some(i) if !matches!(v, ConstValue::String(_) | ConstValue::Bool(_)) => {
                        if x.ty == TypeId::UNTYPED_FLOAT {
                            x.mode = OpMode::Constant(ConstValue::Int(i));
                            x.ty = TypeId::UNTYPED_INT;
                        }
                    }
                    _ => {
                        self.error(x.span(), format!("invalid operation: shifted operand {} must be integer", self.operand_str(&x)));
                        return Operand::invalid(some);
                    }
                }
            } else if !self.g.types.is_integer(x.ty) {
                self.error(x.span(), format!("invalid operation: shifted operand {} must be integer", self.operand_str(&x)));
                return Operand::invalid(some);
            }
        } else if !self.g.types.is_integer(x.ty) {
            self.error(x.span(), format!("invalid operation: shifted operand {} must be integer", self.operand_str(&x)));
            return Operand::invalid(some);
        }
        // The shift count.
        let count = match y.value().cloned() {
            Some(v) => match v.as_int() {
                Some(i) if !matches!(v, ConstValue::String(_) | ConstValue::Bool(_)) => {
                    if i.is_negative() {
                        self.error(y.span(), format!("invalid shift count {} (negative shift count)", self.operand_str(&y)));
                        return Operand::invalid(some);
                    }
                    if self.g.types.is_untyped(y.ty) {
                        let _ = self.convert_untyped(&mut y, TypeId::UINT);
                    }
                    Some(i.to_u64().unwrap_or(u64::MAX))
                }
                _ => {
                    self.error(y.span(), format!("invalid operation: shift count {} must be integer", self.operand_str(&y)));
                    return Operand::invalid(some);
                }
            },
            None => {
                if !self.g.types.is_integer(y.ty) {
                    self.error(y.span(), format!("invalid operation: shift count {} must be integer", self.operand_str(&y)));
                    return Operand::invalid(some);
                }
                None
            }
        };
        if let Some(v) = x.value().cloned() {
            if let Some(s) = count {
                if s > 1023 {
                    self.error(y.span(), format!("invalid shift count {}", self.operand_str(&y)));
                    return Operand::invalid(some);
                }
                return match ConstValue::shift(op, &v, s) {
                    Ok(r) => {
                        let mut res = Operand { mode: OpMode::Constant(r), ty: x.ty, expr: some };
                        self.overflow(&mut res);
                        res
                    }
                    Err(_) => {
                        let at = operator_span(x.span(), y.span(), op);
                        self.error(at, "constant shift overflow");
                        Operand::invalid(some)
                    }
                };
            }
            // Non-constant shift of an untyped constant: its type comes from the context.
            return Operand { mode: OpMode::Value, ty: x.ty, expr: some };
        }
        Operand { mode: OpMode::Value, ty: x.ty, expr: some }
    }

    /// Implicitly converts an untyped operand to `target` (go/types'
    /// `convertUntyped`), reporting `cannot convert …`/`… overflows …`/
    /// `… truncated to …`. On success the final type is recorded for the
    /// operand's expression tree.
    pub fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) -> Result<(), ConvError> {
        match self.implicit_type(x, target) {
            Ok(t) => {
                self.set_operand_type(x, t);
                Ok(())
            }
            Err(code) => {
                let msg = match code {
                    ConvError::Truncated => format!("{} truncated to {}", self.operand_str(x), self.type_str(target)),
                    ConvError::Overflow => format!("{} overflows {}", self.operand_str(x), self.type_str(target)),
                    ConvError::Mismatch => format!("cannot convert {} to type {}", self.operand_str(x), self.type_str(target)),
                };
                if !(self.is_shifted_untyped(x) && code == ConvError::Mismatch) {
                    self.error(x.span(), msg);
                } else {
                    self.error(x.span(), format!("invalid operation: shifted operand {} must be integer", self.shift_operand_str(x, target)));
                }
                *x = Operand::invalid(x.expr);
                Err(code)
            }
        }
    }

    pub fn is_shifted_untyped(&self, x: &Operand) -> bool {
        x.value().is_none() && matches!(x.expr.map(|e| &e.kind), Some(ExprKind::Binary(BinOp::Shl | BinOp::Shr, ..)))
    }

    pub fn shift_operand_str(&self, x: &Operand, target: TypeId) -> String {
        match x.expr.map(|e| &e.kind) {
            Some(ExprKind::Binary(_, l, _)) => format!("{} (type {})", super::expr_string(l), self.type_str(target)),
            _ => self.operand_str(x),
        }
    }

    /// Sets an untyped operand's final type (no checks) and re-records its tree.
    pub fn set_operand_type(&mut self, x: &mut Operand<'a>, t: TypeId) {
        if !self.g.types.is_untyped(x.ty) || t == x.ty {
            return;
        }
        if let OpMode::Constant(v) = &x.mode {
            x.mode = OpMode::Constant(self.represent(v, t));
        }
        x.ty = t;
        if let Some(e) = x.expr {
            self.update_untyped(e, t);
        }
    }

    /// The type an untyped operand takes when converted implicitly to `target`.
    pub fn implicit_type(&self, x: &Operand, target: TypeId) -> Result<TypeId, ConvError> {
        let types = &self.g.types;
        if x.is_invalid() || !types.is_untyped(x.ty) || target == TypeId::INVALID {
            return Ok(target);
        }
        if types.is_untyped(target) {
            // Both untyped: numeric kinds widen (int < rune < float).
            if types.is_numeric(x.ty) && types.is_numeric(target) {
                return Ok(rank_max(x.ty, target));
            }
            return if x.ty == target { Ok(target) } else { Err(ConvError::Mismatch) };
        }
        match types.under(target) {
            TypeKind::Basic(kind) => {
                if let Some(v) = x.value() {
                    if v.representable(*kind).is_some() {
                        return Ok(target);
                    }
                    let numeric = matches!(v, ConstValue::Int(_) | ConstValue::Float(_));
                    if numeric && kind.is_numeric() {
                        // go/types' representation(): float → integer is
                        // "truncated" even for an integral value that overflows.
                        if kind.is_integer() && !types.is_integer(x.ty) {
                            return Err(ConvError::Truncated);
                        }
                        return Err(ConvError::Overflow);
                    }
                    return Err(ConvError::Mismatch);
                }
                let xk = types.basic(x.ty).unwrap_or(BasicKind::Invalid);
                let ok = match xk {
                    BasicKind::UntypedBool => kind.is_boolean(),
                    BasicKind::UntypedInt | BasicKind::UntypedRune => {
                        if self.is_shifted_untyped(x) {
                            kind.is_integer()
                        } else {
                            kind.is_numeric()
                        }
                    }
                    BasicKind::UntypedFloat => kind.is_float(),
                    BasicKind::UntypedString => kind.is_string(),
                    _ => false,
                };
                if ok {
                    Ok(target)
                } else {
                    Err(ConvError::Mismatch)
                }
            }
            TypeKind::Interface(methods) => {
                if x.is_nil() {
                    return Ok(target);
                }
                if !methods.is_empty() {
                    return Err(ConvError::Mismatch);
                }
                Ok(default_type(x.ty))
            }
            TypeKind::Pointer(_) | TypeKind::Func(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..) => {
                if x.is_nil() {
                    Ok(target)
                } else {
                    Err(ConvError::Mismatch)
                }
            }
            _ => Err(ConvError::Mismatch),
        }
    }

    /// Re-records the final type of an untyped expression tree.
    pub fn update_untyped(&mut self, e: &'a Expr, t: TypeId) {
        let Some(rec) = self.recorded(e.id).cloned() else { return };
        if !self.g.types.is_untyped(rec.ty) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_untyped(x, t),
            ExprKind::Unary(op, x) if !matches!(op, UnOp::Addr | UnOp::Recv) => self.update_untyped(x, t),
            ExprKind::Binary(op, x, y) => match op {
                BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {}
                BinOp::Shl | BinOp::Shr => self.update_untyped(x, t),
                _ => {
                    self.update_untyped(x, t);
                    self.update_untyped(y, t);
                }
            },
            _ => {}
        }
        let mode = match rec.mode {
            Mode::Constant(v) => Mode::Constant(self.represent(&v, t)),
            m => m,
        };
        self.set_type(e.id, mode, t);
    }

    /// A constant value in the representation of type `t` (floats for float
    /// types, integers for integer types).
    pub fn represent(&self, v: &ConstValue, t: TypeId) -> ConstValue {
        match self.g.types.basic(t) {
            Some(k) if k.is_float() => v.representable(k).unwrap_or_else(|| v.clone()),
            Some(k) if k.is_integer() => v.as_int().map(ConstValue::Int).unwrap_or_else(|| v.clone()),
            Some(k) => v.representable(k).unwrap_or_else(|| v.clone()),
            None => match self.g.types.under(t) {
                TypeKind::Interface(_) => {
                    let d = default_type(self.g.types.underlying(t));
                    let _ = d;
                    v.clone()
                }
                _ => v.clone(),
            },
        }
    }

    /// Converts an untyped operand to its default type (`int`, `float64`, …).
    pub fn default_untyped(&mut self, x: &mut Operand<'a>) {
        if self.g.types.is_untyped(x.ty) && !x.is_nil() {
            let d = default_type(x.ty);
            let _ = self.convert_untyped(x, d);
        }
    }
}

pub(crate) use crate::types::default_type;

pub(super) fn rank_max(a: TypeId, b: TypeId) -> TypeId {
    let rank = |t: TypeId| match t {
        TypeId::UNTYPED_INT => 0,
        TypeId::UNTYPED_RUNE => 1,
        TypeId::UNTYPED_FLOAT => 2,
        _ => 0,
    };
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

/// Where the operator between two operands is (Go reports constant
/// overflows there): right after `x`, skipping one space when the gap has room.
fn operator_span(x: Span, y: Span, op: BinOp) -> Span {
    let len = op.as_str().len() as u32;
    let start = if y.start >= x.end + len + 2 { x.end + 1 } else { x.end };
    Span { start, end: start + len }
}

fn op_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "addition",
        BinOp::Sub => "subtraction",
        BinOp::Mul => "multiplication",
        BinOp::Shl => "shift",
        _ => "",
    }
}
