//! Owns the interned type representation: `TypeId` indexes a `TypeTable` that
//! holds every type of a checked program (user package and imported stdlib
//! packages). Structural types (pointer, slice, array, map, chan, func, struct,
//! interface, tuple) are interned, so **two `TypeId`s are identical types iff
//! they are equal** (Go's `types.Identical`); each defined (named) type gets its
//! own id, so two local types `T` from different scopes are distinct.
//! Must not know how values are laid out at run time, nor the AST.
//!
//! Aliases (`byte`, `rune`, `any`, `type A = B`) are not types of their own:
//! they denote their target's `TypeId`.

use crate::info::ObjectId;
use std::collections::HashMap;

/// Index of a type in a `TypeTable`. Equal ids ⇔ identical types.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct TypeId(pub u32);

/// The predeclared basic kinds, typed and untyped.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum BasicKind {
    /// The type of an erroneous expression; never reaches lowering.
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// The name Go prints (`untyped int` for the untyped kinds).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            String => "string",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(self, UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil)
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | UntypedInt | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    /// Size in bytes of a typed numeric kind (`int`/`uint`/`uintptr` are 64-bit).
    pub fn size(self) -> Option<u32> {
        use BasicKind::*;
        Some(match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 => 8,
            _ => return None,
        })
    }
}

/// Channel direction.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    SendOnly,
    /// `<-chan T`
    RecvOnly,
}

/// A function type. Methods' signatures exclude the receiver.
/// For a variadic function the last parameter's type is the slice `[]T`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

/// One struct field. `pkg` is the declaring package path, significant for the
/// identity of unexported names.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    /// An embedded field (`T` or `*T`); `name` is then the type's name.
    pub embedded: bool,
    pub pkg: String,
}

/// One method of an interface's (flattened) method set.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct InterfaceMethod {
    pub name: String,
    /// A `TypeKind::Func`.
    pub sig: TypeId,
}

/// A method declared on a named type.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Method {
    pub name: String,
    /// The `func` object of the method declaration.
    pub obj: ObjectId,
    /// The signature without the receiver (a `TypeKind::Func`).
    pub sig: TypeId,
    /// Declared with a pointer receiver `(t *T)`.
    pub pointer_recv: bool,
}

/// A defined type: `type T …`, or a predeclared one (`error`, `int` are basic).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct NamedType {
    pub name: String,
    /// Package path (`main`, `fmt`, `unicode/utf8`); empty for universe types (`error`).
    pub pkg: String,
    /// The `TypeName` object that declares it.
    pub obj: ObjectId,
    /// `TypeId::INVALID` until the checker has resolved the declaration.
    pub underlying: TypeId,
    /// Methods in declaration order (value- and pointer-receiver).
    pub methods: Vec<Method>,
    /// Declared inside a function (a local type). Two local types of the same
    /// name have distinct ids but print alike.
    pub local: bool,
    /// An instance of a generic type (`Pair[string, int]`): its type
    /// arguments, printed after `name`. Empty for other named types.
    pub targs: Vec<TypeId>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TypeKind {
    Basic(BasicKind),
    Named(NamedType),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Func(Signature),
    Struct(Vec<StructField>),
    /// The complete method set sorted by name (embedded interfaces flattened).
    Interface(Vec<InterfaceMethod>),
    /// The type of a multi-value expression (a call with several results).
    Tuple(Vec<TypeId>),
}

/// How type names are qualified when printed.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum TypeStyle<'a> {
    /// Exactly as `fmt`'s `%T` (reflect) prints: `main.T`, `struct { a int }`,
    /// `interface {}`, `func(int) string`.
    Runtime,
    /// As the Go compiler prints types in diagnostics, relative to the package
    /// being checked: `T`, `strings.Builder`, `struct{a int}`, `any`.
    Diagnostic(&'a str),
}

/// Every type of a program. Ids below `TypeId::FIRST_FREE` are the predeclared ones.
#[derive(Clone, Debug)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    interned: HashMap<TypeKind, TypeId>,
}

macro_rules! predeclared {
    ($($name:ident = $idx:expr => $kind:ident,)*) => {
        impl TypeId {
            $(pub const $name: TypeId = TypeId($idx);)*
        }
        const PREDECLARED_BASICS: &[BasicKind] = &[$(BasicKind::$kind,)*];
    };
}

predeclared! {
    INVALID = 0 => Invalid,
    BOOL = 1 => Bool,
    INT = 2 => Int,
    INT8 = 3 => Int8,
    INT16 = 4 => Int16,
    INT32 = 5 => Int32,
    INT64 = 6 => Int64,
    UINT = 7 => Uint,
    UINT8 = 8 => Uint8,
    UINT16 = 9 => Uint16,
    UINT32 = 10 => Uint32,
    UINT64 = 11 => Uint64,
    UINTPTR = 12 => Uintptr,
    FLOAT32 = 13 => Float32,
    FLOAT64 = 14 => Float64,
    STRING = 15 => String,
    UNTYPED_BOOL = 16 => UntypedBool,
    UNTYPED_INT = 17 => UntypedInt,
    UNTYPED_RUNE = 18 => UntypedRune,
    UNTYPED_FLOAT = 19 => UntypedFloat,
    UNTYPED_STRING = 20 => UntypedString,
    UNTYPED_NIL = 21 => UntypedNil,
}

impl TypeId {
    /// `interface {}` (`any`).
    pub const EMPTY_INTERFACE: TypeId = TypeId(22);
    /// The empty tuple: the type of a call with no results.
    pub const EMPTY_TUPLE: TypeId = TypeId(23);
    /// `byte` is `uint8`, `rune` is `int32`.
    pub const BYTE: TypeId = TypeId::UINT8;
    pub const RUNE: TypeId = TypeId::INT32;
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    /// A table holding the predeclared basic types, `interface {}` and `()`.
    /// The universe `error` type is added by the checker (it is named).
    pub fn new() -> TypeTable {
        let mut table = TypeTable { kinds: Vec::new(), interned: HashMap::new() };
        for &b in PREDECLARED_BASICS {
            table.intern(TypeKind::Basic(b));
        }
        let empty = table.intern(TypeKind::Interface(Vec::new()));
        debug_assert_eq!(empty, TypeId::EMPTY_INTERFACE);
        let unit = table.intern(TypeKind::Tuple(Vec::new()));
        debug_assert_eq!(unit, TypeId::EMPTY_TUPLE);
        table
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Interns a structural type (returns the existing id for an identical one).
    /// Named types must go through `new_named`.
    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        debug_assert!(!matches!(kind, TypeKind::Named(_)));
        if let Some(&id) = self.interned.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.interned.insert(kind, id);
        id
    }

    /// A fresh defined type; its underlying type is set later with `set_underlying`.
    pub fn new_named(&mut self, name: &str, pkg: &str, obj: ObjectId, local: bool) -> TypeId {
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Named(NamedType {
            name: name.to_string(),
            pkg: pkg.to_string(),
            obj,
            underlying: TypeId::INVALID,
            methods: Vec::new(),
            local,
            targs: Vec::new(),
        }));
        id
    }

    /// Records the type arguments of an instance of a generic type.
    pub fn set_type_args(&mut self, named: TypeId, targs: Vec<TypeId>) {
        if let TypeKind::Named(n) = &mut self.kinds[named.0 as usize] {
            n.targs = targs;
        }
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let underlying = self.underlying(underlying);
        if let TypeKind::Named(n) = &mut self.kinds[named.0 as usize] {
            n.underlying = underlying;
        }
    }

    pub fn add_method(&mut self, named: TypeId, method: Method) {
        if let TypeKind::Named(n) = &mut self.kinds[named.0 as usize] {
            n.methods.push(method);
        }
    }

    /// Takes method `name` off a named type (a REPL session replacing it).
    pub fn remove_method(&mut self, named: TypeId, name: &str) -> Option<Method> {
        let TypeKind::Named(n) = &mut self.kinds[named.0 as usize] else { return None };
        let at = n.methods.iter().position(|m| m.name == name)?;
        Some(n.methods.remove(at))
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(elems))
    }

    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(TypeKind::Func(Signature { params, results, variadic }))
    }

    pub fn kind(&self, id: TypeId) -> &TypeKind {
        &self.kinds[id.0 as usize]
    }

    /// The named type's record, if `id` is a defined type.
    pub fn named(&self, id: TypeId) -> Option<&NamedType> {
        match self.kind(id) {
            TypeKind::Named(n) => Some(n),
            _ => None,
        }
    }

    /// Go's underlying type: a named type's declared type, else the type itself.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.kind(id) {
            TypeKind::Named(n) => n.underlying,
            _ => id,
        }
    }

    /// The kind of the underlying type.
    pub fn under(&self, id: TypeId) -> &TypeKind {
        self.kind(self.underlying(id))
    }

    /// The basic kind of the underlying type, if it is basic.
    pub fn basic(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.kind(id), TypeKind::Named(_))
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.kind(id), TypeKind::Basic(b) if b.is_untyped())
    }
    pub fn is_integer(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(BasicKind::is_integer)
    }
    pub fn is_unsigned(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(BasicKind::is_unsigned)
    }
    pub fn is_float(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(BasicKind::is_float)
    }
    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(BasicKind::is_numeric)
    }
    pub fn is_string(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(BasicKind::is_string)
    }
    pub fn is_boolean(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(BasicKind::is_boolean)
    }
    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), TypeKind::Interface(_))
    }
    pub fn is_pointer(&self, id: TypeId) -> bool {
        matches!(self.under(id), TypeKind::Pointer(_))
    }

    /// The element type of a pointer (by underlying type).
    pub fn pointer_elem(&self, id: TypeId) -> Option<TypeId> {
        match self.under(id) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// The signature of a func type (by underlying type).
    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under(id) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }

    /// The elements of a tuple; a non-tuple is a 1-tuple of itself.
    pub fn tuple_elems(&self, id: TypeId) -> Vec<TypeId> {
        match self.kind(id) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ => vec![id],
        }
    }

    /// The complete method set of an interface type (by underlying type).
    pub fn interface_methods(&self, id: TypeId) -> &[InterfaceMethod] {
        match self.under(id) {
            TypeKind::Interface(ms) => ms,
            _ => &[],
        }
    }

    /// Go's identity (interning makes it id equality).
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }

    /// Go's comparability (`==` allowed): not slices, maps, funcs, nor
    /// structs/arrays containing them.
    pub fn comparable(&self, id: TypeId) -> bool {
        self.incomparable_part(id).is_none()
    }

    /// The first part of `id` that makes it incomparable (for messages like
    /// `struct containing []int cannot be compared`).
    pub fn incomparable_part(&self, id: TypeId) -> Option<TypeId> {
        self.incomparable_part_in(id, &mut Vec::new())
    }

    /// `seen` holds named types already explored (keeps shared types linear).
    fn incomparable_part_in(&self, id: TypeId, seen: &mut Vec<TypeId>) -> Option<TypeId> {
        if self.is_named(id) {
            if seen.contains(&id) {
                return None;
            }
            seen.push(id);
        }
        match self.under(id) {
            TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_) => Some(id),
            TypeKind::Struct(fields) => fields.iter().find_map(|f| self.incomparable_part_in(f.ty, seen)),
            TypeKind::Array(_, e) => self.incomparable_part_in(*e, seen),
            _ => None,
        }
    }

    /// Size class of a basic type in bytes (see `BasicKind::size`).
    pub fn basic_size(&self, id: TypeId) -> Option<u32> {
        self.basic(id).and_then(BasicKind::size)
    }

    /// Prints a type exactly as `fmt`'s `%T` does.
    pub fn runtime_string(&self, id: TypeId) -> String {
        self.display(id, TypeStyle::Runtime)
    }

    /// Prints a type in the given style.
    pub fn display(&self, id: TypeId, style: TypeStyle) -> String {
        let mut out = String::new();
        self.write_type(&mut out, id, style, 0);
        out
    }

    fn write_type(&self, out: &mut String, id: TypeId, style: TypeStyle, depth: u32) {
        if depth > 32 {
            out.push('…');
            return;
        }
        let runtime = style == TypeStyle::Runtime;
        let d = depth + 1;
        match self.kind(id) {
            TypeKind::Basic(b) => out.push_str(b.name()),
            TypeKind::Named(n) => {
                let qualify = match style {
                    TypeStyle::Runtime => !n.pkg.is_empty(),
                    TypeStyle::Diagnostic(current) => !n.pkg.is_empty() && n.pkg != current,
                };
                if qualify {
                    // reflect prints the last path element (`utf8`), as Go qualifies.
                    out.push_str(n.pkg.rsplit('/').next().unwrap_or(&n.pkg));
                    out.push('.');
                }
                out.push_str(&n.name);
                if !n.targs.is_empty() {
                    // reflect: `Pair[string,int]`; the compiler: `Pair[string, int]`.
                    out.push('[');
                    for (i, a) in n.targs.iter().enumerate() {
                        if i > 0 {
                            out.push_str(if runtime { "," } else { ", " });
                        }
                        self.write_type(out, *a, style, d);
                    }
                    out.push(']');
                }
            }
            TypeKind::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, style, d);
            }
            TypeKind::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, style, d);
            }
            TypeKind::Array(n, e) => {
                out.push_str(&format!("[{n}]"));
                self.write_type(out, *e, style, d);
            }
            TypeKind::Map(k, v) => {
                out.push_str("map[");
                self.write_type(out, *k, style, d);
                out.push(']');
                self.write_type(out, *v, style, d);
            }
            TypeKind::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::SendOnly => "chan<- ",
                    ChanDir::RecvOnly => "<-chan ",
                });
                // `chan (<-chan int)` needs parentheses.
                let paren = *dir == ChanDir::Both
                    && matches!(self.kind(*e), TypeKind::Chan(ChanDir::RecvOnly, _));
                if paren {
                    out.push('(');
                }
                self.write_type(out, *e, style, d);
                if paren {
                    out.push(')');
                }
            }
            TypeKind::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, style, d);
            }
            TypeKind::Struct(fields) => {
                out.push_str(if runtime { "struct {" } else { "struct{" });
                for (i, f) in fields.iter().enumerate() {
                    out.push_str(if i > 0 { "; " } else if runtime { " " } else { "" });
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, style, d);
                }
                if runtime && !fields.is_empty() {
                    out.push(' ');
                }
                out.push('}');
            }
            TypeKind::Interface(methods) => {
                if methods.is_empty() {
                    out.push_str(if runtime { "interface {}" } else { "any" });
                    return;
                }
                out.push_str(if runtime { "interface {" } else { "interface{" });
                for (i, m) in methods.iter().enumerate() {
                    out.push_str(if i > 0 { "; " } else if runtime { " " } else { "" });
                    out.push_str(&m.name);
                    if let TypeKind::Func(sig) = self.kind(m.sig) {
                        self.write_signature(out, sig, style, d);
                    }
                }
                out.push_str(if runtime { " }" } else { "}" });
            }
            TypeKind::Tuple(elems) => {
                out.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *e, style, d);
                }
                out.push(')');
            }
        }
    }

    /// `(int, ...string) (int, error)` — parameters and results of a signature.
    fn write_signature(&self, out: &mut String, sig: &Signature, style: TypeStyle, depth: u32) {
        out.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                out.push_str("...");
                let elem = match self.kind(*p) {
                    TypeKind::Slice(e) => *e,
                    _ => *p,
                };
                self.write_type(out, elem, style, depth);
            } else {
                self.write_type(out, *p, style, depth);
            }
        }
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write_type(out, sig.results[0], style, depth);
            }
            _ => {
                out.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *r, style, depth);
                }
                out.push(')');
            }
        }
    }
}

/// What a field-or-method lookup found (see `lookup`).
#[derive(Clone, Debug, PartialEq)]
pub enum LookupResult {
    /// A struct field; `path` indexes through embedded fields, the last entry
    /// being the field itself.
    Field { path: Vec<usize>, ty: TypeId, indirect: bool },
    /// A method of a named type (`path` leads through embedded fields to the
    /// value whose type declares it; `recv_named` is that named type and
    /// `index` the method's position in its `methods`).
    Method { path: Vec<usize>, recv_named: TypeId, index: usize, indirect: bool },
    /// A method of an interface type reached through `path` (`iface` is that
    /// interface's type, `index` the position in its method set).
    InterfaceMethod { path: Vec<usize>, iface: TypeId, index: usize, indirect: bool },
    /// Several candidates at the same shallowest depth.
    Ambiguous,
    NotFound,
}

impl TypeTable {
    /// Go's field-and-method lookup (`types.LookupFieldOrMethod`) on type `t`
    /// (which may be a pointer to a named type): breadth-first through
    /// embedded fields, shallowest depth wins, two at the same depth are
    /// ambiguous. `indirect` tells whether the path goes through a pointer
    /// (including `t` itself being a pointer).
    pub fn lookup(&self, t: TypeId, name: &str) -> LookupResult {
        if name == "_" {
            return LookupResult::NotFound;
        }
        let (start, start_indirect) = match self.kind(t) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        // (type, path, indirect) entries at the current depth.
        let mut current = vec![(start, Vec::<usize>::new(), start_indirect)];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut found: Option<LookupResult> = None;
            let mut count = 0;
            let mut next = Vec::new();
            for (ty, path, indirect) in current {
                if let TypeKind::Named(n) = self.kind(ty) {
                    if seen.contains(&ty) {
                        continue;
                    }
                    seen.push(ty);
                    if let Some(index) = n.methods.iter().position(|m| m.name == name) {
                        count += 1;
                        found = Some(LookupResult::Method { path: path.clone(), recv_named: ty, index, indirect });
                        continue;
                    }
                }
                match self.under(ty) {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let mut p = path.clone();
                            p.push(i);
                            if f.name == name {
                                count += 1;
                                found = Some(LookupResult::Field { path: p.clone(), ty: f.ty, indirect });
                            }
                            if f.embedded {
                                let (inner, via_ptr) = match self.kind(f.ty) {
                                    TypeKind::Pointer(e) => (*e, true),
                                    _ => (f.ty, false),
                                };
                                next.push((inner, p, indirect || via_ptr));
                            }
                        }
                    }
                    TypeKind::Interface(methods) => {
                        if let Some(index) = methods.iter().position(|m| m.name == name) {
                            count += 1;
                            found = Some(LookupResult::InterfaceMethod {
                                path: path.clone(),
                                iface: ty,
                                index,
                                indirect,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if count > 1 {
                return LookupResult::Ambiguous;
            }
            if let Some(f) = found {
                return f;
            }
            current = next;
        }
        LookupResult::NotFound
    }

    /// The signature type and pointer-receiver flag of a lookup's method.
    pub fn method_of(&self, recv_named: TypeId, index: usize) -> Option<&Method> {
        self.named(recv_named).and_then(|n| n.methods.get(index))
    }

    /// Whether type `t` has method `name` in its method set, and with which
    /// signature. Pointer-receiver methods of a named `T` are in the method set
    /// of `*T` only (and of `T` when reached through an embedded pointer).
    /// Returns `(signature, needs_pointer)`: `needs_pointer` is true when the
    /// method exists but only with a pointer receiver unreachable from `t`.
    pub fn method_set_lookup(&self, t: TypeId, name: &str) -> Option<(TypeId, bool)> {
        match self.lookup(t, name) {
            LookupResult::Method { recv_named, index, indirect, .. } => {
                let m = self.method_of(recv_named, index)?;
                Some((m.sig, m.pointer_recv && !indirect))
            }
            LookupResult::InterfaceMethod { iface, index, .. } => {
                Some((self.interface_methods(iface)[index].sig, false))
            }
            _ => None,
        }
    }

    /// Why `t` does not implement interface `iface`: `None` if it does, else
    /// the Go wording after `T does not implement I ` (`(missing method M)`,
    /// `(method M has pointer receiver)`, `(wrong type for method M)\n\t\thave …\n\t\twant …`).
    pub fn missing_method(&self, t: TypeId, iface: TypeId, pkg: &str) -> Option<String> {
        let t_is_iface = self.is_interface(t);
        for m in self.interface_methods(iface) {
            let found = if t_is_iface {
                self.interface_methods(t).iter().find(|x| x.name == m.name).map(|x| (x.sig, false))
            } else {
                self.method_set_lookup(t, &m.name)
            };
            match found {
                None => {
                    // Go suggests a method with different case; keep the plain form.
                    return Some(format!("(missing method {})", m.name));
                }
                Some((_, true)) => return Some(format!("(method {} has pointer receiver)", m.name)),
                Some((sig, false)) if sig != m.sig => {
                    let style = TypeStyle::Diagnostic(pkg);
                    return Some(format!(
                        "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                        m.name,
                        m.name,
                        self.display(sig, style).trim_start_matches("func"),
                        m.name,
                        self.display(m.sig, style).trim_start_matches("func"),
                    ));
                }
                Some(_) => {}
            }
        }
        None
    }

    /// Whether `t` implements interface `iface`.
    pub fn implements(&self, t: TypeId, iface: TypeId) -> bool {
        self.missing_method(t, iface, "").is_none()
    }
}

/// The default type of an untyped type (`untyped int` → `int`, …).
pub fn default_type(t: TypeId) -> TypeId {
    match t {
        TypeId::UNTYPED_BOOL => TypeId::BOOL,
        TypeId::UNTYPED_INT => TypeId::INT,
        TypeId::UNTYPED_RUNE => TypeId::RUNE,
        TypeId::UNTYPED_FLOAT => TypeId::FLOAT64,
        TypeId::UNTYPED_STRING => TypeId::STRING,
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_strings() {
        let mut t = TypeTable::new();
        let s = t.slice(TypeId::INT);
        let m = t.intern(TypeKind::Map(TypeId::STRING, s));
        assert_eq!(t.runtime_string(m), "map[string][]int");
        let f = t.func(vec![TypeId::INT, s], vec![TypeId::STRING], true);
        assert_eq!(t.runtime_string(f), "func(int, ...int) string");
        let st = t.intern(TypeKind::Struct(vec![StructField {
            name: "a".into(),
            ty: TypeId::INT,
            embedded: false,
            pkg: "main".into(),
        }]));
        assert_eq!(t.runtime_string(st), "struct { a int }");
        assert_eq!(t.display(st, TypeStyle::Diagnostic("main")), "struct{a int}");
        assert_eq!(t.runtime_string(TypeId::EMPTY_INTERFACE), "interface {}");
        let c = t.intern(TypeKind::Chan(ChanDir::SendOnly, TypeId::INT));
        assert_eq!(t.runtime_string(c), "chan<- int");
        assert_eq!(t.slice(TypeId::INT), s, "interning gives identical ids");
    }
}
