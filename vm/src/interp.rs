//! Owns `run_slice`: the dispatch loop that executes one goroutine's
//! instructions for a budget. One `match`, short arms; anything longer lives in
//! an `#[inline(never)]` helper under `ops/`, unwinding in `unwind.rs`.
//! Must not know scheduling policy: it reports how the slice ended.

use crate::bytecode::{Instr, Reg};
use crate::goroutine::{Frame, Goroutine, ReturnTo};
use crate::heap::Captures;
use crate::native::WaitReason;
use crate::ops::{self, call, chanops, iface, slice, string};
use crate::traceback;
use crate::unwind;
use crate::value::Value;
use crate::vm::Vm;

/// How a slice of execution ended.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SliceEnd {
    /// The budget ran out or the goroutine yielded; it is still runnable.
    Yielded,
    /// Parked; the blocking instruction is retried when the scheduler comes back.
    Blocked(WaitReason),
    /// Sleeping until this virtual-clock time (ns).
    Sleep(i64),
    /// The goroutine finished (its function returned or Goexit completed).
    Exited,
    /// The whole program ends now with this exit code.
    ProgramExit(i32),
}

/// What the loop does after a cold helper changed the frame stack.
pub(crate) enum Flow {
    /// Reload the top frame and continue.
    Continue,
    /// Stop the slice.
    End(SliceEnd),
}

/// Runs goroutine `g` for about `budget` calls/backward jumps.
pub fn run_slice(vm: &mut Vm, g: &mut Goroutine, budget: u32) -> SliceEnd {
    let module = vm.module.clone();
    let consts_all = vm.consts.clone();
    let mut budget = budget as i64;
    'frame: loop {
        if vm.heap.should_collect() {
            crate::gc::collect(vm, Some(&*g));
        }
        let Some(frame) = g.frames.last() else { return SliceEnd::Exited };
        let fi = frame.func.0 as usize;
        // The running function's first instruction (for `pc!`).
        let mut code: *const Instr = module.funcs[fi].code.as_ptr();
        let mut consts = &consts_all[fi][..];
        let mut base = frame.base as usize;
        // The next instruction: `code[frame.pc]` on entry; the frame's `pc` is
        // brought up to date from it only when something may read it (`save_pc!`).
        // SAFETY: `verify_module` proved every jump target inside the code.
        let mut ip: *const Instr = unsafe { code.add(frame.pc as usize) };
        // SAFETY: regs.len() > base + num_regs for every frame (see below).
        let mut rp: *mut Value = unsafe { g.regs.as_mut_ptr().add(base) };

        // SAFETY (r!, w!, win!, code fetch): `verify_module` proved every register
        // operand and register window below num_regs and every jump target inside
        // the code, which ends with Return/Jump; every frame is pushed with
        // regs.len() > base + num_regs (push_frame, the inline CallDirect path,
        // main_goroutine). `rp` points at regs[base]; it is re-derived whenever
        // the register file may have moved (every `continue 'frame`) or a helper
        // indexed `g.regs` (`resync!`).
        macro_rules! r {
            ($r:expr) => {
                *unsafe { &mut *rp.add($r.0 as usize) }
            };
        }
        // Writes a constant as one 16-byte store (`Value::put`: a later 16-byte
        // copy of the register — `s[i] = true` — is then forwarded from that
        // store). Computed results keep plain writes: their readers are typed
        // 8-byte reads, and building the vector lengthens a loop's chain.
        macro_rules! put {
            ($r:expr, $v:expr) => {{
                let v = $v;
                Value::put(unsafe { &mut *rp.add($r.0 as usize) }, v)
            }};
        }
        macro_rules! w {
            ($a:expr, $k:expr) => {
                *unsafe { &mut *rp.add($a.0 as usize + $k) }
            };
        }
        macro_rules! win {
            ($a:expr, $len:expr) => {
                unsafe { std::slice::from_raw_parts_mut(rp.add($a.0 as usize), $len) }
            };
        }
        // Typed operand reads: the compiler emits an integer, float or bool
        // instruction only for operands of that type, and every register is
        // written (with its type's zero value at least) before it is read.
        // SAFETY: that invariant; `Value::*_unchecked` `debug_assert!` it, so
        // the program corpus (debug builds) checks it on every typed read.
        macro_rules! typed {
            ($r:expr, $read:ident) => {{
                let v = r!($r);
                unsafe { v.$read() }
            }};
        }
        macro_rules! int {
            ($r:expr) => {
                typed!($r, int_unchecked)
            };
        }
        macro_rules! float {
            ($r:expr) => {
                typed!($r, float_unchecked)
            };
        }
        macro_rules! boolean {
            ($r:expr) => {
                typed!($r, bool_unchecked)
            };
        }
        // An integer constant operand (`verify_module` proved `k` in range;
        // the compiler emits the `K` forms only with integer constants).
        macro_rules! konst {
            ($k:expr) => {
                unsafe { consts.get_unchecked($k.0 as usize).int_unchecked() }
            };
        }
        macro_rules! resync {
            () => {
                rp = unsafe { g.regs.as_mut_ptr().add(base) }
            };
        }
        // The index of the next instruction (`ip` never leaves `code`).
        macro_rules! pc {
            () => {
                unsafe { ip.offset_from(code) } as u32
            };
        }
        // The running frame's closure (captures; bound receiver).
        macro_rules! top_closure {
            () => {
                // SAFETY: the loop runs only while the goroutine has a frame.
                unsafe { g.frames.last().unwrap_unchecked() }.closure
            };
        }
        macro_rules! save_pc {
            () => {
                // SAFETY: the loop runs only while the goroutine has a frame.
                unsafe { g.frames.last_mut().unwrap_unchecked() }.pc = pc!()
            };
        }
        macro_rules! flow {
            ($e:expr) => {
                match $e {
                    Flow::Continue => continue 'frame,
                    Flow::End(end) => return end,
                }
            };
        }
        macro_rules! throw {
            ($v:expr) => {{
                let v = $v;
                save_pc!();
                flow!(unwind::start_panic(vm, g, v))
            }};
        }
        macro_rules! try_op {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(p) => throw!(p),
                }
            };
        }
        macro_rules! int_bin {
            ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {{
                let $x = int!($a);
                let $y = int!($b);
                r!($dst) = $e;
            }};
        }
        // An integer result as two word stores (`Value::put_int_words`: its
        // readers, typed reads and `copy_forwarded`, are forwarded from them).
        macro_rules! int_out {
            ($dst:expr, $e:expr) => {{
                let i: i64 = $e;
                Value::put_int_words(unsafe { &mut *rp.add($dst.0 as usize) }, i)
            }};
        }
        macro_rules! int_arith {
            ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {{
                let $x = int!($a);
                let $y = int!($b);
                int_out!($dst, $e);
            }};
        }
        // Copies register `src` to `dst` (`Value::copy_forwarded`: an Int as two words).
        macro_rules! copy_reg {
            ($dst:expr, $src:expr) => {
                unsafe { Value::copy_forwarded(rp.add($dst.0 as usize), rp.add($src.0 as usize)) }
            };
        }
        macro_rules! float_bin {
            ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {{
                let $x = float!($a);
                let $y = float!($b);
                r!($dst) = $e;
            }};
        }
        // Pushes a frame for `func` whose R[0] is R[a] of this one and runs it
        // (the slow path grows the register file or reports a stack overflow).
        macro_rules! enter_frame {
            ($func:expr, $a:expr, $closure:expr) => {{
                let (func, a, closure) = ($func, $a, $closure);
                // SAFETY: `verify_module` proved every function operand in
                // range, and `Call`'s closures hold functions of the module.
                let proto = unsafe { module.funcs.get_unchecked(func.0 as usize) };
                let new_base = base + a.0 as usize;
                let depth = g.frames.len();
                // One test for both limits and for the frame stack's spare room.
                if new_base + proto.num_regs as usize >= g.regs.len() || depth >= g.frames.capacity().min(call::MAX_FRAMES) {
                    if let Err(end) = call::push_frame(vm, g, func, new_base, closure, ReturnTo::Caller) {
                        return end;
                    }
                    continue 'frame;
                }
                // SAFETY: depth < capacity (tested above).
                unsafe {
                    g.frames.as_mut_ptr().add(depth).write(Frame { func, pc: 0, base: new_base as u32, closure, pushed_by: None, ret: ReturnTo::Caller });
                    g.frames.set_len(depth + 1);
                }
                budget -= 1;
                if budget <= 0 {
                    return SliceEnd::Yielded;
                }
                code = proto.code.as_ptr();
                // SAFETY: `consts_all` has one entry per function (`Vm::new`,
                // `session`), and `func` indexed `module.funcs` just above.
                consts = unsafe { consts_all.get_unchecked(func.0 as usize) };
                base = new_base;
                rp = unsafe { rp.add(a.0 as usize) };
                ip = code;
            }};
        }
        macro_rules! jump_if {
            ($cond:expr, $off:expr) => {
                if $cond {
                    jump!($off)
                }
            };
        }
        // A counted loop's step: R[a]++, then jump while R[a] < bound.
        macro_rules! inc_jump_if_lt {
            ($a:expr, $bound:expr, $off:expr) => {{
                let i = int!($a).wrapping_add(1);
                int_out!($a, i);
                jump_if!(i < $bound, $off)
            }};
        }
        macro_rules! jump {
            ($off:expr) => {{
                let off = $off.0 as isize;
                ip = unsafe { ip.offset(off) };
                if off < 0 {
                    budget -= 1;
                    if budget <= 0 {
                        save_pc!();
                        return SliceEnd::Yielded;
                    }
                    if vm.heap.should_collect() {
                        save_pc!();
                        continue 'frame;
                    }
                }
            }};
        }

        loop {
            let instr = unsafe { *ip };
            ip = unsafe { ip.add(1) };
            match instr {
                Instr::Move { dst, src } => copy_reg!(dst, src),
                Instr::CopyAgg { dst, src } => {
                    let v = r!(src);
                    r!(dst) = vm.heap.copy_agg(v);
                }
                Instr::LoadNil { dst } => put!(dst, Value::Nil),
                Instr::LoadBool { dst, value } => put!(dst, Value::Bool(value)),
                Instr::LoadInt { dst, value } => put!(dst, Value::Int(value as i64)),
                Instr::LoadConst { dst, k } => r!(dst) = consts[k.0 as usize],
                Instr::LoadZero { dst, ty } => r!(dst) = crate::zero::zero_value(&mut vm.heap, &module, ty),
                Instr::LoadGlobal { dst, global } => r!(dst) = vm.heap.agg(vm.globals)[global.0 as usize],
                Instr::StoreGlobal { global, src } => {
                    let v = r!(src);
                    vm.heap.write_slot(vm.globals, global.0 as usize, v);
                }
                Instr::AddrGlobal { dst, global } => r!(dst) = Value::Ptr(crate::value::PtrRef { obj: vm.globals, idx: global.0 }),
                Instr::LoadFunc { dst, func } => r!(dst) = Value::Func(func),
                Instr::LoadCapture { dst, idx } => {
                    let clo = top_closure!();
                    r!(dst) = ops::capture(&vm.heap, clo, idx as usize);
                }
                Instr::LoadCaptured { dst, idx } => {
                    let clo = top_closure!();
                    if let Some(cell) = ops::captured_cell(&mut vm.heap, clo, idx as usize) {
                        // SAFETY: `cell` is a live heap value, `dst` a register (r!).
                        unsafe { Value::copy_forwarded(rp.add(dst.0 as usize), cell) };
                    } else {
                        match ops::capture(&vm.heap, clo, idx as usize) {
                            Value::Ptr(p) => r!(dst) = vm.heap.load(p),
                            _ => throw!(vm.rt.nil_deref(&mut vm.heap)),
                        }
                    }
                }
                Instr::StoreCaptured { idx, src } => {
                    let clo = top_closure!();
                    // An aggregate is copied into the stored one (write_slot).
                    let is_agg = matches!(&r!(src), Value::Struct(_) | Value::Array(_));
                    match ops::captured_cell(&mut vm.heap, clo, idx as usize) {
                        // SAFETY: `cell` is a live heap value, `src` a register (r!).
                        Some(cell) if !is_agg => unsafe { Value::copy_forwarded(cell, rp.add(src.0 as usize)) },
                        _ => match ops::capture(&vm.heap, clo, idx as usize) {
                            Value::Ptr(p) => vm.heap.store(p, r!(src)),
                            _ => throw!(vm.rt.nil_deref(&mut vm.heap)),
                        },
                    }
                }
                Instr::MakeClosure { dst, func } => {
                    let n = module.funcs[func.0 as usize].num_captures as usize;
                    let caps = Captures::from_slice(win!(dst, n));
                    r!(dst) = ops::make_closure(&mut vm.heap, crate::heap::ClosureKind::Func(func), caps);
                }
                Instr::LoadNative { dst, native } => r!(dst) = ops::make_closure(&mut vm.heap, crate::heap::ClosureKind::Native(native), Captures::from_slice(&[])),

                // ---- integers ----
                Instr::AddInt { dst, a, b } => int_arith!(dst, a, b, |x, y| x.wrapping_add(y)),
                Instr::AddIntImm { dst, a, imm } => int_out!(dst, int!(a).wrapping_add(imm as i64)),
                Instr::AddIntK { dst, a, k } => int_out!(dst, int!(a).wrapping_add(konst!(k))),
                Instr::MulIntK { dst, a, k } => int_out!(dst, int!(a).wrapping_mul(konst!(k))),
                Instr::AndIntK { dst, a, k } => int_out!(dst, int!(a) & konst!(k)),
                Instr::OrIntK { dst, a, k } => int_out!(dst, int!(a) | konst!(k)),
                Instr::XorIntK { dst, a, k } => int_out!(dst, int!(a) ^ konst!(k)),
                Instr::ShlImm { dst, a, n } => int_out!(dst, if n >= 64 { 0 } else { int!(a) << n }),
                Instr::ShrIntImm { dst, a, n } => int_out!(dst, int!(a) >> n.min(63)),
                Instr::ShrUintImm { dst, a, n } => int_out!(dst, if n >= 64 { 0 } else { ((int!(a) as u64) >> n) as i64 }),
                Instr::SubInt { dst, a, b } => int_arith!(dst, a, b, |x, y| x.wrapping_sub(y)),
                Instr::MulInt { dst, a, b } => int_arith!(dst, a, b, |x, y| x.wrapping_mul(y)),
                Instr::DivInt { dst, a, b } => {
                    let (x, y) = (int!(a), int!(b));
                    if y == 0 {
                        throw!(vm.rt.divide_by_zero(&mut vm.heap));
                    }
                    int_out!(dst, x.wrapping_div(y));
                }
                Instr::RemInt { dst, a, b } => {
                    let (x, y) = (int!(a), int!(b));
                    if y == 0 {
                        throw!(vm.rt.divide_by_zero(&mut vm.heap));
                    }
                    int_out!(dst, x.wrapping_rem(y));
                }
                Instr::DivUint { dst, a, b } => {
                    let (x, y) = (int!(a) as u64, int!(b) as u64);
                    if y == 0 {
                        throw!(vm.rt.divide_by_zero(&mut vm.heap));
                    }
                    int_out!(dst, (x / y) as i64);
                }
                Instr::RemUint { dst, a, b } => {
                    let (x, y) = (int!(a) as u64, int!(b) as u64);
                    if y == 0 {
                        throw!(vm.rt.divide_by_zero(&mut vm.heap));
                    }
                    int_out!(dst, (x % y) as i64);
                }
                Instr::AndInt { dst, a, b } => int_arith!(dst, a, b, |x, y| x & y),
                Instr::OrInt { dst, a, b } => int_arith!(dst, a, b, |x, y| x | y),
                Instr::XorInt { dst, a, b } => int_arith!(dst, a, b, |x, y| x ^ y),
                Instr::AndNotInt { dst, a, b } => int_arith!(dst, a, b, |x, y| x & !y),
                Instr::Shl { dst, a, b } => {
                    let (x, n) = (int!(a), int!(b));
                    if n < 0 {
                        throw!(vm.rt.negative_shift(&mut vm.heap));
                    }
                    int_out!(dst, if n >= 64 { 0 } else { x << n });
                }
                Instr::ShrInt { dst, a, b } => {
                    let (x, n) = (int!(a), int!(b));
                    if n < 0 {
                        throw!(vm.rt.negative_shift(&mut vm.heap));
                    }
                    int_out!(dst, x >> n.min(63));
                }
                Instr::ShrUint { dst, a, b } => {
                    let (x, n) = (int!(a) as u64, int!(b));
                    if n < 0 {
                        throw!(vm.rt.negative_shift(&mut vm.heap));
                    }
                    int_out!(dst, if n >= 64 { 0 } else { (x >> n) as i64 });
                }
                Instr::NegInt { dst, a } => int_out!(dst, int!(a).wrapping_neg()),
                Instr::NotInt { dst, a } => int_out!(dst, !int!(a)),
                Instr::Wrap { r, kind } => int_out!(r, kind.wrap(int!(r))),
                Instr::EqInt { dst, a, b } => int_bin!(dst, a, b, |x, y| Value::Bool(x == y)),
                Instr::NeInt { dst, a, b } => int_bin!(dst, a, b, |x, y| Value::Bool(x != y)),
                Instr::LtInt { dst, a, b } => int_bin!(dst, a, b, |x, y| Value::Bool(x < y)),
                Instr::LeInt { dst, a, b } => int_bin!(dst, a, b, |x, y| Value::Bool(x <= y)),
                Instr::LtIntImm { dst, a, imm } => r!(dst) = Value::Bool(int!(a) < imm as i64),
                Instr::LtUint { dst, a, b } => int_bin!(dst, a, b, |x, y| Value::Bool((x as u64) < (y as u64))),
                Instr::LeUint { dst, a, b } => int_bin!(dst, a, b, |x, y| Value::Bool((x as u64) <= (y as u64))),

                // ---- floats ----
                Instr::AddFloat { dst, a, b } => float_bin!(dst, a, b, |x, y| Value::Float(x + y)),
                Instr::SubFloat { dst, a, b } => float_bin!(dst, a, b, |x, y| Value::Float(x - y)),
                Instr::MulFloat { dst, a, b } => float_bin!(dst, a, b, |x, y| Value::Float(x * y)),
                Instr::DivFloat { dst, a, b } => float_bin!(dst, a, b, |x, y| Value::Float(x / y)),
                Instr::NegFloat { dst, a } => r!(dst) = Value::Float(-float!(a)),
                Instr::RoundF32 { r } => r!(r) = Value::Float(float!(r) as f32 as f64),
                Instr::EqFloat { dst, a, b } => float_bin!(dst, a, b, |x, y| Value::Bool(x == y)),
                Instr::NeFloat { dst, a, b } => float_bin!(dst, a, b, |x, y| Value::Bool(x != y)),
                Instr::LtFloat { dst, a, b } => float_bin!(dst, a, b, |x, y| Value::Bool(x < y)),
                Instr::LeFloat { dst, a, b } => float_bin!(dst, a, b, |x, y| Value::Bool(x <= y)),
                Instr::IntToFloat { dst, src } => r!(dst) = Value::Float(int!(src) as f64),
                Instr::UintToFloat { dst, src } => r!(dst) = Value::Float(int!(src) as u64 as f64),
                Instr::FloatToInt { dst, src, kind } => r!(dst) = Value::Int(ops::float_to_int(float!(src), kind)),
                Instr::SqrtFloat { dst, src } => r!(dst) = Value::Float(float!(src).sqrt()),

                // ---- bools, generic equality ----
                Instr::Not { dst, src } => r!(dst) = Value::Bool(!boolean!(src)),
                Instr::Eq { dst, a, b } => r!(dst) = Value::Bool(try_op!(ops::equal(vm, r!(a), r!(b)))),
                Instr::Ne { dst, a, b } => r!(dst) = Value::Bool(!try_op!(ops::equal(vm, r!(a), r!(b)))),

                // ---- strings ----
                Instr::ConcatStr { dst, a, b } => match string::concat(&mut vm.heap, r!(a), r!(b)) {
                    Ok(v) => r!(dst) = v,
                    Err(()) => {
                        save_pc!();
                        return traceback::fatal_error(vm, g, "runtime: out of memory");
                    }
                },
                Instr::AppendStrField { a, .. } | Instr::AppendDecimalField { a } => {
                    let tail = match instr {
                        Instr::AppendStrField { byte: true, .. } => string::Tail::Byte,
                        Instr::AppendStrField { byte: false, .. } => string::Tail::Str,
                        _ => string::Tail::Decimal,
                    };
                    let n = try_op!(string::append_str_field(vm, w!(a, 0), w!(a, 1), tail));
                    w!(a, 0) = Value::Int(n);
                    w!(a, 1) = Value::Nil;
                }
                Instr::EqStr { dst, a, b } => r!(dst) = Value::Bool(string::compare(&vm.heap, r!(a), r!(b)).is_eq()),
                Instr::NeStr { dst, a, b } => r!(dst) = Value::Bool(!string::compare(&vm.heap, r!(a), r!(b)).is_eq()),
                Instr::LtStr { dst, a, b } => r!(dst) = Value::Bool(string::compare(&vm.heap, r!(a), r!(b)).is_lt()),
                Instr::LeStr { dst, a, b } => r!(dst) = Value::Bool(string::compare(&vm.heap, r!(a), r!(b)).is_le()),
                Instr::IndexStr { dst, s, i } => r!(dst) = try_op!(string::index(vm, r!(s), r!(i))),
                Instr::SliceStr { dst, src, a, mode } => {
                    let bounds = [w!(a, 0), w!(a, 1)];
                    r!(dst) = try_op!(string::slice(vm, r!(src), bounds, mode));
                }
                Instr::Convert { dst, src, op } => r!(dst) = string::convert(&mut vm.heap, r!(src), op),
                Instr::NextRune { a, off } => {
                    if !string::next_rune(&vm.heap, win!(a, 4)) {
                        jump!(off);
                    }
                }

                // ---- slices and arrays ----
                Instr::MakeSlice { dst, elem, a, has_cap } => {
                    let (len, cap) = (w!(a, 0), if has_cap { Some(w!(a, 1)) } else { None });
                    r!(dst) = try_op!(slice::make(vm, elem, len, cap));
                }
                Instr::SliceToArray { dst, src, ty, to_ptr } => r!(dst) = try_op!(slice::to_array(vm, r!(src), ty, to_ptr)),
                Instr::Len { dst, src } => r!(dst) = Value::Int(slice::len(&vm.heap, r!(src)) as i64),
                Instr::Cap { dst, src } => r!(dst) = Value::Int(slice::cap(&vm.heap, r!(src)) as i64),
                Instr::IndexSlice { dst, s, i } => match slice::index_fast(&vm.heap, r!(s), r!(i)) {
                    Some(v) => r!(dst) = *v,
                    None => r!(dst) = try_op!(slice::index(vm, r!(s), r!(i))),
                },
                Instr::SetSlice { s, i, src } => {
                    if !slice::set_index_fast(&mut vm.heap, r!(s), r!(i), &r!(src)) {
                        try_op!(slice::set_index(vm, r!(s), r!(i), r!(src)))
                    }
                }
                Instr::SetSliceK { s, i, k } => {
                    let v = &consts[k.0 as usize];
                    if !slice::set_index_fast(&mut vm.heap, r!(s), r!(i), v) {
                        try_op!(slice::set_index(vm, r!(s), r!(i), *v))
                    }
                }
                Instr::IndexArray { dst, arr, i } => match slice::index_array_fast(&vm.heap, r!(arr), r!(i)) {
                    Some(v) => r!(dst) = *v,
                    None => r!(dst) = try_op!(slice::index(vm, r!(arr), r!(i))),
                },
                Instr::SetArray { arr, i, src } => try_op!(slice::set_index(vm, r!(arr), r!(i), r!(src))),
                Instr::SliceSlice { dst, src, a, mode } | Instr::SliceArray { dst, src, a, mode } => {
                    let bounds = [w!(a, 0), w!(a, 1), w!(a, 2)];
                    r!(dst) = try_op!(slice::reslice(vm, r!(src), bounds, mode));
                }
                Instr::Append { a, n, elem } => {
                    let vals = win!(a, n as usize + 1);
                    let v = try_op!(slice::append(vm, elem, vals[0], &vals[1..]));
                    w!(a, 0) = v;
                }
                Instr::AppendSlice { a, elem } => {
                    w!(a, 0) = try_op!(slice::append_slice(vm, elem, w!(a, 0), w!(a, 1)));
                }
                Instr::CopySlice { dst, a, b } => r!(dst) = Value::Int(slice::copy(&mut vm.heap, r!(a), r!(b)) as i64),
                Instr::Clear { src } => slice::clear(&mut vm.heap, r!(src)),

                // ---- structs and pointers ----
                Instr::GetField { dst, obj, idx } => match ops::field_ref(&vm.heap, &r!(obj), idx) {
                    Some(v) => r!(dst) = *v,
                    None => r!(dst) = try_op!(ops::get_field(vm, r!(obj), idx)),
                },
                Instr::SetField { obj, idx, src } => {
                    if !ops::set_field_fast(&mut vm.heap, &r!(obj), idx, &r!(src)) {
                        try_op!(ops::set_field(vm, r!(obj), idx, r!(src)))
                    }
                }
                Instr::GetFieldPtr { dst, ptr, idx } => match r!(ptr) {
                    Value::Ptr(p) => match vm.heap.whole_field(p, idx) {
                        Some(v) => r!(dst) = *v,
                        None => r!(dst) = try_op!(ops::get_field(vm, vm.heap.load(p), idx)),
                    },
                    _ => throw!(vm.rt.nil_deref(&mut vm.heap)),
                },
                Instr::SetFieldPtr { ptr, idx, src } => match r!(ptr) {
                    Value::Ptr(p) => {
                        if !vm.heap.set_whole_field(p, idx, &r!(src)) {
                            try_op!(ops::set_field(vm, vm.heap.load(p), idx, r!(src)))
                        }
                    }
                    _ => throw!(vm.rt.nil_deref(&mut vm.heap)),
                },
                Instr::AddrField { dst, obj, idx } => r!(dst) = try_op!(ops::addr_field(vm, r!(obj), idx)),
                Instr::AddrElem { dst, c, i } => r!(dst) = try_op!(slice::addr_elem(vm, r!(c), r!(i))),
                Instr::Box { dst, src } => r!(dst) = vm.heap.alloc_cell(r!(src)),
                Instr::Load { dst, ptr } => match r!(ptr) {
                    Value::Ptr(p) => r!(dst) = vm.heap.load(p),
                    _ => throw!(vm.rt.nil_deref(&mut vm.heap)),
                },
                Instr::Store { ptr, src } => match r!(ptr) {
                    Value::Ptr(p) => vm.heap.store(p, r!(src)),
                    _ => throw!(vm.rt.nil_deref(&mut vm.heap)),
                },

                // ---- maps ----
                Instr::MakeMap { dst, ty } => r!(dst) = ops::make_map(&mut vm.heap, ty),
                Instr::MapIndex { a, ty } => {
                    let (v, ok) = try_op!(ops::map_index(vm, ty, w!(a, 0), w!(a, 1)));
                    w!(a, 0) = v;
                    w!(a, 1) = Value::Bool(ok);
                }
                Instr::MapIndexForUpdate { a, ty } => {
                    if let Err(t) = crate::equal::hash_value(&vm.heap, &vm.module, w!(a, 1)) {
                        let name = module.ty(t).name.clone();
                        throw!(vm.rt.unhashable_write(&mut vm.heap, &name));
                    }
                    let (v, ok) = try_op!(ops::map_index(vm, ty, w!(a, 0), w!(a, 1)));
                    w!(a, 0) = v;
                    w!(a, 1) = Value::Bool(ok);
                }
                Instr::MapGetInt { dst, m, k } => match ops::map_get_int(vm, r!(m), r!(k)) {
                    Some(v) => r!(dst) = *v,
                    None => r!(dst) = Value::Int(0),
                },
                Instr::MapGetIntOk { dst, m, k } => match ops::map_get_int(vm, r!(m), r!(k)) {
                    Some(v) => {
                        w!(dst, 0) = *v;
                        w!(dst, 1) = Value::Bool(true);
                    }
                    None => {
                        w!(dst, 0) = Value::Int(0);
                        w!(dst, 1) = Value::Bool(false);
                    }
                },
                Instr::MapAddInt { m, k, src } => try_op!(ops::map_add_int(vm, r!(m), r!(k), r!(src))),
                Instr::MapSet { m, k, v } => try_op!(ops::map_set(vm, r!(m), r!(k), r!(v))),
                Instr::MapDelete { m, k } => try_op!(ops::map_delete(vm, r!(m), r!(k))),
                Instr::MapIter { dst, m } => r!(dst) = ops::map_iter(&mut vm.heap, r!(m)),
                Instr::NextMap { a, off } => {
                    if !ops::next_map(&mut vm.heap, win!(a, 3)) {
                        jump!(off);
                    }
                }

                // ---- interfaces ----
                Instr::ToIface { dst, src, ty } => r!(dst) = iface::to_iface(&mut vm.heap, r!(src), ty),
                Instr::IfaceConst { dst, k, ty } => r!(dst) = iface::const_iface(vm, consts[k as usize], ty),
                Instr::TypeAssert { a, ty, iface } => r!(a) = try_op!(iface::assert(vm, r!(a), ty, iface)),
                Instr::TypeAssertOk { a, ty } => {
                    let (v, ok) = iface::assert_ok(vm, w!(a, 0), ty);
                    w!(a, 0) = v;
                    w!(a, 1) = Value::Bool(ok);
                }
                Instr::CallIface { a, method, nargs: _ } => {
                    save_pc!();
                    let func = try_op!(iface::dispatch(vm, &mut r!(a), method));
                    enter_frame!(func, a, None);
                }
                Instr::IfaceMethodValue { dst, src, method } => r!(dst) = try_op!(iface::method_value(vm, r!(src), method)),
                Instr::BindMethod { dst, func } => {
                    let recv = r!(dst);
                    r!(dst) = ops::make_closure(&mut vm.heap, crate::heap::ClosureKind::Bound(func), Captures::One(recv));
                }

                // ---- control flow and calls ----
                Instr::Jump { off } => jump!(off),
                Instr::JumpIf { cond, off } => {
                    if boolean!(cond) {
                        jump!(off)
                    }
                }
                Instr::JumpIfNot { cond, off } => {
                    if !boolean!(cond) {
                        jump!(off)
                    }
                }
                Instr::JumpIfEqInt { a, b, off } => jump_if!(int!(a) == int!(b), off),
                Instr::JumpIfNeInt { a, b, off } => jump_if!(int!(a) != int!(b), off),
                Instr::JumpIfLtInt { a, b, off } => jump_if!(int!(a) < int!(b), off),
                Instr::JumpIfLeInt { a, b, off } => jump_if!(int!(a) <= int!(b), off),
                Instr::JumpIfEqIntImm { a, imm, off } => jump_if!(int!(a) == imm as i64, off),
                Instr::JumpIfNeIntImm { a, imm, off } => jump_if!(int!(a) != imm as i64, off),
                Instr::JumpIfLtIntImm { a, imm, off } => jump_if!(int!(a) < imm as i64, off),
                Instr::JumpIfLeIntImm { a, imm, off } => jump_if!(int!(a) <= imm as i64, off),
                Instr::JumpIfGtIntImm { a, imm, off } => jump_if!(int!(a) > imm as i64, off),
                Instr::JumpIfGeIntImm { a, imm, off } => jump_if!(int!(a) >= imm as i64, off),
                Instr::JumpIfEqIntK { a, k, off } => jump_if!(int!(a) == konst!(k), off),
                Instr::JumpIfNeIntK { a, k, off } => jump_if!(int!(a) != konst!(k), off),
                Instr::JumpIfLtIntK { a, k, off } => jump_if!(int!(a) < konst!(k), off),
                Instr::JumpIfLeIntK { a, k, off } => jump_if!(int!(a) <= konst!(k), off),
                Instr::JumpIfGtIntK { a, k, off } => jump_if!(int!(a) > konst!(k), off),
                Instr::JumpIfGeIntK { a, k, off } => jump_if!(int!(a) >= konst!(k), off),
                Instr::IncJumpIfLtInt { a, b, off } => inc_jump_if_lt!(a, int!(b), off),
                Instr::IncJumpIfLtIntImm { a, imm, off } => inc_jump_if_lt!(a, imm as i64, off),
                Instr::IncJumpIfLtIntK { a, k, off } => inc_jump_if_lt!(a, konst!(k), off),
                Instr::CallDirect { func, a } => {
                    save_pc!();
                    enter_frame!(func, a, None);
                }
                Instr::Call { f, a, nargs } => {
                    save_pc!();
                    // A minigo function or closure is entered here; natives
                    // and bound methods take the general path. The callee is
                    // read by reference (tag, then handle), not copied whole.
                    let bytecode_target = match &r!(f) {
                        Value::Func(func) => Some((*func, None)),
                        Value::Closure(c) => match vm.heap.closure(*c).kind {
                            crate::heap::ClosureKind::Func(func) => Some((func, Some(*c))),
                            _ => None,
                        },
                        _ => None,
                    };
                    match bytecode_target {
                        Some((func, closure)) => enter_frame!(func, a, closure),
                        None => {
                            budget -= 1;
                            flow!(call::call_value(vm, g, r!(f), base + a.0 as usize, nargs))
                        }
                    }
                }
                Instr::CallNative { native, a, nargs, nret } => {
                    save_pc!();
                    flow!(call::call_native(vm, g, native, base + a.0 as usize, nargs, nret))
                }
                Instr::Return { a, n } => {
                    // The results move down to R[0..n] (the caller's window).
                    if n == 1 {
                        copy_reg!(Reg(0), a);
                    } else if a.0 != 0 {
                        for i in 0..n as usize {
                            *unsafe { &mut *rp.add(i) } = w!(a, i);
                        }
                    }
                    let n = n as usize;
                    let depth = g.frames.len();
                    // SAFETY: the loop runs only while the goroutine has a frame.
                    if !matches!(unsafe { g.frames.get_unchecked(depth - 1) }.ret, ReturnTo::Caller) {
                        let frame = g.frames.pop().unwrap();
                        flow!(call::finish_return(vm, g, frame, n))
                    }
                    // SAFETY: the top frame's `ret` is `Caller`, which owns nothing to drop.
                    unsafe { g.frames.set_len(depth - 1) };
                    let Some(caller) = g.frames.last() else { return SliceEnd::Exited };
                    // SAFETY: a frame's function indexed `module.funcs` when it was
                    // pushed, and `consts_all` has one entry per function.
                    let fi = caller.func.0 as usize;
                    code = unsafe { module.funcs.get_unchecked(fi).code.as_ptr() };
                    consts = unsafe { consts_all.get_unchecked(fi) };
                    base = caller.base as usize;
                    ip = unsafe { code.add(caller.pc as usize) };
                    resync!();
                }
                Instr::RunDefers {} => {
                    let top_idx = g.frames.len() as u32 - 1;
                    if g.defers.last().is_some_and(|d| d.frame == top_idx) {
                        // Re-executed when the deferred call returns.
                        ip = unsafe { ip.sub(1) };
                        let top = g.frames.last_mut().unwrap();
                        top.pc = pc!();
                        let above = module.funcs[top.func.0 as usize].num_regs as usize;
                        if let Some(func) = unwind::enter_deferred_on_return_inline(vm, g, base + above) {
                            code = module.funcs[func.0 as usize].code.as_ptr();
                            consts = &consts_all[func.0 as usize][..];
                            base += above;
                            // The register file did not move (the frame fit).
                            rp = unsafe { rp.add(above) };
                            ip = code;
                            budget -= 1;
                            if budget <= 0 {
                                return SliceEnd::Yielded;
                            }
                            continue;
                        }
                        flow!(unwind::run_deferred_on_return(vm, g))
                    } else if vm.options.trace_unwind {
                        save_pc!();
                        crate::trace::function_returns(vm, g);
                    }
                }
                // Registering touches neither the register file nor the pc
                // (but the trace line reads the pc).
                Instr::DeferDirect { func, a, nargs } => {
                    if vm.options.trace_unwind {
                        save_pc!();
                    }
                    unwind::push_defer(vm, g, crate::goroutine::DeferTarget::Func(func), win!(a, nargs as usize));
                }
                Instr::Defer { f, a, nargs } => {
                    let fv = r!(f);
                    if vm.options.trace_unwind {
                        save_pc!();
                    }
                    unwind::push_defer(vm, g, crate::goroutine::DeferTarget::Value(fv), win!(a, nargs as usize));
                }
                Instr::DeferNative { native, a, nargs } => {
                    if vm.options.trace_unwind {
                        save_pc!();
                    }
                    unwind::push_defer(vm, g, crate::goroutine::DeferTarget::Native(native), win!(a, nargs as usize));
                }
                Instr::GoDirect { func, a, nargs } => {
                    save_pc!();
                    flow!(call::go(vm, g, crate::goroutine::DeferTarget::Func(func), base + a.0 as usize, nargs))
                }
                Instr::Go { f, a, nargs } => {
                    save_pc!();
                    let fv = r!(f);
                    flow!(call::go(vm, g, crate::goroutine::DeferTarget::Value(fv), base + a.0 as usize, nargs))
                }
                Instr::GoNative { native, a, nargs } => {
                    save_pc!();
                    flow!(call::go(vm, g, crate::goroutine::DeferTarget::Native(native), base + a.0 as usize, nargs))
                }
                Instr::Panic { src } => throw!(r!(src)),
                Instr::Recover { dst } => {
                    save_pc!();
                    r!(dst) = unwind::recover(vm, g)
                }
                Instr::NilCheck { src } => {
                    if r!(src).is_nil() {
                        throw!(vm.rt.nil_deref(&mut vm.heap));
                    }
                }

                // ---- channels ----
                Instr::MakeChan { dst, elem, size } => r!(dst) = try_op!(chanops::make(vm, elem, r!(size))),
                Instr::Send { .. } | Instr::Recv { .. } | Instr::RecvOk { .. } | Instr::Close { .. } | Instr::Select { .. } => {
                    save_pc!();
                    flow!(chanops::exec(vm, g, instr, base))
                }
            }
        }
    }
}
