//! Owns incremental compilation for a REPL session: one type table and object
//! table for the whole session, the session's package block (a later
//! declaration of a name replaces the earlier binding), and compiling one
//! input — a `package main` file whose statements sit in one entry function —
//! into code appended to the session's module. The entry function's
//! top-level variables are promoted to package-level variables so later
//! inputs and closures see them. "Declared and not used" and unused imports
//! are not reported.
//! Must not know how inputs are read or split, nor how the VM runs them.

use crate::check::{Checker, Globals};
use crate::info::{CheckOptions, Checked, FileInfo, ObjectId, ObjectKind, VarKind};
use crate::lower::session::{lower_more, InputUnit, LowerState, Lowered};
use crate::resolve::Scopes;
use crate::types::{TypeId, TypeStyle, TypeTable};
use minigo_grammar::ast::{self, Decl, StmtKind};
use minigo_grammar::Diagnostic;
use minigo_vm::bytecode::Module;
use std::collections::HashMap;

/// A Go REPL session's compile-time state.
pub struct Session {
    checked: Checked,
    universe: HashMap<String, ObjectId>,
    /// The session's package block: every name declared so far.
    scope: HashMap<String, ObjectId>,
    lower: LowerState,
    /// Function literals directly in `main` of the inputs kept so far: the
    /// next input's literals are numbered on from there, as in the `:write`
    /// program (`main.main.func3`).
    main_literals: u32,
    /// Those of the input compiled last (see `input_kept`).
    last_literals: u32,
}

/// One name of the session's package block, for `:env` and completion.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionName {
    pub name: String,
    /// `var`, `const`, `type`, `func` or `package`.
    pub kind: &'static str,
    /// The type as Go's compiler prints it (the import path for a package).
    pub detail: String,
}

/// The result of checking an input without running it.
struct CheckedInput {
    globals: Globals,
    info: FileInfo,
    scope: HashMap<String, ObjectId>,
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

impl Session {
    pub fn new() -> Session {
        let mut types = TypeTable::new();
        let mut objects = Vec::new();
        let universe = crate::universe::build(&mut types, &mut objects);
        let main = FileInfo { pkg: "main".into(), ..FileInfo::default() };
        let checked = Checked { types, objects, main, instances: Vec::new(), packages: Vec::new(), error_type: universe.error_type };
        Session { checked, universe: universe.names, scope: HashMap::new(), lower: LowerState::default(), main_literals: 0, last_literals: 0 }
    }

    /// The module a session's VM starts from: nothing but an empty `main.init`.
    pub fn empty_module(file_name: &str) -> Module {
        let file = minigo_grammar::parse_file("package main\n").0;
        let checked = Session::new().checked;
        let mut state = LowerState::default();
        let unit = InputUnit { file: &file, info: &checked.main, pkg: "main", source: Some("") };
        let base = Module { file_name: file_name.to_string(), ..Module::default() };
        match lower_more(&mut state, &checked, base, &[unit], &[], None) {
            Ok(l) => Module { main: l.init, ..l.module },
            Err(_) => Module::default(),
        }
    }

    /// Checks `file` against the session without changing it; the
    /// diagnostics are sorted, at most 10.
    fn check(&self, file: &ast::File) -> (CheckedInput, Vec<Diagnostic>) {
        let mut globals = Globals {
            types: self.checked.types.clone(),
            objects: self.checked.objects.clone(),
            universe: self.universe.clone(),
            error_type: self.checked.error_type,
            packages: self.checked.packages.clone(),
            loading: Vec::new(),
            type_sets: HashMap::new(),
            pkg_generics: HashMap::new(),
        };
        let declared = declared_names(file);
        let replaced = self.take_redeclared_methods(file, &declared, &mut globals.types);
        let mut checker = Checker::new(globals, file, "main", CheckOptions { report_unused: false });
        for (name, &obj) in &self.scope {
            if !declared.contains(&name.as_str()) {
                checker.scopes.declare(Scopes::PACKAGE, name, obj);
            }
        }
        checker.check_package();
        if let Some(span) = checker.generics.values().map(|g| g.span()).min_by_key(|s| s.start) {
            checker.unsupported(span, "generic declarations in the REPL (run them as a program)");
        }
        // Instances of a generic package's declarations are not lowered by the REPL.
        for imp in &file.imports {
            let generic = checker.g.packages.iter().find(|p| p.path == imp.path).is_some_and(|p| {
                p.file.decls.iter().any(|d| match d {
                    Decl::Func(f) => !f.type_params.is_empty(),
                    Decl::Type(specs) => specs.iter().any(|s| !s.type_params.is_empty()),
                    _ => false,
                })
            });
            if generic {
                checker.unsupported(imp.path_span, &format!("package {} in the REPL (its members are generic; run it as a program)", imp.path));
            }
        }
        let mut scope = checker.scopes.get(Scopes::PACKAGE).names.clone();
        scope.retain(|name, _| !name.starts_with(HIDDEN_PREFIX));
        let (globals, info, mut diags) = checker.finish();
        diags.extend(changed_methods(&globals.types, &replaced));
        // An input is not a program: it has no `main` of its own.
        diags.retain(|d| d.message != "function main is undeclared in the main package");
        crate::check::report_like_gc(&mut diags, &file.lines);
        (CheckedInput { globals, info, scope }, diags)
    }

    /// Takes off the session's named types the methods `file` declares
    /// again (`func (T) M()` with `T` declared by an earlier input), so the
    /// new declaration replaces the old one; returns them with their type
    /// and the new declaration's name span.
    fn take_redeclared_methods(&self, file: &ast::File, declared: &[&str], types: &mut TypeTable) -> Vec<ReplacedMethod> {
        let mut out = Vec::new();
        for d in &file.decls {
            let Decl::Func(fd) = d else { continue };
            let Some(recv) = &fd.recv else { continue };
            let mut base = &recv.ty;
            while let ast::ExprKind::Star(inner) | ast::ExprKind::Paren(inner) = &base.kind {
                base = inner;
            }
            let ast::ExprKind::Ident(name) = &base.kind else { continue };
            if declared.contains(&name.as_str()) {
                continue;
            }
            let Some(&obj) = self.scope.get(name) else { continue };
            let o = &self.checked.objects[obj.0 as usize];
            if !matches!(o.kind, ObjectKind::TypeName) || types.named(o.ty).is_none() {
                continue;
            }
            if let Some(old) = types.remove_method(o.ty, &fd.name.name) {
                out.push(ReplacedMethod { named: o.ty, old, span: fd.name.span });
            }
        }
        out
    }

    /// The types (as `%T` prints them) of the expression statement ending the
    /// body of function `entry`: empty for a call without results, `None`
    /// when the body does not end in an expression statement.
    pub fn expr_types(&self, file: &ast::File, entry: &str) -> Result<Option<Vec<String>>, Vec<Diagnostic>> {
        let (c, mut diags) = self.check(file);
        let last = entry_body(file, entry).and_then(|b| b.stmts.last());
        let expr = last.and_then(|s| match &s.kind {
            StmtKind::Expr(e) => Some(e),
            _ => None,
        });
        // The echo uses the value: Go's "is not used" does not apply to it.
        if let Some(e) = expr {
            diags.retain(|d| !(d.span == e.span && d.message.ends_with(" is not used")));
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let Some(e) = expr else { return Ok(None) };
        let Some(tv) = c.info.type_of(e.id) else { return Ok(None) };
        let types = &c.globals.types;
        let list = match types.kind(tv.ty) {
            _ if tv.mode == crate::info::Mode::NoValue => Vec::new(),
            crate::types::TypeKind::Tuple(ts) => ts.clone(),
            _ => vec![tv.ty],
        };
        Ok(Some(list.into_iter().map(|t| display_type(types, crate::check::default_type(t))).collect()))
    }

    /// Checks and lowers one input, appending its code to `base` (the module
    /// the session's VM has loaded). On success the session's names are
    /// updated; on error nothing changes. The functions the input's
    /// statements compile to (`entry` and its closures) are renamed to
    /// `main.main`… so tracebacks read as those of the `:write` program.
    pub fn compile(&mut self, file: &ast::File, source: &str, entry: &str, base: Module) -> Result<Lowered, Vec<Diagnostic>> {
        let (CheckedInput { mut globals, mut info, mut scope }, diags) = self.check(file);
        if !diags.is_empty() {
            return Err(diags);
        }
        scope.remove(entry);
        let entry_obj = file.decls.iter().find_map(|d| match d {
            Decl::Func(fd) if fd.recv.is_none() && fd.name.name == entry => info.defs.get(&fd.name.span).copied(),
            _ => None,
        });
        let promoted = promote_top_level_vars(file, entry, &mut globals, &mut info);
        for &o in &promoted {
            scope.insert(globals.objects[o.0 as usize].name.clone(), o);
        }
        let old_packages = self.checked.packages.len();
        let checked = Checked { types: globals.types, objects: globals.objects, main: FileInfo::default(), instances: Vec::new(), packages: globals.packages, error_type: globals.error_type };
        let first_new_func = base.funcs.len();
        let mut units: Vec<InputUnit> = checked.packages[old_packages..].iter().map(|p| InputUnit { file: &p.file, info: &p.info, pkg: &p.path, source: None }).collect();
        units.push(InputUnit { file, info: &info, pkg: "main", source: Some(source) });
        let mut lowered = lower_more(&mut self.lower, &checked, base, &units, &promoted, entry_obj)?;
        let own = format!("main.{entry}");
        self.last_literals = 0;
        for f in &mut lowered.module.funcs[first_new_func..] {
            if f.name == own || f.name.starts_with(&format!("{own}.")) {
                let rest = &f.name[own.len()..];
                let (digits, tail) = rest.strip_prefix(".func").map_or(("", rest), |r| r.split_at(r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len())));
                f.name = match digits.parse::<u32>() {
                    Ok(k) => {
                        self.last_literals = self.last_literals.max(k);
                        format!("main.main.func{}{tail}", k + self.main_literals)
                    }
                    Err(_) => format!("main.main{rest}"),
                };
            }
        }
        drop(units);
        self.checked = checked;
        self.scope = scope;
        Ok(lowered)
    }

    /// The input compiled last ran to its end and stays in the session's
    /// program: later inputs number their function literals after its own.
    pub fn input_kept(&mut self) {
        self.main_literals += std::mem::take(&mut self.last_literals);
    }

    /// The session's names, sorted.
    pub fn names(&self) -> Vec<SessionName> {
        let mut out: Vec<SessionName> = self
            .scope
            .iter()
            .map(|(name, &obj)| {
                let o = &self.checked.objects[obj.0 as usize];
                let diag = |t: TypeId| self.checked.types.display(t, TypeStyle::Diagnostic("main"));
                let (kind, detail) = match &o.kind {
                    ObjectKind::Var { .. } => ("var", diag(o.ty)),
                    ObjectKind::Const(v) => ("const", format!("{} = {v}", diag(o.ty))),
                    ObjectKind::TypeName => ("type", diag(self.checked.types.underlying(o.ty))),
                    ObjectKind::Func { .. } => ("func", diag(o.ty)),
                    ObjectKind::PkgName(path) => ("package", format!("{path:?}")),
                    _ => ("", String::new()),
                };
                SessionName { name: name.clone(), kind, detail }
            })
            .collect();
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    /// `x.name` for each field and method a session variable `x` selects
    /// (embedded fields' members too, one level deep), for completion.
    pub fn selectors(&self) -> Vec<String> {
        let types = &self.checked.types;
        let mut out = Vec::new();
        for (name, &obj) in &self.scope {
            let o = &self.checked.objects[obj.0 as usize];
            if !matches!(o.kind, ObjectKind::Var { .. }) {
                continue;
            }
            let mut members = Vec::new();
            let base = types.pointer_elem(o.ty).unwrap_or(o.ty);
            members_of(types, base, &mut members);
            if let crate::types::TypeKind::Struct(fields) = types.under(base) {
                for f in fields.iter().filter(|f| f.embedded) {
                    members_of(types, types.pointer_elem(f.ty).unwrap_or(f.ty), &mut members);
                }
            }
            members.sort();
            members.dedup();
            out.extend(members.into_iter().map(|m| format!("{name}.{m}")));
        }
        out.sort();
        out
    }

    /// The import path a session name is bound to, if it names a package.
    pub fn package_of(&self, name: &str) -> Option<&str> {
        match &self.checked.objects[self.scope.get(name)?.0 as usize].kind {
            ObjectKind::PkgName(path) => Some(path),
            _ => None,
        }
    }
}

/// A method of an earlier input's type that an input declares again.
struct ReplacedMethod {
    named: TypeId,
    old: crate::types::Method,
    /// The new declaration's method name.
    span: minigo_grammar::Span,
}

/// Replacing a method must keep its signature and receiver kind: values
/// already stored in interfaces call it through their type's method table.
fn changed_methods(types: &TypeTable, replaced: &[ReplacedMethod]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in replaced {
        let Some(named) = types.named(r.named) else { continue };
        let Some(new) = named.methods.iter().find(|m| m.name == r.old.name) else { continue };
        if new.sig != r.old.sig || new.pointer_recv != r.old.pointer_recv {
            let recv = if r.old.pointer_recv { format!("*{}", named.name) } else { named.name.clone() };
            let sig = types.display(r.old.sig, TypeStyle::Diagnostic("main"));
            out.push(Diagnostic::error(
                r.span,
                format!("method {}.{} cannot change: it was declared as ({recv}) {}{} (declare type {} again to start afresh)", named.name, r.old.name, r.old.name, sig.strip_prefix("func").unwrap_or(&sig), named.name),
            ));
        }
    }
    out
}

/// The fields and methods of type `t` (not through embedding).
fn members_of(types: &TypeTable, t: TypeId, out: &mut Vec<String>) {
    if let crate::types::TypeKind::Struct(fields) = types.under(t) {
        out.extend(fields.iter().map(|f| f.name.clone()));
    }
    if let Some(n) = types.named(t) {
        out.extend(n.methods.iter().map(|m| m.name.clone()));
    }
    if let crate::types::TypeKind::Interface(_) = types.under(t) {
        out.extend(types.interface_methods(t).iter().map(|m| m.name.clone()));
    }
}

/// Names the REPL gives its own helpers (entry functions, the echo's `fmt`):
/// they never enter the session's package block.
pub const HIDDEN_PREFIX: &str = "__minigo_";

/// `%T`'s spelling of a type.
fn display_type(types: &TypeTable, t: TypeId) -> String {
    types.display(t, TypeStyle::Runtime)
}

/// The names a file declares in its package block (imports included).
fn declared_names(file: &ast::File) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for imp in &file.imports {
        match &imp.name {
            Some(n) => out.push(&n.name),
            None => out.push(imp.path.rsplit('/').next().unwrap_or(&imp.path)),
        }
    }
    for d in &file.decls {
        match d {
            Decl::Const(specs) => out.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.as_str()))),
            Decl::Var(specs) => out.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.as_str()))),
            Decl::Type(specs) => out.extend(specs.iter().map(|s| s.name.name.as_str())),
            Decl::Func(fd) if fd.recv.is_none() => out.push(&fd.name.name),
            Decl::Func(_) => {}
        }
    }
    out
}

fn entry_body<'f>(file: &'f ast::File, entry: &str) -> Option<&'f ast::Block> {
    file.decls.iter().find_map(|d| match d {
        Decl::Func(fd) if fd.recv.is_none() && fd.name.name == entry => fd.body.as_ref(),
        _ => None,
    })
}

/// Turns the variables declared by the top-level statements of `entry`
/// (`x := …`, `var x …`) into package-level variables; returns them in order.
fn promote_top_level_vars(file: &ast::File, entry: &str, globals: &mut Globals, info: &mut FileInfo) -> Vec<ObjectId> {
    let Some(body) = entry_body(file, entry) else { return Vec::new() };
    let mut promoted = Vec::new();
    for s in &body.stmts {
        let names: Vec<&ast::Ident> = match &s.kind {
            StmtKind::Define { names, .. } => names.iter().collect(),
            StmtKind::Decl(Decl::Var(specs)) => specs.iter().flat_map(|sp| sp.names.iter()).collect(),
            _ => continue,
        };
        for n in names {
            if let Some(&o) = info.defs.get(&n.span) {
                if matches!(globals.objects[o.0 as usize].kind, ObjectKind::Var { kind: VarKind::Local, .. }) {
                    globals.objects[o.0 as usize].kind = ObjectKind::Var { kind: VarKind::Global, captured: false, used: true };
                    promoted.push(o);
                }
            }
        }
    }
    for caps in info.captures.values_mut() {
        caps.retain(|o| !promoted.contains(o));
    }
    promoted
}
