//! minigo's standard library: each Go package of LANGUAGE.md, its API declared in
//! Go syntax (`<pkg>.mg`, read by the checker like user code) and its native
//! implementation (registered by name with the vm). Must not know the parser.
//!
//! The engines (`utf8`, `strconv`, `fmt`, `strings`, `math`, `sort`, `time`,
//! `unicode`) are pure Rust over bytes and numbers, testable without the vm;
//! `glue` and `natives` wire them to the vm's values (`register_natives`).
//!
//! Contract with the API files (`<pkg>/<pkg>.mg`) and the compiler:
//! - a bodyless function `pkg.F` is the native registered as `"pkg.F"`; a
//!   bodyless method is `"pkg.(*T).M"` (pointer receiver) or `"pkg.T.M"`
//!   (value receiver), as Go names the symbols; `unicode/utf8` is `"utf8.F"`;
//! - functions that call user code are minigo bodies in the API files, written
//!   to behave as Go's (`errors.Is/As/Join`, `fmt.Errorf`, `sort.Slice` making
//!   Go's sequence of `less` calls), calling private bodyless natives for
//!   their reflective steps (`errors.asTarget`, `sort.swapAny`, `fmt.errorf`,
//!   `os.runtimeArgs`); `impl_check/run.sh` builds those files with real Go
//!   and compares `errors`/`sort` with Go's own packages;
//! - struct layouts the natives read and write (field order matters):
//!   `strings.Builder{buf string}`, `os.File{fd int}`,
//!   `time.Location{name string; zone int}`, `time.Timer{C; when, seq int64; …}`,
//!   `sync.WaitGroup{state int64; …}` (counter in field 0),
//!   `sync.Mutex{state int32; …}` (1 = locked), `sync.RWMutex{w Mutex;
//!   writerSem, readerSem uint32; readerCount, readerWait int32}`,
//!   `strconv.NumError{Func string; Num string; Err error}`;
//! - variadic `...any` arrives as one slice of interface values; results are
//!   returned in declaration order (`fmt.Println` → `(n int, err error)`).

pub mod api;
pub mod fmt;
pub mod glue;
pub mod math;
mod natives;
pub mod os;
pub mod path;
pub mod sort;
pub mod strconv;
pub mod strings;
pub mod time;
pub mod unicode;
pub mod utf8;

pub use natives::{panic_value_text, register_natives};

#[cfg(test)]
mod golden;
