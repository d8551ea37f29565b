//! Owns package-level declarations: imports (dot imports too; stdlib API files checked like
//! user code), collecting objects, their lazy out-of-order resolution with
//! cycle detection, methods, function bodies, `init` and `main`, and Go's
//! package variable initialization order.
//! Must not know statements' rules beyond calling into `stmt.rs`.

use super::{Checker, Color, FuncCtx, Globals, PkgDecl};
use crate::constant::ConstValue;
use crate::info::{FileInfo, Initializer, ObjectId, ObjectKind, PackageInfo, VarKind};
use crate::resolve::Scopes;
use crate::types::{Method as TypeMethod, TypeId, TypeKind};
use minigo_grammar::ast::{self, Decl, Expr, ExprKind};
use minigo_grammar::{Diagnostic, Span};
use std::collections::{HashMap, HashSet};

impl<'a> Checker<'a> {
    /// Checks the whole file: imports, package-level declarations, bodies.
    pub fn check_package(&mut self) {
        let file = self.file;
        for imp in &file.imports {
            self.import(imp);
        }
        let mut methods: Vec<(usize, &'a ast::FuncDecl)> = Vec::new();
        let mut order: Vec<ObjectId> = Vec::new();
        for (di, decl) in file.decls.iter().enumerate() {
            match decl {
                Decl::Const(specs) => self.collect_consts(specs, &mut order),
                Decl::Var(specs) => {
                    for (si, spec) in specs.iter().enumerate() {
                        for (i, name) in spec.names.iter().enumerate() {
                            let kind = ObjectKind::Var { kind: VarKind::Global, captured: false, used: true };
                            let obj = self.new_object(&name.name, kind, TypeId::INVALID, name.span);
                            self.declare(name, obj);
                            self.decls.insert(obj, PkgDecl::Var { spec, index: i, decl: di, spec_index: si });
                            order.push(obj);
                        }
                    }
                }
                Decl::Type(specs) => {
                    for spec in specs {
                        let obj = self.new_object(&spec.name.name, ObjectKind::TypeName, TypeId::INVALID, spec.name.span);
                        if !spec.alias && spec.type_params.is_empty() {
                            let named = self.g.types.new_named(&spec.name.name, &self.pkg.clone(), obj, false);
                            self.obj_mut(obj).ty = named;
                        }
                        self.declare(&spec.name, obj);
                        self.decls.insert(obj, PkgDecl::Type { spec });
                        order.push(obj);
                    }
                }
                Decl::Func(f) => {
                    if f.recv.is_some() {
                        methods.push((di, f));
                        continue;
                    }
                    let has_body = f.body.is_some();
                    let obj = self.new_object(&f.name.name, ObjectKind::Func { recv: None, has_body }, TypeId::INVALID, f.name.span);
                    self.decls.insert(obj, PkgDecl::Func { decl: f });
                    if f.name.name == "init" {
                        self.info.defs.insert(f.name.span, obj);
                        self.info.inits.push(di);
                    } else {
                        self.declare(&f.name, obj);
                    }
                    order.push(obj);
                }
            }
        }
        self.info.package_objects = order.clone();
        let method_objs = self.collect_methods(&methods);
        for &obj in &order {
            self.obj_decl(obj);
        }
        for &(obj, _) in &method_objs {
            self.obj_decl(obj);
        }
        self.settle_pending_types();
        // Function bodies, in source order.
        let mut bodies: Vec<(Span, ObjectId)> = order
            .iter()
            .filter(|o| matches!(self.decls.get(o), Some(PkgDecl::Func { .. })))
            .map(|&o| (self.obj(o).span, o))
            .collect();
        bodies.extend(method_objs.iter().map(|&(o, _)| (self.obj(o).span, o)));
        bodies.sort_by_key(|(s, _)| s.start);
        for (_, obj) in bodies {
            if let Some(PkgDecl::Func { decl, .. }) = self.decls.get(&obj).copied() {
                if is_generic_decl(decl) {
                    self.precheck_generic_body(obj, decl);
                    continue;
                }
                self.func_decl_body(obj, decl);
            }
        }
        self.check_instance_bodies();
        self.compute_init_order(&order);
        if self.pkg == "main" {
            let has_main = self.scopes.lookup_local(Scopes::PACKAGE, "main").is_some_and(|o| matches!(self.obj(o).kind, ObjectKind::Func { .. }));
            if !has_main {
                self.error(file.package.span, "function main is undeclared in the main package");
            }
        }
        if self.options.report_unused {
            for (_, span, path, used) in self.imports.clone() {
                if !used {
                    self.error(span, format!("{} imported and not used", super::exprstring::quote(path.as_bytes())));
                }
            }
        }
    }

    fn collect_consts(&mut self, specs: &'a [ast::ConstSpec], order: &mut Vec<ObjectId>) {
        let mut last: (Option<&'a Expr>, &'a [Expr]) = (None, &[]);
        for spec in specs {
            if spec.ty.is_some() || !spec.values.is_empty() {
                last = (spec.ty.as_ref(), &spec.values);
            }
            let (ty, values) = last;
            for (i, name) in spec.names.iter().enumerate() {
                let obj = self.new_object(&name.name, ObjectKind::Const(ConstValue::int(0)), TypeId::INVALID, name.span);
                self.declare(name, obj);
                self.decls.insert(obj, PkgDecl::Const { ty, value: values.get(i), iota: spec.iota });
                order.push(obj);
            }
            self.check_const_spec_arity(spec, values);
        }
    }

    /// `missing init expr for const declaration` / `extra init expr`.
    pub fn check_const_spec_arity(&mut self, spec: &ast::ConstSpec, values: &[Expr]) {
        if values.is_empty() {
            self.error(spec.names[0].span, "missing init expr for const declaration");
        } else if spec.names.len() > values.len() {
            self.error(spec.names[values.len()].span, "missing init expr for const declaration");
        } else if spec.names.len() < values.len() && !spec.values.is_empty() {
            self.error(values[spec.names.len()].span, "extra init expr");
        }
    }

    /// Creates the method objects and records which named type each belongs to.
    fn collect_methods(&mut self, methods: &[(usize, &'a ast::FuncDecl)]) -> Vec<(ObjectId, usize)> {
        let mut out = Vec::new();
        for &(di, f) in methods {
            let has_body = f.body.is_some();
            let obj = self.new_object(&f.name.name, ObjectKind::Func { recv: None, has_body }, TypeId::INVALID, f.name.span);
            self.info.defs.insert(f.name.span, obj);
            self.decls.insert(obj, PkgDecl::Func { decl: f });
            if let Some(base) = f.recv.as_ref().and_then(|r| receiver_base_name(&r.ty)) {
                self.methods_of.entry(base.to_string()).or_default().push(obj);
            }
            out.push((obj, di));
        }
        out
    }

    /// Resolves a package-level object's declaration (once; detects cycles).
    pub fn obj_decl(&mut self, obj: ObjectId) {
        match self.colors.get(&obj) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.report_cycle(obj);
                return;
            }
            None => {}
        }
        let Some(decl) = self.decls.get(&obj).copied() else { return };
        self.colors.insert(obj, Color::Grey);
        self.decl_path.push(obj);
        self.in_package_block(|c| match decl {
            PkgDecl::Const { ty, value, iota, .. } => c.const_decl(obj, ty, value, iota),
            PkgDecl::Var { spec, .. } => {
                c.dep_owner = Some(obj);
                c.global_var_decl(spec);
            }
            PkgDecl::Type { spec } => {
                c.type_decl(obj, spec);
                if !c.pending_types.iter().any(|p| p.obj == obj) {
                    c.attach_methods(spec);
                }
            }
            PkgDecl::Func { decl, .. } => c.func_signature(obj, decl),
        });
        self.decl_path.pop();
        self.colors.insert(obj, Color::Black);
        if !self.pending_types.is_empty() {
            self.retry_pending_types();
        }
    }

    /// Runs `f` as a package-level declaration is checked: in the package
    /// block, outside any function, whatever the current context.
    fn in_package_block(&mut self, f: impl FnOnce(&mut Self)) {
        let saved = (self.scope, self.func_level, self.func.take(), std::mem::take(&mut self.lit_stack), self.iota, self.dep_owner);
        self.scope = Scopes::PACKAGE;
        self.func_level = 0;
        self.iota = None;
        self.dep_owner = None;
        f(self);
        (self.scope, self.func_level, self.func, self.lit_stack, self.iota, self.dep_owner) = saved;
    }

    /// The declaring object of `t` if it is a package-level named type whose
    /// declaration is not complete: being resolved, or waiting for an embedded interface.
    pub fn incomplete_type(&self, t: TypeId) -> Option<ObjectId> {
        let n = self.g.types.named(t)?;
        if n.underlying != TypeId::INVALID {
            return None;
        }
        let o = n.obj;
        let waiting = self.pending_types.iter().any(|p| p.obj == o);
        (waiting || self.colors.get(&o) == Some(&Color::Grey)).then_some(o)
    }

    /// Go completes a type's method set with its declaration: an initializer
    /// or conversion checked later sees every method, wherever the methods
    /// are in the file.
    fn attach_methods(&mut self, spec: &'a ast::TypeSpec) {
        for m in self.methods_of.get(&spec.name.name).cloned().unwrap_or_default() {
            self.obj_decl(m);
        }
    }

    /// A use of type name `obj` inside a package-level type declaration:
    /// if `obj` is an alias waiting for another declaration, the declaration
    /// being checked waits too (true: the use is an invalid operand for now).
    pub fn waits_for_alias(&mut self, obj: ObjectId) -> bool {
        if self.embed_wait.is_none() || !self.pending_types.iter().any(|p| p.obj == obj && p.spec.alias) {
            return false;
        }
        self.embed_wait = Some(self.embed_wait.flatten().or(Some(obj)));
        true
    }

    /// Completes the waiting type declarations whose blocking declaration is
    /// complete now (then attaches their methods).
    fn retry_pending_types(&mut self) {
        // Each retry completes a declaration or finds it a new blocker; the
        // bound only guards against a blocker chain that never settles.
        let mut budget = 64 * (self.pending_types.len() + 1) * (self.pending_types.len() + 1);
        loop {
            budget -= 1;
            if budget == 0 {
                return;
            }
            let ready = self.pending_types.iter().position(|p| {
                let b = p.blocked_on;
                self.colors.get(&b) != Some(&Color::Grey) && !self.pending_types.iter().any(|q| q.obj == b)
            });
            let Some(i) = ready else { return };
            let p = self.pending_types.remove(i);
            self.in_package_block(|c| c.type_decl(p.obj, p.spec));
            if !self.pending_types.iter().any(|q| q.obj == p.obj) {
                self.in_package_block(|c| c.attach_methods(p.spec));
            }
        }
    }

    /// After every declaration: type declarations still waiting embed each
    /// other in a cycle. Reports each cycle as Go does (from the member
    /// declared first: `invalid recursive type A` / `A refers to B`), then
    /// completes the others with the cycle's types invalid.
    fn settle_pending_types(&mut self) {
        self.retry_pending_types();
        while let Some(first) = self.pending_types.iter().min_by_key(|p| self.obj(p.obj).span.start).copied() {
            let mut chain = vec![first.obj];
            let cycle = loop {
                let last = *chain.last().unwrap();
                let next = self.pending_types.iter().find(|p| p.obj == last).map(|p| p.blocked_on);
                match next {
                    Some(n) if chain.contains(&n) => break chain[chain.iter().position(|&c| c == n).unwrap()..].to_vec(),
                    Some(n) => chain.push(n),
                    None => break vec![last],
                }
            };
            // Aliases are transparent in Go's report: `type A = interface{ B }`
            // and `type B interface{ A }` is B referring to itself.
            let defined: Vec<ObjectId> = cycle.iter().copied().filter(|o| !matches!(self.decls.get(o), Some(PkgDecl::Type { spec }) if spec.alias)).collect();
            self.report_decl_cycle(if defined.is_empty() { &cycle } else { &defined }, false);
            for &o in &cycle {
                let t = self.obj(o).ty;
                self.failed_types.push(t);
            }
            self.pending_types.retain(|p| !cycle.contains(&p.obj));
            self.retry_pending_types();
        }
    }

    fn report_cycle(&mut self, obj: ObjectId) {
        if let Some(start) = self.decl_path.iter().position(|&o| o == obj) {
            let cycle = self.decl_path[start..].to_vec();
            let values = cycle.iter().filter(|o| matches!(self.decls.get(o), Some(PkgDecl::Const { .. } | PkgDecl::Var { .. }))).count();
            let defined_types = cycle.iter().filter(|o| matches!(self.decls.get(o), Some(PkgDecl::Type { spec }) if !spec.alias)).count();
            // Go's validCycle: a cycle of values only is an initialization
            // cycle (reported below or by the init order); one through types
            // and functions only is fine if it has a defined type.
            let func = matches!(self.decls.get(&obj), Some(PkgDecl::Func { .. }));
            if !func && values < cycle.len() && !(values == 0 && defined_types > 0) {
                self.report_decl_cycle(&cycle, false);
                self.broken_cycle.push(obj);
                return;
            }
            // An alias still being resolved, met in a defined type's
            // declaration (`type H = func(*C)`, `type C struct{ hs []H }`):
            // that declaration waits for the alias.
            let alias = matches!(self.decls.get(&obj), Some(PkgDecl::Type { spec }) if spec.alias);
            if alias && values == 0 && defined_types > 0 {
                if let Some(wait) = self.embed_wait.as_mut() {
                    wait.get_or_insert(obj);
                    return;
                }
            }
            if values == cycle.len() && matches!(self.decls.get(&obj), Some(PkgDecl::Const { .. })) {
                self.report_decl_cycle(&cycle, true);
                self.broken_cycle.push(obj);
                return;
            }
        }
        let o = self.obj(obj).clone();
        match o.kind {
            // A defined type referring to itself is fine (checked by
            // `check_valid_type`); an alias cycle is not.
            ObjectKind::TypeName if o.ty == TypeId::INVALID => {
                self.error(o.span, format!("invalid recursive type {}", o.name));
            }
            ObjectKind::Const(_) if o.ty == TypeId::INVALID => {
                self.error(o.span, format!("initialization cycle or invalid recursive reference: {}", o.name));
            }
            // Variable cycles are reported with their path by `compute_init_order`.
            _ => {}
        }
    }

    /// A declaration cycle as Go words it, starting at the member declared
    /// first: `invalid recursive type T` (a type first), `invalid cycle in
    /// declaration of x` (a value first), `initialization cycle for c` (values
    /// only), with `a refers to b` notes; `…: T refers to itself` for one member.
    fn report_decl_cycle(&mut self, cycle: &[ObjectId], init: bool) {
        let start = cycle.iter().enumerate().min_by_key(|(_, &o)| self.obj(o).span.start).map(|(i, _)| i).unwrap_or(0);
        let cycle: Vec<ObjectId> = cycle[start..].iter().chain(&cycle[..start]).copied().collect();
        let head = self.obj(cycle[0]).clone();
        let (what, of) = match (init, matches!(head.kind, ObjectKind::TypeName)) {
            (true, _) => ("initialization cycle", "for "),
            (false, true) => ("invalid recursive type", ""),
            (false, false) => ("invalid cycle in declaration", "of "),
        };
        if cycle.len() == 1 {
            self.error(head.span, format!("{what}: {} refers to itself", head.name));
            return;
        }
        let mut d = Diagnostic::error(head.span, format!("{what} {of}{}", head.name));
        for (i, &o) in cycle.iter().enumerate() {
            let to = cycle[(i + 1) % cycle.len()];
            d = d.with_label(self.obj(o).span, format!("{} refers to {}", self.obj(o).name, self.obj(to).name));
        }
        self.diags.push(d);
    }

    fn const_decl(&mut self, obj: ObjectId, ty: Option<&'a Expr>, value: Option<&'a Expr>, iota: u32) {
        self.iota = Some(iota);
        let declared = ty.map(|t| self.type_expr(t));
        if let Some(t) = declared {
            if t != TypeId::INVALID && self.g.types.basic(t).is_none() {
                self.error(ty.unwrap().span, format!("invalid constant type {}", self.type_str(t)));
                self.iota = None;
                return;
            }
        }
        let Some(value) = value else {
            self.iota = None;
            return;
        };
        let mut x = self.expr(value);
        if !x.is_invalid() && x.value().is_none() {
            self.error(value.span, format!("{} is not constant", self.operand_str(&x)));
            x = super::Operand::invalid(Some(value));
        }
        if let (Some(t), false) = (declared, x.is_invalid()) {
            if t != TypeId::INVALID {
                self.assign_operand(&mut x, t, "constant declaration");
            }
        }
        if let Some(v) = x.value().cloned() {
            let o = self.obj_mut(obj);
            o.kind = ObjectKind::Const(v);
            o.ty = x.ty;
        } else {
            self.obj_mut(obj).ty = TypeId::INVALID;
        }
        self.iota = None;
    }

    fn global_var_decl(&mut self, spec: &'a ast::VarSpec) {
        let objs: Vec<Option<ObjectId>> = spec.names.iter().map(|n| if n.is_blank() { None } else { self.info.defs.get(&n.span).copied() }).collect();
        for o in objs.iter().flatten() {
            self.colors.insert(*o, Color::Grey);
        }
        self.init_vars(&objs, spec.ty.as_ref(), &spec.values, spec.span);
        for o in objs.iter().flatten() {
            self.colors.insert(*o, Color::Black);
        }
    }

    fn type_decl(&mut self, obj: ObjectId, spec: &'a ast::TypeSpec) {
        if !spec.type_params.is_empty() {
            self.generic_type_decl(obj, spec);
            return;
        }
        let outer = self.embed_wait.replace(None);
        let constraint = matches!(spec.ty.kind, ExprKind::InterfaceType(_));
        let saved = std::mem::replace(&mut self.in_constraint, constraint);
        let rhs = self.type_expr(&spec.ty);
        self.in_constraint = saved;
        let mut blocked_on = std::mem::replace(&mut self.embed_wait, outer).flatten();
        if spec.alias {
            match blocked_on {
                // It met an alias still being resolved: it waits for it.
                Some(blocked_on) => self.pending_types.push(super::PendingType { obj, spec, blocked_on }),
                None => self.obj_mut(obj).ty = rhs,
            }
            return;
        }
        let named = self.obj(obj).ty;
        if rhs != TypeId::INVALID && self.g.types.underlying(rhs) == TypeId::INVALID && self.g.types.is_named(rhs) && !self.failed_types.contains(&rhs) {
            match self.incomplete_type(rhs) {
                // `type L2 Leaf` while Leaf waits for an embedded interface: wait too.
                Some(o) if self.pending_types.iter().any(|p| p.obj == o) => blocked_on = blocked_on.or(Some(o)),
                _ => self.error(spec.name.span, format!("invalid recursive type {}", spec.name.name)),
            }
        }
        if let Some(blocked_on) = blocked_on {
            self.pending_types.push(super::PendingType { obj, spec, blocked_on });
            return;
        }
        self.g.types.set_underlying(named, rhs);
        self.check_valid_type(named, spec.name.span);
        if let ExprKind::InterfaceType(elems) = &spec.ty.kind {
            let set = self.type_set_of(elems);
            if set != super::generic::TypeSet::default() {
                self.g.type_sets.insert(named, set);
            }
        }
    }

    /// Resolves a function's or method's signature; attaches methods to their receiver type.
    fn func_signature(&mut self, obj: ObjectId, f: &'a ast::FuncDecl) {
        // As in Go, a function met again while its own signature is being
        // resolved is seen with an empty signature (`f() (no value) used as value`).
        let empty = self.g.types.func(Vec::new(), Vec::new(), false);
        self.obj_mut(obj).ty = empty;
        if !f.type_params.is_empty() {
            match &f.recv {
                None => self.generic_func_signature(obj, f),
                Some(r) if super::generic::receiver_type_params(&r.ty).1.is_empty() => self.generic_method_signature(obj, f),
                Some(_) => self.unsupported(f.type_params[0].span, "methods with type parameters on generic types"),
            }
            return;
        }
        if f.recv.as_ref().is_some_and(|r| !super::generic::receiver_type_params(&r.ty).1.is_empty()) {
            // A method of a generic type: made per instance of the type.
            self.generic_receiver(f);
            return;
        }
        let sig = self.signature(&f.sig);
        self.obj_mut(obj).ty = sig;
        if f.body.is_none() && self.pkg == "main" {
            self.error(f.name.span, "missing function body");
        }
        let special = f.recv.is_none() && (f.name.name == "init" || f.name.name == "main") && self.pkg == "main";
        if special && (!f.sig.params.is_empty() || !f.sig.results.is_empty()) {
            self.error(f.name.span, format!("func {} must have no arguments and no return values", f.name.name));
        }
        let Some(recv) = &f.recv else { return };
        let mut base = &recv.ty;
        let mut pointer = false;
        if let ExprKind::Paren(x) = &base.kind {
            base = x;
        }
        if let ExprKind::Star(x) = &base.kind {
            base = x;
            pointer = true;
        }
        let ExprKind::Ident(name) = &base.kind else {
            if let ExprKind::Index(..) = &base.kind {
                self.unsupported(base.span, "generics");
            } else {
                self.error(base.span, format!("invalid receiver type {}", super::expr_string(base)));
            }
            return;
        };
        let Some(tobj) = self.lookup(name) else {
            self.error(base.span, format!("undefined: {name}"));
            return;
        };
        self.obj_decl(tobj);
        let t = self.obj(tobj).ty;
        let recv_ty = self.type_expr(&recv.ty);
        let local = self.obj(tobj).pkg == self.pkg && self.scopes.lookup_local(Scopes::PACKAGE, name) == Some(tobj);
        if !matches!(self.obj(tobj).kind, ObjectKind::TypeName) || !self.g.types.is_named(t) || !local {
            if matches!(self.obj(tobj).kind, ObjectKind::TypeName) {
                self.error(base.span, format!("cannot define new methods on non-local type {}", self.type_str(t)));
            } else {
                self.error(base.span, format!("{name} is not a type"));
            }
            return;
        }
        if recv_ty == TypeId::INVALID {
            return;
        }
        match self.g.types.under(t) {
            TypeKind::Pointer(_) | TypeKind::Interface(_) => {
                self.error(base.span, format!("invalid receiver type {name} (pointer or interface type)"));
                return;
            }
            _ => {}
        }
        let mname = &f.name.name;
        if mname != "_" {
            if let Some(n) = self.g.types.named(t) {
                if n.methods.iter().any(|m| &m.name == mname) {
                    self.error(f.name.span, format!("method {}.{} already declared", n.name, mname));
                    return;
                }
            }
            if let TypeKind::Struct(fields) = self.g.types.under(t) {
                if fields.iter().any(|fl| &fl.name == mname) {
                    self.error(f.name.span, format!("field and method with the same name {mname}"));
                    return;
                }
            }
        }
        self.obj_mut(obj).kind = ObjectKind::Func { recv: Some((t, pointer)), has_body: f.body.is_some() };
        if mname != "_" {
            self.g.types.add_method(t, TypeMethod { name: mname.clone(), obj, sig, pointer_recv: pointer });
        }
    }

    /// Checks a function or method body.
    fn func_decl_body(&mut self, obj: ObjectId, f: &'a ast::FuncDecl) {
        let Some(body) = &f.body else { return };
        let sig = self.obj(obj).ty;
        if sig == TypeId::INVALID {
            return;
        }
        self.dep_owner = Some(obj);
        // A receiver whose type was rejected is still declared (as invalid) for the body.
        let recv = f.recv.as_ref().map(|r| match self.obj(obj).kind {
            ObjectKind::Func { recv: Some((t, ptr)), .. } => (r, if ptr { self.g.types.pointer(t) } else { t }),
            _ => (r, TypeId::INVALID),
        });
        self.func_body(&f.sig, recv, body, sig);
        self.dep_owner = None;
    }

    /// Checks a function body (declaration or literal) in a new function scope.
    pub fn func_body(&mut self, sig: &'a ast::FuncType, recv: Option<(&'a ast::ParamGroup, TypeId)>, body: &'a ast::Block, sig_ty: TypeId) {
        let Some(signature) = self.g.types.signature(sig_ty).cloned() else { return };
        self.func_level += 1;
        self.open_scope();
        let saved_func = self.func.take();
        if let Some((r, t)) = recv {
            for n in &r.names {
                self.declare_var(n, t, VarKind::Receiver);
            }
        }
        let mut i = 0;
        for g in &sig.params {
            for n in &g.names {
                self.declare_var(n, signature.params.get(i).copied().unwrap_or(TypeId::INVALID), VarKind::Param);
                i += 1;
            }
            if g.names.is_empty() {
                i += 1;
            }
        }
        let mut named_results = Vec::new();
        let mut i = 0;
        for g in &sig.results {
            for n in &g.names {
                let o = self.declare_var(n, signature.results.get(i).copied().unwrap_or(TypeId::INVALID), VarKind::Result);
                named_results.push(o);
                i += 1;
            }
            if g.names.is_empty() {
                i += 1;
            }
        }
        self.func = Some(FuncCtx { results: signature.results.clone(), named_results });
        self.func_stmts(&body.stmts);
        if !signature.results.is_empty() && !self.is_terminating_list(&body.stmts, "") {
            let end = Span::new(body.span.end as usize - 1, body.span.end as usize);
            self.error(end, "missing return");
        }
        self.close_scope();
        self.func = saved_func;
        self.func_level -= 1;
    }

    /// Declares a variable object in the current scope.
    pub fn declare_var(&mut self, name: &ast::Ident, ty: TypeId, kind: VarKind) -> ObjectId {
        let used = kind != VarKind::Local;
        let obj = self.new_object(&name.name, ObjectKind::Var { kind, captured: false, used }, ty, name.span);
        self.declare(name, obj);
        obj
    }

    /// Records that the current package-level declaration depends on `obj`.
    pub fn add_dep(&mut self, obj: ObjectId) {
        if let Some(owner) = self.dep_owner {
            if self.decls.contains_key(&obj) {
                let d = self.deps.entry(owner).or_default();
                if !d.contains(&obj) {
                    d.push(obj);
                }
            }
        }
    }

    /// Go's package initialization order: repeatedly the earliest variable
    /// (in declaration order) whose dependencies are all initialized.
    fn compute_init_order(&mut self, order: &[ObjectId]) {
        let vars: Vec<ObjectId> = order.iter().copied().filter(|o| matches!(self.decls.get(o), Some(PkgDecl::Var { .. }))).collect();
        // Transitive variable dependencies through functions and methods.
        let mut var_deps: HashMap<ObjectId, HashSet<ObjectId>> = HashMap::new();
        for &v in &vars {
            let mut seen = HashSet::new();
            let mut stack: Vec<ObjectId> = self.deps.get(&v).cloned().unwrap_or_default();
            let mut out = HashSet::new();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                match self.decls.get(&d) {
                    Some(PkgDecl::Var { .. }) => {
                        out.insert(d);
                    }
                    Some(PkgDecl::Func { .. }) => stack.extend(self.deps.get(&d).cloned().unwrap_or_default()),
                    _ => {}
                }
            }
            var_deps.insert(v, out);
        }
        // Variables of one `var a, b = f()` spec are initialized together.
        let mut key_of: HashMap<ObjectId, (usize, usize)> = HashMap::new();
        let mut tuple_groups: HashMap<(usize, usize), Vec<ObjectId>> = HashMap::new();
        for &v in &vars {
            if let Some(PkgDecl::Var { decl, spec_index, spec, .. }) = self.decls.get(&v) {
                key_of.insert(v, (*decl, *spec_index));
                if spec.values.len() == 1 && spec.names.len() > 1 {
                    tuple_groups.entry((*decl, *spec_index)).or_default().push(v);
                }
            }
        }
        let group_of = |v: ObjectId| -> Vec<ObjectId> { key_of.get(&v).and_then(|k| tuple_groups.get(k)).cloned().unwrap_or_else(|| vec![v]) };
        let mut done: HashSet<ObjectId> = HashSet::new();
        let mut remaining = vars.clone();
        while !remaining.is_empty() {
            let ready = remaining.iter().position(|&v| {
                let group = group_of(v);
                group.iter().all(|g| var_deps[g].iter().all(|d| done.contains(d)))
            });
            let Some(i) = ready else {
                self.report_init_cycle(&remaining);
                return;
            };
            let v = remaining[i];
            let group = group_of(v);
            let key = key_of.get(&v).copied().unwrap_or((0, 0));
            if let Some(PkgDecl::Var { spec, index, .. }) = self.decls.get(&v).copied() {
                if spec.values.len() == 1 && spec.names.len() > 1 {
                    let lhs = spec.names.iter().map(|n| if n.is_blank() { None } else { self.info.defs.get(&n.span).copied() }).collect();
                    self.info.var_init_order.push(Initializer { lhs, value: spec.values[0].id, decl: key.0, spec: key.1 });
                } else if let Some(value) = spec.values.get(index) {
                    let lhs = vec![if spec.names[index].is_blank() { None } else { Some(v) }];
                    self.info.var_init_order.push(Initializer { lhs, value: value.id, decl: key.0, spec: key.1 });
                }
            }
            done.extend(group.iter().copied());
            remaining.retain(|w| !group.contains(w));
        }
    }


    /// `initialization cycle for a` with Go's `a refers to b` notes, for the
    /// first remaining variable that lies on a dependency cycle.
    fn report_init_cycle(&mut self, remaining: &[ObjectId]) {
        for &v in remaining {
            let Some(path) = self.dependency_path(v, v) else { continue };
            let name = self.obj(v).name.clone();
            let span = self.obj(v).span;
            if path.len() == 1 {
                self.error(span, format!("initialization cycle: {name} refers to itself"));
                return;
            }
            let mut d = Diagnostic::error(span, format!("initialization cycle for {name}"));
            let mut from = v;
            for &to in &path {
                let (f, t) = (self.obj(from).clone(), self.obj(to).name.clone());
                d = d.with_label(f.span, format!("{} refers to {t}", f.name));
                from = to;
            }
            self.diags.push(d);
            return;
        }
    }

    /// A shortest dependency path `from → … → to` (excluding `from`), through
    /// variables and functions.
    fn dependency_path(&self, from: ObjectId, to: ObjectId) -> Option<Vec<ObjectId>> {
        let mut prev: HashMap<ObjectId, ObjectId> = HashMap::new();
        let mut queue = std::collections::VecDeque::from([from]);
        while let Some(cur) = queue.pop_front() {
            for &next in self.deps.get(&cur).map(|d| d.as_slice()).unwrap_or(&[]) {
                if next == to {
                    let mut path = vec![to];
                    let mut c = cur;
                    while c != from {
                        path.push(c);
                        c = prev[&c];
                    }
                    path.reverse();
                    return Some(path);
                }
                if !prev.contains_key(&next) && next != from {
                    prev.insert(next, cur);
                    queue.push_back(next);
                }
            }
        }
        None
    }

    /// Handles one import: loads the stdlib package and declares its name.
    fn import(&mut self, imp: &'a ast::Import) {
        let loaded = self.load_package(&imp.path, imp.path_span);
        let pkg_name = match loaded {
            Some(index) => self.g.packages[index].name.clone(),
            None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
        };
        let name = match &imp.name {
            Some(n) if n.name == "." => {
                self.dot_import(n, &imp.path, &pkg_name, loaded);
                return;
            }
            Some(n) if n.name == "_" => return,
            Some(n) => n.clone(),
            None => ast::Ident { name: pkg_name, span: imp.path_span },
        };
        let obj = self.new_object(&name.name, ObjectKind::PkgName(imp.path.clone()), TypeId::INVALID, name.span);
        if imp.name.is_some() {
            self.info.defs.insert(name.span, obj);
        }
        if self.scopes.declare(Scopes::PACKAGE, &name.name, obj).is_some() {
            self.error(name.span, format!("{} redeclared in this block", name.name));
        }
        // A failed import was reported already: its uses stay silent.
        self.imports.push((obj, imp.path_span, imp.path.clone(), loaded.is_none()));
    }

    /// `import . "path"`: every exported member of the package is declared
    /// in the file block (here: the package scope, which also holds the
    /// file's imports); a member meeting a name already there is
    /// `redeclared in this block`, reported at the import.
    fn dot_import(&mut self, dot: &'a ast::Ident, path: &str, pkg_name: &str, loaded: Option<usize>) {
        let obj = self.new_object(pkg_name, ObjectKind::PkgName(path.to_string()), TypeId::INVALID, dot.span);
        self.info.defs.insert(dot.span, obj);
        let index = self.imports.len();
        self.imports.push((obj, dot.span, path.to_string(), loaded.is_none()));
        let Some(loaded) = loaded else { return };
        let mut members: Vec<(String, ObjectId)> = self.g.packages[loaded].members.iter().map(|(n, o)| (n.clone(), *o)).collect();
        members.sort();
        for (name, member) in members {
            match self.scopes.declare(Scopes::PACKAGE, &name, member) {
                None => {
                    self.dot_members.insert(member, index);
                }
                Some(prev) => {
                    let mut d = Diagnostic::error(dot.span, format!("{name} redeclared in this block"));
                    // A name this file spelled out (a renamed import) can be shown.
                    if !self.dot_members.contains_key(&prev) {
                        d = d.with_label(self.obj(prev).span, format!("other declaration of {name}"));
                    }
                    self.diags.push(d);
                }
            }
        }
    }

    /// Loads (once) and checks the stdlib package `path`; its index in `g.packages`.
    pub fn load_package(&mut self, path: &str, span: Span) -> Option<usize> {
        if let Some(i) = self.g.packages.iter().position(|p| p.path == path) {
            return Some(i);
        }
        if path == "unsafe" {
            self.unsupported(span, "package unsafe");
            return None;
        }
        if path == "C" {
            self.unsupported(span, "cgo");
            return None;
        }
        let Some(src) = minigo_stdlib::api::package_api(path) else {
            self.error(span, format!("package {path} is not in std"));
            return None;
        };
        if path.starts_with("internal/") && self.pkg == "main" {
            self.error(span, format!("use of internal package {path} not allowed"));
            return None;
        }
        if self.g.loading.iter().any(|p| p == path) {
            self.error(span, format!("import cycle not allowed: {path}"));
            return None;
        }
        let (file, parse_diags) = super::parse_api(src);
        let globals = std::mem::replace(&mut self.g, Globals::placeholder());
        let mut globals = globals;
        globals.loading.push(path.to_string());
        let options = crate::info::CheckOptions { report_unused: false };
        let generic = file.decls.iter().any(|d| match d {
            Decl::Func(f) => is_generic_decl(f),
            Decl::Type(specs) => specs.iter().any(|s| !s.type_params.is_empty()),
            _ => false,
        });
        let (mut globals, info, diags) = if generic {
            // Its generic declarations are instantiated by the packages
            // importing it, long after this checker: their file must live on.
            let kept: &'static ast::File = Box::leak(Box::new(file.clone()));
            let mut sub = Checker::new(globals, kept, path, options);
            sub.check_package();
            let kept_generics = super::generic::PackageGenerics::take(&mut sub);
            let (g, info, d, members) = sub.finish_api(path);
            let mut g = g;
            g.pkg_generics.insert(path.to_string(), kept_generics);
            (g, (info, members), d)
        } else {
            let mut sub = Checker::new(globals, &file, path, options);
            sub.check_package();
            let (g, info, d, members) = sub.finish_api(path);
            (g, (info, members), d)
        };
        globals.loading.pop();
        self.g = globals;
        for d in parse_diags.into_iter().chain(diags) {
            self.error(span, format!("internal error in the API of package {path}: {}", d.message));
        }
        let (info, members) = info;
        let name = file.package.name.clone();
        let members: HashMap<String, ObjectId> = members
            .into_iter()
            .filter(|(n, o)| n.starts_with(|c: char| c.is_uppercase()) && !matches!(self.obj(*o).kind, ObjectKind::PkgName(_)))
            .collect();
        self.g.packages.push(PackageInfo { path: path.to_string(), name, file, info, members });
        Some(self.g.packages.len() - 1)
    }
}

impl Checker<'_> {
    /// Ends the checking of a stdlib API file: its facts and package block.
    fn finish_api(self, path: &str) -> (Globals, FileInfo, Vec<Diagnostic>, Vec<(String, ObjectId)>) {
        let members: Vec<(String, ObjectId)> = self.scopes.get(Scopes::PACKAGE).names.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let (g, mut info, d) = self.finish();
        info.pkg = path.to_string();
        (g, info, d, members)
    }
}

impl Globals {
    /// An empty stand-in while the real globals are lent to a package's checker.
    pub fn placeholder() -> Globals {
        Globals {
            types: crate::types::TypeTable::new(),
            objects: Vec::new(),
            universe: HashMap::new(),
            error_type: TypeId::INVALID,
            packages: Vec::new(),
            loading: Vec::new(),
            type_sets: HashMap::new(),
            pkg_generics: HashMap::new(),
        }
    }
}

/// A generic function, or a method of a generic type (checked per instance).
fn is_generic_decl(f: &ast::FuncDecl) -> bool {
    !f.type_params.is_empty() || f.recv.as_ref().is_some_and(|r| !super::generic::receiver_type_params(&r.ty).1.is_empty())
}

/// `T` of a receiver spelled `T`, `*T`, `(*T)` or `T[P]` (None for anything
/// else, which `func_signature` reports).
fn receiver_base_name(ty: &Expr) -> Option<&str> {
    let mut base = ty;
    if let ExprKind::Paren(x) = &base.kind {
        base = x;
    }
    if let ExprKind::Star(x) = &base.kind {
        base = x;
    }
    if let ExprKind::Index(x, _) | ExprKind::IndexList(x, _) = &base.kind {
        base = x;
    }
    match &base.kind {
        ExprKind::Ident(name) => Some(name),
        _ => None,
    }
}
