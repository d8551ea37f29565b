//! Owns expressions that reach into values: selectors (qualified identifiers,
//! fields, method values, method expressions), index and slice expressions,
//! type assertions and composite literals.
//! Must not know statements or bytecode.

use super::{Checker, OpMode, Operand};
use crate::constant::ConstValue;
use crate::info::{ObjectKind, Selection, SelectionKind, SelectionTarget};
use crate::types::{LookupResult, TypeId, TypeKind};
use minigo_grammar::ast::{Element, Expr, ExprKind, Ident};

impl<'a> Checker<'a> {
    pub(super) fn selector(&mut self, e: &'a Expr, x: &'a Expr, sel: &'a Ident) -> Operand<'a> {
        let some = Some(e);
        // Qualified identifier `pkg.Name`.
        if let ExprKind::Ident(name) = &x.kind {
            if let Some(obj) = self.lookup(name) {
                if let ObjectKind::PkgName(path) = self.obj(obj).kind.clone() {
                    let pkg = self.raw_expr(x, None);
                    let _ = pkg;
                    return self.qualified(e, &path, name, sel);
                }
            }
        }
        let xo = self.raw_expr(x, None);
        if xo.is_invalid() {
            return Operand::invalid(some);
        }
        if xo.mode == OpMode::TypeExpr {
            return self.method_expr(e, xo.ty, sel);
        }
        let xo = self.single_value(xo);
        if xo.is_invalid() {
            return Operand::invalid(some);
        }
        let t = xo.ty;
        if let Some(elem) = self.g.types.pointer_elem(t) {
            if self.g.types.is_interface(elem) {
                self.error(sel.span, format!("{}.{} undefined (type {} is pointer to interface, not interface)", super::expr_string(x), sel.name, self.type_str(t)));
                return Operand::invalid(some);
            }
        }
        // Lookup on a named pointer type's underlying pointer is not allowed for methods.
        let lookup_ty = if self.g.types.is_named(t) && self.g.types.is_pointer(t) { self.g.types.underlying(t) } else { t };
        match self.g.types.lookup(lookup_ty, &sel.name) {
            LookupResult::Field { path, ty, indirect } => {
                if let Some(owner) = self.unexported_owner(lookup_ty, &path) {
                    let _ = owner;
                    self.error(sel.span, format!("{}.{} undefined (cannot refer to unexported field {})", super::expr_string(x), sel.name, sel.name));
                    return Operand::invalid(some);
                }
                let mode = if xo.mode == OpMode::Variable || indirect { OpMode::Variable } else { OpMode::Value };
                self.info.selections.insert(
                    e.id,
                    Selection { kind: SelectionKind::FieldVal, recv: t, path, target: SelectionTarget::Field(ty), indirect, ty },
                );
                Operand { mode, ty, expr: some }
            }
            LookupResult::Method { path, recv_named, index, indirect } if lookup_ty == t => {
                let Some(m) = self.g.types.method_of(recv_named, index).cloned() else { return Operand::invalid(some) };
                if self.is_foreign_unexported(&m.name, self.g.types.named(recv_named).map(|n| n.pkg.as_str()).unwrap_or("")) {
                    self.error(sel.span, format!("{}.{} undefined (cannot refer to unexported method {})", super::expr_string(x), sel.name, sel.name));
                    return Operand::invalid(some);
                }
                if m.pointer_recv && !indirect && xo.mode != OpMode::Variable {
                    self.error(sel.span, format!("cannot call pointer method {} on {}", sel.name, self.type_str(t)));
                    return Operand::invalid(some);
                }
                self.add_dep(m.obj);
                self.info.uses.insert(e.id, m.obj);
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        recv: t,
                        path,
                        target: SelectionTarget::Method { named: recv_named, index, func: m.obj, pointer_recv: m.pointer_recv },
                        indirect,
                        ty: m.sig,
                    },
                );
                Operand { mode: OpMode::Value, ty: m.sig, expr: some }
            }
            LookupResult::InterfaceMethod { path, iface, index, indirect } => {
                let sig = self.g.types.interface_methods(iface)[index].sig;
                self.info.selections.insert(
                    e.id,
                    Selection { kind: SelectionKind::MethodVal, recv: t, path, target: SelectionTarget::InterfaceMethod { iface, index }, indirect, ty: sig },
                );
                Operand { mode: OpMode::Value, ty: sig, expr: some }
            }
            LookupResult::Ambiguous => {
                self.error(sel.span, format!("ambiguous selector {}", super::expr_string(e)));
                Operand::invalid(some)
            }
            _ if self.generic_method_named(t, &sel.name) => {
                self.unsupported(e.span, "a method with type parameters other than called (write a function literal)");
                Operand::invalid(some)
            }
            _ => {
                self.report_missing_selector(xo.mode == OpMode::Variable, x, sel, t);
                Operand::invalid(some)
            }
        }
    }

    /// Whether `name` is unexported and declared in another package than the one checked.
    fn is_foreign_unexported(&self, name: &str, pkg: &str) -> bool {
        !name.starts_with(|c: char| c.is_uppercase()) && !pkg.is_empty() && pkg != self.pkg
    }

    /// The struct field at the end of `path` from `t`, if it is another
    /// package's unexported field.
    fn unexported_owner(&self, t: TypeId, path: &[usize]) -> Option<String> {
        let types = &self.g.types;
        let mut cur = t;
        let mut field = None;
        for &i in path {
            if let Some(e) = types.pointer_elem(cur) {
                cur = e;
            }
            let TypeKind::Struct(fields) = types.under(cur) else { return None };
            let f = fields.get(i)?;
            field = Some(f.clone());
            cur = f.ty;
        }
        let f = field?;
        self.is_foreign_unexported(&f.name, &f.pkg).then_some(f.pkg)
    }

    /// `x.sel undefined (…)`, with Go's hint when the name with its first
    /// letter's case flipped selects something (a pointer method only when
    /// `x` is addressable).
    fn report_missing_selector(&mut self, addressable: bool, x: &'a Expr, sel: &'a Ident, t: TypeId) {
        let mut hint = String::new();
        let flipped: String = {
            let mut cs = sel.name.chars();
            match cs.next() {
                Some(c) if c.is_uppercase() => c.to_lowercase().chain(cs).collect(),
                Some(c) => c.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        };
        match self.g.types.lookup(t, &flipped) {
            LookupResult::Field { .. } => hint = format!(", but does have field {flipped}"),
            LookupResult::Method { recv_named, index, indirect, .. } => {
                let pointer_only = self.g.types.method_of(recv_named, index).is_some_and(|m| m.pointer_recv) && !indirect && !addressable;
                if !pointer_only {
                    hint = format!(", but does have method {flipped}");
                }
            }
            LookupResult::InterfaceMethod { .. } => hint = format!(", but does have method {flipped}"),
            _ => {}
        }
        self.error(
            sel.span,
            format!("{}.{} undefined (type {} has no field or method {}{hint})", super::expr_string(x), sel.name, self.type_str(t), sel.name),
        );
    }

    fn qualified(&mut self, e: &'a Expr, path: &str, pkg_name: &str, sel: &'a Ident) -> Operand<'a> {
        let some = Some(e);
        let Some(pkg) = self.g.packages.iter().find(|p| p.path == path) else {
            // The import itself failed and was reported.
            return Operand::invalid(some);
        };
        let member = pkg.members.get(&sel.name).copied();
        let Some(obj) = member else {
            // Go suggests the exported spelling of an unexported name.
            let upper: String = sel.name.chars().take(1).flat_map(char::to_uppercase).chain(sel.name.chars().skip(1)).collect();
            let hint = if upper != sel.name && pkg.members.contains_key(&upper) { format!(" (but have {upper})") } else { String::new() };
            self.error(sel.span, format!("undefined: {}.{}{hint}", pkg_name, sel.name));
            return Operand::invalid(some);
        };
        self.info.uses.insert(e.id, obj);
        if self.gen_ref(obj).is_some() {
            self.uninstantiated(e, obj);
            return Operand::invalid(some);
        }
        let o = self.obj(obj).clone();
        match o.kind {
            ObjectKind::Const(v) => Operand { mode: OpMode::Constant(v), ty: o.ty, expr: some },
            ObjectKind::TypeName => Operand { mode: OpMode::TypeExpr, ty: o.ty, expr: some },
            ObjectKind::Var { .. } => Operand { mode: OpMode::Variable, ty: o.ty, expr: some },
            ObjectKind::Func { .. } => Operand { mode: OpMode::Value, ty: o.ty, expr: some },
            _ => Operand::invalid(some),
        }
    }

    /// `T.M` / `(*T).M`: a function taking the receiver first.
    fn method_expr(&mut self, e: &'a Expr, t: TypeId, sel: &'a Ident) -> Operand<'a> {
        let some = Some(e);
        let ExprKind::Selector(x, _) = &e.kind else { return Operand::invalid(some) };
        if self.g.types.pointer_elem(t).is_some_and(|elem| self.g.types.is_interface(elem)) {
            self.error(sel.span, format!("{}.{} undefined (type {} is pointer to interface, not interface)", super::expr_string(x), sel.name, self.type_str(t)));
            return Operand::invalid(some);
        }
        let result = self.g.types.lookup(t, &sel.name);
        let (sig, target, path, indirect) = match result {
            LookupResult::Method { path, recv_named, index, indirect } => {
                let Some(m) = self.g.types.method_of(recv_named, index).cloned() else { return Operand::invalid(some) };
                if m.pointer_recv && !indirect {
                    let name = self.type_str(t);
                    self.error(sel.span, format!("invalid method expression {name}.{} (needs pointer receiver (*{name}).{})", sel.name, sel.name));
                    return Operand::invalid(some);
                }
                self.add_dep(m.obj);
                self.info.uses.insert(e.id, m.obj);
                (m.sig, SelectionTarget::Method { named: recv_named, index, func: m.obj, pointer_recv: m.pointer_recv }, path, indirect)
            }
            LookupResult::InterfaceMethod { path, iface, index, indirect } => {
                (self.g.types.interface_methods(iface)[index].sig, SelectionTarget::InterfaceMethod { iface, index }, path, indirect)
            }
            LookupResult::Field { .. } => {
                self.error(x.span, format!("operand for field selector {} must be value of type {}", sel.name, self.type_str(t)));
                return Operand::invalid(some);
            }
            LookupResult::Ambiguous => {
                self.error(sel.span, format!("ambiguous selector {}", super::expr_string(e)));
                return Operand::invalid(some);
            }
            _ if self.generic_method_named(t, &sel.name) => {
                self.unsupported(e.span, "a method with type parameters other than called (write a function literal)");
                return Operand::invalid(some);
            }
            _ => {
                self.report_missing_selector(false, x, sel, t);
                return Operand::invalid(some);
            }
        };
        let Some(s) = self.g.types.signature(sig).cloned() else { return Operand::invalid(some) };
        let mut params = vec![t];
        params.extend(s.params.iter().copied());
        let fty = self.g.types.func(params, s.results.clone(), s.variadic);
        self.info.selections.insert(e.id, Selection { kind: SelectionKind::MethodExpr, recv: t, path, target, indirect, ty: fty });
        Operand { mode: OpMode::Value, ty: fty, expr: some }
    }

    pub(super) fn index_expr(&mut self, e: &'a Expr, x: &'a Expr, i: &'a Expr) -> Operand<'a> {
        let some = Some(e);
        if let Some(r) = self.generic_index(e, x, std::slice::from_ref(i)) {
            return r;
        }
        let xo = self.raw_expr(x, None);
        if xo.mode == OpMode::TypeExpr {
            self.error(e.span, format!("{} is not a generic type", self.type_str(xo.ty)));
            return Operand::invalid(some);
        }
        let xo = self.single_value(xo);
        if xo.is_invalid() {
            self.expr(i);
            return Operand::invalid(some);
        }
        let under = self.g.types.under(xo.ty).clone();
        match under {
            TypeKind::Basic(b) if b.is_string() => {
                let len = xo.value().and_then(|v| v.as_bytes()).map(|b| b.len() as u64);
                let idx = self.index(i, len);
                if let (Some(s), Some(k)) = (xo.value().and_then(|v| v.as_bytes()), idx) {
                    if let Some(&b) = s.get(k as usize) {
                        let _ = b;
                    }
                }
                Operand { mode: OpMode::Value, ty: TypeId::BYTE, expr: some }
            }
            TypeKind::Array(n, elem) => {
                self.index(i, Some(n));
                let mode = if xo.mode == OpMode::Variable { OpMode::Variable } else { OpMode::Value };
                Operand { mode, ty: elem, expr: some }
            }
            TypeKind::Pointer(p) => match self.g.types.under(p).clone() {
                TypeKind::Array(n, elem) => {
                    self.index(i, Some(n));
                    Operand { mode: OpMode::Variable, ty: elem, expr: some }
                }
                _ => self.cannot_index(e, &xo, i),
            },
            TypeKind::Slice(elem) => {
                self.index(i, None);
                Operand { mode: OpMode::Variable, ty: elem, expr: some }
            }
            TypeKind::Map(k, v) => {
                let mut key = self.expr_with_hint(i, Some(k));
                if !key.is_invalid() {
                    self.assign_operand(&mut key, k, "map index");
                }
                Operand { mode: OpMode::MapIndex, ty: v, expr: some }
            }
            _ => self.cannot_index(e, &xo, i),
        }
    }

    fn cannot_index(&mut self, e: &'a Expr, xo: &Operand<'a>, i: &'a Expr) -> Operand<'a> {
        self.expr(i);
        self.error(e.span, format!("invalid operation: cannot index {}", self.operand_str(xo)));
        Operand::invalid(Some(e))
    }

    /// Checks an index (integer, non-negative, within `len` if constant).
    pub(super) fn index(&mut self, i: &'a Expr, len: Option<u64>) -> Option<u64> {
        let mut x = self.expr(i);
        if x.is_invalid() {
            return None;
        }
        if self.g.types.is_untyped(x.ty) {
            if x.value().is_some_and(|v| matches!(v, ConstValue::Float(_)) && !v.is_integral()) {
                self.error(i.span, format!("{} truncated to int", self.operand_str(&x)));
                return None;
            }
            if self.convert_untyped(&mut x, TypeId::INT).is_err() {
                return None;
            }
        }
        if !self.g.types.is_integer(x.ty) {
            self.error(i.span, format!("invalid argument: index {} must be integer", self.operand_str(&x)));
            return None;
        }
        let v = x.value()?.as_int()?;
        if v.is_negative() {
            self.error(i.span, format!("invalid argument: index {} must not be negative", self.operand_str(&x)));
            return None;
        }
        let k = v.to_u64()?;
        if let Some(n) = len {
            if k >= n {
                self.error(i.span, format!("invalid argument: index {k} out of bounds [0:{n}]"));
                return None;
            }
        }
        Some(k)
    }

    pub(super) fn slice_expr(&mut self, e: &'a Expr, x: &'a Expr, lo: Option<&'a Expr>, hi: Option<&'a Expr>, max: Option<&'a Expr>, three: bool) -> Operand<'a> {
        let some = Some(e);
        let xo = self.expr(x);
        if xo.is_invalid() {
            return Operand::invalid(some);
        }
        let (result, len) = match self.g.types.under(xo.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if three {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return Operand::invalid(some);
                }
                let len = xo.value().and_then(|v| v.as_bytes()).map(|b| b.len() as u64);
                (if xo.ty == TypeId::UNTYPED_STRING { TypeId::STRING } else { xo.ty }, len)
            }
            TypeKind::Array(n, elem) => {
                if xo.mode != OpMode::Variable {
                    self.error(e.span, format!("cannot slice unaddressable value {}", self.operand_str(&xo)));
                    return Operand::invalid(some);
                }
                (self.g.types.slice(elem), Some(n))
            }
            TypeKind::Pointer(p) => match self.g.types.under(p).clone() {
                TypeKind::Array(n, elem) => (self.g.types.slice(elem), Some(n)),
                _ => return self.cannot_slice(e, &xo),
            },
            TypeKind::Slice(_) => (xo.ty, None),
            _ => return self.cannot_slice(e, &xo),
        };
        // Like go/types: each index's constant value (an omitted first index
        // is 0, another omitted one the known length); then only the first
        // pair out of order is reported, at the smaller (later) index.
        let cap = len.map(|n| n + 1);
        let exprs = [lo, hi, max];
        let mut ind: [Option<u64>; 3] = [None; 3];
        for (i, idx) in exprs.iter().enumerate() {
            ind[i] = match idx {
                Some(idx) => self.index(idx, cap),
                None if i == 0 => Some(0),
                None => len,
            };
        }
        'pairs: for i in 0..2 {
            let Some(x) = ind[i].filter(|&x| x > 0) else { continue };
            for j in i + 1..3 {
                if let (Some(y), Some(at)) = (ind[j], exprs[j]) {
                    if y < x {
                        self.error(at.span, format!("invalid slice indices: {y} < {x}"));
                        break 'pairs;
                    }
                }
            }
        }
        Operand { mode: OpMode::Value, ty: result, expr: some }
    }

    fn cannot_slice(&mut self, e: &'a Expr, xo: &Operand<'a>) -> Operand<'a> {
        self.error(e.span, format!("cannot slice {}", self.operand_str(xo)));
        Operand::invalid(Some(e))
    }

    pub(super) fn type_assert(&mut self, e: &'a Expr, x: &'a Expr, t: Option<&'a Expr>) -> Operand<'a> {
        let some = Some(e);
        let xo = self.expr(x);
        let Some(t) = t else {
            self.error(e.span, "invalid syntax tree: use of .(type) outside type switch");
            return Operand::invalid(some);
        };
        let target = self.type_expr(t);
        if xo.is_invalid() || target == TypeId::INVALID {
            return Operand::invalid(some);
        }
        if !self.g.types.is_interface(xo.ty) {
            self.error(x.span, format!("invalid operation: {} is not an interface", self.operand_str(&xo)));
            return Operand::invalid(some);
        }
        self.check_assertable(xo.ty, target, e, e.span);
        Operand { mode: OpMode::CommaOk, ty: target, expr: some }
    }

    /// `impossible type assertion`: a concrete `target` that cannot implement `iface`.
    pub(super) fn check_assertable(&mut self, iface: TypeId, target: TypeId, e: &'a Expr, span: minigo_grammar::Span) {
        if self.g.types.is_interface(target) {
            return;
        }
        if let Some(cause) = self.g.types.missing_method(target, iface, &self.pkg) {
            let what = match &e.kind {
                ExprKind::TypeAssert(..) => format!("impossible type assertion: {}", super::expr_string(e)),
                _ => format!("impossible type switch case: {} cannot have dynamic type {}", super::expr_string(e), self.type_str(target)),
            };
            self.error(span, format!("{what}\n\t{} does not implement {} {cause}", self.type_str(target), self.type_str(iface)));
        }
    }

    pub(super) fn composite_lit(&mut self, e: &'a Expr, ty: Option<&'a Expr>, elems: &'a [Element], hint: Option<TypeId>) -> Operand<'a> {
        let some = Some(e);
        let mut open_array: Option<TypeId> = None;
        let t = match ty {
            Some(te) => match &te.kind {
                ExprKind::ArrayType { len: None, elem } => {
                    let et = self.type_expr(elem);
                    if et == TypeId::INVALID {
                        return Operand::invalid(some);
                    }
                    open_array = Some(et);
                    et
                }
                _ => self.type_expr(te),
            },
            None => match hint {
                Some(h) => h,
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    return Operand::invalid(some);
                }
            },
        };
        if t == TypeId::INVALID {
            for el in elems {
                self.expr_with_hint(&el.value, None);
            }
            return Operand::invalid(some);
        }
        // An elided `&T` in `[]*T{{…}}`.
        let (base, result) = match (ty, self.g.types.kind(t).clone()) {
            (None, TypeKind::Pointer(p)) => (p, t),
            _ => (t, t),
        };
        if let Some(elem) = open_array {
            let n = self.array_elems(elems, elem, None);
            let at = self.g.types.intern(TypeKind::Array(n, elem));
            if let Some(te) = ty {
                self.set_type(te.id, crate::info::Mode::TypeExpr, at);
            }
            return Operand { mode: OpMode::Value, ty: at, expr: some };
        }
        match self.g.types.under(base).clone() {
            TypeKind::Struct(fields) => self.struct_lit(e, base, &fields, elems),
            TypeKind::Array(n, elem) => {
                self.array_elems(elems, elem, Some(n));
            }
            TypeKind::Slice(elem) => {
                self.array_elems(elems, elem, None);
            }
            TypeKind::Map(k, v) => self.map_elems(elems, k, v),
            _ => {
                for el in elems {
                    self.expr_with_hint(&el.value, None);
                }
                self.error(e.span, format!("invalid composite literal type {}", self.type_str(base)));
                return Operand::invalid(some);
            }
        }
        Operand { mode: OpMode::Value, ty: result, expr: some }
    }

    fn struct_lit(&mut self, e: &'a Expr, t: TypeId, fields: &[crate::types::StructField], elems: &'a [Element]) {
        if elems.is_empty() {
            return;
        }
        let keyed = elems[0].key.is_some();
        let mut seen: Vec<usize> = Vec::new();
        for (i, el) in elems.iter().enumerate() {
            if el.key.is_some() != keyed {
                self.error(el.span, "mixture of field:value and value elements in struct literal");
                self.expr(&el.value);
                continue;
            }
            let field = if let Some(k) = &el.key {
                let ExprKind::Ident(name) = &k.kind else {
                    self.error(k.span, format!("invalid field name {} in struct literal", super::expr_string(k)));
                    self.expr(&el.value);
                    continue;
                };
                let Some(fi) = fields.iter().position(|f| &f.name == name) else {
                    self.error(k.span, format!("unknown field {name} in struct literal of type {}", self.type_str(t)));
                    self.expr(&el.value);
                    continue;
                };
                if self.is_foreign_unexported(name, &fields[fi].pkg) {
                    self.error(k.span, format!("cannot refer to unexported field {name} in struct literal of type {}", self.type_str(t)));
                    self.expr(&el.value);
                    continue;
                }
                if seen.contains(&fi) {
                    self.error(k.span, format!("duplicate field name {name} in struct literal"));
                    self.expr(&el.value);
                    continue;
                }
                seen.push(fi);
                fi
            } else {
                if i >= fields.len() {
                    self.error(el.value.span, format!("too many values in struct literal of type {}", self.type_str(t)));
                    break;
                }
                if self.is_foreign_unexported(&fields[i].name, &fields[i].pkg) {
                    self.error(el.value.span, format!("implicit assignment to unexported field {} in struct literal of type {}", fields[i].name, self.type_str(t)));
                    self.expr(&el.value);
                    continue;
                }
                i
            };
            let fty = fields[field].ty;
            let mut x = self.expr_with_hint(&el.value, Some(fty));
            if !x.is_invalid() {
                self.assign_operand(&mut x, fty, "struct literal");
            }
        }
        if !keyed && elems.len() < fields.len() {
            let end = match &e.kind {
                ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                _ => e.span,
            };
            self.error(end, format!("too few values in struct literal of type {}", self.type_str(t)));
        }
    }

    /// Checks array/slice elements; returns the length (max index + 1).
    fn array_elems(&mut self, elems: &'a [Element], elem: TypeId, len: Option<u64>) -> u64 {
        let mut next: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: Vec<u64> = Vec::new();
        for el in elems {
            if let Some(k) = &el.key {
                match self.index(k, len) {
                    Some(i) => next = i,
                    None => {
                        let kx = self.recorded(k.id).and_then(|t| t.constant().cloned());
                        if kx.is_none() && self.recorded(k.id).is_some() {
                            self.error(k.span, format!("index {} must be integer constant", super::expr_string(k)));
                        }
                    }
                }
            } else if let Some(n) = len {
                if next >= n {
                    self.error(el.value.span, format!("index {next} is out of bounds (>= {n})"));
                }
            }
            if seen.contains(&next) {
                self.error(el.span, format!("duplicate index {next} in array or slice literal"));
            }
            seen.push(next);
            let mut x = self.expr_with_hint(&el.value, Some(elem));
            if !x.is_invalid() {
                self.assign_operand(&mut x, elem, "array or slice literal");
            }
            next += 1;
            max = max.max(next);
        }
        max
    }

    fn map_elems(&mut self, elems: &'a [Element], k: TypeId, v: TypeId) {
        let mut keys: Vec<ConstValue> = Vec::new();
        for el in elems {
            match &el.key {
                Some(key) => {
                    let mut kx = self.expr_with_hint(key, Some(k));
                    if !kx.is_invalid() && self.assign_operand(&mut kx, k, "map literal") {
                        if let Some(val) = kx.value().cloned() {
                            if !self.g.types.is_interface(k) {
                                if keys.contains(&val) {
                                    self.error(key.span, format!("duplicate key {} in map literal", super::expr_string(key)));
                                }
                                keys.push(val);
                            }
                        }
                    }
                }
                None => self.error(el.value.span, "missing key in map literal"),
            }
            let mut vx = self.expr_with_hint(&el.value, Some(v));
            if !vx.is_invalid() {
                self.assign_operand(&mut vx, v, "map literal");
            }
        }
    }
}
