//! Owns package `math`'s natives (the constants are declared in `math.mg`).
//! Must not know the engine's algorithms.

use crate::glue::{float_arg, int_arg};
use crate::math as m;
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Value};

macro_rules! unary {
    ($($name:ident => $f:path),* $(,)?) => {
        $(fn $name(_: &mut NativeCtx, args: &[Value]) -> NativeStep { NativeStep::one(Value::Float($f(float_arg(args, 0)))) })*
    };
}
macro_rules! binary {
    ($($name:ident => $f:path),* $(,)?) => {
        $(fn $name(_: &mut NativeCtx, args: &[Value]) -> NativeStep { NativeStep::one(Value::Float($f(float_arg(args, 0), float_arg(args, 1)))) })*
    };
}

unary! { abs => m::abs, ceil => m::ceil, floor => m::floor, sqrt => m::sqrt }
binary! { pow => m::pow, max => m::max, min => m::min, fmod => m::fmod }

fn inf(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Float(m::inf(int_arg(args, 0))))
}
fn nan(_: &mut NativeCtx, _: &[Value]) -> NativeStep {
    NativeStep::one(Value::Float(m::nan()))
}
fn is_inf(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Bool(m::is_inf(float_arg(args, 0), int_arg(args, 1))))
}
fn is_nan(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Bool(m::is_nan(float_arg(args, 0))))
}

pub fn register(r: &mut NativeRegistry) {
    let table: &[(&str, minigo_vm::NativeFn)] = &[
        ("Abs", abs),
        ("Ceil", ceil),
        ("Floor", floor),
        ("Sqrt", sqrt),
        ("Pow", pow),
        ("Max", max),
        ("Min", min),
        ("Mod", fmod),
        ("Inf", inf),
        ("NaN", nan),
        ("IsInf", is_inf),
        ("IsNaN", is_nan),
    ];
    for (name, f) in table {
        r.register(format!("math.{name}"), *f);
    }
}
