//! Owns the registry of every stdlib native, by qualified name as Go names the
//! symbol: functions `"pkg.Func"` (`"fmt.Println"`, `"utf8.RuneLen"`), methods
//! on pointer receivers `"pkg.(*Type).Method"` (`"strings.(*Builder).WriteString"`),
//! on value receivers `"pkg.Type.Method"` (`"time.Duration.String"`), and
//! unexported helpers the API files' minigo bodies call (`"sort.swapAny"`).
//! Must not know the engines' algorithms.

mod bits;
mod bytes;
mod errors;
mod fmt;
mod math;
mod rand;
mod os;
mod path;
mod sort;
mod strconv;
mod strings;
mod system;
mod time;
mod utf8;

pub use self::fmt::panic_value_text;

/// Registers every native of the standard library.
pub fn register_natives(r: &mut minigo_vm::NativeRegistry) {
    bits::register(r);
    bytes::register(r);
    fmt::register(r);
    errors::register(r);
    math::register(r);
    rand::register(r);
    os::register(r);
    path::register(r);
    sort::register(r);
    strconv::register(r);
    strings::register(r);
    system::register(r);
    time::register(r);
    utf8::register(r);
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod vm_runs;
