//! Calls, arithmetic, control flow, strings, slices, maps, closures on hand-built bytecode.

use super::{builder, check_run};
use crate::builder::FuncBuilder;
use crate::bytecode::{Instr::*, Reg};

pub(crate) fn fib_module(n: i32) -> crate::bytecode::Module {
    let (mut mb, println) = builder();
    let int = mb.types.int;
    let fib = mb.declare("main.fib");
    let mut f = FuncBuilder::new(1, 1, 4);
    let recurse = f.label();
    f.emit(LtIntImm { dst: Reg(1), a: Reg(0), imm: 2 });
    f.emit_jump(recurse, |off| JumpIfNot { cond: Reg(1), off });
    f.emit(Return { a: Reg(0), n: 1 });
    f.place(recurse);
    f.emit(AddIntImm { dst: Reg(2), a: Reg(0), imm: -1 });
    f.emit(CallDirect { func: fib, a: Reg(2) });
    f.emit(AddIntImm { dst: Reg(3), a: Reg(0), imm: -2 });
    f.emit(CallDirect { func: fib, a: Reg(3) });
    f.emit(AddInt { dst: Reg(1), a: Reg(2), b: Reg(3) });
    f.emit(Return { a: Reg(1), n: 1 });
    mb.define(fib, f);
    let mut m = FuncBuilder::new(0, 0, 2);
    m.emit(LoadInt { dst: Reg(0), value: n });
    m.emit(CallDirect { func: fib, a: Reg(0) });
    m.emit(ToIface { dst: Reg(0), src: Reg(0), ty: int });
    m.emit(CallNative { native: println, a: Reg(0), nargs: 1, nret: 0 });
    m.emit(Return { a: Reg(0), n: 0 });
    let main = mb.func("main.main", m);
    mb.finish(main)
}

// func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
// func main() { fmt.Println(fib(25)) }
#[test]
fn fib_recursion() {
    insta::assert_snapshot!(check_run(fib_module(25)), @r"
    -- stdout --
    75025
    -- stderr --
    -- exit --
    0
    ");
}

// func rec(n int) int { if n == 0 { return 0 }; return rec(n-1) + 1 }
// func main() { fmt.Println(rec(1000000)) }
#[test]
fn million_deep_recursion_works() {
    let (mut mb, println) = builder();
    let int = mb.types.int;
    let rec = mb.declare("main.rec");
    let mut f = FuncBuilder::new(1, 1, 3);
    let recurse = f.label();
    f.emit(LtIntImm { dst: Reg(1), a: Reg(0), imm: 1 });
    f.emit_jump(recurse, |off| JumpIfNot { cond: Reg(1), off });
    f.emit(Return { a: Reg(0), n: 1 });
    f.place(recurse);
    f.emit(AddIntImm { dst: Reg(2), a: Reg(0), imm: -1 });
    f.emit(CallDirect { func: rec, a: Reg(2) });
    f.emit(AddIntImm { dst: Reg(1), a: Reg(2), imm: 1 });
    f.emit(Return { a: Reg(1), n: 1 });
    mb.define(rec, f);
    let mut m = FuncBuilder::new(0, 0, 2);
    m.emit(LoadInt { dst: Reg(0), value: 1_000_000 });
    m.emit(CallDirect { func: rec, a: Reg(0) });
    m.emit(ToIface { dst: Reg(0), src: Reg(0), ty: int });
    m.emit(CallNative { native: println, a: Reg(0), nargs: 1, nret: 0 });
    m.emit(Return { a: Reg(0), n: 0 });
    let main = mb.func("main.main", m);
    insta::assert_snapshot!(check_run(mb.finish(main)), @r"
    -- stdout --
    1000000
    -- stderr --
    -- exit --
    0
    ");
}

