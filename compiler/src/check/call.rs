//! Owns call expressions: function and method calls (arity, variadic
//! arguments, `f(g())` spreading), conversions `T(x)` with Go's
//! convertibility and constant rules, and the builtin functions.
//! Must not know bytecode.

use super::{Checker, OpMode, Operand};
use crate::constant::ConstValue;
use crate::info::{Builtin, Mode};
use crate::types::{ChanDir, TypeId, TypeKind};
use minigo_grammar::ast::{Expr, ExprKind};

impl<'a> Checker<'a> {
    pub(super) fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], ellipsis: bool) -> Operand<'a> {
        let some = Some(e);
        if let Some(r) = self.generic_call(e, func, args, ellipsis) {
            return r;
        }
        let f = self.raw_expr(func, None);
        match f.mode.clone() {
            OpMode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                Operand::invalid(some)
            }
            OpMode::TypeExpr => {
                let saved = self.target_spelling.replace(func);
                let r = self.conversion_call(e, f.ty, args);
                self.target_spelling = saved;
                r
            }
            OpMode::Builtin(b) => {
                // Like go/types: only a builtin call with a non-constant
                // result counts as a call (`len(a)` of an array does not).
                let saved = std::mem::replace(&mut self.has_call_or_recv, false);
                let r = self.builtin(e, b, args, ellipsis);
                self.has_call_or_recv = saved || !matches!(r.mode, OpMode::Constant(_));
                r
            }
            _ => {
                self.has_call_or_recv = true;
                let f = self.single_value(f);
                if f.is_invalid() {
                    return Operand::invalid(some);
                }
                let Some(sig) = self.g.types.signature(f.ty).cloned() else {
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    self.error(e.span, format!("invalid operation: cannot call {}: {} is not a function", self.operand_str(&f), self.type_str(f.ty)));
                    return Operand::invalid(some);
                };
                let name = super::expr_string(func);
                let ops = self.argument_operands(args, ellipsis);
                self.assign_arguments(e, &name, &sig.params, sig.variadic, args, ellipsis, ops);
                self.call_result(e, &sig.results)
            }
        }
    }

    /// The operand of a call with these results.
    pub(super) fn call_result(&mut self, e: &'a Expr, results: &[TypeId]) -> Operand<'a> {
        let some = Some(e);
        match results.len() {
            0 => Operand { mode: OpMode::NoValue, ty: TypeId::EMPTY_TUPLE, expr: some },
            1 => Operand { mode: OpMode::Value, ty: results[0], expr: some },
            _ => {
                let t = self.g.types.tuple(results.to_vec());
                Operand { mode: OpMode::Value, ty: t, expr: some }
            }
        }
    }

    /// The operands of a call's arguments (`f(g())` spread into g's results).
    pub(super) fn argument_operands(&mut self, args: &'a [Expr], ellipsis: bool) -> Vec<Operand<'a>> {
        // f(g()) where g returns several values.
        let mut ops: Vec<Operand<'a>> = Vec::new();
        if args.len() == 1 && !ellipsis && !self.is_generic_func(&args[0]) {
            let x = self.raw_expr(&args[0], None);
            if let TypeKind::Tuple(elems) = self.g.types.kind(x.ty).clone() {
                if !x.is_invalid() && elems.len() != 1 {
                    ops = elems.iter().map(|&t| Operand { mode: OpMode::Value, ty: t, expr: x.expr }).collect();
                } else {
                    ops.push(self.single_value(x));
                }
            } else {
                ops.push(self.single_value(x));
            }
        } else {
            for a in args {
                // A generic function passed uninstantiated waits for its parameter's type.
                match self.is_generic_func(a) {
                    true => ops.push(Operand { mode: OpMode::Value, ty: TypeId::INVALID, expr: Some(a) }),
                    false => ops.push(self.expr(a)),
                }
            }
        }
        ops
    }

    /// Checks call arguments (their operands `ops`) against parameters.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn assign_arguments(&mut self, call: &'a Expr, name: &str, params: &[TypeId], variadic: bool, args: &'a [Expr], ellipsis: bool, mut ops: Vec<Operand<'a>>) {
        self.instantiate_func_args(&mut ops, params, variadic && !ellipsis);
        if ops.iter().any(|o| o.is_invalid()) {
            return;
        }
        let context = format!("argument to {name}");
        if ellipsis {
            if !variadic {
                self.error(call.span, format!("have (...) but function is not variadic: {name}"));
                self.error(args.last().map(|a| a.span).unwrap_or(call.span), format!("cannot use ... in call to non-variadic {name}"));
                return;
            }
            if ops.len() != params.len() {
                self.arity_error(call, name, &ops, params, variadic, ops.len() < params.len());
                return;
            }
            for (x, &p) in ops.iter_mut().zip(params) {
                self.assign_operand(x, p, &context);
            }
            return;
        }
        let fixed = if variadic { params.len() - 1 } else { params.len() };
        if ops.len() < fixed || (!variadic && ops.len() > fixed) {
            self.arity_error(call, name, &ops, params, variadic, ops.len() < fixed);
            return;
        }
        let elem = if variadic {
            match self.g.types.kind(params[fixed]) {
                TypeKind::Slice(e) => Some(*e),
                _ => None,
            }
        } else {
            None
        };
        for (i, x) in ops.iter_mut().enumerate() {
            let p = if i < fixed { params[i] } else { elem.unwrap_or(TypeId::INVALID) };
            self.assign_operand(x, p, &context);
        }
    }

    fn arity_error(&mut self, call: &'a Expr, name: &str, ops: &[Operand<'a>], params: &[TypeId], variadic: bool, not_enough: bool) {
        let have: Vec<String> = ops.iter().map(|x| self.summary(x.ty)).collect();
        let want: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                if variadic && i + 1 == params.len() {
                    match self.g.types.kind(p) {
                        TypeKind::Slice(e) => format!("...{}", self.type_str(*e)),
                        _ => self.type_str(p),
                    }
                } else {
                    self.type_str(p)
                }
            })
            .collect();
        let which = if not_enough { "not enough" } else { "too many" };
        // Go reports at the first extra argument, else at the last argument.
        let span = match &call.kind {
            ExprKind::Call { args, .. } if !not_enough && !args.is_empty() => args[params.len().min(args.len() - 1)].span,
            ExprKind::Call { args, .. } if !args.is_empty() => args[args.len() - 1].span,
            _ => call.span,
        };
        self.error(span, format!("{which} arguments in call to {name}\n\thave ({})\n\twant ({})", have.join(", "), want.join(", ")));
    }

    fn summary(&self, t: TypeId) -> String {
        if self.g.types.is_untyped(t) {
            if self.g.types.is_numeric(t) {
                return "number".into();
            }
            return self.type_str(t).replace("untyped ", "");
        }
        self.type_str(t)
    }

    fn conversion_call(&mut self, e: &'a Expr, t: TypeId, args: &'a [Expr]) -> Operand<'a> {
        let some = Some(e);
        if args.len() != 1 {
            for a in args {
                self.raw_expr(a, None);
            }
            let msg = if args.is_empty() { "missing argument in conversion to" } else { "too many arguments in conversion to" };
            self.error(e.span, format!("{msg} {}", self.type_str(t)));
            return Operand::invalid(some);
        }
        let x = self.expr(&args[0]);
        if x.is_invalid() {
            return Operand::invalid(some);
        }
        self.conversion(e, x, t)
    }

    /// `T(x)`.
    fn conversion(&mut self, e: &'a Expr, mut x: Operand<'a>, t: TypeId) -> Operand<'a> {
        let some = Some(e);
        let types = &self.g.types;
        let const_type = types.basic(t).is_some();
        if let (Some(v), true) = (x.value().cloned(), const_type) {
            let kind = types.basic(t).unwrap_or(crate::types::BasicKind::Invalid);
            // string(rune constant)
            if kind.is_string() && types.is_integer(x.ty) {
                let s = v.as_int().and_then(|i| i.to_i64()).and_then(|c| u32::try_from(c).ok()).and_then(char::from_u32).unwrap_or('\u{FFFD}');
                self.set_operand_type_default(&mut x);
                return Operand { mode: OpMode::Constant(ConstValue::String(s.to_string().into_bytes())), ty: t, expr: some };
            }
            let numeric_ok = (types.is_numeric(x.ty) && kind.is_numeric()) || (types.is_string(x.ty) && kind.is_string()) || (types.is_boolean(x.ty) && kind.is_boolean());
            if numeric_ok {
                // Float → integer constants must be exact; float → float rounds.
                let conv = if kind.is_integer() {
                    match v.as_int() {
                        Some(i) => ConstValue::Int(i).representable(kind),
                        None => {
                            self.error(x.span(), format!("cannot convert {} to type {}", self.operand_str(&x), self.target_str(t)));
                            return Operand::invalid(some);
                        }
                    }
                } else {
                    v.representable(kind)
                };
                return match conv {
                    Some(nv) => {
                        if self.g.types.is_untyped(x.ty) {
                            let _ = self.convert_untyped(&mut x, t);
                        }
                        Operand { mode: OpMode::Constant(nv), ty: t, expr: some }
                    }
                    None => {
                        if self.g.types.is_integer(x.ty) && kind.is_integer() {
                            self.error(x.span(), format!("constant {v} overflows {}", self.target_str(t)));
                        } else {
                            self.error(x.span(), format!("cannot convert {} to type {}", self.operand_str(&x), self.target_str(t)));
                        }
                        Operand::invalid(some)
                    }
                };
            }
        }
        if !self.convertible(&x, t) {
            let cause = if self.g.types.is_interface(x.ty) && !self.g.types.is_interface(t) && self.g.types.implements(t, x.ty) {
                ": need type assertion".to_string()
            } else {
                String::new()
            };
            self.error(x.span(), format!("cannot convert {} to type {}{cause}", self.operand_str(&x), self.target_str(t)));
            return Operand::invalid(some);
        }
        // Untyped operands take their default type (or the target for nil).
        if self.g.types.is_untyped(x.ty) {
            // Go: interfaces and non-constant targets of constants take the
            // default type; otherwise the conversion provides the type.
            let types = &self.g.types;
            let constant = x.value().is_some();
            let final_ty = if types.is_interface(t) && !x.is_nil() || constant && types.basic(t).is_none() || constant && types.is_integer(x.ty) && types.is_string(t) {
                super::expr::default_type(x.ty)
            } else {
                t
            };
            self.set_operand_type(&mut x, final_ty);
        }
        Operand { mode: OpMode::Value, ty: t, expr: some }
    }

    fn set_operand_type_default(&mut self, x: &mut Operand<'a>) {
        if self.g.types.is_untyped(x.ty) {
            let d = super::expr::default_type(x.ty);
            self.set_operand_type(x, d);
        }
    }

    /// Go's convertibility (non-constant rules).
    fn convertible(&self, x: &Operand, t: TypeId) -> bool {
        if self.assignable_to(x, t).is_ok() {
            return true;
        }
        let types = &self.g.types;
        let v = x.ty;
        let (vu, tu) = (types.underlying(v), types.underlying(t));
        if vu == tu {
            return true;
        }
        if x.is_nil() {
            return self.has_nil(t);
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (types.kind(v), types.kind(t)) {
            if types.underlying(*a) == types.underlying(*b) {
                return true;
            }
        }
        if types.is_numeric(v) && types.is_numeric(t) {
            return true;
        }
        let byte_or_rune_slice = |s: TypeId| match types.under(s) {
            TypeKind::Slice(e) => matches!(types.basic(*e), Some(crate::types::BasicKind::Uint8 | crate::types::BasicKind::Int32)),
            _ => false,
        };
        if types.is_string(t) && (types.is_integer(v) || byte_or_rune_slice(v)) {
            return true;
        }
        if types.is_string(v) && byte_or_rune_slice(t) {
            return true;
        }
        if let TypeKind::Slice(se) = types.kind(vu) {
            match types.kind(tu) {
                TypeKind::Array(_, ae) if ae == se => return true,
                TypeKind::Pointer(p) => {
                    if let TypeKind::Array(_, ae) = types.under(*p) {
                        if ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn builtin(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr], ellipsis: bool) -> Operand<'a> {
        let some = Some(e);
        let name = b.name();
        let (min, max): (usize, Option<usize>) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap | Builtin::Len | Builtin::Clear | Builtin::Close | Builtin::New | Builtin::Panic => (1, Some(1)),
            Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, None),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
        };
        if ellipsis && b != Builtin::Append {
            self.error(e.span, format!("invalid operation: invalid use of ... with built-in {name}"));
            for a in args {
                self.raw_expr(a, None);
            }
            return Operand::invalid(some);
        }
        if args.len() < min || max.is_some_and(|m| args.len() > m) {
            for a in args {
                self.raw_expr(a, None);
            }
            let which = if args.len() < min { "not enough" } else { "too many" };
            let expected = min.max(if args.len() < min { min } else { max.unwrap_or(min) });
            self.error(e.span, format!("invalid operation: {which} arguments for {} (expected {expected}, found {})", super::expr_string(e), args.len()));
            return Operand::invalid(some);
        }
        let int_value = |ty: TypeId| Operand { mode: OpMode::Value, ty, expr: some };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                // An operand of invalid type was reported where its type failed.
                if x.is_invalid() || x.ty == TypeId::INVALID {
                    return Operand::invalid(some);
                }
                let types = &self.g.types;
                let mut ty = types.under(x.ty).clone();
                if let TypeKind::Pointer(p) = ty {
                    if let TypeKind::Array(..) = types.under(p) {
                        ty = types.under(p).clone();
                    }
                }
                let ok = match &ty {
                    TypeKind::Basic(k) => k.is_string() && b == Builtin::Len,
                    TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Chan(..) => true,
                    TypeKind::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    self.error(args[0].span, format!("invalid argument: {} for built-in {name}", self.operand_str(&x)));
                    return Operand::invalid(some);
                }
                if let Some(ConstValue::String(s)) = x.value() {
                    let n = s.len() as i64;
                    let mut x = x;
                    self.set_operand_type_default(&mut x);
                    return Operand { mode: OpMode::Constant(ConstValue::int(n)), ty: TypeId::INT, expr: some };
                }
                if let TypeKind::Array(n, _) = ty {
                    if !self.has_call_or_recv {
                        return Operand { mode: OpMode::Constant(ConstValue::int(n as i64)), ty: TypeId::INT, expr: some };
                    }
                }
                int_value(TypeId::INT)
            }
            Builtin::Append => {
                let s = self.expr(&args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.raw_expr(a, None);
                    }
                    return Operand::invalid(some);
                }
                if s.is_nil() {
                    self.error(args[0].span, "invalid append: argument must be a slice; have untyped nil");
                    return Operand::invalid(some);
                }
                let TypeKind::Slice(elem) = self.g.types.under(s.ty).clone() else {
                    for a in &args[1..] {
                        self.raw_expr(a, None);
                    }
                    self.error(args[0].span, format!("invalid append: argument must be a slice; have {}", self.operand_str(&s)));
                    return Operand::invalid(some);
                };
                if ellipsis {
                    if args.len() != 2 {
                        self.error(e.span, "can only use ... with final argument in list");
                        return Operand::invalid(some);
                    }
                    let mut y = self.expr(&args[1]);
                    if y.is_invalid() {
                        return Operand::invalid(some);
                    }
                    // append([]byte, string...)
                    if elem == TypeId::BYTE && self.g.types.is_string(y.ty) {
                        self.set_operand_type_default(&mut y);
                        return Operand { mode: OpMode::Value, ty: s.ty, expr: some };
                    }
                    let st = self.g.types.slice(elem);
                    self.assign_operand(&mut y, st, "argument to append");
                } else {
                    for a in &args[1..] {
                        let mut y = self.expr_with_hint(a, Some(elem));
                        self.assign_operand(&mut y, elem, "argument to append");
                    }
                }
                Operand { mode: OpMode::Value, ty: s.ty, expr: some }
            }
            Builtin::Copy => {
                let d = self.expr(&args[0]);
                let mut s = self.expr(&args[1]);
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid(some);
                }
                let de = match self.g.types.under(d.ty) {
                    TypeKind::Slice(e) => Some(*e),
                    _ => None,
                };
                let se = match self.g.types.under(s.ty) {
                    TypeKind::Slice(e) => Some(*e),
                    TypeKind::Basic(k) if k.is_string() => Some(TypeId::BYTE),
                    _ => None,
                };
                match (de, se) {
                    (Some(a), Some(b)) if a == b => {
                        self.set_operand_type_default(&mut s);
                        int_value(TypeId::INT)
                    }
                    (Some(de), Some(se)) => {
                        // A string source's elements are bytes, named as Go names them.
                        let src_elem = if self.g.types.is_string(s.ty) { "byte".to_string() } else { self.type_str(se) };
                        self.error(args[0].span, format!("invalid copy: arguments {} and {} have different element types {} and {src_elem}", self.operand_str(&d), self.operand_str(&s), self.type_str(de)));
                        Operand::invalid(some)
                    }
                    (None, _) => {
                        let have = if d.is_nil() { "untyped nil".to_string() } else { self.operand_str(&d) };
                        self.error(args[0].span, format!("invalid copy: argument must be a slice; have {have}"));
                        Operand::invalid(some)
                    }
                    (_, None) => {
                        let have = if s.is_nil() { "untyped nil".to_string() } else { self.operand_str(&s) };
                        self.error(args[1].span, format!("invalid copy: argument must be a slice; have {have}"));
                        Operand::invalid(some)
                    }
                }
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                let mut k = self.expr(&args[1]);
                if m.is_invalid() || k.is_invalid() {
                    return Operand::invalid(some);
                }
                let TypeKind::Map(kt, _) = self.g.types.under(m.ty).clone() else {
                    self.error(args[0].span, format!("invalid argument: {} is not a map", self.operand_str(&m)));
                    return Operand::invalid(some);
                };
                self.assign_operand(&mut k, kt, "argument to delete");
                Operand { mode: OpMode::NoValue, ty: TypeId::EMPTY_TUPLE, expr: some }
            }
            Builtin::Make => {
                let t = self.type_expr(&args[0]);
                if t == TypeId::INVALID {
                    for a in &args[1..] {
                        self.raw_expr(a, None);
                    }
                    return Operand::invalid(some);
                }
                let (min_args, max_args) = match self.g.types.under(t) {
                    TypeKind::Slice(_) => (2, 3),
                    TypeKind::Map(..) | TypeKind::Chan(..) => (1, 2),
                    _ => {
                        self.error(args[0].span, format!("invalid argument: cannot make {}: type must be slice, map, or channel", super::expr_string(&args[0])));
                        return Operand::invalid(some);
                    }
                };
                if args.len() < min_args || args.len() > max_args {
                    let expects = if min_args == 2 { "2 or 3" } else { "1 or 2" };
                    self.error(e.span, format!("invalid operation: {} expects {expects} arguments; found {}", super::expr_string(e), args.len()));
                    return Operand::invalid(some);
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.size_arg(a));
                }
                if let [Some(l), Some(c)] = sizes[..] {
                    if l > c {
                        self.error(args[1].span, "invalid argument: length and capacity swapped");
                    }
                }
                Operand { mode: OpMode::Value, ty: t, expr: some }
            }
            Builtin::New => {
                // `new(T)`, or (Go 1.26) `new(expr)`: a new variable of the
                // expression's (default) type holding its value.
                let x = self.raw_expr(&args[0], None);
                let t = match x.mode {
                    OpMode::Invalid => return Operand::invalid(some),
                    OpMode::TypeExpr => x.ty,
                    OpMode::NoValue => {
                        self.error(args[0].span, format!("{} (no value) used as value or type", super::expr_string(&args[0])));
                        return Operand::invalid(some);
                    }
                    _ => {
                        let mut x = self.single_value(x);
                        if x.is_invalid() || !self.assign_operand(&mut x, TypeId::INVALID, "argument to new") {
                            return Operand::invalid(some);
                        }
                        x.ty
                    }
                };
                let p = self.g.types.pointer(t);
                Operand { mode: OpMode::Value, ty: p, expr: some }
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                self.assign_operand(&mut x, TypeId::EMPTY_INTERFACE, "argument to panic");
                Operand { mode: OpMode::NoValue, ty: TypeId::EMPTY_TUPLE, expr: some }
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    if x.is_nil() {
                        self.error(a.span, "use of untyped nil in argument to built-in print");
                        continue;
                    }
                    if self.assign_operand(&mut x, TypeId::INVALID, &format!("argument to built-in {name}")) && matches!(self.g.types.under(x.ty), TypeKind::Struct(_) | TypeKind::Array(..)) {
                        // The Go compiler's back end rejects these, at the call's `(`.
                        let at = match &e.kind {
                            ExprKind::Call { func, .. } => minigo_grammar::Span::new(func.span.end as usize, func.span.end as usize + 1),
                            _ => e.span,
                        };
                        self.error(at, format!("illegal types for operand: {name}\n\t{}", self.type_str(x.ty)));
                    }
                }
                Operand { mode: OpMode::NoValue, ty: TypeId::EMPTY_TUPLE, expr: some }
            }
            Builtin::Recover => Operand { mode: OpMode::Value, ty: TypeId::EMPTY_INTERFACE, expr: some },
            Builtin::Close => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(some);
                }
                match self.g.types.under(x.ty) {
                    TypeKind::Chan(ChanDir::RecvOnly, _) => {
                        self.error(args[0].span, format!("invalid operation: cannot close receive-only channel {}", self.operand_str(&x)));
                        Operand::invalid(some)
                    }
                    TypeKind::Chan(..) => Operand { mode: OpMode::NoValue, ty: TypeId::EMPTY_TUPLE, expr: some },
                    _ => {
                        self.error(args[0].span, format!("invalid operation: cannot close non-channel {}", self.operand_str(&x)));
                        Operand::invalid(some)
                    }
                }
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(some);
                }
                if !matches!(self.g.types.under(x.ty), TypeKind::Map(..) | TypeKind::Slice(_)) {
                    self.error(args[0].span, format!("invalid argument: cannot clear {}: argument must be (or constrained by) map or slice", self.operand_str(&x)));
                    return Operand::invalid(some);
                }
                Operand { mode: OpMode::NoValue, ty: TypeId::EMPTY_TUPLE, expr: some }
            }
            Builtin::Min | Builtin::Max => self.min_max(e, b, args),
        }
    }

    /// A `make` size argument: a non-negative integer; its constant value.
    fn size_arg(&mut self, a: &'a Expr) -> Option<i64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.g.types.is_untyped(x.ty) {
            if x.value().is_some_and(|v| !v.is_integral()) {
                self.error(a.span, format!("{} truncated to int", self.operand_str(&x)));
                return None;
            }
            if self.convert_untyped(&mut x, TypeId::INT).is_err() {
                return None;
            }
        }
        if !self.g.types.is_integer(x.ty) {
            self.error(a.span, format!("cannot convert {} to type int", self.operand_str(&x)));
            return None;
        }
        let v = x.value()?.as_int()?.to_i64()?;
        if v < 0 {
            self.error(a.span, format!("invalid argument: index {} must not be negative", self.operand_str(&x)));
            return None;
        }
        Some(v)
    }

    fn min_max(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr]) -> Operand<'a> {
        let some = Some(e);
        let mut ops: Vec<Operand<'a>> = args.iter().map(|a| self.expr(a)).collect();
        if ops.iter().any(|o| o.is_invalid()) {
            return Operand::invalid(some);
        }
        // Like go/types: each operand must be ordered, and its type must
        // match the running result's, after converting an untyped side when
        // the two kinds allow it.
        let mut target = ops[0].ty;
        for i in 0..ops.len() {
            let t = ops[i].ty;
            if !(self.g.types.is_numeric(t) || self.g.types.is_string(t)) {
                self.error(args[i].span, format!("invalid argument: {} cannot be ordered", self.operand_str(&ops[i])));
                return Operand::invalid(some);
            }
            if i == 0 {
                continue;
            }
            let tt = &self.g.types;
            let (x_untyped, a_untyped) = (tt.is_untyped(target), tt.is_untyped(t));
            let may_convert = (x_untyped || a_untyped) && tt.is_numeric(target) == tt.is_numeric(t) && tt.is_string(target) == tt.is_string(t);
            if may_convert {
                if x_untyped && a_untyped {
                    target = super::expr::rank_max(target, t);
                } else if x_untyped {
                    target = t;
                }
                if a_untyped && self.convert_untyped(&mut ops[i], target).is_err() {
                    return Operand::invalid(some);
                }
            }
            if ops[i].ty != target {
                let a = &ops[i];
                self.error(a.span(), format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.type_str(target), self.type_str(a.ty), a.expr.map(super::expr_string).unwrap_or_default()));
                return Operand::invalid(some);
            }
        }
        for x in ops.iter_mut() {
            if self.g.types.is_untyped(x.ty) && self.convert_untyped(x, target).is_err() {
                return Operand::invalid(some);
            }
        }
        if ops.iter().all(|o| o.value().is_some()) {
            let mut best = ops[0].value().cloned().unwrap_or(ConstValue::int(0));
            for o in &ops[1..] {
                let v = o.value().cloned().unwrap_or(ConstValue::int(0));
                let op = if b == Builtin::Min { minigo_grammar::ast::BinOp::Lt } else { minigo_grammar::ast::BinOp::Gt };
                if ConstValue::compare(op, &v, &best).unwrap_or(false) {
                    best = v;
                }
            }
            return Operand { mode: OpMode::Constant(best), ty: target, expr: some };
        }
        let _ = Mode::Value;
        Operand { mode: OpMode::Value, ty: target, expr: some }
    }
}

