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


#[test]
fn disassembly_listing() {
    let module = crate::asm::assemble(
        r#"
func main.main regs=3
  line 3
  LoadConst r0 "hi"
  ToIface r0 r0 t:string
  line 4
  JumpIfNot r1 @end
  CallNative n:test.println r0 1 0
end:
  Return r0 0
"#,
    )
    .unwrap();
    insta::assert_snapshot!(crate::bytecode::disasm::disassemble_module(&module), @r#"
    func main.main params=0 results=0 regs=3
    0000    3 LoadConst r0 k0 ; "hi"
    0001    | ToIface r0 r0 t1 ; string
    0002    4 JumpIfNot r1 +1 ; to 0004
    0003    | CallNative n0 r0 1 0 ; test.println
    0004    | Return r0 0
    "#);
}

#[test]
fn trace_hook_reports_unwind_events() {
    let module = crate::asm::assemble(
        r#"
func main.main regs=3
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  Recover r0
  LoadConst r0 "boom"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=2
  Recover r0
  Return r0 0
"#,
    )
    .unwrap();
    let options = crate::vm::VmOptions { trace_unwind: true, ..Default::default() };
    insta::assert_snapshot!(super::check_run_with(module, options), @r#"
    -- stdout --
    -- stderr --
    [trace] main.main defers main.main.func1 (prog.mg:1)
    [trace] recover() in main.main returns nil (prog.mg:1): not panicking
    [trace] main.main panics with "boom" (prog.mg:1)
    [trace] | panic "boom" runs main.main.func1, deferred by main.main
    [trace] | recover() in main.main.func1 returns "boom" (prog.mg:1): the panic is recovered; it stops when main.main.func1 returns
    [trace] | main.main.func1 returned
    [trace] recovered: panic "boom" ends; main.main runs its remaining deferred calls and returns normally and its goroutine ends
    [trace] main.main returns and its goroutine ends
    -- exit --
    0
    "#);
}
