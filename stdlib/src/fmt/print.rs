//! Owns Go's printer (`fmt/print.go`): parsing format strings (flags, width,
//! precision, `*`, `%[n]`), choosing per-type formatting for each verb, the
//! composite walk (structs, pointers, slices, maps sorted as `internal/fmtsort`
//! does, nil forms), `Error()`/`String()` at every depth as `handleMethods`
//! does, and the error forms `%!d(string=hi)`, `%!d(MISSING)`, `%!(EXTRA …)`,
//! `%!(NOVERB)`, `%!(BADWIDTH)`, `%!(BADPREC)`, `%!(BADINDEX)`.
//! Must not know how values are stored or how methods run (see `operand.rs`).

use super::format::{Fmt, Radix};
use super::operand::{Method, MethodCaller, MethodOutcome, Operand, Shape};
use super::sort::sort_map_entries;
use crate::utf8;

/// Nesting beyond this stops printing (Go would overflow its stack on
/// self-containing values; minigo must not overflow the host's).
const MAX_DEPTH: usize = 200;

/// Go's `pp`: one print operation's state.
pub struct Printer<'c, V> {
    pub fmt: Fmt,
    caller: &'c mut dyn MethodCaller<V>,
    erroring: bool,
    /// `Errorf`: `%w` is allowed.
    wrap_errs: bool,
    /// Argument indexes of each `%w`, in format order.
    pub wrapped_errs: Vec<usize>,
    /// Whether `%[n]` appeared.
    pub reordered: bool,
    good_arg_num: bool,
}

impl<'c, V: Operand> Printer<'c, V> {
    pub fn new(caller: &'c mut dyn MethodCaller<V>) -> Self {
        Printer {
            fmt: Fmt::default(),
            caller,
            erroring: false,
            wrap_errs: false,
            wrapped_errs: Vec::new(),
            reordered: false,
            good_arg_num: true,
        }
    }

    /// A printer for `Errorf`, where `%w` wraps errors.
    pub fn for_errorf(caller: &'c mut dyn MethodCaller<V>) -> Self {
        let mut p = Printer::new(caller);
        p.wrap_errs = true;
        p
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.fmt.buf
    }

    fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    fn write_rune(&mut self, r: u32) {
        utf8::encode_rune(&mut self.fmt.buf, r as i64);
    }

    fn bad_verb(&mut self, value: Option<&V>, verb: u32) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        match value {
            Some(v) if !v.is_nil_interface() => {
                let ty = v.type_string();
                self.write(ty.as_bytes());
                self.write(b"=");
                self.print_value(v, 'v' as u32, 0, true);
            }
            _ => self.write(b"<nil>"),
        }
        self.write(b")");
        self.erroring = false;
    }

    fn fmt_bool(&mut self, value: &V, b: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('t' | 'v') => self.fmt.boolean(b),
            _ => self.bad_verb(Some(value), verb),
        }
    }

    fn fmt_integer(&mut self, value: &V, v: u64, signed: bool, verb: u32) {
        let c = char::from_u32(verb).unwrap_or('\u{FFFD}');
        match c {
            'v' if self.fmt.f.sharp_v && !signed => self.fmt.hex_address(v, true),
            'v' | 'd' => self.fmt.integer(v, signed, Radix::Decimal),
            'b' => self.fmt.integer(v, signed, Radix::Binary),
            'o' => self.fmt.integer(v, signed, Radix::Octal),
            'O' => self.fmt.integer(v, signed, Radix::OctalWithPrefix),
            'x' => self.fmt.integer(v, signed, Radix::HexLower),
            'X' => self.fmt.integer(v, signed, Radix::HexUpper),
            'c' => self.fmt.character(v),
            'q' => self.fmt.quoted_character(v),
            'U' => self.fmt.code_point(v),
            _ => self.bad_verb(Some(value), verb),
        }
    }

    fn fmt_float(&mut self, value: &V, v: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v') => self.fmt.float(v, size, 'g', -1),
            Some(c @ ('b' | 'g' | 'G' | 'x' | 'X')) => self.fmt.float(v, size, c, -1),
            Some(c @ ('f' | 'e' | 'E')) => self.fmt.float(v, size, c, 6),
            Some('F') => self.fmt.float(v, size, 'f', 6),
            _ => self.bad_verb(Some(value), verb),
        }
    }

    fn fmt_string(&mut self, value: Option<&V>, s: &[u8], verb: u32) {
        match char::from_u32(verb) {
            Some('v') if self.fmt.f.sharp_v => self.fmt.quoted_text(s),
            Some('v' | 's') => self.fmt.text(s),
            Some('x') => self.fmt.hex_bytes(s, false),
            Some('X') => self.fmt.hex_bytes(s, true),
            Some('q') => self.fmt.quoted_text(s),
            _ => self.bad_verb(value, verb),
        }
    }

    fn fmt_pointer(&mut self, value: &V, verb: u32) {
        let addr = match value.shape() {
            Shape::Pointer { addr } | Shape::Chan { addr } | Shape::Func { addr } => addr,
            Shape::List { is_slice: true, .. } | Shape::Map { .. } => value.address(),
            _ => return self.bad_verb(Some(value), verb),
        };
        match char::from_u32(verb) {
            Some('v') if self.fmt.f.sharp_v => {
                self.write(b"(");
                let ty = value.type_string();
                self.write(ty.as_bytes());
                self.write(b")(");
                if addr == 0 {
                    self.write(b"nil");
                } else {
                    self.fmt.hex_address(addr, true);
                }
                self.write(b")");
            }
            Some('v') if addr == 0 => self.fmt.pad(b"<nil>"),
            Some('v' | 'p') => self.fmt.hex_address(addr, !self.fmt.f.sharp),
            Some('b' | 'o' | 'd' | 'x' | 'X') => self.fmt_integer(value, addr, false, verb),
            _ => self.bad_verb(Some(value), verb),
        }
    }

    /// Go's `handleMethods`: whether a method printed the value.
    fn handle_methods(&mut self, value: &V, verb: u32) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' as u32 {
            if !value.has_method(Method::Error) || !self.wrap_errs {
                self.bad_verb(Some(value), verb);
                return true;
            }
            verb = 'v' as u32;
        }
        if self.fmt.f.sharp_v {
            return false;
        }
        if !matches!(char::from_u32(verb), Some('v' | 's' | 'x' | 'X' | 'q')) {
            return false;
        }
        let method = if value.has_method(Method::Error) {
            Method::Error
        } else if value.has_method(Method::String) {
            Method::String
        } else {
            return false;
        };
        match self.caller.call(value, method) {
            MethodOutcome::Returned(s) => self.fmt_string(Some(value), &s, verb),
            MethodOutcome::Panicked { value_text } => self.method_panicked(value, verb, method, &value_text),
        }
        true
    }

    /// Go's `catchPanic`: a nil pointer receiver prints `<nil>`; any other
    /// panic prints `%!v(PANIC=String method: boom)`.
    fn method_panicked(&mut self, value: &V, verb: u32, method: Method, value_text: &[u8]) {
        if matches!(value.shape(), Shape::Pointer { addr: 0 }) {
            self.write(b"<nil>");
            return;
        }
        let old = self.fmt.f;
        self.fmt.clear_flags();
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(PANIC=");
        self.write(method.name().as_bytes());
        self.write(b" method: ");
        self.write(value_text);
        self.write(b")");
        self.fmt.f = old;
    }

    /// Go's `printArg`: one top-level operand.
    pub fn print_arg(&mut self, arg: &V, verb: u32) {
        if arg.is_nil_interface() {
            match char::from_u32(verb) {
                Some('T' | 'v') => self.fmt.pad(b"<nil>"),
                _ => self.bad_verb(None, verb),
            }
            return;
        }
        match char::from_u32(verb) {
            Some('T') => {
                let ty = arg.type_string();
                self.fmt.text(ty.as_bytes());
                return;
            }
            Some('p') => return self.fmt_pointer(arg, verb),
            _ => {}
        }
        if self.handle_methods(arg, verb) {
            return;
        }
        if verb == 'v' as u32 && self.fmt.f.sharp_v && arg.type_string() == "[]uint8" {
            return self.print_byte_slice_go_syntax(arg);
        }
        self.print_value(arg, verb, 0, true);
    }

    /// `%#v` of a top-level `[]byte`: Go's `printArg` names the type `[]byte`
    /// there (nested or named byte slices print their `reflect` name).
    fn print_byte_slice_go_syntax(&mut self, arg: &V) {
        self.write(b"[]byte");
        let Shape::List { len, is_nil, .. } = arg.shape() else { return };
        if is_nil {
            self.write(b"(nil)");
            return;
        }
        self.write(b"{");
        for i in 0..len {
            if i > 0 {
                self.write(b", ");
            }
            if let Shape::Uint(c) = arg.index(i).shape() {
                self.fmt.hex_address(c, true);
            }
        }
        self.write(b"}");
    }

    /// Go's `printValue`; `can_interface` is false below unexported fields.
    fn print_value(&mut self, value: &V, verb: u32, depth: usize, can_interface: bool) {
        if depth > MAX_DEPTH {
            return;
        }
        let shape = value.shape();
        if depth > 0 && can_interface && !matches!(shape, Shape::Nil) && self.handle_methods(value, verb) {
            return;
        }
        let sharp_v = self.fmt.f.sharp_v;
        match shape {
            Shape::Nil => {
                if depth == 0 {
                    self.write(b"<invalid reflect.Value>");
                } else if verb == 'v' as u32 {
                    self.write(b"<nil>");
                } else {
                    self.bad_verb(None, verb);
                }
            }
            Shape::Bool(b) => self.fmt_bool(value, b, verb),
            Shape::Int(i) => self.fmt_integer(value, i as u64, true, verb),
            Shape::Uint(u) => self.fmt_integer(value, u, false, verb),
            Shape::Float { v, bits } => self.fmt_float(value, v, bits, verb),
            Shape::Str(s) => self.fmt_string(Some(value), &s, verb),
            Shape::Map { is_nil } => {
                if sharp_v {
                    let ty = value.type_string();
                    self.write(ty.as_bytes());
                    if is_nil {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                } else {
                    self.write(b"map[");
                }
                let entries = sort_map_entries(value.map_entries());
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.write(if sharp_v { b", " } else { b" " });
                    }
                    self.print_value(k, verb, depth + 1, can_interface);
                    self.write(b":");
                    self.print_value(v, verb, depth + 1, can_interface);
                }
                self.write(if sharp_v { b"}" } else { b"]" });
            }
            Shape::Struct { fields } => {
                if sharp_v {
                    let ty = value.type_string();
                    self.write(ty.as_bytes());
                }
                self.write(b"{");
                for i in 0..fields {
                    if i > 0 {
                        self.write(if sharp_v { b", " } else { b" " });
                    }
                    let field = value.field(i);
                    if (self.fmt.f.plus_v || sharp_v) && !field.name.is_empty() {
                        self.write(field.name.as_bytes());
                        self.write(b":");
                    }
                    self.print_value(&field.value, verb, depth + 1, can_interface && field.exported);
                }
                self.write(b"}");
            }
            Shape::Interface(elem) => match elem {
                None if sharp_v => {
                    let ty = value.type_string();
                    self.write(ty.as_bytes());
                    self.write(b"(nil)");
                }
                None => self.write(b"<nil>"),
                Some(e) => self.print_value(&e, verb, depth + 1, can_interface),
            },
            Shape::List { len, is_slice, is_nil, byte_elems } => {
                if byte_elems && matches!(char::from_u32(verb), Some('s' | 'q' | 'x' | 'X')) {
                    let bytes: Vec<u8> = (0..len)
                        .map(|i| match value.index(i).shape() {
                            Shape::Uint(u) => u as u8,
                            _ => 0,
                        })
                        .collect();
                    return self.fmt_bytes(&bytes, verb);
                }
                if sharp_v {
                    let ty = value.type_string();
                    self.write(ty.as_bytes());
                    if is_slice && is_nil {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                    for i in 0..len {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.print_value(&value.index(i), verb, depth + 1, can_interface);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for i in 0..len {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.print_value(&value.index(i), verb, depth + 1, can_interface);
                    }
                    self.write(b"]");
                }
            }
            Shape::Pointer { addr } => {
                if depth == 0 && addr != 0 {
                    if let Some(target) = value.deref() {
                        if matches!(target.shape(), Shape::List { .. } | Shape::Struct { .. } | Shape::Map { .. }) {
                            self.write(b"&");
                            return self.print_value(&target, verb, depth + 1, can_interface);
                        }
                    }
                }
                self.fmt_pointer(value, verb);
            }
            Shape::Chan { .. } | Shape::Func { .. } => self.fmt_pointer(value, verb),
        }
    }

    /// Go's `fmtBytes` for the verbs that treat a byte list as a string.
    fn fmt_bytes(&mut self, b: &[u8], verb: u32) {
        match char::from_u32(verb) {
            Some('s') => self.fmt.text(b),
            Some('x') => self.fmt.hex_bytes(b, false),
            Some('X') => self.fmt.hex_bytes(b, true),
            _ => self.fmt.quoted_text(b),
        }
    }

    /// Go's `doPrint` (`Print`, `Sprint`): spaces between operands when neither is a string.
    pub fn do_print(&mut self, args: &[V]) {
        let mut prev_string = false;
        for (i, arg) in args.iter().enumerate() {
            let is_string = arg.is_string();
            if i > 0 && !is_string && !prev_string {
                self.write(b" ");
            }
            self.print_arg(arg, 'v' as u32);
            prev_string = is_string;
        }
    }

    /// Go's `doPrintln`: always spaces, then a newline.
    pub fn do_println(&mut self, args: &[V]) {
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.write(b" ");
            }
            self.print_arg(arg, 'v' as u32);
        }
        self.write(b"\n");
    }

    /// Go's `intFromArg`: a `*` width or precision.
    fn int_from_arg(args: &[V], arg_num: usize) -> (i64, bool, usize) {
        if arg_num >= args.len() {
            return (0, false, arg_num);
        }
        let (num, is_int) = match args[arg_num].shape() {
            Shape::Int(i) => (i, true),
            Shape::Uint(u) if u <= i64::MAX as u64 => (u as i64, true),
            _ => (0, false),
        };
        if !(-1_000_000..=1_000_000).contains(&num) {
            return (0, false, arg_num + 1);
        }
        (num, is_int, arg_num + 1)
    }

    /// Go's `argNumber`: an explicit `[n]` index at `i`.
    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's `doPrintf`.
    pub fn do_printf(&mut self, format: &[u8], args: &[V]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.write(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'w' {
                                self.wrapped_errs.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.move_v_flags();
                            }
                            self.print_arg(&args[arg_num], c as u32);
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break;
                    }
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (wid, present, next) = Self::int_from_arg(args, arg_num);
                (self.fmt.f.wid, self.fmt.f.wid_present, arg_num) = (wid, present, next);
                if !present {
                    self.write(b"%!(BADWIDTH)");
                }
                if self.fmt.f.wid < 0 {
                    self.fmt.f.wid = -self.fmt.f.wid;
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (wid, present, next) = parse_num(format, i, end);
                (self.fmt.f.wid, self.fmt.f.wid_present, i) = (wid, present, next);
                if after_index && present {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (prec, present, next) = Self::int_from_arg(args, arg_num);
                    (self.fmt.f.prec, self.fmt.f.prec_present, arg_num) = (prec, present, next);
                    if self.fmt.f.prec < 0 {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (prec, present, next) = parse_num(format, i, end);
                    (self.fmt.f.prec, self.fmt.f.prec_present, i) = (prec, present, next);
                    if !present {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = true;
                    }
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }
            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }
            let (verb, size) = utf8::decode_rune(&format[i..]);
            i += size;
            if verb == '%' as u32 {
                self.write(b"%");
            } else if !self.good_arg_num {
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(MISSING)");
            } else {
                if verb == 'w' as u32 {
                    self.wrapped_errs.push(arg_num);
                }
                if verb == 'v' as u32 || verb == 'w' as u32 {
                    self.move_v_flags();
                }
                self.print_arg(&args[arg_num], verb);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < args.len() {
            self.fmt.clear_flags();
            self.write(b"%!(EXTRA ");
            for (i, arg) in args[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.write(b", ");
                }
                if arg.is_nil_interface() {
                    self.write(b"<nil>");
                } else {
                    let ty = arg.type_string();
                    self.write(ty.as_bytes());
                    self.write(b"=");
                    self.print_arg(arg, 'v' as u32);
                }
            }
            self.write(b")");
        }
    }

    /// `%v` and `%w` turn `#` into `sharpV` and `+` into `plusV`.
    fn move_v_flags(&mut self) {
        let f = &mut self.fmt.f;
        f.sharp_v = f.sharp;
        f.sharp = false;
        f.plus_v = f.plus;
        f.plus = false;
    }

    /// Which arguments `Errorf` wraps: Go's `wrapError` (one `%w`) or
    /// `wrapErrors` (several, sorted when reordered, duplicates dropped).
    /// Arguments that are not errors are skipped by the caller.
    pub fn wrapped(&self) -> Wrapped {
        match self.wrapped_errs.len() {
            0 => Wrapped::None,
            1 => Wrapped::One(self.wrapped_errs[0]),
            _ => {
                let mut errs = self.wrapped_errs.clone();
                if self.reordered {
                    errs.sort();
                }
                errs.dedup();
                Wrapped::Many(errs)
            }
        }
    }
}

/// What `Errorf` wraps (see `Printer::wrapped`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapped {
    None,
    One(usize),
    Many(Vec<usize>),
}

/// Go's `parsenum`: digits from `start`; gives up past 1e6.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut is_num = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if num > 1_000_000 {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        is_num = true;
        i += 1;
    }
    (num, is_num, i)
}

/// Go's `parseArgNumber`: `[n]` at the start of `format` → (index, bytes used, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parse_num(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}
