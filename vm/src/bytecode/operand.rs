//! Owns the operand newtypes of instructions (`Reg`, `ConstIdx`, `FuncIdx`,
//! `JumpOffset`, `TypeId`, …) and the small operand enums (`IntKind`,
//! `SliceMode`, `ConvOp`). Must not know what instructions do with them.

/// A register of the current frame: `R[n]` is `regs[frame.base + n]`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Reg(pub u16);

/// An index into the current function's constant pool.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ConstIdx(pub u32);

/// An index into the current function's constant pool that fits 16 bits: the
/// constant operand of the `…IntK` instructions (the compiler falls back to
/// `LoadConst` plus the register form for a larger pool).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ShortConst(pub u16);

/// An index into `Module::funcs`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord, Default)]
pub struct FuncIdx(pub u32);

/// A relative jump: the new pc is `pc_of_this_instruction + 1 + offset`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct JumpOffset(pub i32);

/// A short relative jump of the fused compare-and-branch instructions (same
/// meaning as `JumpOffset`; the compiler falls back to the unfused pair when a
/// target is farther than an `i16` reaches).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ShortJump(pub i16);

/// An index into `Module::types` (runtime type descriptors).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId(pub u16);

/// An index into `Module::globals`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct GlobalIdx(pub u32);

/// An index into `Module::natives` (resolved by name against the native registry).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct NativeIdx(pub u16);

/// An index into `Module::method_names` (interned method names, for dynamic dispatch).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct MethodId(pub u16);

/// The width and signedness of an integer type (int = I64, uint/uintptr = U64).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntKind {
    /// Truncates / sign-extends `v` to this kind's width (the `Value::Int` invariant).
    #[inline(always)]
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntKind::I8 => v as i8 as i64,
            IntKind::I16 => v as i16 as i64,
            IntKind::I32 => v as i32 as i64,
            IntKind::I64 | IntKind::U64 => v,
            IntKind::U8 => v as u8 as i64,
            IntKind::U16 => v as u16 as i64,
            IntKind::U32 => v as u32 as i64,
        }
    }
    pub fn is_unsigned(self) -> bool {
        matches!(self, IntKind::U8 | IntKind::U16 | IntKind::U32 | IntKind::U64)
    }
    pub fn bits(self) -> u32 {
        match self {
            IntKind::I8 | IntKind::U8 => 8,
            IntKind::I16 | IntKind::U16 => 16,
            IntKind::I32 | IntKind::U32 => 32,
            IntKind::I64 | IntKind::U64 => 64,
        }
    }
}

/// Which bounds a slice expression `x[lo:hi:max]` gives; the bound values are in
/// consecutive registers `R[a]` (lo), `R[a+1]` (hi), `R[a+2]` (max); an absent
/// bound's register is ignored.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct SliceMode(pub u8);

impl SliceMode {
    pub const LO: u8 = 1;
    pub const HI: u8 = 2;
    pub const MAX: u8 = 4;
    pub fn has_lo(self) -> bool {
        self.0 & Self::LO != 0
    }
    pub fn has_hi(self) -> bool {
        self.0 & Self::HI != 0
    }
    pub fn has_max(self) -> bool {
        self.0 & Self::MAX != 0
    }
}

/// Conversions that allocate or decode (`Convert` instruction).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ConvOp {
    /// `string(r)` of an integer: UTF-8 of the rune (invalid → U+FFFD).
    RuneToStr,
    /// `string(b)` of a `[]byte`.
    BytesToStr,
    /// `[]byte(s)`.
    StrToBytes,
    /// `string(rs)` of a `[]rune`.
    RunesToStr,
    /// `[]rune(s)`.
    StrToRunes,
    /// `strconv.Itoa(i)`: the decimal text of a signed integer.
    IntToDecimal,
    /// `bits.OnesCount*`: how many bits of an unsigned integer (held
    /// zero-extended, so one op serves every width) are one.
    OnesCount,
    /// `bits.Len*`: how many bits it takes to write an unsigned integer.
    BitLen,
    /// `bits.LeadingZeros64` and `bits.LeadingZeros`: zero bits above the highest one of 64.
    LeadingZeros64,
    /// `bits.TrailingZeros64` and `bits.TrailingZeros`: zero bits below the lowest one (64 for 0).
    TrailingZeros64,
}

/// A decoded operand, for the disassembler and tests.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Operand {
    Reg(u16),
    Const(u32),
    Func(u32),
    Jump(i32),
    Type(u16),
    Global(u32),
    Native(u16),
    Method(u16),
    Imm(i64),
    Bool(bool),
    IntKind(IntKind),
    SliceMode(u8),
    Conv(ConvOp),
}

/// Implemented by every operand type so the instruction table can list operands.
pub trait AsOperand {
    fn as_operand(&self) -> Operand;
}

macro_rules! as_operand {
    ($($ty:ty => |$x:ident| $e:expr),* $(,)?) => {
        $(impl AsOperand for $ty { fn as_operand(&self) -> Operand { let $x = *self; $e } })*
    };
}

as_operand! {
    Reg => |x| Operand::Reg(x.0),
    ConstIdx => |x| Operand::Const(x.0),
    ShortConst => |x| Operand::Const(x.0 as u32),
    FuncIdx => |x| Operand::Func(x.0),
    JumpOffset => |x| Operand::Jump(x.0),
    ShortJump => |x| Operand::Jump(x.0 as i32),
    TypeId => |x| Operand::Type(x.0),
    GlobalIdx => |x| Operand::Global(x.0),
    NativeIdx => |x| Operand::Native(x.0),
    MethodId => |x| Operand::Method(x.0),
    IntKind => |x| Operand::IntKind(x),
    SliceMode => |x| Operand::SliceMode(x.0),
    ConvOp => |x| Operand::Conv(x),
    bool => |x| Operand::Bool(x),
    u8 => |x| Operand::Imm(x as i64),
    u16 => |x| Operand::Imm(x as i64),
    i16 => |x| Operand::Imm(x as i64),
    i32 => |x| Operand::Imm(x as i64),
}

/// Implemented by every operand type so instructions can be built from `Operand`s.
pub trait FromOperand: Sized {
    fn from_operand(op: Operand) -> Result<Self, String>;
}

macro_rules! from_operand {
    ($($ty:ty => |$x:ident| $e:expr),* $(,)?) => {
        $(impl FromOperand for $ty {
            fn from_operand(op: Operand) -> Result<Self, String> {
                #[allow(unreachable_patterns)]
                match op { $x => $e }
            }
        })*
    };
}

fn imm(op: Operand) -> Result<i64, String> {
    match op {
        Operand::Imm(i) => Ok(i),
        other => Err(format!("expected a number, got {other:?}")),
    }
}

from_operand! {
    Reg => |x| match x { Operand::Reg(r) => Ok(Reg(r)), o => Err(format!("expected a register, got {o:?}")) },
    ConstIdx => |x| match x { Operand::Const(k) => Ok(ConstIdx(k)), o => Err(format!("expected a constant, got {o:?}")) },
    ShortConst => |x| match x { Operand::Const(k) => u16::try_from(k).map(ShortConst).map_err(|e| e.to_string()), o => Err(format!("expected a constant, got {o:?}")) },
    FuncIdx => |x| match x { Operand::Func(k) => Ok(FuncIdx(k)), o => Err(format!("expected a function, got {o:?}")) },
    JumpOffset => |x| match x { Operand::Jump(k) => Ok(JumpOffset(k)), o => Err(format!("expected a jump, got {o:?}")) },
    ShortJump => |x| match x { Operand::Jump(k) => i16::try_from(k).map(ShortJump).map_err(|_| format!("jump {k} too far for a short jump")), o => Err(format!("expected a jump, got {o:?}")) },
    TypeId => |x| match x { Operand::Type(k) => Ok(TypeId(k)), o => Err(format!("expected a type, got {o:?}")) },
    GlobalIdx => |x| match x { Operand::Global(k) => Ok(GlobalIdx(k)), o => Err(format!("expected a global, got {o:?}")) },
    NativeIdx => |x| match x { Operand::Native(k) => Ok(NativeIdx(k)), o => Err(format!("expected a native, got {o:?}")) },
    MethodId => |x| match x { Operand::Method(k) => Ok(MethodId(k)), o => Err(format!("expected a method, got {o:?}")) },
    IntKind => |x| match x { Operand::IntKind(k) => Ok(k), o => Err(format!("expected an int kind, got {o:?}")) },
    SliceMode => |x| match x { Operand::SliceMode(k) => Ok(SliceMode(k)), Operand::Imm(i) => Ok(SliceMode(i as u8)), o => Err(format!("expected a slice mode, got {o:?}")) },
    ConvOp => |x| match x { Operand::Conv(k) => Ok(k), o => Err(format!("expected a conversion, got {o:?}")) },
    bool => |x| match x { Operand::Bool(b) => Ok(b), o => Err(format!("expected a bool, got {o:?}")) },
    u8 => |x| imm(x).and_then(|i| u8::try_from(i).map_err(|e| e.to_string())),
    u16 => |x| match x {
        // A constant reference (IfaceConst's `k`).
        Operand::Const(k) => u16::try_from(k).map_err(|e| e.to_string()),
        _ => imm(x).and_then(|i| u16::try_from(i).map_err(|e| e.to_string())),
    },
    i16 => |x| imm(x).and_then(|i| i16::try_from(i).map_err(|e| e.to_string())),
    i32 => |x| imm(x).and_then(|i| i32::try_from(i).map_err(|e| e.to_string())),
}
