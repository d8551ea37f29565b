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
    Interface { methods: Vec<IfaceMethodDesc> },
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

/// A method of an interface type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IfaceMethodDesc {
    pub name: MethodId,
    /// The signature (a `Func` descriptor; `None` in hand-built modules: not compared).
    pub sig: Option<TypeId>,
}

impl IfaceMethodDesc {
    /// A method whose signature is not recorded (hand-built modules).
    pub fn unchecked(name: MethodId) -> IfaceMethodDesc {
        IfaceMethodDesc { name, sig: None }
    }
}

/// A method in a type's method set.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodDesc {
    pub name: MethodId,
    /// The signature without the receiver (a `Func` descriptor; `None` in
    /// hand-built modules). Run-time interface checks compare it with the
    /// interface method's: a method of the right name but another type does
    /// not satisfy the interface.
    pub sig: Option<TypeId>,
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
    /// Does this type have interface method `want` (same name and, where
    /// both are recorded, identical signature)?
    pub fn has_method(&self, want: &IfaceMethodDesc) -> bool {
        self.method(want.name).is_some_and(|m| match (m.sig, want.sig) {
            (Some(have), Some(want)) => have == want,
            _ => true,
        })
    }
}
