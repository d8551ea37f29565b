//! Owns the VM's heap: a slot table of objects addressed by `ObjRef`, the object
//! kinds (strings, aggregates, slice headers, maps, closures, channels, map
//! iterators), allocation and the accounting the GC paces itself by.
//! Must not know instruction semantics or where roots live (see `gc.rs`).

use crate::bytecode::{FuncIdx, NativeIdx};
use crate::chan::ChanObj;
use crate::map::MapObj;
use crate::value::{ObjRef, PtrRef, StrRef, Value};

/// An immutable slice header (`Value::Slice` points at one): `len` elements from
/// `off` of the backing `Agg` object `arr`, capacity `cap`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SliceHeader {
    pub arr: ObjRef,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

/// What a function value calls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClosureKind {
    /// A function literal; `captures` are its captured cells/values.
    Func(FuncIdx),
    /// A method value: `captures[0]` is the bound receiver, passed as `R[0]`.
    Bound(FuncIdx),
    /// A native function used as a value.
    Native(NativeIdx),
}

/// A function value's object: what it calls and its captures, stored in the
/// heap slot itself (one allocation for two or more captures, none for one or none).
#[derive(Clone, Debug)]
pub struct Closure {
    pub kind: ClosureKind,
    pub captures: Captures,
}

/// A closure's captured values. A single one (a literal capturing one
/// variable, a method value's receiver) stays inline in the heap slot, so
/// making and collecting such a closure calls neither malloc nor free.
#[derive(Clone, Debug)]
pub enum Captures {
    One(Value),
    /// None (an empty box does not allocate) or two and more.
    Many(Box<[Value]>),
}

impl Captures {
    pub fn from_slice(values: &[Value]) -> Captures {
        match values {
            [v] => Captures::One(*v),
            _ => Captures::Many(values.into()),
        }
    }
    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        match self {
            Captures::One(v) => std::slice::from_ref(v),
            Captures::Many(vs) => vs,
        }
    }
}

/// Iteration state of a `for range` over a map (insertion order).
#[derive(Clone, Debug)]
pub struct MapIterObj {
    pub map: Value,
    pub next: u32,
}

/// A heap object.
#[derive(Debug)]
pub enum Obj {
    /// A free slot (on the free list).
    Free,
    /// String bytes (shared by substrings). Append-only: bytes once written
    /// never change, so a string ending at the end of the object may grow it
    /// in place (`str_append`) while every other string viewing it keeps
    /// its own bytes.
    Str(Vec<u8>),
    /// Slots of a struct (fields), array (elements), slice backing array or
    /// the globals table.
    Agg(Vec<Value>),
    /// One slot stored in the heap slot itself (no allocation): a cell (`new`,
    /// an escaping or captured variable) or an interface box. Reads and writes
    /// see it as a one-slot aggregate (`agg`/`agg_mut`).
    Cell(Value),
    /// Elements `off..off+len` of the `Agg` object `arr` seen as one array:
    /// what `(*[N]T)(s)` points at (Go's array pointer aliases the slice's
    /// storage). `agg`/`agg_mut` read through it; `arr` is never a view.
    ArrayView { arr: ObjRef, off: u32, len: u32 },
    Slice(SliceHeader),
    Map(Box<MapObj>),
    Closure(Closure),
    Chan(Box<ChanObj>),
    MapIter(MapIterObj),
}

pub(crate) struct Slot {
    pub obj: Obj,
    pub marked: bool,
}

/// The heap. Slot 0 is the permanent empty string.
pub struct Heap {
    pub(crate) slots: Vec<Slot>,
    pub(crate) free: Vec<u32>,
    /// Approximate bytes allocated since the last collection.
    pub(crate) allocated_since_gc: usize,
    /// Approximate bytes live after the last collection.
    pub(crate) live_after_gc: usize,
    /// Collect when `allocated_since_gc` exceeds this (pacing: the heap may double).
    pub(crate) next_gc: usize,
    /// Number of collections so far.
    pub collections: u64,
}

const _: () = assert!(std::mem::size_of::<Obj>() <= 32);

const MIN_GC_BYTES: usize = 4 << 20;

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        let mut h = Heap { slots: Vec::new(), free: Vec::new(), allocated_since_gc: 0, live_after_gc: 0, next_gc: MIN_GC_BYTES, collections: 0 };
        h.alloc(Obj::Str(Vec::new()));
        h
    }

    /// Allocates an object (never collects: collection happens only at VM safepoints).
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        self.allocated_since_gc += approx_size(&obj);
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Slot { obj, marked: false };
            ObjRef(i)
        } else {
            self.slots.push(Slot { obj, marked: false });
            ObjRef(self.slots.len() as u32 - 1)
        }
    }

    /// Whether enough was allocated since the last collection to collect now.
    #[inline(always)]
    pub fn should_collect(&self) -> bool {
        self.allocated_since_gc > self.next_gc
    }

    /// Number of live (non-free) objects.
    pub fn object_count(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    #[inline(always)]
    pub fn get(&self, r: ObjRef) -> &Obj {
        &self.slots[r.0 as usize].obj
    }
    #[inline(always)]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        &mut self.slots[r.0 as usize].obj
    }

    // ---- strings ----

    pub fn alloc_str(&mut self, bytes: &[u8]) -> Value {
        if bytes.is_empty() {
            return Value::EMPTY_STR;
        }
        let len = bytes.len() as u32;
        let obj = self.alloc(Obj::Str(bytes.into()));
        Value::Str(StrRef { obj, off: 0, len })
    }
    /// `a + b`: see `str_extend`.
    pub fn str_append(&mut self, a: StrRef, b: StrRef) -> StrRef {
        if a.len == 0 {
            return b;
        }
        if b.obj == a.obj {
            // `s + s`: the source is the object that grows.
            let tail = self.str_bytes(b).to_vec();
            return self.str_extend(a, tail.len(), |_, bytes| bytes.extend_from_slice(&tail));
        }
        self.str_extend(a, b.len as usize, |heap, bytes| bytes.extend_from_slice(heap.str_bytes(b)))
    }
    /// `a` followed by `tail`: see `str_extend`.
    pub fn str_append_bytes(&mut self, a: StrRef, tail: &[u8]) -> StrRef {
        self.str_extend(a, tail.len(), |_, bytes| bytes.extend_from_slice(tail))
    }
    /// `a` followed by the `n` bytes `extend` pushes (it gets the heap to
    /// read them from; never `a`'s own object). When `a` ends where its
    /// object's bytes end (nothing was appended after it), they are appended
    /// to that object in place, with amortised doubling: `s += t` in a loop
    /// and a `strings.Builder` cost linear time. Otherwise a new object holds
    /// the copy. Existing strings never see a change (the object is
    /// append-only). The permanent empty string (slot 0) never grows. The
    /// caller checks the length limit.
    fn str_extend(&mut self, a: StrRef, n: usize, extend: impl FnOnce(&Heap, &mut Vec<u8>)) -> StrRef {
        if n == 0 {
            return a;
        }
        let end = (a.off + a.len) as usize;
        if a.obj != StrRef::EMPTY.obj {
            if let Obj::Str(slot) = self.get_mut(a.obj) {
                if slot.len() == end {
                    // Taken out while `extend` reads the heap, put back below.
                    let mut bytes = std::mem::take(slot);
                    let capacity = bytes.capacity();
                    extend(self, &mut bytes);
                    debug_assert_eq!(bytes.len(), end + n, "str_extend: extend pushed a different count");
                    self.allocated_since_gc += bytes.capacity() - capacity;
                    // Back into the slot's own Vec (not a new `Obj`: that
                    // would be built on the stack and dropped in place).
                    if let Obj::Str(slot) = self.get_mut(a.obj) {
                        *slot = bytes;
                    }
                    return StrRef { len: a.len + n as u32, ..a };
                }
            }
        }
        let mut bytes = Vec::with_capacity(a.len as usize + n);
        bytes.extend_from_slice(self.str_bytes(a));
        extend(self, &mut bytes);
        let len = bytes.len() as u32;
        StrRef { obj: self.alloc(Obj::Str(bytes)), off: 0, len }
    }
    /// The bytes of a string value (`""` for anything else).
    #[inline]
    pub fn str_bytes(&self, s: StrRef) -> &[u8] {
        match self.get(s.obj) {
            Obj::Str(b) => &b[s.off as usize..(s.off + s.len) as usize],
            _ => &[],
        }
    }
    /// The bytes of `v` if it is a string.
    pub fn value_str(&self, v: Value) -> &[u8] {
        match v {
            Value::Str(s) => self.str_bytes(s),
            _ => &[],
        }
    }
    /// Lossy UTF-8 text of a string value (for messages).
    pub fn value_string(&self, v: Value) -> String {
        String::from_utf8_lossy(self.value_str(v)).into_owned()
    }

    // ---- aggregates, cells, boxes ----

    pub fn alloc_agg(&mut self, slots: Vec<Value>) -> ObjRef {
        self.alloc(Obj::Agg(slots))
    }
    /// A pointer to a new variable holding `v`: a new cell, or for an
    /// aggregate (which must be the caller's own copy) the aggregate object
    /// itself (`PtrRef::WHOLE_STRUCT`/`WHOLE_ARRAY`, no allocation).
    pub fn alloc_cell(&mut self, v: Value) -> Value {
        match v {
            Value::Struct(obj) => Value::Ptr(PtrRef { obj, idx: PtrRef::WHOLE_STRUCT }),
            Value::Array(obj) => Value::Ptr(PtrRef { obj, idx: PtrRef::WHOLE_ARRAY }),
            _ => Value::Ptr(PtrRef { obj: self.alloc(Obj::Cell(v)), idx: 0 }),
        }
    }
    /// A new interface box holding `v` (the `data` of an `IfaceRef`).
    pub fn alloc_box(&mut self, v: Value) -> ObjRef {
        self.alloc(Obj::Cell(v))
    }
    /// An array aliasing elements `off..off+len` of the slice storage `arr`
    /// (itself possibly a view).
    pub fn alloc_array_view(&mut self, arr: ObjRef, off: u32, len: u32) -> ObjRef {
        let (arr, off) = match *self.get(arr) {
            Obj::ArrayView { arr: inner, off: start, .. } => (inner, start + off),
            _ => (arr, off),
        };
        self.alloc(Obj::ArrayView { arr, off, len })
    }
    /// The storage an array object's elements live in and their offset there
    /// (a view's underlying storage; an ordinary array is its own, at 0).
    pub fn array_storage(&self, r: ObjRef) -> (ObjRef, u32) {
        match *self.get(r) {
            Obj::ArrayView { arr, off, .. } => (arr, off),
            _ => (r, 0),
        }
    }
    #[inline]
    pub fn agg(&self, r: ObjRef) -> &[Value] {
        match self.get(r) {
            Obj::Agg(v) => v,
            Obj::Cell(v) => std::slice::from_ref(v),
            Obj::ArrayView { arr, off, len } => match self.get(*arr) {
                Obj::Agg(v) => v.get(*off as usize..(*off + *len) as usize).unwrap_or(&[]),
                _ => &[],
            },
            _ => &[],
        }
    }
    #[inline]
    pub fn agg_mut(&mut self, r: ObjRef) -> &mut [Value] {
        if let Obj::ArrayView { arr, off, len } = *self.get(r) {
            return self.view_mut(arr, off, len);
        }
        match self.get_mut(r) {
            Obj::Agg(v) => v,
            Obj::Cell(v) => std::slice::from_mut(v),
            other => panic!("heap: expected an aggregate, found {other:?}"),
        }
    }
    /// The slot vector of a plain aggregate (not a view) — for natives that
    /// take it out briefly to fill it while reading another object.
    pub fn agg_vec_mut(&mut self, r: ObjRef) -> Option<&mut Vec<Value>> {
        match self.get_mut(r) {
            Obj::Agg(v) => Some(v),
            _ => None,
        }
    }
    #[cold]
    fn view_mut(&mut self, arr: ObjRef, off: u32, len: u32) -> &mut [Value] {
        match self.get_mut(arr) {
            Obj::Agg(v) => &mut v[off as usize..(off + len) as usize],
            other => panic!("heap: expected an aggregate under a view, found {other:?}"),
        }
    }
    /// Reads a pointer's slot (a whole-object pointer reads the aggregate itself).
    #[inline]
    pub fn load(&self, p: PtrRef) -> Value {
        match p.idx {
            PtrRef::WHOLE_STRUCT => Value::Struct(p.obj),
            PtrRef::WHOLE_ARRAY => Value::Array(p.obj),
            idx => Value::at(self.agg(p.obj), idx as usize),
        }
    }
    /// Writes a pointer's slot (a whole-object pointer's aggregate is
    /// overwritten in place, as `write_slot` does for an aggregate slot).
    #[inline]
    pub fn store(&mut self, p: PtrRef, v: Value) {
        if p.is_whole() {
            if let Value::Struct(src) | Value::Array(src) = v {
                self.copy_into(p.obj, src);
            }
            return;
        }
        self.write_slot(p.obj, p.idx as usize, v);
    }
    /// Field/element `idx` of the aggregate a whole-object pointer names — the
    /// one-lookup path of `p.f`; `None` for any other pointer. (A reference,
    /// not a `Value`: the caller copies all 16 bytes at once instead of the tag
    /// and a spilled 15-byte payload.)
    #[inline(always)]
    pub fn whole_field(&self, p: PtrRef, idx: u16) -> Option<&Value> {
        if !p.is_whole() {
            return None;
        }
        match self.get(p.obj) {
            Obj::Agg(v) => v.get(idx as usize),
            _ => None,
        }
    }
    /// `p.f = v` through a whole-object pointer when `v` is not an aggregate
    /// (those are copied into the old value by `write_slot`); `false` sends
    /// the caller to the general path.
    #[inline(always)]
    pub fn set_whole_field(&mut self, p: PtrRef, idx: u16, v: &Value) -> bool {
        if !p.is_whole() || matches!(v, Value::Struct(_) | Value::Array(_)) {
            return false;
        }
        match self.get_mut(p.obj) {
            Obj::Agg(slots) => match slots.get_mut(idx as usize) {
                Some(slot) => {
                    *slot = *v;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }
    /// Writes `v` into slot `idx` of `obj`. Go's storage never moves: an
    /// aggregate written over an aggregate is copied into the existing one
    /// (slot by slot, recursively), so pointers into it (`&x.a.b`, `arr[:]`,
    /// `(*[N]T)(s)`) see the new value. `v` must be the writer's own copy.
    #[inline]
    pub fn write_slot(&mut self, obj: ObjRef, idx: usize, v: Value) {
        if matches!(v, Value::Struct(_) | Value::Array(_)) {
            if let Some(&old) = self.agg(obj).get(idx) {
                if let (Value::Struct(o), Value::Struct(n)) | (Value::Array(o), Value::Array(n)) = (old, v) {
                    self.copy_into(o, n);
                    return;
                }
            }
        }
        if let Some(s) = self.agg_mut(obj).get_mut(idx) {
            *s = v;
        }
    }
    #[cold]
    fn copy_into(&mut self, dst: ObjRef, src: ObjRef) {
        if dst == src {
            return;
        }
        let n = self.agg(src).len().min(self.agg(dst).len());
        for i in 0..n {
            let v = self.agg(src)[i];
            self.write_slot(dst, i, v);
        }
    }

    /// A deep copy of an owned struct/array (value semantics); other values as is.
    pub fn copy_agg(&mut self, v: Value) -> Value {
        match v {
            Value::Struct(r) => Value::Struct(self.copy_agg_obj(r)),
            Value::Array(r) => Value::Array(self.copy_agg_obj(r)),
            _ => v,
        }
    }
    fn copy_agg_obj(&mut self, r: ObjRef) -> ObjRef {
        let mut slots = self.agg(r).to_vec();
        for s in slots.iter_mut() {
            if matches!(s, Value::Struct(_) | Value::Array(_)) {
                *s = self.copy_agg(*s);
            }
        }
        self.alloc_agg(slots)
    }

    // ---- interfaces ----

    /// The box of an interface value holds this value.
    #[inline]
    pub fn iface_value(&self, data: ObjRef) -> Value {
        Value::at(self.agg(data), 0)
    }

    // ---- slices ----

    pub fn slice_header(&self, r: ObjRef) -> SliceHeader {
        match self.get(r) {
            Obj::Slice(h) => *h,
            _ => SliceHeader { arr: ObjRef(0), off: 0, len: 0, cap: 0 },
        }
    }
    /// (header, elements) of a slice value; nil gives an empty slice.
    pub fn slice_elems(&self, v: Value) -> &[Value] {
        match v {
            Value::Slice(r) => {
                let h = self.slice_header(r);
                &self.agg(h.arr)[h.off as usize..(h.off + h.len) as usize]
            }
            _ => &[],
        }
    }
    /// A new slice value over the given elements (cap = len).
    pub fn alloc_slice(&mut self, elems: Vec<Value>) -> Value {
        let len = elems.len() as u32;
        let arr = self.alloc_agg(elems);
        Value::Slice(self.alloc(Obj::Slice(SliceHeader { arr, off: 0, len, cap: len })))
    }
    pub fn alloc_slice_header(&mut self, h: SliceHeader) -> Value {
        Value::Slice(self.alloc(Obj::Slice(h)))
    }

    // ---- closures ----
    pub fn closure(&self, r: ObjRef) -> &Closure {
        match self.get(r) {
            Obj::Closure(c) => c,
            other => panic!("heap: expected a closure, found {other:?}"),
        }
    }
}

/// A rough byte size of an object, for GC pacing.
pub(crate) fn approx_size(obj: &Obj) -> usize {
    32 + match obj {
        Obj::Str(b) => b.capacity(),
        Obj::Agg(v) => v.len() * 16,
        Obj::Cell(_) => 16,
        Obj::Map(_) => 64,
        Obj::Closure(c) => c.captures.as_slice().len() * 16,
        Obj::Chan(_) => 64,
        _ => 0,
    }
}
