//! Owns the instruction set: the one `enum Instr`, generated with its op names and
//! operand listing from the single `instructions!` table below. This table is the
//! VM's specification. Must not know how the compiler chooses instructions.
//!
//! Notes (read before emitting code):
//! - `R[n]` is register n of the current frame. Integers are `Value::Int` (see
//!   `value.rs`): after arithmetic on an integer type narrower than 64 bits the
//!   compiler emits `Wrap` with the type's `IntKind`; after float32 arithmetic
//!   it emits `RoundF32`.
//! - **Calls** use a register window: arguments go in `R[a]`, `R[a+1]`, …; the
//!   callee's frame starts at `R[a]` (its parameters are its `R[0..]`, with the
//!   receiver first for methods); on return its results are in `R[a..a+nres]`.
//!   Every register `>= a` may be clobbered by the call, so `a` must be above all
//!   live registers. The same window convention holds for `Defer*`, `Go*` and
//!   `CallNative` (natives write their results to `R[a..a+nret]`).
//! - **Returns**: `Return { a, n }` returns `R[a..a+n]`. A function that contains
//!   `defer` statements ends every return path with `RunDefers` followed by code
//!   that reads the (possibly captured) result variables and `Return`; the pc of
//!   that `RunDefers` is `FuncProto::epilogue`, where a recovered panic resumes
//!   (SEMANTICS.md §3.3). Result variables start as zero values.
//! - Jumps are relative to the next instruction.
//! - Go equality: `EqInt`/`EqFloat`/`EqStr` for statically typed operands,
//!   `Eq`/`Ne` for everything else (interfaces, structs, arrays, pointers, …).
//! - **Value semantics of structs and arrays** are the compiler's job: reading
//!   an aggregate out of a container (`GetField`, `IndexSlice`, `IndexArray`,
//!   `Load`, `MapIndex`, `Recv`, `LoadGlobal`) yields the stored object itself,
//!   so `s[i].f = 1` and `p.f = 1` work in place; wherever Go copies (assignment
//!   to a variable, passing an argument, storing into a container, sending,
//!   returning) emit `CopyAgg` first. The VM copies on its own only when boxing
//!   into an interface (`ToIface`), unboxing (`TypeAssert*`) and binding or
//!   dispatching a value receiver through an interface or method value.
//! - Addressable variables whose address is taken, or that closures capture,
//!   live in cells: `Box` makes one, `Load`/`Store` use it, closures capture the
//!   pointer. Named results that deferred closures can see are such cells.

use super::operand::*;

macro_rules! instructions {
    ($( $(#[doc = $doc:literal])* $name:ident { $($field:ident : $ty:ty),* $(,)? } ),* $(,)?) => {
        /// One VM instruction (at most 8 bytes). See the module notes.
        #[derive(Clone, Copy, PartialEq, Debug)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $($field: $ty),* } ),*
        }

        impl Instr {
            /// The op name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self { $( Instr::$name { .. } => stringify!($name) ),* }
            }
            /// The operands with their field names, in declaration order.
            pub fn operands(&self) -> Vec<(&'static str, Operand)> {
                match self {
                    $( Instr::$name { $($field),* } => vec![ $( (stringify!($field), AsOperand::as_operand($field)) ),* ] ),*
                }
            }
            /// Every op name, in table order.
            pub const ALL_NAMES: &'static [&'static str] = &[ $( stringify!($name) ),* ];

            /// Builds an instruction from its op name and operands (the assembler's way in).
            pub fn from_parts(name: &str, ops: &[Operand]) -> Result<Instr, String> {
                match name {
                    $( stringify!($name) => {
                        let expected: &[&str] = &[$(stringify!($field)),*];
                        if ops.len() != expected.len() {
                            return Err(format!("{} takes {} operands ({}), got {}", name, expected.len(), expected.join(" "), ops.len()));
                        }
                        #[allow(unused_mut, unused_variables)]
                        let mut it = ops.iter().copied();
                        Ok(Instr::$name { $($field: <$ty as FromOperand>::from_operand(it.next().unwrap()).map_err(|e| format!("{name} {}: {e}", stringify!($field)))?),* })
                    } )*
                    _ => Err(format!("unknown instruction {name}")),
                }
            }
        }
    };
}

instructions! {
    // ---- moves and constants ----
    /// R[dst] = R[src]
    Move { dst: Reg, src: Reg },
    /// R[dst] = deep copy of R[src] when it is a struct or array (value semantics), else R[src]
    CopyAgg { dst: Reg, src: Reg },
    /// R[dst] = nil
    LoadNil { dst: Reg },
    /// R[dst] = value
    LoadBool { dst: Reg, value: bool },
    /// R[dst] = value (any integer type whose constant fits in i32)
    LoadInt { dst: Reg, value: i32 },
    /// R[dst] = K[k]
    LoadConst { dst: Reg, k: ConstIdx },
    /// R[dst] = the zero value of type ty (allocates fresh structs/arrays)
    LoadZero { dst: Reg, ty: TypeId },
    /// R[dst] = G[global]
    LoadGlobal { dst: Reg, global: GlobalIdx },
    /// G[global] = R[src]
    StoreGlobal { global: GlobalIdx, src: Reg },
    /// R[dst] = &G[global]
    AddrGlobal { dst: Reg, global: GlobalIdx },
    /// R[dst] = the function value of func (no captures)
    LoadFunc { dst: Reg, func: FuncIdx },
    /// R[dst] = captures[idx] of the running closure (captured variables are cells: use Load/Store)
    LoadCapture { dst: Reg, idx: u16 },
    /// R[dst] = *captures[idx] (a captured variable's value: LoadCapture then Load)
    LoadCaptured { dst: Reg, idx: u16 },
    /// *captures[idx] = R[src] (assigns a captured variable)
    StoreCaptured { idx: u16, src: Reg },
    /// R[dst] = closure of func capturing R[dst..dst+func.num_captures]
    MakeClosure { dst: Reg, func: FuncIdx },
    /// R[dst] = the native function `natives[native]` as a function value
    LoadNative { dst: Reg, native: NativeIdx },

    // ---- integers (i64 registers; wrap narrower kinds with Wrap) ----
    /// R[dst] = R[a] + R[b] (wrapping)
    AddInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] + imm (wrapping)
    AddIntImm { dst: Reg, a: Reg, imm: i16 },
    /// R[dst] = R[a] + K[k] (wrapping; K[k] an integer constant, like the five below)
    AddIntK { dst: Reg, a: Reg, k: ShortConst },
    /// R[dst] = R[a] * K[k] (wrapping)
    MulIntK { dst: Reg, a: Reg, k: ShortConst },
    /// R[dst] = R[a] & K[k]
    AndIntK { dst: Reg, a: Reg, k: ShortConst },
    /// R[dst] = R[a] | K[k]
    OrIntK { dst: Reg, a: Reg, k: ShortConst },
    /// R[dst] = R[a] ^ K[k]
    XorIntK { dst: Reg, a: Reg, k: ShortConst },
    /// R[dst] = R[a] << n (a constant count; n >= 64 gives 0)
    ShlImm { dst: Reg, a: Reg, n: u8 },
    /// R[dst] = R[a] >> n, arithmetic (a constant count)
    ShrIntImm { dst: Reg, a: Reg, n: u8 },
    /// R[dst] = R[a] >> n, logical (a constant count; n >= 64 gives 0)
    ShrUintImm { dst: Reg, a: Reg, n: u8 },
    /// R[dst] = R[a] - R[b] (wrapping)
    SubInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] * R[b] (wrapping)
    MulInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] / R[b] (signed, truncated; panics on zero; MinInt64 / -1 = MinInt64)
    DivInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] % R[b] (signed; panics on zero; x % -1 = 0)
    RemInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] / R[b] (unsigned 64-bit; panics on zero)
    DivUint { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] % R[b] (unsigned 64-bit; panics on zero)
    RemUint { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] & R[b]
    AndInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] | R[b]
    OrInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] ^ R[b]
    XorInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] &^ R[b]
    AndNotInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] << R[b] (count >= 64 gives 0; negative count panics)
    Shl { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] >> R[b], arithmetic (signed kinds; negative count panics)
    ShrInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] >> R[b], logical (unsigned kinds; negative count panics)
    ShrUint { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = -R[a] (wrapping)
    NegInt { dst: Reg, a: Reg },
    /// R[dst] = ^R[a]
    NotInt { dst: Reg, a: Reg },
    /// R[r] = R[r] truncated / sign-extended to kind (after arithmetic on narrow ints)
    Wrap { r: Reg, kind: IntKind },
    /// R[dst] = R[a] == R[b] (integers, bools as ints not allowed: use Eq)
    EqInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] != R[b] (integers)
    NeInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] < R[b] (signed)
    LtInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] <= R[b] (signed)
    LeInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] < imm (signed)
    LtIntImm { dst: Reg, a: Reg, imm: i16 },
    /// R[dst] = R[a] < R[b] (unsigned 64-bit)
    LtUint { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] <= R[b] (unsigned 64-bit)
    LeUint { dst: Reg, a: Reg, b: Reg },

    // ---- floats (float32: RoundF32 after each op) ----
    /// R[dst] = R[a] + R[b]
    AddFloat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] - R[b]
    SubFloat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] * R[b]
    MulFloat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] / R[b] (IEEE: no panic)
    DivFloat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = -R[a]
    NegFloat { dst: Reg, a: Reg },
    /// R[r] = R[r] rounded to float32
    RoundF32 { r: Reg },
    /// R[dst] = R[a] == R[b] (IEEE: NaN != NaN)
    EqFloat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] != R[b]
    NeFloat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] < R[b]
    LtFloat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] <= R[b]
    LeFloat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = float64(R[src]) of a signed integer
    IntToFloat { dst: Reg, src: Reg },
    /// R[dst] = float64(R[src]) of an unsigned integer
    UintToFloat { dst: Reg, src: Reg },
    /// R[dst] = kind(R[src]) of a float (truncates toward zero; wraps to kind)
    FloatToInt { dst: Reg, src: Reg, kind: IntKind },
    /// R[dst] = math.Sqrt(R[src]) (IEEE square root, as amd64's SQRTSD: negative → NaN, -0 → -0)
    SqrtFloat { dst: Reg, src: Reg },

    // ---- bools and generic comparison ----
    /// R[dst] = !R[src]
    Not { dst: Reg, src: Reg },
    /// R[dst] = R[a] == R[b] by Go equality of any comparable values (panics on uncomparable dynamic types)
    Eq { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] != R[b] by Go equality
    Ne { dst: Reg, a: Reg, b: Reg },

    // ---- strings ----
    /// R[dst] = R[a] + R[b]
    ConcatStr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] == R[b] (strings)
    EqStr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] != R[b] (strings)
    NeStr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] < R[b] (bytewise)
    LtStr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[a] <= R[b] (bytewise)
    LeStr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] = R[s][R[i]] (a byte; bounds-checked)
    IndexStr { dst: Reg, s: Reg, i: Reg },
    /// R[dst] = R[src][lo:hi] of a string (bounds in R[a], R[a+1]; see SliceMode)
    SliceStr { dst: Reg, src: Reg, a: Reg, mode: SliceMode },
    /// R[dst] = conversion op of R[src]
    Convert { dst: Reg, src: Reg, op: ConvOp },
    /// (*R[a]).f0 += R[a+1]: R[a] points to a struct whose field 0 is a string (strings.Builder's WriteString, or WriteByte when `byte`: R[a+1] is then a byte); it grows in place (Heap::str_append); R[a] = bytes written, R[a+1] = nil (the methods' results); a nil R[a] panics (nil dereference)
    AppendStrField { a: Reg, byte: bool },
    /// like AppendStrField with the decimal text of the integer R[a+1] (`b.WriteString(strconv.Itoa(n))` without the intermediate string)
    AppendDecimalField { a: Reg },
    /// for-range over a string: R[a] string, R[a+1] next byte offset (start at 0). If R[a+1] >= len jump by off; else R[a+2] = offset, R[a+3] = rune, R[a+1] advances
    NextRune { a: Reg, off: JumpOffset },

    // ---- slices and arrays ----
    /// R[dst] = make([]elem, R[a], R[a+1]) (cap register ignored unless has_cap)
    MakeSlice { dst: Reg, elem: TypeId, a: Reg, has_cap: bool },
    /// R[dst] = len(R[src]) of a string, slice, array, map or chan (nil → 0)
    Len { dst: Reg, src: Reg },
    /// R[dst] = cap(R[src]) of a slice, array or chan (nil → 0)
    Cap { dst: Reg, src: Reg },
    /// R[dst] = R[s][R[i]] of a slice (bounds-checked; nil slice → index panic)
    IndexSlice { dst: Reg, s: Reg, i: Reg },
    /// R[s][R[i]] = R[src] of a slice
    SetSlice { s: Reg, i: Reg, src: Reg },
    /// R[s][R[i]] = K[k] of a slice (a scalar constant: `s[i] = true`)
    SetSliceK { s: Reg, i: Reg, k: ShortConst },
    /// R[dst] = R[arr][R[i]] of an array value (bounds-checked)
    IndexArray { dst: Reg, arr: Reg, i: Reg },
    /// R[arr][R[i]] = R[src] of an array value (in place)
    SetArray { arr: Reg, i: Reg, src: Reg },
    /// R[dst] = R[src][lo:hi:max] of a slice (bounds in R[a..a+3]; see SliceMode)
    SliceSlice { dst: Reg, src: Reg, a: Reg, mode: SliceMode },
    /// R[dst] = R[src][lo:hi:max] of an array value or pointer to array (shares its storage)
    SliceArray { dst: Reg, src: Reg, a: Reg, mode: SliceMode },
    /// R[dst] = [N]T(R[src]), a copy of the slice's first N elements, or with to_ptr (*[N]T)(R[src]), aliasing its storage (nil slice → nil); `ty` is [N]T; len < N panics (boundsError)
    SliceToArray { dst: Reg, src: Reg, ty: TypeId, to_ptr: bool },
    /// R[a] = append(R[a], R[a+1], …, R[a+n]) (Go's growth; elem sizes from elem's descriptor)
    Append { a: Reg, n: u8, elem: TypeId },
    /// R[a] = append(R[a], R[a+1]...) (R[a+1] a slice, or a string when elem is byte)
    AppendSlice { a: Reg, elem: TypeId },
    /// R[dst] = copy(R[a], R[b]) (R[b] a slice or string)
    CopySlice { dst: Reg, a: Reg, b: Reg },
    /// clear(R[src]) of a map or slice
    Clear { src: Reg },

    // ---- structs and pointers ----
    /// R[dst] = R[obj].field[idx] (R[obj] a struct value; no copy of an aggregate field: CopyAgg it)
    GetField { dst: Reg, obj: Reg, idx: u16 },
    /// R[obj].field[idx] = R[src] (in place)
    SetField { obj: Reg, idx: u16, src: Reg },
    /// R[dst] = (*R[ptr]).field[idx] (R[ptr] a pointer to a struct; nil panics: nil dereference)
    GetFieldPtr { dst: Reg, ptr: Reg, idx: u16 },
    /// (*R[ptr]).field[idx] = R[src] (in place; nil panics when the store happens)
    SetFieldPtr { ptr: Reg, idx: u16, src: Reg },
    /// R[dst] = &R[obj].field[idx] (R[obj] a struct value; a nil value panics: nil dereference)
    AddrField { dst: Reg, obj: Reg, idx: u16 },
    /// R[dst] = &R[c][R[i]] of a slice or array value (bounds-checked)
    AddrElem { dst: Reg, c: Reg, i: Reg },
    /// R[dst] = pointer to a new cell holding R[src] (escaping variables, new(T), &T{…})
    Box { dst: Reg, src: Reg },
    /// R[dst] = *R[ptr] (nil → panic; an aggregate is not copied: CopyAgg it)
    Load { dst: Reg, ptr: Reg },
    /// *R[ptr] = R[src] (nil → panic)
    Store { ptr: Reg, src: Reg },

    // ---- maps ----
    /// R[dst] = make(map type ty)
    MakeMap { dst: Reg, ty: TypeId },
    /// R[a] = R[a][R[a+1]] of map type ty (zero value if absent or nil map), R[a+1] = present
    MapIndex { a: Reg, ty: TypeId },
    /// like MapIndex, for the read of `m[k] op= v` / `m[k]++`: an unhashable key panics with the assignment's text (`runtime error: hash of unhashable type T`)
    MapIndexForUpdate { a: Reg, ty: TypeId },
    /// R[m][R[k]] = R[v] (nil map panics)
    MapSet { m: Reg, k: Reg, v: Reg },
    /// delete(R[m], R[k])
    MapDelete { m: Reg, k: Reg },
    /// R[dst] = a new iterator over the map R[m] (sees deletions made during the range)
    MapIter { dst: Reg, m: Reg },
    /// R[a] iterator: if exhausted jump by off, else R[a+1] = key, R[a+2] = value
    NextMap { a: Reg, off: JumpOffset },
    /// R[dst] = R[m][R[k]] of a map with integer values and a basic key type (hashing cannot fail; absent key or nil map → 0)
    MapGetInt { dst: Reg, m: Reg, k: Reg },
    /// `v, ok := m[k]` of the maps MapGetInt reads: R[dst] = R[m][R[k]] (absent or nil map → 0), R[dst+1] = whether present
    MapGetIntOk { dst: Reg, m: Reg, k: Reg },
    /// R[m][R[k]] += R[src] with one lookup, for `m[k] += v` / `m[k]++` / `m[k]--` of a map with 64-bit integer values and a basic key type (nil map panics)
    MapAddInt { m: Reg, k: Reg, src: Reg },

    // ---- interfaces ----
    /// R[dst] = interface value of R[src] with dynamic type ty (boxes a copy of aggregates)
    ToIface { dst: Reg, src: Reg, ty: TypeId },
    /// R[a] = R[a].(ty) where R[a] has static interface type iface (panics with *runtime.TypeAssertionError); ty may be an interface type
    TypeAssert { a: Reg, ty: TypeId, iface: TypeId },
    /// R[dst] = interface value of constant K[k] with dynamic type ty; equal constants share one box program-wide (Go's static data: `panic(1000)` twice is one chain line, SEMANTICS.md §5.2)
    IfaceConst { dst: Reg, k: u16, ty: TypeId },
    /// R[a], R[a+1] = R[a].(ty) comma-ok form (zero value and false on failure)
    TypeAssertOk { a: Reg, ty: TypeId },
    /// R[a..] = R[a].method(R[a+1..a+1+nargs]) through the dynamic type's method table (nil → panic)
    CallIface { a: Reg, method: MethodId, nargs: u8 },
    /// R[dst] = the method value R[src].method of an interface (nil → panic), a bound closure
    IfaceMethodValue { dst: Reg, src: Reg, method: MethodId },
    /// R[dst] = the method value of func bound to receiver R[dst] (a bound closure)
    BindMethod { dst: Reg, func: FuncIdx },

    // ---- control flow and calls ----
    /// pc += off
    Jump { off: JumpOffset },
    /// if R[cond] { pc += off }
    JumpIf { cond: Reg, off: JumpOffset },
    /// if !R[cond] { pc += off }
    JumpIfNot { cond: Reg, off: JumpOffset },
    /// if R[a] == R[b] { pc += off } (integers; fused compare-and-branch, like the five below)
    JumpIfEqInt { a: Reg, b: Reg, off: ShortJump },
    /// if R[a] != R[b] { pc += off } (integers)
    JumpIfNeInt { a: Reg, b: Reg, off: ShortJump },
    /// if R[a] < R[b] { pc += off } (signed integers)
    JumpIfLtInt { a: Reg, b: Reg, off: ShortJump },
    /// if R[a] <= R[b] { pc += off } (signed integers)
    JumpIfLeInt { a: Reg, b: Reg, off: ShortJump },
    /// if R[a] == imm { pc += off } (integers)
    JumpIfEqIntImm { a: Reg, imm: i16, off: ShortJump },
    /// if R[a] != imm { pc += off } (integers)
    JumpIfNeIntImm { a: Reg, imm: i16, off: ShortJump },
    /// if R[a] < imm { pc += off } (signed)
    JumpIfLtIntImm { a: Reg, imm: i16, off: ShortJump },
    /// if R[a] <= imm { pc += off } (signed)
    JumpIfLeIntImm { a: Reg, imm: i16, off: ShortJump },
    /// if R[a] > imm { pc += off } (signed)
    JumpIfGtIntImm { a: Reg, imm: i16, off: ShortJump },
    /// if R[a] >= imm { pc += off } (signed)
    JumpIfGeIntImm { a: Reg, imm: i16, off: ShortJump },
    /// if R[a] == K[k] { pc += off } (integers; K[k] an integer constant, like the five below)
    JumpIfEqIntK { a: Reg, k: ShortConst, off: ShortJump },
    /// if R[a] != K[k] { pc += off }
    JumpIfNeIntK { a: Reg, k: ShortConst, off: ShortJump },
    /// if R[a] < K[k] { pc += off } (signed)
    JumpIfLtIntK { a: Reg, k: ShortConst, off: ShortJump },
    /// if R[a] <= K[k] { pc += off } (signed)
    JumpIfLeIntK { a: Reg, k: ShortConst, off: ShortJump },
    /// if R[a] > K[k] { pc += off } (signed)
    JumpIfGtIntK { a: Reg, k: ShortConst, off: ShortJump },
    /// if R[a] >= K[k] { pc += off } (signed)
    JumpIfGeIntK { a: Reg, k: ShortConst, off: ShortJump },
    /// R[a] += 1 (wrapping); if R[a] < R[b] { pc += off } (signed: a counted loop's
    /// increment and test in one; the plain test follows it for the loop's entry)
    IncJumpIfLtInt { a: Reg, b: Reg, off: ShortJump },
    /// R[a] += 1 (wrapping); if R[a] < imm { pc += off } (signed)
    IncJumpIfLtIntImm { a: Reg, imm: i16, off: ShortJump },
    /// R[a] += 1 (wrapping); if R[a] < K[k] { pc += off } (signed; K[k] an integer constant)
    IncJumpIfLtIntK { a: Reg, k: ShortConst, off: ShortJump },
    /// R[a..] = func(R[a..a+nparams])
    CallDirect { func: FuncIdx, a: Reg },
    /// R[a..] = R[f](R[a..a+nargs]) (func value, closure, bound method or native; nil panics)
    Call { f: Reg, a: Reg, nargs: u8 },
    /// R[a..a+nret] = natives[native](R[a..a+nargs])
    CallNative { native: NativeIdx, a: Reg, nargs: u8, nret: u8 },
    /// return R[a..a+n] to the caller
    Return { a: Reg, n: u8 },
    /// run this frame's pending deferred calls (LIFO), then continue (see notes: the epilogue)
    RunDefers {},
    /// defer func(R[a..a+nargs])
    DeferDirect { func: FuncIdx, a: Reg, nargs: u8 },
    /// defer R[f](R[a..a+nargs]) (a nil R[f] panics when the deferred call runs)
    Defer { f: Reg, a: Reg, nargs: u8 },
    /// defer natives[native](R[a..a+nargs]) (builtins too: close, delete, print, panic, recover, runtime.Goexit)
    DeferNative { native: NativeIdx, a: Reg, nargs: u8 },
    /// go func(R[a..a+nargs])
    GoDirect { func: FuncIdx, a: Reg, nargs: u8 },
    /// go R[f](R[a..a+nargs]) (nil R[f] is fatal: go of nil func value)
    Go { f: Reg, a: Reg, nargs: u8 },
    /// go natives[native](R[a..a+nargs])
    GoNative { native: NativeIdx, a: Reg, nargs: u8 },
    /// panic(R[src])
    Panic { src: Reg },
    /// R[dst] = recover()
    Recover { dst: Reg },
    /// panic with a nil dereference if R[src] is nil (explicit nil checks)
    NilCheck { src: Reg },

    // ---- channels ----
    /// R[dst] = make(chan elem, R[size])
    MakeChan { dst: Reg, elem: TypeId, size: Reg },
    /// R[ch] <- R[src] (blocks)
    Send { ch: Reg, src: Reg },
    /// R[dst] = <-R[ch] (blocks; zero value of elem when closed)
    Recv { dst: Reg, ch: Reg },
    /// R[a], R[a+1] = <-R[a] comma-ok form
    RecvOk { a: Reg },
    /// close(R[ch])
    Close { ch: Reg },
    /// select over n cases: case i is R[a+3i] = Int(0 recv | 1 send), R[a+3i+1] = chan, R[a+3i+2] = value to send. Afterwards R[a] = chosen case index (-1: default), R[a+1] = received value, R[a+2] = ok
    Select { a: Reg, n: u8, has_default: bool },
}

const _: () = assert!(std::mem::size_of::<Instr>() <= 8);

impl Instr {
    /// The relative jump this instruction may take, if it has one.
    pub fn jump_offset(&self) -> Option<i32> {
        use Instr::*;
        match *self {
            Jump { off } | JumpIf { off, .. } | JumpIfNot { off, .. } | NextRune { off, .. } | NextMap { off, .. } => Some(off.0),
            JumpIfEqInt { off, .. } | JumpIfNeInt { off, .. } | JumpIfLtInt { off, .. } | JumpIfLeInt { off, .. } => Some(off.0 as i32),
            JumpIfEqIntImm { off, .. } | JumpIfNeIntImm { off, .. } | JumpIfLtIntImm { off, .. } | JumpIfLeIntImm { off, .. } => Some(off.0 as i32),
            JumpIfGtIntImm { off, .. } | JumpIfGeIntImm { off, .. } => Some(off.0 as i32),
            JumpIfEqIntK { off, .. } | JumpIfNeIntK { off, .. } | JumpIfLtIntK { off, .. } | JumpIfLeIntK { off, .. } | JumpIfGtIntK { off, .. } | JumpIfGeIntK { off, .. } => Some(off.0 as i32),
            IncJumpIfLtInt { off, .. } | IncJumpIfLtIntImm { off, .. } | IncJumpIfLtIntK { off, .. } => Some(off.0 as i32),
            _ => None,
        }
    }

    /// This instruction with its jump offset replaced; `None` if it has no
    /// jump or `off` does not fit its offset's width (fused branches: `i16`).
    pub fn with_jump_offset(self, off: i32) -> Option<Instr> {
        use Instr::*;
        let long = JumpOffset(off);
        let short = i16::try_from(off).map(ShortJump);
        Some(match self {
            Jump { .. } => Jump { off: long },
            JumpIf { cond, .. } => JumpIf { cond, off: long },
            JumpIfNot { cond, .. } => JumpIfNot { cond, off: long },
            NextRune { a, .. } => NextRune { a, off: long },
            NextMap { a, .. } => NextMap { a, off: long },
            JumpIfEqInt { a, b, .. } => JumpIfEqInt { a, b, off: short.ok()? },
            JumpIfNeInt { a, b, .. } => JumpIfNeInt { a, b, off: short.ok()? },
            JumpIfLtInt { a, b, .. } => JumpIfLtInt { a, b, off: short.ok()? },
            JumpIfLeInt { a, b, .. } => JumpIfLeInt { a, b, off: short.ok()? },
            JumpIfEqIntImm { a, imm, .. } => JumpIfEqIntImm { a, imm, off: short.ok()? },
            JumpIfNeIntImm { a, imm, .. } => JumpIfNeIntImm { a, imm, off: short.ok()? },
            JumpIfLtIntImm { a, imm, .. } => JumpIfLtIntImm { a, imm, off: short.ok()? },
            JumpIfLeIntImm { a, imm, .. } => JumpIfLeIntImm { a, imm, off: short.ok()? },
            JumpIfGtIntImm { a, imm, .. } => JumpIfGtIntImm { a, imm, off: short.ok()? },
            JumpIfGeIntImm { a, imm, .. } => JumpIfGeIntImm { a, imm, off: short.ok()? },
            JumpIfEqIntK { a, k, .. } => JumpIfEqIntK { a, k, off: short.ok()? },
            JumpIfNeIntK { a, k, .. } => JumpIfNeIntK { a, k, off: short.ok()? },
            JumpIfLtIntK { a, k, .. } => JumpIfLtIntK { a, k, off: short.ok()? },
            JumpIfLeIntK { a, k, .. } => JumpIfLeIntK { a, k, off: short.ok()? },
            JumpIfGtIntK { a, k, .. } => JumpIfGtIntK { a, k, off: short.ok()? },
            JumpIfGeIntK { a, k, .. } => JumpIfGeIntK { a, k, off: short.ok()? },
            IncJumpIfLtInt { a, b, .. } => IncJumpIfLtInt { a, b, off: short.ok()? },
            IncJumpIfLtIntImm { a, imm, .. } => IncJumpIfLtIntImm { a, imm, off: short.ok()? },
            IncJumpIfLtIntK { a, k, .. } => IncJumpIfLtIntK { a, k, off: short.ok()? },
            _ => return None,
        })
    }
}
