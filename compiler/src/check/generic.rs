//! Owns generics in the checker: type parameter lists and their
//! constraints (type sets with `~T` terms and unions, `comparable`, method
//! sets), constraint satisfaction, type argument inference, and
//! instantiation by specialisation. Every distinct type-argument list of a
//! generic function (or method of a generic type) gets its own object,
//! whose declaration is checked again with the type parameters bound to
//! the arguments, recording into an `Instance`'s own `FileInfo`; the
//! lowering compiles each instance as an ordinary function. A generic
//! type's instance is a named type of its own (`Pair[string, int]`).
//! Must not know bytecode.

use super::{Checker, OpMode, Operand};
use crate::info::{FileInfo, Instance, ObjectId, ObjectKind, VarKind};
use crate::resolve::{ScopeId, Scopes};
use crate::types::{Method as TypeMethod, StructField, TypeId, TypeKind};
use minigo_grammar::ast::{self, Expr, ExprKind, InterfaceElem};
use minigo_grammar::{Diagnostic, Span};
use std::collections::HashMap;

/// How many instances one program may create (a guard against
/// instantiation cycles such as `F[T]` calling `F[[]T]`).
const MAX_INSTANCES: usize = 2000;

/// One term of a type set: `T` or `~T`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// The type set of a constraint beyond its methods.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct TypeSet {
    /// `None`: every type; else the union of these terms.
    pub terms: Option<Vec<Term>>,
    /// Only (strictly) comparable types (`comparable` embedded).
    pub comparable: bool,
}

impl TypeSet {
    /// The intersection with `other` (terms kept when the other side admits them).
    fn intersect(&mut self, other: TypeSet) {
        self.comparable |= other.comparable;
        self.terms = match (self.terms.take(), other.terms) {
            (None, t) | (t, None) => t,
            (Some(a), Some(b)) => Some(
                a.into_iter().filter(|x| b.iter().any(|y| y.ty == x.ty && (y.tilde || !x.tilde))).collect(),
            ),
        };
    }
}

/// A type parameter's constraint.
#[derive(Clone, Debug)]
pub(crate) struct Constraint {
    /// The interface holding its methods (`any` if none).
    pub iface: TypeId,
    pub set: TypeSet,
    /// As Go names it in messages: `Number`, `~int | ~float64`, `comparable`.
    pub text: String,
}

#[derive(Clone, Debug)]
pub(crate) struct TypeParam {
    pub name: String,
    pub span: Span,
    /// The stand-in type used in the generic signature (for inference).
    pub placeholder: TypeId,
    pub constraint: Constraint,
}

/// What is generic.
#[derive(Clone, Copy)]
pub(crate) enum GenericDecl<'a> {
    Func(&'a ast::FuncDecl),
    Type(&'a ast::TypeSpec),
}

/// A generic function or type and its instances so far.
pub(crate) struct Generic<'a> {
    pub decl: GenericDecl<'a>,
    pub params: Vec<TypeParam>,
    /// For a function: its signature over the placeholders.
    pub sig: TypeId,
    /// The scope declaring the type parameters as their placeholders.
    pub scope: ScopeId,
    /// Instances by type arguments: function objects or named types.
    pub instances: HashMap<Vec<TypeId>, InstanceRef>,
}

impl Generic<'_> {
    /// The generic declaration's name.
    pub fn span(&self) -> Span {
        match self.decl {
            GenericDecl::Func(f) => f.name.span,
            GenericDecl::Type(t) => t.name.span,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum InstanceRef {
    Func(ObjectId),
    Type(TypeId),
}

/// What a package's checker knew of its generic declarations, kept after
/// its loading so another package can instantiate them (its file lives as
/// long as the program: instances refer to its declarations).
pub(crate) struct PackageGenerics {
    pub file: &'static ast::File,
    pub scope: Vec<(String, ObjectId)>,
    pub imports: Vec<(ObjectId, Span, String, bool)>,
    pub decls: HashMap<ObjectId, super::PkgDecl<'static>>,
    pub methods_of: HashMap<String, Vec<ObjectId>>,
    pub generics: HashMap<ObjectId, Generic<'static>>,
    pub placeholders: Vec<TypeId>,
    /// Instances checked so far (the lowering compiles them with the package's file).
    pub instances: Vec<Instance>,
}

impl PackageGenerics {
    /// Takes the generic state of a package's checker that has checked the package.
    pub fn take(c: &mut Checker<'static>) -> PackageGenerics {
        let scope = c.scopes.get(Scopes::PACKAGE).names.iter().map(|(k, v)| (k.clone(), *v)).collect();
        PackageGenerics {
            file: c.file,
            scope,
            imports: c.imports.clone(),
            decls: c.decls.clone(),
            methods_of: c.methods_of.clone(),
            generics: std::mem::take(&mut c.generics),
            placeholders: std::mem::take(&mut c.placeholders),
            instances: std::mem::take(&mut c.instances),
        }
    }

    fn restore_into(&mut self, c: &mut Checker<'static>) {
        for (name, obj) in &self.scope {
            c.scopes.declare(Scopes::PACKAGE, name, *obj);
        }
        c.imports = self.imports.clone();
        c.decls = self.decls.clone();
        for &o in self.decls.keys() {
            c.colors.insert(o, super::Color::Black);
        }
        c.methods_of = self.methods_of.clone();
        c.generics = std::mem::take(&mut self.generics);
        c.placeholders = std::mem::take(&mut self.placeholders);
    }

    fn keep_from(&mut self, c: &mut Checker<'static>) {
        self.generics = std::mem::take(&mut c.generics);
        self.placeholders = std::mem::take(&mut c.placeholders);
        self.instances.append(&mut c.instances);
    }
}

/// An instance whose body is still to be checked.
pub(crate) struct PendingBody<'a> {
    pub obj: ObjectId,
    /// The generic function (or generic type's method) it instantiates.
    pub origin: ObjectId,
    pub decl: &'a ast::FuncDecl,
    pub scope: ScopeId,
    pub info: FileInfo,
}

impl<'a> Checker<'a> {
    /// The generic function or type an expression names (through parentheses), if any.
    pub(super) fn generic_named(&self, e: &Expr) -> Option<ObjectId> {
        match &e.kind {
            ExprKind::Paren(x) => self.generic_named(x),
            ExprKind::Ident(name) => self.lookup(name).filter(|o| self.gen_ref(*o).is_some() || self.pending_generic(*o)),
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(pkg) = &x.kind else { return None };
                let ObjectKind::PkgName(path) = &self.obj(self.lookup(pkg)?).kind else { return None };
                let member = self.g.packages.iter().find(|p| &p.path == path)?.members.get(&sel.name).copied()?;
                self.gen_ref(member).is_some().then_some(member)
            }
            _ => None,
        }
    }

    /// A package-level generic declaration not resolved yet (met before its turn).
    fn pending_generic(&self, o: ObjectId) -> bool {
        match self.decls.get(&o) {
            Some(super::PkgDecl::Func { decl }) => !decl.type_params.is_empty() && decl.recv.is_none(),
            Some(super::PkgDecl::Type { spec }) => !spec.type_params.is_empty(),
            _ => false,
        }
    }

    /// The generic object named by `e` (resolved), with `e`'s identifier recorded.
    fn resolve_generic(&mut self, e: &'a Expr) -> Option<ObjectId> {
        let obj = self.generic_named(e)?;
        let mut base = e;
        while let ExprKind::Paren(x) = &base.kind {
            base = x;
        }
        self.info.uses.insert(base.id, obj);
        if let ExprKind::Selector(x, _) = &base.kind {
            // `pkg.F`: the import is used.
            if let Some(p) = self.lookup(&super::expr_string(x)) {
                self.info.uses.insert(x.id, p);
                for imp in self.imports.iter_mut() {
                    if imp.0 == p {
                        imp.3 = true;
                    }
                }
            }
        } else if let Some(&i) = self.dot_members.get(&obj) {
            self.imports[i].3 = true;
        }
        self.obj_decl(obj);
        self.add_dep(obj);
        self.gen_ref(obj).is_some().then_some(obj)
    }

    /// A generic function or type of this file or of an imported package.
    pub(super) fn gen_ref(&self, gen: ObjectId) -> Option<&Generic<'a>> {
        if let Some(g) = self.generics.get(&gen) {
            return Some(g);
        }
        let pkg = &self.g.objects.get(gen.0 as usize)?.pkg;
        self.g.pkg_generics.get(pkg)?.generics.get(&gen)
    }

    /// Runs `f` in a checker of the package declaring `gen` (restored from
    /// what its loading kept), then checks the instance bodies it made.
    /// That package's errors (none for a well-formed API) are reported at `at`.
    fn in_package_of<R>(&mut self, gen: ObjectId, at: Span, f: impl FnOnce(&mut Checker<'static>) -> R) -> Option<R> {
        let path = self.obj(gen).pkg.clone();
        let mut saved = self.g.pkg_generics.remove(&path)?;
        let globals = std::mem::replace(&mut self.g, super::Globals::placeholder());
        let options = crate::info::CheckOptions { report_unused: false };
        let mut sub = Checker::new(globals, saved.file, &path, options);
        saved.restore_into(&mut sub);
        let r = f(&mut sub);
        sub.check_instance_bodies();
        saved.keep_from(&mut sub);
        let (globals, _, diags) = sub.finish();
        self.g = globals;
        self.g.pkg_generics.insert(path.clone(), saved);
        for d in diags {
            self.error(at, format!("internal error in the API of package {path}: {}", d.message));
        }
        Some(r)
    }

    // ---- declarations ----

    /// Declares the type parameters of `groups` in the current scope: bound
    /// to `args` for an instance, else to fresh placeholders (whose
    /// constraints are evaluated then).
    fn declare_type_params(&mut self, groups: &'a [ast::TypeParamGroup], args: Option<&[TypeId]>) -> Vec<TypeParam> {
        let mut params = Vec::new();
        let mut i = 0;
        for g in groups {
            for n in &g.names {
                let obj = self.new_object(&n.name, ObjectKind::TypeName, TypeId::INVALID, n.span);
                let ty = match args {
                    Some(a) => a.get(i).copied().unwrap_or(TypeId::INVALID),
                    None => {
                        let t = self.g.types.new_named(&n.name, &self.pkg.clone(), obj, true);
                        self.g.types.set_underlying(t, TypeId::EMPTY_INTERFACE);
                        self.placeholders.push(t);
                        t
                    }
                };
                self.obj_mut(obj).ty = ty;
                self.declare(n, obj);
                let constraint = Constraint { iface: TypeId::EMPTY_INTERFACE, set: TypeSet::default(), text: String::new() };
                params.push(TypeParam { name: n.name.clone(), span: n.span, placeholder: ty, constraint });
                i += 1;
            }
        }
        if args.is_none() {
            let mut i = 0;
            for g in groups {
                let c = self.constraint(&g.constraint);
                for _ in &g.names {
                    let p = &mut params[i];
                    self.g.types.set_underlying(p.placeholder, c.iface);
                    p.constraint = c.clone();
                    i += 1;
                }
            }
        }
        params
    }

    /// Registers a generic function: its placeholder signature.
    pub(super) fn generic_func_signature(&mut self, obj: ObjectId, f: &'a ast::FuncDecl) {
        let sig = self.register_generic_func(obj, f);
        self.obj_mut(obj).ty = sig;
    }

    /// Declares `f`'s type parameters as placeholders in a scope of their
    /// own, resolves its signature over them and registers it as generic.
    fn register_generic_func(&mut self, obj: ObjectId, f: &'a ast::FuncDecl) -> TypeId {
        let saved = self.scope;
        let scope = self.scopes.open(Scopes::PACKAGE, 0);
        self.scope = scope;
        let params = self.declare_type_params(&f.type_params, None);
        let sig = self.signature(&f.sig);
        self.scope = saved;
        self.generics.insert(obj, Generic { decl: GenericDecl::Func(f), params, sig, scope, instances: HashMap::new() });
        sig
    }

    /// Registers a method with its own type parameters (Go 1.27) of a
    /// non-generic type: placeholder signature; instances made per call.
    pub(super) fn generic_method_signature(&mut self, obj: ObjectId, f: &'a ast::FuncDecl) {
        let Some(recv) = &f.recv else { return };
        let (pointer, _) = receiver_type_params(&recv.ty);
        let Some(base) = receiver_base(&recv.ty) else {
            self.error(recv.ty.span, format!("invalid receiver type {}", super::expr_string(&recv.ty)));
            return;
        };
        let Some(tobj) = self.lookup(base) else {
            self.error(recv.ty.span, format!("undefined: {base}"));
            return;
        };
        self.obj_decl(tobj);
        let t = self.obj(tobj).ty;
        let local = self.obj(tobj).pkg == self.pkg && self.scopes.lookup_local(Scopes::PACKAGE, base) == Some(tobj);
        if !matches!(self.obj(tobj).kind, ObjectKind::TypeName) || !self.g.types.is_named(t) || !local {
            self.error(recv.ty.span, format!("cannot define new methods on non-local type {}", self.type_str(t)));
            return;
        }
        let key = (t, f.name.name.clone());
        let clash = self.g.types.named(t).is_some_and(|n| n.methods.iter().any(|m| m.name == f.name.name)) || self.generic_methods.contains_key(&key);
        if clash {
            let tname = self.g.types.named(t).map(|n| n.name.clone()).unwrap_or_default();
            self.error(f.name.span, format!("method {tname}.{} already declared", f.name.name));
            return;
        }
        let sig = self.register_generic_func(obj, f);
        let o = self.obj_mut(obj);
        o.ty = sig;
        o.kind = ObjectKind::Func { recv: Some((t, pointer)), has_body: f.body.is_some() };
        self.generic_methods.insert(key, obj);
    }

    /// `x.M(…)` / `x.M[T](…)` where M is a method with type parameters:
    /// inferred and instantiated like a generic function, called with `x`
    /// as its receiver. `None` when no such method is named `M`.
    #[allow(clippy::too_many_arguments)]
    fn generic_method_call(&mut self, e: &'a Expr, func: &'a Expr, sel_expr: &'a Expr, targ_exprs: &'a [Expr], args: &'a [Expr], ellipsis: bool) -> Option<Operand<'a>> {
        let ExprKind::Selector(x, sel) = &sel_expr.kind else { return None };
        if !self.generic_methods.keys().any(|(_, n)| *n == sel.name) {
            return None;
        }
        if let ExprKind::Ident(name) = &x.kind {
            if self.lookup(name).is_some_and(|o| matches!(self.obj(o).kind, ObjectKind::PkgName(_) | ObjectKind::TypeName)) {
                return None;
            }
        }
        let some = Some(e);
        let xo = self.raw_expr(x, None);
        let xo = self.single_value(xo);
        if xo.is_invalid() {
            return Some(Operand::invalid(some));
        }
        let t = xo.ty;
        let (named, through_ptr) = match self.g.types.kind(t) {
            TypeKind::Pointer(el) => (*el, true),
            _ => (t, false),
        };
        let Some(&gen) = self.generic_methods.get(&(named, sel.name.clone())) else {
            self.error(sel.span, format!("{}.{} undefined (type {} has no field or method {})", super::expr_string(x), sel.name, self.type_str(t), sel.name));
            return Some(Operand::invalid(some));
        };
        let pointer_recv = matches!(self.obj(gen).kind, ObjectKind::Func { recv: Some((_, true)), .. });
        if pointer_recv && !through_ptr && xo.mode != OpMode::Variable {
            self.error(sel.span, format!("cannot call pointer method {} on {}", sel.name, self.type_str(t)));
            return Some(Operand::invalid(some));
        }
        self.has_call_or_recv = true;
        let name = super::expr_string(sel_expr);
        let Some((inst, ops)) = self.instance_for_call(gen, e, &name, targ_exprs, args, ellipsis) else {
            return Some(Operand::invalid(some));
        };
        let sig_ty = self.obj(inst).ty;
        self.add_dep(gen);
        self.info.uses.insert(sel_expr.id, inst);
        let selection = crate::info::Selection {
            kind: crate::info::SelectionKind::MethodVal,
            recv: t,
            path: Vec::new(),
            target: crate::info::SelectionTarget::Method { named, index: 0, func: inst, pointer_recv },
            indirect: through_ptr,
            ty: sig_ty,
        };
        self.info.selections.insert(sel_expr.id, selection);
        self.set_type(sel_expr.id, crate::info::Mode::Value, sig_ty);
        self.set_type(func.id, crate::info::Mode::Value, sig_ty);
        let sig = self.g.types.signature(sig_ty).cloned()?;
        self.assign_arguments(e, &name, &sig.params, sig.variadic, args, ellipsis, ops);
        Some(self.call_result(e, &sig.results))
    }

    /// A method with type parameters used other than by calling it.
    pub(super) fn generic_method_named(&self, t: TypeId, name: &str) -> bool {
        let named = self.g.types.pointer_elem(t).filter(|_| !self.g.types.is_named(t)).unwrap_or(t);
        self.generic_methods.contains_key(&(named, name.to_string()))
    }

    /// Registers a generic type declaration (its instances are made on use).
    pub(super) fn generic_type_decl(&mut self, obj: ObjectId, spec: &'a ast::TypeSpec) {
        if self.func_level > 0 {
            self.error(spec.name.span, "generic type cannot be declared inside a function");
        }
        let saved = self.scope;
        let scope = self.scopes.open(Scopes::PACKAGE, 0);
        self.scope = scope;
        let params = self.declare_type_params(&spec.type_params, None);
        self.scope = saved;
        self.generics.insert(obj, Generic { decl: GenericDecl::Type(spec), params, sig: TypeId::INVALID, scope, instances: HashMap::new() });
    }

    // ---- constraints ----

    /// Evaluates a constraint expression.
    fn constraint(&mut self, e: &'a Expr) -> Constraint {
        let text = super::expr_string(e);
        let saved = std::mem::replace(&mut self.in_constraint, true);
        let c = match &e.kind {
            ExprKind::InterfaceType(elems) => {
                let iface = self.type_expr(e);
                Constraint { iface, set: self.type_set_of(elems), text }
            }
            ExprKind::Union(_) | ExprKind::Tilde(_) => Constraint { iface: TypeId::EMPTY_INTERFACE, set: TypeSet { terms: Some(self.terms(e)), comparable: false }, text },
            _ => {
                let t = self.type_expr(e);
                if t == TypeId::INVALID {
                    Constraint { iface: TypeId::EMPTY_INTERFACE, set: TypeSet::default(), text }
                } else if self.g.types.is_interface(t) {
                    Constraint { iface: t, set: self.declared_type_set(t), text }
                } else {
                    Constraint { iface: TypeId::EMPTY_INTERFACE, set: TypeSet { terms: Some(vec![Term { tilde: false, ty: t }]), comparable: false }, text }
                }
            }
        };
        self.in_constraint = saved;
        c
    }

    /// The type set a named interface was declared with (`comparable`'s too).
    fn declared_type_set(&self, t: TypeId) -> TypeSet {
        if let Some(s) = self.g.type_sets.get(&t) {
            return s.clone();
        }
        match self.g.types.named(t) {
            Some(n) if n.name == "comparable" && n.pkg.is_empty() => TypeSet { terms: None, comparable: true },
            _ => TypeSet::default(),
        }
    }

    /// The type set of an interface's elements (methods aside).
    pub(super) fn type_set_of(&mut self, elems: &'a [InterfaceElem]) -> TypeSet {
        let saved = std::mem::replace(&mut self.in_constraint, true);
        let mut set = TypeSet::default();
        for el in elems {
            match el {
                InterfaceElem::Method { .. } => {}
                InterfaceElem::TypeSet(x) => set.intersect(TypeSet { terms: Some(self.terms(x)), comparable: false }),
                InterfaceElem::Embed(x) => {
                    let t = self.type_expr(x);
                    if t == TypeId::INVALID {
                        continue;
                    }
                    if self.g.types.is_interface(t) {
                        set.intersect(self.declared_type_set(t));
                    } else {
                        set.intersect(TypeSet { terms: Some(vec![Term { tilde: false, ty: t }]), comparable: false });
                    }
                }
            }
        }
        self.in_constraint = saved;
        set
    }

    /// The terms of a union, `~T` or a single type (a constraint interface's terms inlined).
    fn terms(&mut self, e: &'a Expr) -> Vec<Term> {
        match &e.kind {
            ExprKind::Union(xs) => xs.iter().flat_map(|x| self.terms(x)).collect(),
            ExprKind::Paren(x) => self.terms(x),
            ExprKind::Tilde(x) => {
                let t = self.type_expr(x);
                if t != TypeId::INVALID && self.g.types.underlying(t) != t {
                    self.error(e.span, format!("invalid use of ~ ({} is not the underlying type of {})", self.type_str(self.g.types.underlying(t)), self.type_str(t)));
                }
                vec![Term { tilde: true, ty: t }]
            }
            _ => {
                let t = self.type_expr(e);
                if t != TypeId::INVALID && self.g.types.is_interface(t) {
                    return self.declared_type_set(t).terms.unwrap_or_default();
                }
                vec![Term { tilde: false, ty: t }]
            }
        }
    }

    /// Whether `t` has a type set beyond its methods (usable only as a constraint).
    pub(super) fn is_constraint_only(&self, t: TypeId) -> Option<&'static str> {
        let set = self.declared_type_set(t);
        if set.terms.is_some() {
            Some("interface contains type constraints")
        } else if set.comparable {
            Some("interface is (or embeds) comparable")
        } else {
            None
        }
    }

    /// Why `t` does not satisfy `c` (Go's wording after `T does not satisfy C`), if it does not.
    fn unsatisfied(&self, t: TypeId, c: &Constraint) -> Option<String> {
        let tt = &self.g.types;
        if self.placeholders.contains(&t) {
            return None;
        }
        if let Some(terms) = &c.set.terms {
            let under = tt.underlying(t);
            let ok = !tt.is_interface(t) && terms.iter().any(|x| if x.tilde { tt.underlying(x.ty) == under } else { x.ty == t });
            if !ok {
                let list: Vec<String> = terms.iter().map(|x| format!("{}{}", if x.tilde { "~" } else { "" }, self.type_str(x.ty))).collect();
                if tt.is_interface(t) {
                    return Some(String::new());
                }
                return Some(format!(" ({} missing in {})", self.type_str(t), list.join(" | ")));
            }
        }
        if c.set.comparable && !tt.comparable(t) {
            return Some(String::new());
        }
        if let Some(why) = tt.missing_method(t, c.iface, &self.pkg) {
            return Some(format!(" {why}"));
        }
        None
    }

    /// Checks the type arguments against their constraints (with the
    /// placeholders substituted); reports at `spans[i]`.
    fn verify(&mut self, gen: ObjectId, targs: &[TypeId], spans: &[Span]) -> bool {
        let params = self.gen_ref(gen).map(|g| g.params.clone()).unwrap_or_default();
        let from: Vec<TypeId> = params.iter().map(|p| p.placeholder).collect();
        for (i, p) in params.iter().enumerate() {
            let mut c = p.constraint.clone();
            if let Some(terms) = &mut c.set.terms {
                for term in terms.iter_mut() {
                    term.ty = self.subst(term.ty, &from, targs);
                }
            }
            c.iface = self.subst(c.iface, &from, targs);
            if let Some(why) = self.unsatisfied(targs[i], &c) {
                let at = spans.get(i).copied().unwrap_or_default();
                self.error(at, format!("{} does not satisfy {}{why}", self.type_str(targs[i]), c.text));
                return false;
            }
        }
        true
    }

    // ---- substitution ----

    /// `t` with `from[i]` replaced by `to[i]` (instantiating generic types met).
    pub(super) fn subst(&mut self, t: TypeId, from: &[TypeId], to: &[TypeId]) -> TypeId {
        if let Some(i) = from.iter().position(|&f| f == t) {
            return to.get(i).copied().unwrap_or(TypeId::INVALID);
        }
        let kind = self.g.types.kind(t).clone();
        match kind {
            TypeKind::Basic(_) => t,
            TypeKind::Named(n) => {
                if n.targs.is_empty() {
                    return t;
                }
                let args: Vec<TypeId> = n.targs.iter().map(|&a| self.subst(a, from, to)).collect();
                if args == n.targs {
                    return t;
                }
                self.instantiate_type(n.obj, args, Span::DUMMY).unwrap_or(TypeId::INVALID)
            }
            TypeKind::Pointer(e) => {
                let e = self.subst(e, from, to);
                self.g.types.pointer(e)
            }
            TypeKind::Slice(e) => {
                let e = self.subst(e, from, to);
                self.g.types.slice(e)
            }
            TypeKind::Array(n, e) => {
                let e = self.subst(e, from, to);
                self.g.types.intern(TypeKind::Array(n, e))
            }
            TypeKind::Map(k, v) => {
                let k = self.subst(k, from, to);
                let v = self.subst(v, from, to);
                self.g.types.intern(TypeKind::Map(k, v))
            }
            TypeKind::Chan(d, e) => {
                let e = self.subst(e, from, to);
                self.g.types.intern(TypeKind::Chan(d, e))
            }
            TypeKind::Func(sig) => {
                let params = sig.params.iter().map(|&p| self.subst(p, from, to)).collect();
                let results = sig.results.iter().map(|&p| self.subst(p, from, to)).collect();
                self.g.types.func(params, results, sig.variadic)
            }
            TypeKind::Struct(fields) => {
                let fields = fields.into_iter().map(|f| StructField { ty: self.subst(f.ty, from, to), ..f }).collect();
                self.g.types.intern(TypeKind::Struct(fields))
            }
            TypeKind::Interface(methods) => {
                let methods = methods.into_iter().map(|m| crate::types::InterfaceMethod { sig: self.subst(m.sig, from, to), ..m }).collect();
                self.g.types.intern(TypeKind::Interface(methods))
            }
            TypeKind::Tuple(elems) => {
                let elems = elems.iter().map(|&e| self.subst(e, from, to)).collect();
                self.g.types.tuple(elems)
            }
        }
    }

    /// Whether `t` mentions one of the placeholders `ps`.
    fn mentions(&self, t: TypeId, ps: &[TypeId], depth: u32) -> bool {
        if ps.contains(&t) {
            return true;
        }
        if depth > 16 {
            return false;
        }
        let d = depth + 1;
        match self.g.types.kind(t) {
            TypeKind::Basic(_) => false,
            TypeKind::Named(n) => n.targs.iter().any(|&a| self.mentions(a, ps, d)),
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) | TypeKind::Chan(_, e) => self.mentions(*e, ps, d),
            TypeKind::Map(k, v) => self.mentions(*k, ps, d) || self.mentions(*v, ps, d),
            TypeKind::Func(s) => s.params.iter().chain(&s.results).any(|&x| self.mentions(x, ps, d)),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.mentions(f.ty, ps, d)),
            TypeKind::Interface(ms) => ms.iter().any(|m| self.mentions(m.sig, ps, d)),
            TypeKind::Tuple(es) => es.iter().any(|&x| self.mentions(x, ps, d)),
        }
    }

    // ---- inference ----

    /// Unifies parameter type `p` (over placeholders `ps`) with argument type `a`.
    fn unify(&self, p: TypeId, a: TypeId, ps: &[TypeId], bound: &mut [Option<TypeId>], depth: u32) -> bool {
        self.unify_with(p, a, ps, bound, &[], depth)
    }

    /// `unify`, with `a`'s parts in `wild` (another function's type
    /// parameters, still unknown) matching anything.
    fn unify_with(&self, p: TypeId, a: TypeId, ps: &[TypeId], bound: &mut [Option<TypeId>], wild: &[TypeId], depth: u32) -> bool {
        if wild.contains(&a) {
            return true;
        }
        if let Some(i) = ps.iter().position(|&x| x == p) {
            return match bound[i] {
                Some(b) => b == a || self.g.types.underlying(b) == a && !self.g.types.is_named(a),
                None => {
                    bound[i] = Some(a);
                    true
                }
            };
        }
        if p == a {
            return true;
        }
        if depth > 32 {
            return false;
        }
        let d = depth + 1;
        let tt = &self.g.types;
        match (tt.kind(p), tt.kind(a)) {
            (TypeKind::Named(np), TypeKind::Named(na)) => {
                !np.targs.is_empty() && np.obj == na.obj && np.targs.len() == na.targs.len() && np.targs.iter().zip(&na.targs).all(|(&x, &y)| self.unify_with(x, y, ps, bound, wild, d))
            }
            // Inexact unification: a defined type against a type literal
            // (`iter.Seq[V]` against `func(func(int) bool)`), either way.
            (TypeKind::Named(np), _) => self.unify_with(np.underlying, a, ps, bound, wild, d),
            (_, TypeKind::Named(na)) => self.unify_with(p, na.underlying, ps, bound, wild, d),
            (TypeKind::Pointer(x), TypeKind::Pointer(y)) | (TypeKind::Slice(x), TypeKind::Slice(y)) => self.unify_with(*x, *y, ps, bound, wild, d),
            (TypeKind::Array(n, x), TypeKind::Array(m, y)) => n == m && self.unify_with(*x, *y, ps, bound, wild, d),
            (TypeKind::Chan(_, x), TypeKind::Chan(_, y)) => self.unify_with(*x, *y, ps, bound, wild, d),
            (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => self.unify_with(*k1, *k2, ps, bound, wild, d) && self.unify_with(*v1, *v2, ps, bound, wild, d),
            (TypeKind::Func(s1), TypeKind::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1.params.iter().zip(&s2.params).chain(s1.results.iter().zip(&s2.results)).all(|(&x, &y)| self.unify_with(x, y, ps, bound, wild, d))
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len() && f1.iter().zip(f2).all(|(x, y)| x.name == y.name && x.embedded == y.embedded && self.unify_with(x.ty, y.ty, ps, bound, wild, d))
            }
            _ => false,
        }
    }

    /// Infers the missing type arguments of a call of generic `gen` from its
    /// arguments (typed ones first, then untyped constants' default
    /// types), then from the constraints' core types. Reports and returns
    /// `None` when it cannot.
    fn infer(&mut self, gen: ObjectId, explicit: &[TypeId], ops: &[Operand<'a>], ellipsis: bool, call: &'a Expr, name: &str) -> Option<Vec<TypeId>> {
        let Some(g) = self.gen_ref(gen) else { return None };
        let ps: Vec<TypeId> = g.params.iter().map(|p| p.placeholder).collect();
        let params_info = g.params.clone();
        let Some(sig) = self.g.types.signature(g.sig).cloned() else { return None };
        let mut bound: Vec<Option<TypeId>> = vec![None; ps.len()];
        for (i, &t) in explicit.iter().enumerate() {
            if i < bound.len() {
                bound[i] = Some(t);
            }
        }
        let fixed = if sig.variadic && !ellipsis { sig.params.len() - 1 } else { sig.params.len() };
        let param_of = |i: usize, tt: &crate::types::TypeTable| -> Option<TypeId> {
            if i < fixed {
                sig.params.get(i).copied()
            } else if sig.variadic && !ellipsis {
                match tt.kind(*sig.params.last()?) {
                    TypeKind::Slice(e) => Some(*e),
                    _ => None,
                }
            } else {
                None
            }
        };
        let mut untyped: Vec<(usize, usize)> = Vec::new();
        for (i, x) in ops.iter().enumerate() {
            let Some(p) = param_of(i, &self.g.types) else { continue };
            if x.is_nil() || x.ty == TypeId::UNTYPED_NIL || x.ty == TypeId::INVALID {
                continue;
            }
            if self.g.types.is_untyped(x.ty) {
                if let Some(k) = ps.iter().position(|&q| q == p) {
                    untyped.push((i, k));
                }
                continue;
            }
            // Only parameters still mentioning unknown type parameters take
            // part, and interfaces are not unified with their implementations.
            let unknown: Vec<TypeId> = ps.iter().zip(&bound).filter(|(_, b)| b.is_none()).map(|(&q, _)| q).collect();
            if !self.mentions(p, &unknown, 0) || (self.g.types.is_interface(p) && !ps.contains(&p)) {
                continue;
            }
            let before = bound.clone();
            if !self.unify(p, x.ty, &ps, &mut bound, 0) {
                let inferred = {
                    let to: Vec<TypeId> = before.iter().zip(&ps).map(|(b, &q)| b.unwrap_or(q)).collect();
                    self.subst(p, &ps, &to)
                };
                let d = if let Some(k) = ps.iter().position(|&q| q == p) {
                    format!("in call to {name}, type {} of {} does not match inferred type {} for {}", self.type_str(x.ty), super::expr_string(x.expr.unwrap_or(call)), self.type_str(inferred), params_info[k].name)
                } else if inferred == p {
                    format!("in call to {name}, type {} of {} does not match {}", self.type_str(x.ty), super::expr_string(x.expr.unwrap_or(call)), self.type_str(p))
                } else {
                    format!("in call to {name}, type {} of {} does not match inferred type {} for {}", self.type_str(x.ty), super::expr_string(x.expr.unwrap_or(call)), self.type_str(inferred), self.type_str(p))
                };
                self.error(x.span(), d);
                return None;
            }
        }
        // Generic functions passed as arguments: their own type arguments
        // from what is known of the parameter, then the parameter from them.
        for (i, x) in ops.iter().enumerate() {
            let (TypeId::INVALID, Some(arg)) = (x.ty, x.expr) else { continue };
            let Some(p) = param_of(i, &self.g.types) else { continue };
            let to: Vec<TypeId> = bound.iter().zip(&ps).map(|(b, &q)| b.unwrap_or(q)).collect();
            let known = self.subst(p, &ps, &to);
            if let Some(arg_sig) = self.func_arg_signature(arg, known, &ps) {
                self.unify(p, arg_sig, &ps, &mut bound, 0);
            }
        }
        // Untyped constants: the default type of the "largest" kind per parameter.
        for k in 0..ps.len() {
            if bound[k].is_some() {
                continue;
            }
            let mut best: Option<TypeId> = None;
            for &(i, kk) in &untyped {
                if kk != k {
                    continue;
                }
                let t = ops[i].ty;
                best = match best {
                    None => Some(t),
                    Some(b) => {
                        let rank = |t: TypeId| match t {
                            TypeId::UNTYPED_INT => Some(1),
                            TypeId::UNTYPED_RUNE => Some(2),
                            TypeId::UNTYPED_FLOAT => Some(3),
                            _ => None,
                        };
                        match (rank(b), rank(t)) {
                            (Some(x), Some(y)) => Some(if y > x { t } else { b }),
                            _ if b == t => Some(b),
                            _ => {
                                let at = ops[i].span();
                                self.error(at, format!("in call to {name}, mismatched types {} and {} (cannot infer {})", self.type_str(b), self.type_str(t), params_info[k].name));
                                return None;
                            }
                        }
                    }
                };
            }
            if let Some(b) = best {
                bound[k] = Some(super::expr::default_type(b));
            }
        }
        // Core types: `S ~[]E` with S known gives E; E known gives S.
        for _ in 0..ps.len() + 1 {
            let mut progress = false;
            for k in 0..ps.len() {
                let Some(terms) = &params_info[k].constraint.set.terms else { continue };
                if terms.len() != 1 {
                    continue;
                }
                let core = terms[0].clone();
                match bound[k] {
                    Some(b) => {
                        let target = if core.tilde { self.g.types.underlying(b) } else { b };
                        let before = bound.clone();
                        let mut trial = bound.clone();
                        if self.mentions(core.ty, &ps, 0) && self.unify(core.ty, target, &ps, &mut trial, 0) && trial != before {
                            bound = trial;
                            progress = true;
                        }
                    }
                    None => {
                        let to: Vec<TypeId> = bound.iter().zip(&ps).map(|(b, &q)| b.unwrap_or(q)).collect();
                        let t = self.subst(core.ty, &ps, &to);
                        if !self.mentions(t, &ps, 0) {
                            bound[k] = Some(t);
                            progress = true;
                        }
                    }
                }
            }
            if !progress {
                break;
            }
        }
        if let Some(k) = bound.iter().position(|b| b.is_none()) {
            let p = &params_info[k];
            let d = Diagnostic::error(call_args_span(call), format!("in call to {name}, cannot infer {}", p.name)).with_label(p.span, format!("{} declared here", p.name));
            self.diags.push(d);
            return None;
        }
        Some(bound.into_iter().map(|b| b.unwrap_or(TypeId::INVALID)).collect())
    }

    // ---- uses ----

    /// A call whose callee names a generic function (`F(…)`, `F[int](…)`):
    /// explicit type arguments, inference from the arguments, constraint
    /// check, then the call checked against the instance's signature.
    pub(super) fn generic_call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], ellipsis: bool) -> Option<Operand<'a>> {
        let (base, targ_exprs): (&'a Expr, &'a [Expr]) = match &strip_parens(func).kind {
            ExprKind::Index(x, i) => (x, std::slice::from_ref(&**i)),
            ExprKind::IndexList(x, is) => (x, is.as_slice()),
            _ => (func, &[]),
        };
        if let ExprKind::Selector(..) = &strip_parens(base).kind {
            if let Some(r) = self.generic_method_call(e, func, strip_parens(base), targ_exprs, args, ellipsis) {
                return Some(r);
            }
        }
        let gen = self.generic_named(base)?;
        if !matches!(self.decls.get(&gen), Some(super::PkgDecl::Func { .. })) && !matches!(self.gen_ref(gen).map(|g| g.decl), Some(GenericDecl::Func(_))) {
            return None;
        }
        let some = Some(e);
        let Some(gen) = self.resolve_generic(base) else {
            return Some(Operand::invalid(some));
        };
        self.has_call_or_recv = true;
        Some(self.generic_call_of(gen, e, func, base, targ_exprs, args, ellipsis).unwrap_or(Operand::invalid(some)))
    }

    /// The instance a call `e` of generic `gen` needs: explicit type
    /// arguments, the rest inferred from the arguments (whose operands it
    /// also returns), constraints checked. `None` once reported.
    fn instance_for_call(&mut self, gen: ObjectId, e: &'a Expr, name: &str, targ_exprs: &'a [Expr], args: &'a [Expr], ellipsis: bool) -> Option<(ObjectId, Vec<Operand<'a>>)> {
        let explicit = self.type_args(gen, targ_exprs, e)?;
        let ops = self.argument_operands(args, ellipsis);
        if ops.iter().any(|o| o.is_invalid()) {
            return None;
        }
        let targs = self.infer(gen, &explicit, &ops, ellipsis, e, name)?;
        // Constraint errors point at the explicit type argument, else (as
        // gc does) at the call's arguments.
        let spans: Vec<Span> = (0..targs.len()).map(|k| targ_exprs.get(k).map_or(call_args_span(e), |x| x.span)).collect();
        if !self.verify(gen, &targs, &spans) {
            return None;
        }
        let inst = self.instantiate_func(gen, targs, e.span)?;
        Some((inst, ops))
    }

    #[allow(clippy::too_many_arguments)]
    fn generic_call_of(&mut self, gen: ObjectId, e: &'a Expr, func: &'a Expr, base: &'a Expr, targ_exprs: &'a [Expr], args: &'a [Expr], ellipsis: bool) -> Option<Operand<'a>> {
        let name = super::expr_string(base);
        let (inst, ops) = self.instance_for_call(gen, e, &name, targ_exprs, args, ellipsis)?;
        let sig_ty = self.obj(inst).ty;
        self.record_instance_use(func, inst, sig_ty);
        let sig = self.g.types.signature(sig_ty).cloned()?;
        self.assign_arguments(e, &name, &sig.params, sig.variadic, args, ellipsis, ops);
        Some(self.call_result(e, &sig.results))
    }

    /// Whether `e` names a generic function without type arguments (an
    /// argument whose instance the parameter's type decides).
    pub(super) fn is_generic_func(&self, e: &Expr) -> bool {
        self.generic_named(e).is_some_and(|o| match self.gen_ref(o) {
            Some(g) => matches!(g.decl, GenericDecl::Func(_)),
            None => matches!(self.decls.get(&o), Some(super::PkgDecl::Func { .. })),
        })
    }

    /// Instantiates the generic functions passed as arguments (operands of
    /// type `INVALID` left by `argument_operands`) from their parameters'
    /// function types: `slices.SortFunc(xs, cmp.Compare)`.
    pub(super) fn instantiate_func_args(&mut self, ops: &mut [Operand<'a>], params: &[TypeId], spread: bool) {
        let fixed = if spread { params.len().saturating_sub(1) } else { params.len() };
        for (i, op) in ops.iter_mut().enumerate() {
            if op.ty != TypeId::INVALID || op.mode != OpMode::Value {
                continue;
            }
            let Some(e) = op.expr else { continue };
            let p = if i < fixed {
                params.get(i).copied()
            } else {
                params.last().and_then(|&s| match self.g.types.kind(s) {
                    TypeKind::Slice(el) => Some(*el),
                    _ => None,
                })
            };
            *op = match p {
                Some(p) => self.generic_func_value(e, p),
                None => {
                    self.expr(e);
                    Operand::invalid(Some(e))
                }
            };
        }
    }

    /// The signature of the instance of generic function `arg` that fits
    /// `known` (whose parts in `wild` are not known yet), if that decides
    /// every type argument.
    fn func_arg_signature(&mut self, arg: &'a Expr, known: TypeId, wild: &[TypeId]) -> Option<TypeId> {
        let gen = self.generic_named(arg)?;
        self.obj_decl(gen);
        let g = self.gen_ref(gen)?;
        let ps: Vec<TypeId> = g.params.iter().map(|p| p.placeholder).collect();
        let sig = g.sig;
        let mut bound = vec![None; ps.len()];
        let under = self.g.types.underlying(known);
        if !self.unify_with(sig, under, &ps, &mut bound, wild, 0) || bound.iter().any(|b| b.is_none()) {
            return None;
        }
        let targs: Vec<TypeId> = bound.into_iter().flatten().collect();
        Some(self.subst(sig, &ps, &targs))
    }

    /// The instance of the generic function `e` names whose signature is `target`.
    pub(super) fn generic_func_value(&mut self, e: &'a Expr, target: TypeId) -> Operand<'a> {
        let some = Some(e);
        let Some(gen) = self.resolve_generic(e) else { return Operand::invalid(some) };
        let Some(g) = self.gen_ref(gen) else { return Operand::invalid(some) };
        let ps: Vec<TypeId> = g.params.iter().map(|p| p.placeholder).collect();
        let names: Vec<String> = g.params.iter().map(|p| p.name.clone()).collect();
        let spans: Vec<Span> = g.params.iter().map(|p| p.span).collect();
        let sig = g.sig;
        let mut bound = vec![None; ps.len()];
        let fits = self.g.types.signature(target).is_some() && self.unify(sig, self.g.types.underlying(target), &ps, &mut bound, 0);
        if let Some(k) = bound.iter().position(|b| b.is_none()).filter(|_| fits) {
            let d = Diagnostic::error(e.span, format!("in call to {}, cannot infer {}", super::expr_string(e), names[k])).with_label(spans[k], format!("{} declared here", names[k]));
            self.diags.push(d);
            return Operand::invalid(some);
        }
        if !fits {
            self.uninstantiated(e, gen);
            return Operand::invalid(some);
        }
        let targs: Vec<TypeId> = bound.into_iter().map(|b| b.unwrap_or(TypeId::INVALID)).collect();
        let at = vec![e.span; targs.len()];
        if !self.verify(gen, &targs, &at) {
            return Operand::invalid(some);
        }
        let Some(inst) = self.instantiate_func(gen, targs, e.span) else { return Operand::invalid(some) };
        let ty = self.obj(inst).ty;
        self.record_instance_use(e, inst, ty);
        Operand { mode: OpMode::Value, ty, expr: some }
    }

    /// Records that `func` (an identifier, possibly indexed, possibly parenthesised) denotes instance `inst`.
    fn record_instance_use(&mut self, func: &'a Expr, inst: ObjectId, sig: TypeId) {
        let mut e = func;
        loop {
            self.info.uses.insert(e.id, inst);
            self.set_type(e.id, crate::info::Mode::Value, sig);
            match &e.kind {
                ExprKind::Paren(x) | ExprKind::Index(x, _) | ExprKind::IndexList(x, _) => e = x,
                _ => break,
            }
        }
    }

    /// Resolves explicit type arguments (reporting too many).
    fn type_args(&mut self, gen: ObjectId, exprs: &'a [Expr], at: &'a Expr) -> Option<Vec<TypeId>> {
        let want = self.gen_ref(gen).map_or(0, |g| g.params.len());
        let mut out = Vec::new();
        for x in exprs {
            let t = self.type_expr(x);
            if t == TypeId::INVALID {
                return None;
            }
            out.push(t);
        }
        if out.len() > want {
            let _ = at;
            self.error(exprs[want].span, format!("got {} type arguments but want {want}", out.len()));
            return None;
        }
        Some(out)
    }

    /// `F[int]` (not called): an instantiated function value, or `G[int]`: a type.
    pub(super) fn generic_index(&mut self, e: &'a Expr, x: &'a Expr, targ_exprs: &'a [Expr]) -> Option<Operand<'a>> {
        self.generic_named(x)?;
        let some = Some(e);
        let Some(gen) = self.resolve_generic(x) else {
            return Some(Operand::invalid(some));
        };
        if let Some(GenericDecl::Type(_)) = self.gen_ref(gen).map(|g| g.decl) {
            let t = self.instantiate_type_expr(gen, targ_exprs, e)?;
            return Some(Operand { mode: OpMode::TypeExpr, ty: t, expr: some });
        }
        let targs = self.type_args(gen, targ_exprs, e)?;
        let params = self.gen_ref(gen).map(|g| g.params.clone()).unwrap_or_default();
        if targs.len() < params.len() {
            let p = &params[targs.len()];
            let d = Diagnostic::error(e.span, format!("in call to {}, cannot infer {}", super::expr_string(x), p.name)).with_label(p.span, format!("{} declared here", p.name));
            self.diags.push(d);
            return Some(Operand::invalid(some));
        }
        let spans: Vec<Span> = targ_exprs.iter().map(|t| t.span).collect();
        if !self.verify(gen, &targs, &spans) {
            return Some(Operand::invalid(some));
        }
        let inst = self.instantiate_func(gen, targs, e.span)?;
        let sig = self.obj(inst).ty;
        self.record_instance_use(e, inst, sig);
        Some(Operand { mode: OpMode::Value, ty: sig, expr: some })
    }

    /// `G[A, B]` as a type.
    fn instantiate_type_expr(&mut self, gen: ObjectId, targ_exprs: &'a [Expr], e: &'a Expr) -> Option<TypeId> {
        let targs = self.type_args(gen, targ_exprs, e)?;
        let params = self.gen_ref(gen).map(|g| g.params.clone()).unwrap_or_default();
        if targs.len() < params.len() {
            let name = self.obj(gen).name.clone();
            self.error(e.span, format!("not enough type arguments for type {name}: have {}, want {}", targs.len(), params.len()));
            return None;
        }
        let spans: Vec<Span> = targ_exprs.iter().map(|t| t.span).collect();
        if !self.verify(gen, &targs, &spans) {
            return None;
        }
        self.instantiate_type(gen, targs, e.span)
    }

    /// `Stack[int]` in a type expression.
    pub(super) fn generic_type_expr(&mut self, e: &'a Expr) -> Option<TypeId> {
        let (x, targs): (&'a Expr, &'a [Expr]) = match &e.kind {
            ExprKind::Index(x, i) => (x, std::slice::from_ref(&**i)),
            ExprKind::IndexList(x, is) => (x, is.as_slice()),
            _ => return None,
        };
        self.generic_named(x)?;
        let Some(gen) = self.resolve_generic(x) else { return Some(TypeId::INVALID) };
        match self.gen_ref(gen).map(|g| g.decl) {
            Some(GenericDecl::Type(_)) => Some(self.instantiate_type_expr(gen, targs, e).unwrap_or(TypeId::INVALID)),
            _ => {
                self.error(e.span, format!("{} is not a type", super::expr_string(e)));
                Some(TypeId::INVALID)
            }
        }
    }

    /// A generic function or type used without instantiation.
    pub(super) fn uninstantiated(&mut self, e: &'a Expr, obj: ObjectId) {
        match self.gen_ref(obj).map(|g| g.decl) {
            Some(GenericDecl::Type(spec)) => {
                let params: Vec<String> = spec.type_params.iter().map(|g| format!("{} {}", g.names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", "), super::expr_string(&g.constraint))).collect();
                self.error(e.span, format!("cannot use generic type {}[{}] without instantiation", spec.name.name, params.join(", ")));
            }
            _ => self.error(e.span, format!("cannot use generic function {} without instantiation", super::expr_string(e))),
        }
    }

    // ---- instances ----

    fn too_many_instances(&mut self, at: Span) -> bool {
        self.instance_count += 1;
        if self.instance_count > MAX_INSTANCES {
            if self.instance_count == MAX_INSTANCES + 1 {
                self.unsupported(at, "this many instantiations (an instantiation cycle?)");
            }
            return true;
        }
        false
    }

    /// The instance of generic function `gen` for `targs` (made once).
    fn instantiate_func(&mut self, gen: ObjectId, targs: Vec<TypeId>, at: Span) -> Option<ObjectId> {
        if !self.generics.contains_key(&gen) {
            return self.in_package_of(gen, at, |sub| sub.instantiate_func(gen, targs, at)).flatten();
        }
        if let Some(InstanceRef::Func(o)) = self.generics[&gen].instances.get(&targs) {
            return Some(*o);
        }
        if self.too_many_instances(at) {
            return None;
        }
        let GenericDecl::Func(decl) = self.generics[&gen].decl else { return None };
        let has_body = decl.body.is_some();
        // A method with type parameters keeps its receiver.
        let recv = match self.obj(gen).kind {
            ObjectKind::Func { recv, .. } => recv,
            _ => None,
        };
        let inst = self.new_object(&decl.name.name, ObjectKind::Func { recv, has_body }, TypeId::INVALID, decl.name.span);
        self.generics.get_mut(&gen).expect("generic").instances.insert(targs.clone(), InstanceRef::Func(inst));
        let (scope, info) = self.in_instance_scope(|c| {
            c.declare_type_params(&decl.type_params, Some(&targs));
            let sig = c.signature(&decl.sig);
            c.obj_mut(inst).ty = sig;
            c.info.defs.insert(decl.name.span, inst);
        });
        if !self.targs_are_placeholders(&targs) {
            self.pending_bodies.push_back(PendingBody { obj: inst, origin: gen, decl, scope, info });
        }
        Some(inst)
    }

    fn targs_are_placeholders(&self, targs: &[TypeId]) -> bool {
        let ps = self.placeholders.clone();
        targs.iter().any(|&t| self.mentions(t, &ps, 0))
    }

    /// Runs `f` in a fresh scope under the package block, recording into a
    /// fresh `FileInfo`; returns the scope and that info.
    fn in_instance_scope(&mut self, f: impl FnOnce(&mut Self)) -> (ScopeId, FileInfo) {
        let fresh = FileInfo { pkg: self.pkg.clone(), types: vec![None; self.file.expr_count as usize], ..FileInfo::default() };
        let saved_info = std::mem::replace(&mut self.info, fresh);
        let saved_scope = self.scope;
        let saved_level = self.func_level;
        let saved_func = self.func.take();
        let saved_lits = std::mem::take(&mut self.lit_stack);
        self.func_level = 0;
        let scope = self.scopes.open(Scopes::PACKAGE, 0);
        self.scope = scope;
        f(self);
        self.scope = saved_scope;
        self.func_level = saved_level;
        self.func = saved_func;
        self.lit_stack = saved_lits;
        let info = std::mem::replace(&mut self.info, saved_info);
        (scope, info)
    }

    /// The instance of generic type `gen` for `targs`: a named type whose
    /// underlying type and methods are the declaration's with the type
    /// parameters bound (made once; a recursive use meets it under construction).
    pub(super) fn instantiate_type(&mut self, gen: ObjectId, targs: Vec<TypeId>, at: Span) -> Option<TypeId> {
        if !self.generics.contains_key(&gen) {
            return self.in_package_of(gen, at, |sub| sub.instantiate_type(gen, targs, at)).flatten();
        }
        if let Some(InstanceRef::Type(t)) = self.generics.get(&gen)?.instances.get(&targs) {
            return Some(*t);
        }
        if self.too_many_instances(at) {
            return None;
        }
        let GenericDecl::Type(spec) = self.generics[&gen].decl else { return None };
        let pkg = self.obj(gen).pkg.clone();
        let named = self.g.types.new_named(&spec.name.name, &pkg, gen, false);
        self.g.types.set_type_args(named, targs.clone());
        self.generics.get_mut(&gen).expect("generic").instances.insert(targs.clone(), InstanceRef::Type(named));
        let saved = (self.scope, self.func_level);
        self.scope = self.scopes.open(Scopes::PACKAGE, 0);
        self.func_level = 0;
        self.declare_type_params(&spec.type_params, Some(&targs));
        let rhs = self.type_expr(&spec.ty);
        (self.scope, self.func_level) = saved;
        if let ExprKind::InterfaceType(elems) = &spec.ty.kind {
            let saved = (self.scope, self.func_level);
            self.scope = self.scopes.open(Scopes::PACKAGE, 0);
            self.declare_type_params(&spec.type_params, Some(&targs));
            let set = self.type_set_of(elems);
            (self.scope, self.func_level) = saved;
            if set != TypeSet::default() {
                self.g.type_sets.insert(named, set);
            }
        }
        if spec.alias {
            // A generic alias: the instance is the aliased type itself.
            self.generics.get_mut(&gen).expect("generic").instances.insert(targs, InstanceRef::Type(rhs));
            return Some(rhs);
        }
        self.g.types.set_underlying(named, rhs);
        let methods = self.methods_of.get(&spec.name.name).cloned().unwrap_or_default();
        for m in methods {
            self.instantiate_method(m, named, &targs);
        }
        Some(named)
    }

    /// Method `m` of a generic type, for its instance `named`.
    fn instantiate_method(&mut self, m: ObjectId, named: TypeId, targs: &[TypeId]) {
        let Some(super::PkgDecl::Func { decl }) = self.decls.get(&m).copied() else { return };
        let Some(recv) = &decl.recv else { return };
        if !decl.type_params.is_empty() {
            // Its own type parameters too: reported as not supported.
            return;
        }
        let (pointer, names) = receiver_type_params(&recv.ty);
        if names.len() != targs.len() {
            self.error(recv.ty.span, format!("receiver declares {} type parameters, but receiver base type declares {}", names.len(), targs.len()));
            return;
        }
        let has_body = decl.body.is_some();
        let inst = self.new_object(&decl.name.name, ObjectKind::Func { recv: Some((named, pointer)), has_body }, TypeId::INVALID, decl.name.span);
        let targs = targs.to_vec();
        let (scope, info) = self.in_instance_scope(|c| {
            for (n, &t) in names.iter().zip(&targs) {
                if n.name == "_" {
                    continue;
                }
                let o = c.new_object(&n.name, ObjectKind::TypeName, t, n.span);
                c.declare(n, o);
            }
            c.type_expr(&recv.ty);
            let sig = c.signature(&decl.sig);
            c.obj_mut(inst).ty = sig;
            c.info.defs.insert(decl.name.span, inst);
        });
        let sig = self.obj(inst).ty;
        let mname = decl.name.name.clone();
        if mname != "_" {
            if let TypeKind::Struct(fields) = self.g.types.under(named) {
                if fields.iter().any(|fl| fl.name == mname) {
                    self.error(decl.name.span, format!("field and method with the same name {mname}"));
                    return;
                }
            }
            self.g.types.add_method(named, TypeMethod { name: mname, obj: inst, sig, pointer_recv: pointer });
        }
        if !self.targs_are_placeholders(&targs) {
            self.pending_bodies.push_back(PendingBody { obj: inst, origin: m, decl, scope, info });
        }
    }

    /// Checks the bodies of the instances made so far (and those they make).
    pub(super) fn check_instance_bodies(&mut self) {
        while let Some(p) = self.pending_bodies.pop_front() {
            let saved_info = std::mem::replace(&mut self.info, p.info);
            let saved = (self.scope, self.func_level, self.func.take(), std::mem::take(&mut self.lit_stack), self.dep_owner);
            self.scope = p.scope;
            self.func_level = 0;
            self.dep_owner = Some(p.origin);
            self.instance_body(p.obj, p.decl);
            (self.scope, self.func_level, self.func, self.lit_stack, self.dep_owner) = saved;
            let info = std::mem::replace(&mut self.info, saved_info);
            let decl = self.file.decls.iter().position(|d| matches!(d, ast::Decl::Func(f) if std::ptr::eq(f, p.decl)));
            if let Some(decl) = decl {
                self.instances.push(Instance { pkg: self.pkg.clone(), decl, obj: p.obj, info });
            }
        }
    }

    /// Checks a generic function's (or generic type's method's) body once
    /// with its type parameters as placeholders, for what does not depend on
    /// them: names used (imports, variables, functions) and Go's
    /// `declared and not used` / `undefined:` errors, which Go reports even
    /// if the function is never instantiated. Every other finding is the
    /// instances' to report, in concrete terms.
    pub(super) fn precheck_generic_body(&mut self, obj: ObjectId, f: &'a ast::FuncDecl) {
        let Some(body) = &f.body else { return };
        if !f.type_params.is_empty() && !self.generics.contains_key(&obj) {
            return;
        }
        let mark = self.diags.len();
        let fresh = FileInfo { pkg: self.pkg.clone(), types: vec![None; self.file.expr_count as usize], ..FileInfo::default() };
        let saved_info = std::mem::replace(&mut self.info, fresh);
        let saved = (self.scope, self.func_level, self.func.take(), std::mem::take(&mut self.lit_stack), self.dep_owner);
        self.func_level = 0;
        self.dep_owner = Some(obj);
        let own = self.generics.get(&obj).map(|g| (g.scope, g.sig));
        match (&f.recv, own) {
            (None, None) => {}
            (recv, Some((scope, sig))) => {
                // A generic function, or a method with its own type parameters.
                let recv = recv.as_ref().map(|r| match self.obj(obj).kind {
                    ObjectKind::Func { recv: Some((t, ptr)), .. } => (r, if ptr { self.g.types.pointer(t) } else { t }),
                    _ => (r, TypeId::INVALID),
                });
                self.scope = scope;
                self.func_body(&f.sig, recv, body, sig);
            }
            (Some(r), None) => {
                let (pointer, names) = receiver_type_params(&r.ty);
                let base = receiver_base(&r.ty).and_then(|n| self.lookup(n));
                if let Some(gen) = base.filter(|g| self.generics.contains_key(g)) {
                    let ps: Vec<TypeId> = self.generics[&gen].params.iter().map(|p| p.placeholder).collect();
                    if ps.len() == names.len() {
                        self.scope = self.scopes.open(Scopes::PACKAGE, 0);
                        for (n, &t) in names.iter().zip(&ps) {
                            if n.name != "_" {
                                let o = self.new_object(&n.name, ObjectKind::TypeName, t, n.span);
                                self.declare(n, o);
                            }
                        }
                        let named = self.instantiate_type(gen, ps, r.ty.span).unwrap_or(TypeId::INVALID);
                        let recv_t = if pointer { self.g.types.pointer(named) } else { named };
                        let sig = self.signature(&f.sig);
                        self.func_body(&f.sig, Some((r, recv_t)), body, sig);
                    }
                }
            }
        }
        (self.scope, self.func_level, self.func, self.lit_stack, self.dep_owner) = saved;
        self.info = saved_info;
        let found: Vec<Diagnostic> = self.diags.drain(mark..).filter(|d| d.message.starts_with("declared and not used") || d.message.starts_with("undefined: ")).collect();
        self.diags.extend(found);
    }

    /// An instance's body, with its receiver (for a method) and parameters.
    fn instance_body(&mut self, obj: ObjectId, f: &'a ast::FuncDecl) {
        let Some(body) = &f.body else { return };
        let sig = self.obj(obj).ty;
        if sig == TypeId::INVALID {
            return;
        }
        let recv = f.recv.as_ref().map(|r| match self.obj(obj).kind {
            ObjectKind::Func { recv: Some((t, ptr)), .. } => (r, if ptr { self.g.types.pointer(t) } else { t }),
            _ => (r, TypeId::INVALID),
        });
        let _ = VarKind::Param;
        self.func_body(&f.sig, recv, body, sig);
    }
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

/// Where Go reports a call's inference errors: the call's arguments (its `(`).
fn call_args_span(call: &Expr) -> Span {
    match &call.kind {
        ExprKind::Call { func, .. } => Span::new(func.span.end as usize, call.span.end as usize),
        _ => call.span,
    }
}

/// `List` of a receiver `*List[T]`.
fn receiver_base(ty: &Expr) -> Option<&str> {
    match &ty.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Index(x, _) | ExprKind::IndexList(x, _) => receiver_base(x),
        ExprKind::Ident(n) => Some(n),
        _ => None,
    }
}

/// `*List[T]`, `List[K, V]`: whether the receiver is a pointer, and the
/// type parameter names it declares.
pub(super) fn receiver_type_params(ty: &Expr) -> (bool, Vec<ast::Ident>) {
    let mut base = ty;
    let mut pointer = false;
    loop {
        match &base.kind {
            ExprKind::Paren(x) => base = x,
            ExprKind::Star(x) => {
                pointer = true;
                base = x;
            }
            _ => break,
        }
    }
    let args: Vec<&Expr> = match &base.kind {
        ExprKind::Index(_, i) => vec![i],
        ExprKind::IndexList(_, is) => is.iter().collect(),
        _ => vec![],
    };
    let names = args
        .into_iter()
        .map(|a| match &a.kind {
            ExprKind::Ident(n) => ast::Ident { name: n.clone(), span: a.span },
            _ => ast::Ident { name: "_".into(), span: a.span },
        })
        .collect();
    (pointer, names)
}

impl<'a> Checker<'a> {
    /// A method declared on `G[P]`: checks that `G` is a generic type of
    /// this package; the method is made for each instance of `G`.
    pub(super) fn generic_receiver(&mut self, f: &'a ast::FuncDecl) {
        let Some(recv) = &f.recv else { return };
        let mut base = &recv.ty;
        while let ExprKind::Paren(x) | ExprKind::Star(x) = &base.kind {
            base = x;
        }
        let (ExprKind::Index(x, _) | ExprKind::IndexList(x, _)) = &base.kind else { return };
        let ExprKind::Ident(name) = &x.kind else {
            self.error(base.span, format!("invalid receiver type {}", super::expr_string(base)));
            return;
        };
        match self.lookup(name) {
            Some(o) if self.pending_generic(o) || self.generics.contains_key(&o) => {
                let (_, names) = receiver_type_params(&recv.ty);
                let want = match self.decls.get(&o) {
                    Some(super::PkgDecl::Type { spec }) => spec.type_params.iter().map(|g| g.names.len()).sum(),
                    _ => names.len(),
                };
                if names.len() != want {
                    self.error(base.span, format!("receiver declares {} type parameters, but receiver base type declares {want}", names.len()));
                }
            }
            Some(o) if matches!(self.obj(o).kind, ObjectKind::TypeName) => {
                self.error(base.span, format!("{} is not a generic type", self.type_str(self.obj(o).ty)));
            }
            Some(_) => self.error(x.span, format!("{name} is not a type")),
            None => self.error(x.span, format!("undefined: {name}")),
        }
    }
}
