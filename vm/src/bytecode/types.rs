//! Owns the runtime type descriptors stored in the module: kind, the name `%T`
//! prints, Go's size (for append growth), element/key types, struct fields,
//! method tables (for dynamic dispatch and run-time interface checks) and
//! comparability. Must not know the compiler's type representation.

use super::operand::*;

/// How values of a type are laid out and behave (the *underlying* type).
#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    Bool,
    Int(IntKind),
    /// `bits` is 32 or 64.
    Float { bits: u8 },
    String,
    Array { elem: TypeId, len: u32 },
    Slice { elem: TypeId },
    Struct { fields: Vec<FieldDesc> },
    Pointer { elem: TypeId },
    Func { params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool },
    /// `methods` sorted by name (as Go sorts them; reports name the first missing one).
    Interface { methods: Vec<MethodId> },
    Map { key: TypeId, value: TypeId },
    Chan { elem: TypeId, dir: ChanDir },
    /// The type of untyped nil (never a dynamic type; placeholder).
    UntypedNil,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDesc {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub exported: bool,
}

/// A method in a type's method set.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodDesc {
    pub name: MethodId,
    /// The function to call; its `R[0]` is the receiver as this type holds it
    /// (promoted methods point at compiler-made wrappers).
    pub func: FuncIdx,
    /// Declared with a pointer receiver.
    pub ptr_recv: bool,
}

/// A runtime type descriptor.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDesc {
    /// Exactly as `%T` prints it: `int`, `main.T`, `[]int`, `*main.T`,
    /// `map[string]int`, `interface {}`, `func(int) string`, `struct { a int }`.
    pub name: String,
    pub kind: TypeKind,
    /// True for defined types (`type T …`, and predeclared `int`, `error`, …).
    pub named: bool,
    /// Go's `unsafe.Sizeof` (int 8, string 16, slice 24, struct: sum with alignment).
    pub size: u64,
    /// The method set of this type (for `T`: value-receiver methods; for `*T`:
    /// all), sorted by `MethodId` name order as `method_names` sorts them.
    pub methods: Vec<MethodDesc>,
    /// `==` is defined (also for interface types: dynamic check at run time).
    pub comparable: bool,
}

impl TypeDesc {
    /// A descriptor with no methods.
    pub fn new(name: impl Into<String>, kind: TypeKind, size: u64, comparable: bool) -> TypeDesc {
        TypeDesc { name: name.into(), kind, named: false, size, methods: Vec::new(), comparable }
    }
    pub fn is_interface(&self) -> bool {
        matches!(self.kind, TypeKind::Interface { .. })
    }
    /// Looks a method up by interned name.
    pub fn method(&self, name: MethodId) -> Option<&MethodDesc> {
        self.methods.iter().find(|m| m.name == name)
    }
}
