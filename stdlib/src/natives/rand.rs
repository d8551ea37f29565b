//! Owns package `math/rand`'s natives (registered as `rand.name`): the host's
//! random numbers behind the package-level generator, and the natural
//! logarithm and exponential the ziggurat tails and Zipf use. Must not know
//! the generators themselves (`rand/rand.mg`).

use crate::glue::float_arg;
use minigo_vm::{NativeCtx, NativeRegistry, NativeStep, Value};

fn host_random(ctx: &mut NativeCtx, _: &[Value]) -> NativeStep {
    NativeStep::one(Value::Int(ctx.host.random() as i64))
}

fn log(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Float(float_arg(args, 0).ln()))
}

fn exp(_: &mut NativeCtx, args: &[Value]) -> NativeStep {
    NativeStep::one(Value::Float(float_arg(args, 0).exp()))
}

pub fn register(r: &mut NativeRegistry) {
    r.register("rand.hostRandom", host_random);
    r.register("rand.log", log);
    r.register("rand.exp", exp);
}
