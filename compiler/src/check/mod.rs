//! Owns the type checker's entry points and its shared state (`Checker`):
//! Go's static semantics for the minigo subset, producing `Checked`.
//! Must not know bytecode.
//!
//! Layout: `decl.rs` (package-level objects, lazy resolution, init order,
//! imports), `typexpr.rs` (type expressions), `expr.rs` (operands, unary and
//! binary operators, constants, untyped conversion), `access.rs` (selectors,
//! index, slice, composite literals), `call.rs` (calls, conversions,
//! builtins), `assign.rs` (assignability and assignments), `stmt.rs`
//! (statements, returns, labels), `goto.rs` (where a goto may jump),
//! `exprstring.rs` (Go's `ExprString`).

mod access;
mod assign;
mod call;
mod decl;
mod exprstring;
mod expr;
mod generic;
mod goto;
mod stmt;
mod typexpr;

#[cfg(test)]
mod tests;

use crate::constant::ConstValue;
use crate::info::{Builtin, CheckOptions, Checked, FileInfo, Mode, Object, ObjectId, ObjectKind, PackageInfo, TypeAndValue};
use crate::resolve::{ScopeId, Scopes};
use crate::types::{TypeId, TypeStyle, TypeTable};
use crate::universe;
use minigo_grammar::ast::{self, Expr, ExprId};
use minigo_grammar::{Diagnostic, Span};
use std::collections::HashMap;

/// What captures the variables of enclosing functions it refers to.
#[derive(Clone, Copy, Debug)]
pub enum Capturer {
    /// A function literal (`info.captures`).
    Lit(ExprId),
    /// The body of a range-over-func loop, by its range expression
    /// (`info.range_func_captures`).
    RangeBody(ExprId),
}

pub(crate) use expr::default_type;
pub(crate) use exprstring::expr_string;

/// Parses a stdlib API file (bodyless functions allowed).
pub(crate) fn parse_api(src: &str) -> (ast::File, Vec<Diagnostic>) {
    minigo_grammar::parse_api_file(src)
}

/// Type-checks one `package main` file with the default options.
pub fn check_file(file: &ast::File) -> (Checked, Vec<Diagnostic>) {
    check_file_with(file, &CheckOptions::default())
}

/// What the Go compiler shows of the errors reported (in `diags`' order): an
/// error equal to the last one kept on its line is dropped, the first 10 are
/// kept, then sorted by position.
pub(crate) fn report_like_gc(diags: &mut Vec<Diagnostic>, lines: &minigo_grammar::LineIndex) {
    let mut last: Option<(u32, String)> = None;
    diags.retain(|d| {
        let key = (lines.line_col(d.span.start).0, d.message.clone());
        let repeat = last.as_ref() == Some(&key);
        last = Some(key);
        !repeat
    });
    diags.truncate(10);
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    // The same error found twice (by a declaration checked again) shows once.
    diags.dedup_by(|a, b| a.span.start == b.span.start && a.message == b.message);
}

/// Type-checks one file; its diagnostics as `report_like_gc` leaves them.
pub fn check_file_with(file: &ast::File, options: &CheckOptions) -> (Checked, Vec<Diagnostic>) {
    let mut types = TypeTable::new();
    let mut objects = Vec::new();
    let universe = universe::build(&mut types, &mut objects);
    let globals = Globals {
        types,
        objects,
        error_type: universe.error_type,
        universe: universe.names,
        packages: Vec::new(),
        loading: Vec::new(),
        type_sets: HashMap::new(),
        pkg_generics: HashMap::new(),
    };
    let mut checker = Checker::new(globals, file, "main", options.clone());
    checker.check_package();
    let mut instances = std::mem::take(&mut checker.instances);
    let (mut globals, info, mut diags) = checker.finish();
    for p in &globals.packages {
        if let Some(g) = globals.pkg_generics.get_mut(&p.path) {
            instances.append(&mut g.instances);
        }
    }
    report_like_gc(&mut diags, &file.lines);
    let checked = Checked {
        types: globals.types,
        objects: globals.objects,
        main: info,
        instances,
        packages: globals.packages,
        error_type: globals.error_type,
    };
    (checked, diags)
}

/// State shared by the checkers of all files of one program.
pub(crate) struct Globals {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub universe: HashMap<String, ObjectId>,
    pub error_type: TypeId,
    /// Imported packages checked so far.
    pub packages: Vec<PackageInfo>,
    /// Import paths being loaded (import cycle guard).
    pub loading: Vec<String>,
    /// The type sets of named constraint interfaces (`type Number interface{ ~int | ~float64 }`).
    pub type_sets: HashMap<TypeId, generic::TypeSet>,
    /// Imported packages' generic declarations, by import path.
    pub pkg_generics: HashMap<String, generic::PackageGenerics>,
}

/// How far a package-level object's declaration has been checked.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum Color {
    /// Being checked: meeting it again is a cycle.
    Grey,
    Black,
}

/// A package-level declaration, found when collecting objects and checked lazily.
#[derive(Clone, Copy)]
pub(crate) enum PkgDecl<'a> {
    /// `index`-th name of a const spec; `ty`/`value` are after implicit repetition.
    Const { ty: Option<&'a Expr>, value: Option<&'a Expr>, iota: u32 },
    Var { spec: &'a ast::VarSpec, index: usize, decl: usize, spec_index: usize },
    Type { spec: &'a ast::TypeSpec },
    Func { decl: &'a ast::FuncDecl },
}

/// The function whose body is being checked.
#[derive(Clone, Debug)]
pub(crate) struct FuncCtx {
    pub results: Vec<TypeId>,
    /// The named result variables (empty if results are unnamed).
    pub named_results: Vec<ObjectId>,
}

/// An operand's addressing mode while checking (go/types' `operandMode`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant(ConstValue),
    Variable,
    MapIndex,
    Value,
    CommaOk,
    /// The predeclared `nil` (typed once converted).
    Nil,
    Package(ObjectId),
}

/// An intermediate result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub expr: Option<&'a Expr>,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr>) -> Operand<'a> {
        Operand { mode: OpMode::Invalid, ty: TypeId::INVALID, expr }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
    pub fn value(&self) -> Option<&ConstValue> {
        match &self.mode {
            OpMode::Constant(v) => Some(v),
            _ => None,
        }
    }
    /// The predeclared `nil` (also after its conversion to a typed nil).
    pub fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil
    }
    pub fn span(&self) -> Span {
        self.expr.map(|e| e.span).unwrap_or_default()
    }
}

/// The checker of one file (the user's `main` or a stdlib API file).
pub(crate) struct Checker<'a> {
    pub g: Globals,
    pub file: &'a ast::File,
    pub pkg: String,
    pub options: CheckOptions,
    pub info: FileInfo,
    pub scopes: Scopes,
    pub scope: ScopeId,
    pub diags: Vec<Diagnostic>,
    pub decls: HashMap<ObjectId, PkgDecl<'a>>,
    pub colors: HashMap<ObjectId, Color>,
    /// Imported package names and whether they were used.
    pub imports: Vec<(ObjectId, Span, String, bool)>,
    /// The members a dot import declared in the file block, with the index
    /// of that import in `imports` (a use of one is a use of the import).
    pub dot_members: HashMap<ObjectId, usize>,
    pub func: Option<FuncCtx>,
    /// Current function nesting level (0 = package level).
    pub func_level: u32,
    /// Enclosing function literals and range-over-func loop bodies (which
    /// the lowering turns into closures), innermost last, with their level.
    pub lit_stack: Vec<(Capturer, u32)>,
    /// The function level of each local variable.
    pub var_level: HashMap<ObjectId, u32>,
    /// The package-level object whose dependencies are being collected.
    pub dep_owner: Option<ObjectId>,
    /// Package-level objects each package-level var/func refers to.
    pub deps: HashMap<ObjectId, Vec<ObjectId>>,
    /// The value of `iota` in the constant declaration being checked.
    pub iota: Option<u32>,
    /// Enclosing breakable statements of the current function.
    pub targets: Vec<stmt::BranchTarget>,
    /// Labels of the current function: name, object, used.
    pub labels: Vec<(String, ObjectId, bool)>,
    /// The label of the labeled statement being entered.
    pub pending_label: Option<String>,
    /// Inside the last clause of an expression switch / inside a type switch clause.
    pub in_final_case: bool,
    pub in_type_switch_case: bool,
    /// The type expression the current assignment target was spelled with (`byte`).
    pub target_spelling: Option<&'a Expr>,
    /// Saved `used` flags of type-switch clause variables while their scope closes.
    pub clause_var_used: Vec<(ObjectId, bool)>,
    /// Set when the expression being checked contains a function call or a
    /// receive (go/types' `hasCallOrRecv`): `len` of an array (pointer) is
    /// then not constant, and a range expression is evaluated.
    pub has_call_or_recv: bool,
    /// Method objects by the name of their receiver's base type: attached when
    /// that type's declaration is resolved, before any use of its method set.
    pub methods_of: HashMap<String, Vec<ObjectId>>,
    /// Package-level type declarations waiting for an interface they embed
    /// (still being declared) to be complete: `type Leaf interface{ Node }`
    /// reached while `Node`'s own method signatures are being resolved.
    pub pending_types: Vec<PendingType<'a>>,
    /// Inside a package-level type declaration's type expression: `Some`, with
    /// the first embedded interface found incomplete (the declaration waits for it).
    pub embed_wait: Option<Option<ObjectId>>,
    /// Types of an embedding cycle already reported (`invalid recursive type`):
    /// embedding them is silently invalid.
    pub failed_types: Vec<TypeId>,
    /// The package-level declarations being resolved, outermost first (Go's
    /// object path: meeting one of them again is a cycle).
    pub decl_path: Vec<ObjectId>,
    /// Objects whose declaration cycle was reported: their uses are invalid
    /// operands (no follow-on errors).
    pub broken_cycle: Vec<ObjectId>,
    /// Generic functions and types of this file, with their instances.
    pub generics: HashMap<ObjectId, generic::Generic<'a>>,
    /// The stand-in types of type parameters in generic signatures.
    pub placeholders: Vec<TypeId>,
    /// Methods with type parameters (Go 1.27), by receiver base type and name.
    pub generic_methods: HashMap<(TypeId, String), ObjectId>,
    /// Instances whose bodies are still to be checked.
    pub pending_bodies: std::collections::VecDeque<generic::PendingBody<'a>>,
    /// Instances checked (the lowering's extra units).
    pub instances: Vec<crate::info::Instance>,
    pub instance_count: usize,
    /// Inside a constraint (a type parameter's, or a constraint interface's
    /// declaration): type sets are allowed.
    pub in_constraint: bool,
}

/// A package-level type declaration whose type expression embeds an
/// interface that is not complete yet (`blocked_on`'s declaration).
#[derive(Clone, Copy)]
pub(crate) struct PendingType<'a> {
    pub obj: ObjectId,
    pub spec: &'a ast::TypeSpec,
    pub blocked_on: ObjectId,
}

impl<'a> Checker<'a> {
    pub fn new(g: Globals, file: &'a ast::File, pkg: &str, options: CheckOptions) -> Checker<'a> {
        let info = FileInfo { pkg: pkg.to_string(), types: vec![None; file.expr_count as usize], ..FileInfo::default() };
        Checker {
            g,
            file,
            pkg: pkg.to_string(),
            options,
            info,
            scopes: Scopes::new(),
            scope: Scopes::PACKAGE,
            diags: Vec::new(),
            decls: HashMap::new(),
            colors: HashMap::new(),
            imports: Vec::new(),
            dot_members: HashMap::new(),
            func: None,
            func_level: 0,
            lit_stack: Vec::new(),
            var_level: HashMap::new(),
            dep_owner: None,
            deps: HashMap::new(),
            iota: None,
            targets: Vec::new(),
            labels: Vec::new(),
            pending_label: None,
            in_final_case: false,
            in_type_switch_case: false,
            clause_var_used: Vec::new(),
            has_call_or_recv: false,
            target_spelling: None,
            methods_of: HashMap::new(),
            pending_types: Vec::new(),
            embed_wait: None,
            failed_types: Vec::new(),
            decl_path: Vec::new(),
            broken_cycle: Vec::new(),
            generics: HashMap::new(),
            placeholders: Vec::new(),
            pending_bodies: Default::default(),
            generic_methods: HashMap::new(),
            instances: Vec::new(),
            instance_count: 0,
            in_constraint: false,
        }
    }

    pub fn finish(self) -> (Globals, FileInfo, Vec<Diagnostic>) {
        (self.g, self.info, self.diags)
    }

    // ---- diagnostics ----

    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(span, message));
    }

    pub fn unsupported(&mut self, span: Span, construct: &str) {
        self.diags.push(Diagnostic::unsupported(span, construct));
    }

    /// A type as the Go compiler prints it in diagnostics of this package.
    pub fn type_str(&self, t: TypeId) -> String {
        self.g.types.display(t, TypeStyle::Diagnostic(&self.pkg))
    }

    /// go/types' `operandString`: `x (variable of type int)`, `300 (untyped int constant)`.
    pub fn operand_str(&self, x: &Operand) -> String {
        if x.mode == OpMode::Nil {
            return if x.ty == TypeId::UNTYPED_NIL { "nil".into() } else { format!("nil (of type {})", self.type_str(x.ty)) };
        }
        let expr = x.expr.map(expr_string).unwrap_or_default();
        let mut out = String::new();
        if !expr.is_empty() {
            out.push_str(&expr);
            out.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr | OpMode::Package(_) => {}
            _ => {
                if self.g.types.is_untyped(x.ty) {
                    out.push_str(self.g.types.basic(x.ty).map(|b| b.name()).unwrap_or(""));
                    out.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        out.push_str(match &x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant(_) => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value | OpMode::Nil => "value",
            OpMode::CommaOk => "comma, ok expression",
            OpMode::Package(_) => "package",
        });
        if let OpMode::Constant(v) = &x.mode {
            let s = v.to_string();
            if s != expr {
                out.push(' ');
                out.push_str(&s);
            }
        }
        if has_type {
            let t = &self.g.types;
            let desc = if t.is_named(x.ty) || x.ty == TypeId::EMPTY_INTERFACE {
                let u = t.underlying(x.ty);
                match t.kind(u) {
                    crate::types::TypeKind::Basic(b) => format!("{} ", b.name()),
                    k => format!("{} ", composite_kind(k)),
                }
            } else {
                String::new()
            };
            out.push_str(&format!(" of {desc}type {}", self.type_str(x.ty)));
        }
        if !expr.is_empty() {
            out.push(')');
        }
        out
    }

    // ---- recording ----

    /// Records an operand's mode and type for its expression.
    pub fn record(&mut self, x: &Operand) {
        let Some(e) = x.expr else { return };
        let mode = match &x.mode {
            OpMode::Invalid => return,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(b) => Mode::Builtin(*b),
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant(v) => Mode::Constant(v.clone()),
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value | OpMode::Nil => Mode::Value,
            OpMode::CommaOk => Mode::Value,
            OpMode::Package(_) => Mode::Package,
        };
        self.set_type(e.id, mode, x.ty);
    }

    pub fn set_type(&mut self, id: ExprId, mode: Mode, ty: TypeId) {
        if let Some(slot) = self.info.types.get_mut(id.0 as usize) {
            *slot = Some(TypeAndValue { mode, ty });
        }
    }

    pub fn recorded(&self, id: ExprId) -> Option<&TypeAndValue> {
        self.info.type_of(id)
    }

    // ---- objects ----

    pub fn new_object(&mut self, name: &str, kind: ObjectKind, ty: TypeId, span: Span) -> ObjectId {
        let id = ObjectId(self.g.objects.len() as u32);
        self.g.objects.push(Object { name: name.to_string(), kind, ty, pkg: self.pkg.clone(), span });
        id
    }

    pub fn obj(&self, id: ObjectId) -> &Object {
        &self.g.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjectId) -> &mut Object {
        &mut self.g.objects[id.0 as usize]
    }

    /// Declares an object in the current scope (blank names declare nothing).
    /// Reports `x redeclared in this block`.
    pub fn declare(&mut self, ident: &ast::Ident, obj: ObjectId) {
        self.info.defs.insert(ident.span, obj);
        if ident.is_blank() {
            return;
        }
        if let Some(prev) = self.scopes.declare(self.scope, &ident.name, obj) {
            let d = self.redeclared(ident, prev);
            self.diags.push(d);
        }
        if self.func_level > 0 {
            self.var_level.insert(obj, self.func_level);
        }
    }

    /// `ident` declared again where `prev` is. The file block's names (the
    /// one file's imports) and the package block's are kept in one scope,
    /// so a package-level name meeting an import is told apart here, in
    /// Go's words.
    fn redeclared(&self, ident: &ast::Ident, prev: ObjectId) -> Diagnostic {
        let name = &ident.name;
        if let Some(&i) = self.dot_members.get(&prev) {
            let (_, dot, path, _) = &self.imports[i];
            let d = Diagnostic::error(ident.span, format!("{name} already declared through dot-import of {}", self.package_words(path)));
            return d.with_label(*dot, "the dot-import");
        }
        let message = match &self.obj(prev).kind {
            ObjectKind::PkgName(path) if self.scope == Scopes::PACKAGE => {
                format!("{name} already declared through import of {}", self.package_words(path))
            }
            _ => format!("{name} redeclared in this block"),
        };
        Diagnostic::error(ident.span, message).with_label(self.obj(prev).span, format!("other declaration of {name}"))
    }

    /// A package as Go's messages name it: `package utf8 ("unicode/utf8")`.
    fn package_words(&self, path: &str) -> String {
        let name = self.g.packages.iter().find(|p| p.path == path).map_or(path.rsplit('/').next().unwrap_or(path), |p| p.name.as_str());
        format!("package {name} ({})", exprstring::quote(path.as_bytes()))
    }

    /// Looks a name up through the scopes and the universe.
    pub fn lookup(&self, name: &str) -> Option<ObjectId> {
        self.scopes.lookup(self.scope, name).map(|(_, o)| o).or_else(|| self.g.universe.get(name).copied())
    }

    pub fn open_scope(&mut self) {
        self.scope = self.scopes.open(self.scope, self.func_level);
    }

    /// Closes the current scope, reporting its unused variables.
    pub fn close_scope(&mut self) {
        let scope = self.scopes.get(self.scope).clone();
        if self.options.report_unused {
            for obj in &scope.order {
                let o = self.obj(*obj);
                if let ObjectKind::Var { kind: crate::info::VarKind::Local, used: false, .. } = o.kind {
                    let (span, name) = (o.span, o.name.clone());
                    self.error(span, format!("declared and not used: {name}"));
                }
            }
        }
        self.scope = scope.parent.unwrap_or(Scopes::PACKAGE);
    }
}

/// go/types' `compositeKind`: the word for a named type's structure.
fn composite_kind(k: &crate::types::TypeKind) -> &'static str {
    use crate::types::TypeKind::*;
    match k {
        Basic(_) => "",
        Array(..) => "array",
        Slice(_) => "slice",
        Struct(_) => "struct",
        Pointer(_) => "pointer",
        Func(_) => "func",
        Interface(_) => "interface",
        Map(..) => "map",
        Chan(..) => "chan",
        Tuple(_) => "tuple",
        Named(_) => "",
    }
}
