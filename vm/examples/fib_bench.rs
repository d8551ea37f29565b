//! Measures recursive fib(35) on hand-built bytecode: `cargo run --release -p minigo-vm --example fib_bench`.

use minigo_vm::builder::{FuncBuilder, ModuleBuilder};
use minigo_vm::bytecode::{Instr::*, Reg};
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Output, Value, Vm, VmOptions};

fn print_int(ctx: &mut NativeCtx, args: &[Value]) -> NativeStep {
    ctx.out.write_stdout(format!("{}\n", args[0].as_int()).as_bytes());
    NativeStep::unit()
}

fn main() {
    let n: i32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(35);
    let mut mb = ModuleBuilder::new("fib.mg");
    let print = mb.native("bench.print_int");
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
    f.emit(AddInt { dst: Reg(0), a: Reg(2), b: Reg(3) });
    f.emit(Return { a: Reg(0), n: 1 });
    mb.define(fib, f);
    let mut m = FuncBuilder::new(0, 0, 2);
    m.emit(LoadInt { dst: Reg(0), value: n });
    m.emit(CallDirect { func: fib, a: Reg(0) });
    m.emit(CallNative { native: print, a: Reg(0), nargs: 1, nret: 0 });
    m.emit(Return { a: Reg(0), n: 0 });
    let main = mb.func("main.main", m);
    let mut reg = NativeRegistry::new();
    reg.register("bench.print_int", print_int);
    let mut vm = Vm::new(mb.finish(main), &reg, Output::stdio(), VmOptions::default()).unwrap();
    let t = std::time::Instant::now();
    let code = vm.run();
    eprintln!("fib({n}) took {:?}", t.elapsed());
    std::process::exit(code);
}
