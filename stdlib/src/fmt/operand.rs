//! Owns the view through which fmt's printer reads values: the `Operand`
//! trait (what Go's `reflect` gives `fmt`), its `Shape`s, and the
//! `MethodCaller` that runs `Error()`/`String()` for the printer. The vm
//! implements these over its heap; tests implement them over a small tree.
//! Must not know how values are stored or how methods are invoked.

/// What kind of value an operand is, with its scalar payload.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape<V> {
    /// A nil interface (Go's invalid `reflect.Value`), printed `<nil>`.
    Nil,
    Bool(bool),
    Int(i64),
    Uint(u64),
    /// A float of `bits` 32 or 64.
    Float { v: f64, bits: u32 },
    Str(Vec<u8>),
    /// Slice or array; `byte_elems` when the element kind is `uint8`.
    List { len: usize, is_slice: bool, is_nil: bool, byte_elems: bool },
    Map { is_nil: bool },
    Struct { fields: usize },
    /// An interface-typed field or element: `None` when it holds nil.
    Interface(Option<V>),
    /// A pointer; `addr` 0 is nil.
    Pointer { addr: u64 },
    Chan { addr: u64 },
    Func { addr: u64 },
}

/// The methods fmt looks for (Go's `error`, `Stringer` and, for `%#v`, `GoStringer`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Error,
    String,
    GoString,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Error => "Error",
            Method::String => "String",
            Method::GoString => "GoString",
        }
    }
}

/// What calling a method produced.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodOutcome {
    Returned(Vec<u8>),
    /// The method panicked; `value_text` is the panic value printed with `%v`.
    Panicked { value_text: Vec<u8> },
}

/// One struct field as fmt sees it.
pub struct Field<V> {
    /// The field name (an embedded field's type name); empty for none.
    pub name: String,
    pub value: V,
    /// Whether `reflect` would let fmt call the value's methods (exported field).
    pub exported: bool,
}

/// A value fmt can print. `Clone` should be cheap (a handle).
pub trait Operand: Clone {
    fn shape(&self) -> Shape<Self>;
    /// Go's `reflect.Type.String()`: `int`, `main.T`, `[]string`, `*main.T`, `map[string]int`.
    fn type_string(&self) -> String;
    /// Element `i` of a list.
    fn index(&self, i: usize) -> Self;
    /// Field `i` of a struct.
    fn field(&self, i: usize) -> Field<Self>;
    /// The entries of a map, in any order (the printer sorts them as Go does).
    fn map_entries(&self) -> Vec<(Self, Self)>;
    /// The value a non-nil pointer points to.
    fn deref(&self) -> Option<Self>;
    /// Which of `Error()` / `String()` the value's dynamic type has.
    fn has_method(&self, m: Method) -> bool;
    /// Whether this is a nil interface (`Shape::Nil`); cheaper than `shape()`.
    fn is_nil_interface(&self) -> bool {
        matches!(self.shape(), Shape::Nil)
    }
    /// Whether the kind is string (`Shape::Str`); cheaper than `shape()`.
    fn is_string(&self) -> bool {
        matches!(self.shape(), Shape::Str(_))
    }
    /// The address `%p` prints for slices and maps (pointers, chans and funcs
    /// carry theirs in the shape); 0 when nil.
    fn address(&self) -> u64 {
        0
    }
}

/// Runs a method for the printer (the vm does it through callbacks into minigo).
pub trait MethodCaller<V> {
    fn call(&mut self, value: &V, method: Method) -> MethodOutcome;
}

/// A caller for values that have no methods, or when methods must not run.
pub struct NoMethods;

impl<V> MethodCaller<V> for NoMethods {
    fn call(&mut self, _: &V, _: Method) -> MethodOutcome {
        MethodOutcome::Returned(Vec::new())
    }
}

/// Pass one of the two-pass protocol: records each call the printer wants,
/// answering with an empty string. The vm then runs the recorded calls (in
/// order, as Go would) and prints again with a `Replay`.
pub struct Recorder<V> {
    pub calls: Vec<(V, Method)>,
}

impl<V> Default for Recorder<V> {
    fn default() -> Self {
        Recorder { calls: Vec::new() }
    }
}

impl<V: Clone> MethodCaller<V> for Recorder<V> {
    fn call(&mut self, value: &V, method: Method) -> MethodOutcome {
        self.calls.push((value.clone(), method));
        MethodOutcome::Returned(Vec::new())
    }
}

/// Pass two: answers the calls in the order pass one recorded them.
pub struct Replay {
    outcomes: std::vec::IntoIter<MethodOutcome>,
}

impl Replay {
    pub fn new(outcomes: Vec<MethodOutcome>) -> Replay {
        Replay { outcomes: outcomes.into_iter() }
    }
}

impl<V> MethodCaller<V> for Replay {
    fn call(&mut self, _: &V, _: Method) -> MethodOutcome {
        self.outcomes.next().unwrap_or(MethodOutcome::Returned(Vec::new()))
    }
}
