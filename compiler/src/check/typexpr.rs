//! Owns type expressions: turning `[]map[string]*T`, `func(int) error`,
//! `struct{…}`, `interface{…}` into `TypeId`s, and the invalid-recursive-type check.
//! Must not know statements or bytecode.

use super::{Checker, OpMode};
use crate::info::Mode;
use crate::types::{ChanDir, InterfaceMethod, StructField, TypeId, TypeKind};
use minigo_grammar::ast::{self, Expr, ExprKind, InterfaceElem};

impl<'a> Checker<'a> {
    /// Checks a type expression; reports `x is not a type` and returns
    /// `TypeId::INVALID` for non-types.
    pub fn type_expr(&mut self, e: &'a Expr) -> TypeId {
        let t = self.type_expr_inner(e);
        if t != TypeId::INVALID {
            self.set_type(e.id, Mode::TypeExpr, t);
        }
        t
    }

    fn type_expr_inner(&mut self, e: &'a Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let x = self.expr_or_type(e);
                match x.mode {
                    OpMode::TypeExpr if !self.in_constraint && self.is_constraint_only(x.ty).is_some() => {
                        let why = self.is_constraint_only(x.ty).unwrap_or_default();
                        self.error(e.span, format!("cannot use type {} outside a type constraint: {why}", super::expr_string(e)));
                        TypeId::INVALID
                    }
                    OpMode::TypeExpr => x.ty,
                    OpMode::Invalid => TypeId::INVALID,
                    _ => {
                        self.error(e.span, format!("{} is not a type", super::expr_string(e)));
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let elem = self.type_expr(x);
                if elem == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                self.g.types.pointer(elem)
            }
            ExprKind::ArrayType { len: Some(len), elem } => {
                let n = self.array_length(len);
                let elem = self.type_expr(elem);
                match n {
                    Some(n) if elem != TypeId::INVALID => self.g.types.intern(TypeKind::Array(n, elem)),
                    _ => TypeId::INVALID,
                }
            }
            ExprKind::ArrayType { len: None, elem } => {
                self.type_expr(elem);
                self.error(e.span, "invalid use of [...] array (outside a composite literal)");
                TypeId::INVALID
            }
            ExprKind::SliceType(elem) => {
                let elem = self.type_expr(elem);
                if elem == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                self.g.types.slice(elem)
            }
            ExprKind::MapType(k, v) => {
                let kt = self.type_expr(k);
                let vt = self.type_expr(v);
                if kt == TypeId::INVALID || vt == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                // A key type still being declared is checked for comparability later by Go;
                // here only fully known types are checked.
                if self.g.types.underlying(kt) != TypeId::INVALID && !self.g.types.comparable(kt) {
                    self.error(k.span, format!("invalid map key type {}", self.type_str(kt)));
                }
                self.g.types.intern(TypeKind::Map(kt, vt))
            }
            ExprKind::ChanType(dir, elem) => {
                let elem = self.type_expr(elem);
                if elem == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::SendOnly,
                    ast::ChanDir::Recv => ChanDir::RecvOnly,
                };
                self.g.types.intern(TypeKind::Chan(dir, elem))
            }
            ExprKind::FuncType(sig) => self.signature(sig),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Index(..) | ExprKind::IndexList(..) => match self.generic_type_expr(e) {
                Some(t) => t,
                None => {
                    self.error(e.span, format!("{} is not a type", super::expr_string(e)));
                    TypeId::INVALID
                }
            },
            ExprKind::Tilde(_) | ExprKind::Union(_) if self.in_constraint => {
                // `[T ~int | string]` written where a single type is expected (as an interface of that type set).
                self.error(e.span, format!("cannot use {} outside of interface or type constraint", super::expr_string(e)));
                TypeId::INVALID
            }
            ExprKind::Bad => TypeId::INVALID,
            _ => {
                self.error(e.span, format!("{} is not a type", super::expr_string(e)));
                TypeId::INVALID
            }
        }
    }

    /// The constant length of an array type.
    fn array_length(&mut self, len: &'a Expr) -> Option<u64> {
        let x = self.expr(len);
        if x.is_invalid() {
            return None;
        }
        let Some(v) = x.value().cloned() else {
            self.error(len.span, format!("array length {} must be constant", self.operand_str(&x)));
            return None;
        };
        if self.g.types.is_untyped(x.ty) || self.g.types.is_integer(x.ty) {
            if let Some(n) = v.as_int().and_then(|i| i.to_i64()) {
                if n >= 0 {
                    let final_ty = if self.g.types.is_untyped(x.ty) { TypeId::INT } else { x.ty };
                    self.update_untyped(len, final_ty);
                    return Some(n as u64);
                }
                self.error(len.span, format!("invalid array length {} ({})", super::expr_string(len), v));
                return None;
            }
        }
        self.error(len.span, format!("array length {} must be integer", self.operand_str(&x)));
        None
    }

    /// The signature type of a func type (params and results only).
    pub fn signature(&mut self, sig: &'a ast::FuncType) -> TypeId {
        let (params, variadic) = self.param_types(&sig.params, true);
        let (results, _) = self.param_types(&sig.results, false);
        self.g.types.func(params, results, variadic)
    }

    /// The types of a parameter list, one per name (or one per unnamed group).
    pub fn param_types(&mut self, groups: &'a [ast::ParamGroup], allow_variadic: bool) -> (Vec<TypeId>, bool) {
        let mut out = Vec::new();
        let mut variadic = false;
        for (i, g) in groups.iter().enumerate() {
            let mut t = self.type_expr(&g.ty);
            if g.variadic {
                if !allow_variadic || i + 1 != groups.len() || g.names.len() > 1 {
                    self.error(g.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                if t != TypeId::INVALID {
                    t = self.g.types.slice(t);
                }
            }
            for _ in 0..g.names.len().max(1) {
                out.push(t);
            }
        }
        (out, variadic)
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<StructField> = Vec::new();
        for f in fields {
            let t = self.type_expr(&f.ty);
            if f.names.is_empty() {
                // Embedded field: T, *T, pkg.T, *pkg.T.
                let mut base = &f.ty;
                if let ExprKind::Star(x) = &base.kind {
                    base = x;
                }
                // An instantiated generic type is named after its base (`Bag[string]` → Bag).
                if let ExprKind::Index(x, _) | ExprKind::IndexList(x, _) = &base.kind {
                    base = x;
                }
                let name = match &base.kind {
                    ExprKind::Ident(n) => n.clone(),
                    ExprKind::Selector(_, sel) => sel.name.clone(),
                    _ => {
                        self.error(f.ty.span, "embedded field type must be a type name");
                        continue;
                    }
                };
                if t != TypeId::INVALID {
                    if let TypeKind::Pointer(_) = self.g.types.under(t) {
                        if !matches!(f.ty.kind, ExprKind::Star(_)) {
                            self.error(f.ty.span, "embedded field type cannot be a pointer");
                        }
                    }
                }
                self.push_field(&mut out, name, t, true, f.ty.span);
            } else {
                for n in &f.names {
                    self.push_field(&mut out, n.name.clone(), t, false, n.span);
                }
            }
        }
        self.g.types.intern(TypeKind::Struct(out))
    }

    fn push_field(&mut self, out: &mut Vec<StructField>, name: String, ty: TypeId, embedded: bool, span: minigo_grammar::Span) {
        if name != "_" && out.iter().any(|f| f.name == name) {
            self.error(span, format!("{name} redeclared"));
            return;
        }
        out.push(StructField { name, ty, embedded, pkg: self.pkg.clone() });
    }

    fn interface_type(&mut self, elems: &'a [InterfaceElem]) -> TypeId {
        let mut methods: Vec<InterfaceMethod> = Vec::new();
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig } => {
                    let s = self.signature(sig);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    methods.push(InterfaceMethod { name: name.name.clone(), sig: s });
                }
                InterfaceElem::TypeSet(_) => {}
                InterfaceElem::Embed(t) => {
                    let et = self.type_expr(t);
                    if et == TypeId::INVALID {
                        continue;
                    }
                    if self.g.types.underlying(et) == TypeId::INVALID {
                        if self.failed_types.contains(&et) {
                            continue;
                        }
                        if let (true, Some(o)) = (self.embed_wait.is_some(), self.incomplete_type(et)) {
                            // The enclosing declaration waits until `et` is complete.
                            self.embed_wait = Some(self.embed_wait.flatten().or(Some(o)));
                            continue;
                        }
                        self.error(t.span, format!("invalid recursive type {}", super::expr_string(t)));
                        continue;
                    }
                    if !self.g.types.is_interface(et) {
                        // A single-type term of a constraint (`interface{ int }`).
                        continue;
                    }
                    for m in self.g.types.interface_methods(et).to_vec() {
                        match methods.iter().find(|x| x.name == m.name) {
                            Some(x) if x.sig != m.sig => {
                                self.error(t.span, format!("duplicate method {}", m.name));
                            }
                            Some(_) => {}
                            None => methods.push(m),
                        }
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.g.types.intern(TypeKind::Interface(methods))
    }

    /// Reports `invalid recursive type T` for a named type that contains
    /// itself without indirection (through struct fields or array elements).
    pub fn check_valid_type(&mut self, named: TypeId, span: minigo_grammar::Span) {
        let mut path = Vec::new();
        if self.contains_directly(named, named, &mut path, 0, &mut Vec::new()) {
            let name = self.g.types.named(named).map(|n| n.name.clone()).unwrap_or_default();
            if path.is_empty() {
                self.error(span, format!("invalid recursive type: {name} refers to itself"));
                self.g.types.set_underlying(named, TypeId::INVALID);
                return;
            }
            let mut d = minigo_grammar::Diagnostic::error(span, format!("invalid recursive type {name}"));
            path.reverse();
            let mut prev = name.clone();
            for p in path.iter().chain(std::iter::once(&name)) {
                d = d.with_note(format!("{prev} refers to {p}"));
                prev = p.clone();
            }
            self.diags.push(d);
            // Break the cycle so later stages never loop.
            self.g.types.set_underlying(named, TypeId::INVALID);
        }
    }

    /// `seen`: named types already explored (they cannot lead to `target`
    /// a second time), which keeps shared field types linear.
    fn contains_directly(&self, t: TypeId, target: TypeId, path: &mut Vec<String>, depth: u32, seen: &mut Vec<TypeId>) -> bool {
        if depth > 100 {
            return false;
        }
        let types = &self.g.types;
        let u = match types.kind(t) {
            TypeKind::Named(n) => {
                if depth > 0 && t == target {
                    return true;
                }
                if seen.contains(&t) {
                    return false;
                }
                seen.push(t);
                n.underlying
            }
            _ => t,
        };
        let found = match types.kind(u) {
            TypeKind::Struct(fields) => fields.iter().any(|f| self.contains_directly(f.ty, target, path, depth + 1, seen)),
            TypeKind::Array(_, e) => self.contains_directly(*e, target, path, depth + 1, seen),
            _ => false,
        };
        if found && depth > 0 {
            if let Some(n) = types.named(t) {
                path.push(n.name.clone());
            }
        }
        found
    }
}
