//! Owns the abstract syntax tree of one minigo source file, with byte spans.
//! Must not know types, scopes or bytecode.
//!
//! The tree follows Go's own `go/ast`: types are expressions (`ExprKind::ArrayType`,
//! `ExprKind::Star` for both `*T` and `*p`, …) because Go's syntax cannot tell a
//! conversion `T(x)` from a call `f(x)` before names are resolved. Every `Expr`
//! carries an `ExprId`, unique within its `File` and dense (`0..File::expr_count`),
//! so later stages keep per-expression facts in side tables indexed by it.

use crate::span::{LineIndex, Span};

/// Dense per-file index of an expression node.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ExprId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// One source file: `package main`, imports, top-level declarations.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// Number of `ExprId`s handed out: every id is `< expr_count`.
    pub expr_count: u32,
    /// Line numbers of the source text (for messages that name a line).
    pub lines: LineIndex,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// `import f "fmt"`, `import . "fmt"`, `import _ "fmt"`.
    pub name: Option<Ident>,
    /// The decoded import path (`fmt`, `unicode/utf8`).
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

/// `const a, b T = x, y` — one line of a (possibly grouped) const declaration.
/// In a group a spec with neither type nor values repeats the previous one
/// (implicit repetition): the parser leaves `ty` and `values` empty and the
/// checker repeats them.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// Position of the spec in its group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type List[T any] …`: the type parameters (empty if not generic).
    pub type_params: Vec<TypeParamGroup>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// The receiver of a method: exactly one parameter (`(t *T)`, `(T)`).
    pub recv: Option<ParamGroup>,
    pub name: Ident,
    /// `func Map[T, U any](…)`: the type parameters (empty if not generic).
    pub type_params: Vec<TypeParamGroup>,
    pub sig: FuncType,
    /// `None` for a bodyless declaration (only stdlib API files have them).
    pub body: Option<Block>,
    /// The `//` comment lines directly above the declaration, without `//`.
    pub doc: Option<String>,
    pub span: Span,
}

/// `K comparable` or `T, U any` or `N ~int | ~float64` in a type parameter list.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeParamGroup {
    pub names: Vec<Ident>,
    pub constraint: Expr,
    pub span: Span,
}

/// `a, b int` or `...string` or `int` in a parameter or result list.
/// `names` is empty for an unnamed parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamGroup {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// The final parameter written `...T` (`ty` is then `T`).
    pub variadic: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<ParamGroup>,
    pub results: Vec<ParamGroup>,
    pub span: Span,
}

/// A struct field line: `a, b int "tag"`, or an embedded field `T` / `*T`
/// (`names` empty).
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method { name: Ident, sig: FuncType },
    /// An embedded interface (`io.Reader`, `error`, `fmt.Stringer`), or a
    /// single-type term of a constraint (`interface{ int }`).
    Embed(Expr),
    /// A constraint's type-set element: `~int`, `int | string`, `[]byte`.
    TypeSet(Expr),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A name: variable, constant, type, function, package, builtin, `nil`, `true`, `_`.
    Ident(String),
    /// Integer literal as written (`0x_1F`, `017`, `0o17`, `1_000`); the lexer has validated it.
    IntLit(String),
    /// Float literal as written (`1.5e3`, `.5`, `0x1p-2`); the lexer has validated it.
    FloatLit(String),
    /// Rune literal, decoded to its code point (`'a'`, `'\n'`, `'\u00e9'`, `'\377'` = 255).
    RuneLit(u32),
    /// String literal, decoded to bytes (interpreted strings may hold any byte via `\x`).
    StringLit(Vec<u8>),
    /// `T{…}`; `ty` is `None` for an elided type inside an enclosing literal
    /// (`[]Point{{1, 2}}`, `map[string]T{"a": {…}}`).
    CompositeLit { ty: Option<Box<Expr>>, elems: Vec<Element>, rbrace: Span },
    FuncLit { sig: FuncType, body: Block },
    Paren(Box<Expr>),
    /// `x.sel`: field, method, package member, method expression `T.M`.
    Selector(Box<Expr>, Ident),
    /// `x[i]`.
    Index(Box<Expr>, Box<Expr>),
    /// `x[A, B]`: an instantiation with several type arguments.
    IndexList(Box<Expr>, Vec<Expr>),
    /// `~T` in a constraint.
    Tilde(Box<Expr>),
    /// `A | ~B | C` in a constraint (at least two terms).
    Union(Vec<Expr>),
    /// `x[lo:hi]`, `x[lo:hi:max]` (`three` for the 3-index form).
    Slice { x: Box<Expr>, lo: Option<Box<Expr>>, hi: Option<Box<Expr>>, max: Option<Box<Expr>>, three: bool },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch header.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)`, `T(x)` conversions, builtin calls; `ellipsis` is the span of `...` in `f(xs...)`.
    Call { func: Box<Expr>, args: Vec<Expr>, ellipsis: Option<Span> },
    /// `*x`: dereference, or pointer type `*T`.
    Star(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `[N]T`; `len` is `None` for `[...]T` (only in composite literals).
    ArrayType { len: Option<Box<Expr>>, elem: Box<Expr> },
    SliceType(Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// Placeholder where the parser recovered from an error (a diagnostic was reported).
    Bad,
}

/// One element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOp {
    LogOr,
    LogAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinOp {
    /// The operator as Go writes it.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            LogOr => "||",
            LogAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }

    /// Go's binary precedence (5 binds tightest).
    pub fn precedence(self) -> u8 {
        use BinOp::*;
        match self {
            LogOr => 1,
            LogAnd => 2,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
        }
    }
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::BitNot => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `const`, `var` or `type` inside a function (never `Decl::Func`).
    Decl(Decl),
    Labeled { label: Ident, stmt: Box<Stmt> },
    Expr(Expr),
    /// `ch <- v`
    Send { ch: Expr, value: Expr },
    /// `x++` / `x--`
    IncDec { x: Expr, inc: bool },
    /// `a, b = x, y` (`op` None) or `a += x` (`op` Some(Add)).
    Assign { lhs: Vec<Expr>, op: Option<BinOp>, rhs: Vec<Expr> },
    /// `a, b := x, y`; the parser has checked that every left operand is a name.
    Define { names: Vec<Ident>, values: Vec<Expr> },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If { init: Option<Box<Stmt>>, cond: Expr, then: Block, els: Option<Box<Stmt>> },
    /// Expression switch; `tag` None means `switch { … }` (switch true).
    Switch { init: Option<Box<Stmt>>, tag: Option<Expr>, cases: Vec<CaseClause> },
    /// `switch v := x.(type) { … }`; `x` is the operand of `.(type)`.
    TypeSwitch { init: Option<Box<Stmt>>, bind: Option<Ident>, x: Expr, cases: Vec<TypeCaseClause> },
    Select(Vec<CommClause>),
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For { init: Option<Box<Stmt>>, cond: Option<Expr>, post: Option<Box<Stmt>>, body: Block },
    /// `for k, v := range x {}` (`define`), `for k, v = range x {}`, `for range x {}`.
    Range { key: Option<Expr>, value: Option<Expr>, define: bool, x: Expr, body: Block },
    Empty,
}

impl StmtKind {
    /// Whether a labeled `break` may name this statement's label (`for`,
    /// `switch`, `select`); a label on any other statement is only a `goto` target.
    pub fn is_break_target(&self) -> bool {
        matches!(self, StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select(_))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// `None` for `default:`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeCaseClause {
    /// `None` for `default:`; types may include `nil`.
    pub types: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// `None` for `default:`; otherwise a `Send`, an `Expr` holding a receive,
    /// or an `Assign`/`Define` whose single right operand is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
