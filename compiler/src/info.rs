//! Owns the checker's output, mirroring `go/types.Info`: the type and mode of
//! every expression (by `ExprId`), the object each identifier denotes, the
//! selections of selector expressions, closures' captured variables, package
//! variable initialization order and `init` functions. This is the whole
//! contract between the checker and the lowering: the lowering reads these
//! tables and the AST, never re-derives types.
//! Must not know bytecode, nor how the checker computes these facts.

use crate::constant::ConstValue;
use crate::types::{TypeId, TypeTable};
use minigo_grammar::ast::{self, ExprId};
use minigo_grammar::span::Span;
use std::collections::HashMap;

/// Index of an `Object` in `Checked::objects`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ObjectId(pub u32);

/// The predeclared functions.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Copy,
    Delete,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Recover,
}

impl Builtin {
    pub const ALL: [Builtin; 15] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Recover,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Len => "len",
            Builtin::Make => "make",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Recover => "recover",
        }
    }
}

/// Where a variable lives.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum VarKind {
    /// Package-level variable.
    Global,
    /// Local variable (incl. `:=`, range and type-switch clause variables).
    Local,
    Param,
    /// A (possibly named) result parameter.
    Result,
    Receiver,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjectKind {
    Var {
        kind: VarKind,
        /// Referenced from a function literal other than the one declaring it:
        /// the lowering must give it a shared (heap) cell.
        captured: bool,
        /// Some use reads or assigns it (drives `declared and not used`).
        used: bool,
    },
    /// A constant with its exact value (already converted to its type).
    Const(ConstValue),
    TypeName,
    /// A function or method declaration.
    Func {
        /// For methods: the receiver's named type and whether the receiver is `*T`.
        recv: Option<(TypeId, bool)>,
        /// False for a bodyless stdlib API declaration (implemented natively).
        has_body: bool,
    },
    /// An imported package (`fmt` in `fmt.Println`); the import path.
    PkgName(String),
    Builtin(Builtin),
    /// The predeclared `nil`.
    Nil,
    /// A statement label.
    Label,
}

/// A named language entity: variable, constant, type, function, package name,
/// builtin, `nil` or label.
#[derive(Clone, Debug, PartialEq)]
pub struct Object {
    pub name: String,
    pub kind: ObjectKind,
    /// Its type (`TypeId::INVALID` for package names, builtins and labels;
    /// the declared type for a `TypeName`; the signature for a `Func`).
    pub ty: TypeId,
    /// Package path of the declaring package (`main`, `fmt`, `unicode/utf8`);
    /// empty for universe objects.
    pub pkg: String,
    /// Span of the declaring identifier in that package's file (`Span::DUMMY`
    /// for universe objects and implicit objects).
    pub span: Span,
}

/// The addressing mode of an expression (go/types' `operandMode`).
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A call of a function without results.
    NoValue,
    /// A builtin function name (only as the callee of a call).
    Builtin(Builtin),
    /// The expression denotes a type.
    TypeExpr,
    /// A constant, with its exact value converted to the recorded type.
    Constant(ConstValue),
    /// An addressable variable (`x`, `*p`, `s[i]`, `a[i]` of addressable `a`, `p.f`).
    Variable,
    /// A map index expression `m[k]` (assignable, not addressable).
    MapIndex,
    /// Any other value.
    Value,
    /// An expression used in comma-ok form (`v, ok := m[k]`, `x.(T)`, `<-ch`):
    /// its recorded type is then the tuple `(T, bool)`.
    CommaOk,
    /// A package name (only as the left side of a qualified identifier).
    Package,
}

/// The type and mode recorded for one expression.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// The final type: for an untyped constant or untyped value, the type it is
    /// implicitly converted to by its context (`var x int8 = 3` records `int8`
    /// for `3`; `nil` assigned to `*T` records `*T`; `println(1)` records
    /// `int`). Operands that stay untyped (e.g. both sides of `1 < 2` inside a
    /// constant expression) keep their untyped type; a constant's value is
    /// always in `mode`. `nil` records the type it is converted to (`*T`,
    /// `error`, `[]int`…); `uses` maps it to the universe `Nil` object.
    /// A constant's value is in the representation of its final type
    /// (`ConstValue::Float` rounded to `float32` for `float32`).
    pub ty: TypeId,
}

impl TypeAndValue {
    pub fn constant(&self) -> Option<&ConstValue> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SelectionKind {
    /// `x.f`, a struct field (possibly promoted).
    FieldVal,
    /// `x.m`, a method value or the callee of a method call.
    MethodVal,
    /// `T.m` / `(*T).m`, a method expression: a function whose first parameter is the receiver.
    MethodExpr,
}

/// What a selector selects.
#[derive(Clone, Debug, PartialEq)]
pub enum SelectionTarget {
    /// The field's type; `path`'s last entry is the field's index.
    Field(TypeId),
    /// Method `index` of named type `named` (`TypeTable::method_of`), whose
    /// declaration is object `func`.
    Method { named: TypeId, index: usize, func: ObjectId, pointer_recv: bool },
    /// Method `index` of the (flattened, name-sorted) method set of interface `iface`.
    InterfaceMethod { iface: TypeId, index: usize },
}

/// A resolved selector expression `x.sel` (not a qualified identifier `pkg.Name`).
///
/// To lower `x.m(...)` with a concrete method: walk `path` from `x` (each step
/// selects an embedded field, dereferencing pointers as needed); if the
/// method has a pointer receiver and the reached value is not a pointer, take
/// its address (the checker verified it is addressable); if it has a value
/// receiver and the reached value is a pointer, dereference it.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The type of `x` (for `MethodExpr`, the type `T` or `*T` written).
    pub recv: TypeId,
    /// Indices of embedded fields walked from `x`; for `FieldVal` the last
    /// entry is the selected field itself.
    pub path: Vec<usize>,
    pub target: SelectionTarget,
    /// Whether the path dereferences a pointer (including `x` itself being one).
    pub indirect: bool,
    /// The type of the selector expression (field type, method value's
    /// signature, or the method expression's function type with the receiver first).
    pub ty: TypeId,
}

/// One package-level variable initializer, in Go's initialization order.
#[derive(Clone, Debug, PartialEq)]
pub struct Initializer {
    /// The variables assigned (several for `var a, b = f()`); `None` for `_`.
    pub lhs: Vec<Option<ObjectId>>,
    /// The initializer expression (found in `file.decls[decl]`'s `Var` spec `spec`).
    pub value: ExprId,
    pub decl: usize,
    pub spec: usize,
}

/// All facts about one checked source file (the user's or a stdlib API file).
#[derive(Clone, Debug, Default)]
pub struct FileInfo {
    /// Package path (`main`, `fmt`, …).
    pub pkg: String,
    /// Per `ExprId`: type and mode; `None` for expressions never checked
    /// (e.g. inside erroneous code) — only reachable after a diagnostic.
    /// Constant declarations' initializer expressions need not be lowered:
    /// the constants' values are in their objects.
    pub types: Vec<Option<TypeAndValue>>,
    /// The object declared by each declaring identifier, keyed by the
    /// identifier's span (vars, consts, types, funcs, params, results,
    /// receivers, labels, `:=` names that are new). Blank `_` declares nothing.
    pub defs: HashMap<Span, ObjectId>,
    /// For `a, err := …` names that are not new: the existing variable the
    /// name assigns, keyed by the name's span (go/types records it in Uses).
    pub redefined: HashMap<Span, ObjectId>,
    /// The object each identifier expression denotes (also for `pkg.Name`
    /// selector expressions: the member; its `pkg` operand maps to the `PkgName`).
    pub uses: HashMap<ExprId, ObjectId>,
    /// Implicitly declared objects: the variable of each type-switch clause,
    /// keyed by the clause's span (`TypeCaseClause::span`).
    pub implicits: HashMap<Span, ObjectId>,
    /// Selections for field/method selector expressions.
    pub selections: HashMap<ExprId, Selection>,
    /// For each function literal (`ExprKind::FuncLit` id): the variables of
    /// enclosing functions it refers to (directly or through nested literals),
    /// in first-use order.
    pub captures: HashMap<ExprId, Vec<ObjectId>>,
    /// For each range-over-func loop, keyed by its range expression's id:
    /// the variables declared outside its body that the body refers to
    /// (the lowering makes the body a closure), in first-use order.
    pub range_func_captures: HashMap<ExprId, Vec<ObjectId>>,
    /// For each `break L`/`continue L`: the span of `L` in the statement maps
    /// to the label object (declared in `defs` by its labeled statement).
    pub label_uses: HashMap<Span, ObjectId>,
    /// Range expressions that are not evaluated: an array or array pointer
    /// free of calls and receives, ranged over with at most one iteration
    /// variable (its length is a constant).
    pub unevaluated_ranges: std::collections::HashSet<ExprId>,
    /// Package-level objects in source order (vars, consts, types, funcs).
    pub package_objects: Vec<ObjectId>,
    /// Package variable initializers in Go's dependency order.
    pub var_init_order: Vec<Initializer>,
    /// The `init` functions, by index in `file.decls`, in source order.
    pub inits: Vec<usize>,
}

impl FileInfo {
    pub fn type_of(&self, id: ExprId) -> Option<&TypeAndValue> {
        self.types.get(id.0 as usize).and_then(|t| t.as_ref())
    }
}

/// An imported stdlib package as checked from its API file.
#[derive(Clone, Debug)]
pub struct PackageInfo {
    /// Import path (`fmt`, `unicode/utf8`).
    pub path: String,
    /// Package name (`utf8`).
    pub name: String,
    /// The parsed API file (bodies present for members written in minigo).
    pub file: ast::File,
    pub info: FileInfo,
    /// Exported members by name.
    pub members: HashMap<String, ObjectId>,
}

/// One instance of a generic function or of a method of a generic type
/// (main package): declaration `file.decls[decl]` checked again with its
/// type parameters bound to type arguments. Its facts are in its own
/// `info`, which the lowering uses to compile that declaration once more
/// as the function `obj`.
#[derive(Clone, Debug)]
pub struct Instance {
    /// The package declaring the generic (`main`, `slices`).
    pub pkg: String,
    pub decl: usize,
    pub obj: ObjectId,
    pub info: FileInfo,
}

/// A checked program: every type and object, the user's file facts, and the
/// imported packages (transitively, dependencies first).
#[derive(Clone, Debug)]
pub struct Checked {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub main: FileInfo,
    /// The instances of generic functions and methods (the user's and the stdlib's).
    pub instances: Vec<Instance>,
    pub packages: Vec<PackageInfo>,
    /// The universe `error` type.
    pub error_type: TypeId,
}

impl Checked {
    pub fn object(&self, id: ObjectId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn package(&self, path: &str) -> Option<&PackageInfo> {
        self.packages.iter().find(|p| p.path == path)
    }
}

/// Checker switches.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// Report `declared and not used: x` and `"os" imported and not used`
    /// (on for files; the REPL turns it off).
    pub report_unused: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions { report_unused: true }
    }
}
