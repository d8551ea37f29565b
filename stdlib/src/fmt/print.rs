//! Owns one print call end to end, with the output of Go's `fmt`: reading
//! format strings (flags, width, precision, `*`, `[n]` indexes), which
//! formatting each verb gets for each kind of value, the walk through
//! composites (structs, pointers, slices, maps in sorted key order, nil
//! forms), `Error()`/`String()` methods at every depth (`GoString()` for `%#v`), and the error forms
//! `%!d(string=hi)`, `%!d(MISSING)`, `%!(EXTRA …)`, `%!(NOVERB)`,
//! `%!(BADWIDTH)`, `%!(BADPREC)`, `%!(BADINDEX)`.
//! Must not know how values are stored or how methods run (see `operand.rs`).

use super::format::{Fmt, Radix};
use super::operand::{Method, MethodCaller, MethodOutcome, Operand, Shape};
use super::sort::sort_map_entries;
use crate::utf8;

/// Nesting beyond this stops printing (Go would overflow its stack on
/// self-containing values; minigo must not overflow the host's).
const MAX_DEPTH: usize = 200;

/// The state of one print call.
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

    fn wrong_verb(&mut self, value: Option<&V>, verb: u32) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        match value {
            Some(v) if !v.is_nil_interface() => {
                let ty = v.type_string();
                self.write(ty.as_bytes());
                self.write(b"=");
                self.walk(v, 'v' as u32, 0, true);
            }
            _ => self.write(b"<nil>"),
        }
        self.write(b")");
        self.erroring = false;
    }

    fn bool_operand(&mut self, value: &V, b: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('t' | 'v') => self.fmt.boolean(b),
            _ => self.wrong_verb(Some(value), verb),
        }
    }

    fn integer_operand(&mut self, value: &V, v: u64, signed: bool, verb: u32) {
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
            _ => self.wrong_verb(Some(value), verb),
        }
    }

    fn float_operand(&mut self, value: &V, v: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v') => self.fmt.float(v, size, 'g', -1),
            Some(c @ ('b' | 'g' | 'G' | 'x' | 'X')) => self.fmt.float(v, size, c, -1),
            Some(c @ ('f' | 'e' | 'E')) => self.fmt.float(v, size, c, 6),
            Some('F') => self.fmt.float(v, size, 'f', 6),
            _ => self.wrong_verb(Some(value), verb),
        }
    }

    fn string_operand(&mut self, value: Option<&V>, s: &[u8], verb: u32) {
        match char::from_u32(verb) {
            Some('v') if self.fmt.f.sharp_v => self.fmt.quoted_text(s),
            Some('v' | 's') => self.fmt.text(s),
            Some('x') => self.fmt.hex_bytes(s, false),
            Some('X') => self.fmt.hex_bytes(s, true),
            Some('q') => self.fmt.quoted_text(s),
            _ => self.wrong_verb(value, verb),
        }
    }

    fn pointer_operand(&mut self, value: &V, verb: u32) {
        let addr = match value.shape() {
            Shape::Pointer { addr } | Shape::Chan { addr } | Shape::Func { addr } => addr,
            Shape::List { is_slice: true, .. } | Shape::Map { .. } => value.address(),
            _ => return self.wrong_verb(Some(value), verb),
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
            Some('b' | 'o' | 'd' | 'x' | 'X') => self.integer_operand(value, addr, false, verb),
            _ => self.wrong_verb(Some(value), verb),
        }
    }

    /// Prints `value` through its `Error` or `String` method when the verb
    /// allows one (not under `%#v`); says whether it did.
    fn print_by_method(&mut self, value: &V, verb: u32) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' as u32 {
            if !value.has_method(Method::Error) || !self.wrap_errs {
                self.wrong_verb(Some(value), verb);
                return true;
            }
            verb = 'v' as u32;
        }
        if self.fmt.f.sharp_v {
            // `%#v` of a GoStringer: its GoString(), printed as it is.
            if !value.has_method(Method::GoString) {
                return false;
            }
            match self.caller.call(value, Method::GoString) {
                MethodOutcome::Returned(s) => self.fmt.text(&s),
                MethodOutcome::Panicked { value_text } => self.method_panicked(value, verb, Method::GoString, &value_text),
            }
            return true;
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
            MethodOutcome::Returned(s) => self.string_operand(Some(value), &s, verb),
            MethodOutcome::Panicked { value_text } => self.method_panicked(value, verb, method, &value_text),
        }
        true
    }

    /// A method that panicked: on a nil pointer receiver prints `<nil>`; any other
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

    /// One argument of a print call, with `verb`.
    pub fn print_arg(&mut self, arg: &V, verb: u32) {
        if arg.is_nil_interface() {
            match char::from_u32(verb) {
                Some('T' | 'v') => self.fmt.pad(b"<nil>"),
                _ => self.wrong_verb(None, verb),
            }
            return;
        }
        match char::from_u32(verb) {
            Some('T') => {
                let ty = arg.type_string();
                self.fmt.text(ty.as_bytes());
                return;
            }
            Some('p') => return self.pointer_operand(arg, verb),
            _ => {}
        }
        if self.print_by_method(arg, verb) {
            return;
        }
        if verb == 'v' as u32 && self.fmt.f.sharp_v && arg.type_string() == "[]uint8" {
            return self.print_byte_slice_go_syntax(arg);
        }
        self.walk(arg, verb, 0, true);
    }

    /// `%#v` of a top-level `[]byte`: Go names the type `[]byte`
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

    /// A value at `depth` in the walk; `can_interface` is false below
    /// unexported fields (their methods are not called).
    fn walk(&mut self, value: &V, verb: u32, depth: usize, can_interface: bool) {
        if depth > MAX_DEPTH {
            return;
        }
        let shape = value.shape();
        if depth > 0 && can_interface && !matches!(shape, Shape::Nil) && self.print_by_method(value, verb) {
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
                    self.wrong_verb(None, verb);
                }
            }
            Shape::Bool(b) => self.bool_operand(value, b, verb),
            Shape::Int(i) => self.integer_operand(value, i as u64, true, verb),
            Shape::Uint(u) => self.integer_operand(value, u, false, verb),
            Shape::Float { v, bits } => self.float_operand(value, v, bits, verb),
            Shape::Str(s) => self.string_operand(Some(value), &s, verb),
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
                    self.walk(k, verb, depth + 1, can_interface);
                    self.write(b":");
                    self.walk(v, verb, depth + 1, can_interface);
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
                    self.walk(&field.value, verb, depth + 1, can_interface && field.exported);
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
                Some(e) => self.walk(&e, verb, depth + 1, can_interface),
            },
            Shape::List { len, is_slice, is_nil, byte_elems } => {
                if byte_elems && matches!(char::from_u32(verb), Some('s' | 'q' | 'x' | 'X')) {
                    let bytes: Vec<u8> = (0..len)
                        .map(|i| match value.index(i).shape() {
                            Shape::Uint(u) => u as u8,
                            _ => 0,
                        })
                        .collect();
                    return self.bytes_as_string(&bytes, verb);
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
                        self.walk(&value.index(i), verb, depth + 1, can_interface);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for i in 0..len {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.walk(&value.index(i), verb, depth + 1, can_interface);
                    }
                    self.write(b"]");
                }
            }
            Shape::Pointer { addr } => {
                if depth == 0 && addr != 0 {
                    if let Some(target) = value.deref() {
                        if matches!(target.shape(), Shape::List { .. } | Shape::Struct { .. } | Shape::Map { .. }) {
                            self.write(b"&");
                            return self.walk(&target, verb, depth + 1, can_interface);
                        }
                    }
                }
                self.pointer_operand(value, verb);
            }
            Shape::Chan { .. } | Shape::Func { .. } => self.pointer_operand(value, verb),
        }
    }

    /// A byte slice or array under a verb that reads it as a string.
    fn bytes_as_string(&mut self, b: &[u8], verb: u32) {
        match char::from_u32(verb) {
            Some('s') => self.fmt.text(b),
            Some('x') => self.fmt.hex_bytes(b, false),
            Some('X') => self.fmt.hex_bytes(b, true),
            _ => self.fmt.quoted_text(b),
        }
    }

    /// `Print`, `Sprint`: a space between two operands when neither is a string.
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

    /// `Println`, `Sprintln`: spaces between all operands, then a newline.
    pub fn do_println(&mut self, args: &[V]) {
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.write(b" ");
            }
            self.print_arg(arg, 'v' as u32);
        }
        self.write(b"\n");
    }

    /// A `*` width or precision: the next argument when it is an integer
    /// within ±1e6, else a failure. An argument is used up either way, if
    /// one is left.
    fn star_argument(args: &[V], next_arg: &mut usize) -> (i64, bool) {
        let Some(arg) = args.get(*next_arg) else {
            return (0, false);
        };
        *next_arg += 1;
        let n = match arg.shape() {
            Shape::Int(i) => Some(i),
            Shape::Uint(u) => i64::try_from(u).ok(),
            _ => None,
        };
        match n {
            Some(n) if (-MAX_WRITTEN..=MAX_WRITTEN).contains(&n) => (n, true),
            _ => (0, false),
        }
    }

    /// An explicit `[n]` at `at`, which makes argument n the next one. Returns
    /// where the format continues and whether an index was read; a malformed
    /// or out-of-range one clears `index_ok` (the directive prints BADINDEX),
    /// and only an out-of-range one still counts as read.
    fn take_index(&mut self, format: &[u8], at: usize, arg_count: usize, next_arg: &mut usize, index_ok: &mut bool) -> (usize, bool) {
        if format.get(at) != Some(&b'[') {
            return (at, false);
        }
        self.reordered = true;
        let rest = &format[at..];
        // The shortest index is three bytes, `[n]`.
        let close = if rest.len() >= 3 { rest.iter().position(|&c| c == b']') } else { None };
        let Some(close) = close else {
            *index_ok = false;
            return (at + 1, false);
        };
        let after = at + close + 1;
        match written_number(rest, 1, close) {
            Written::Value(n, end) if end == close => {
                if (1..=arg_count as i64).contains(&n) {
                    *next_arg = n as usize - 1;
                } else {
                    *index_ok = false;
                }
                (after, true)
            }
            _ => {
                *index_ok = false;
                (after, false)
            }
        }
    }

    /// `Printf`: the format's text as is, each `%` directive replaced by its
    /// argument formatted; unused arguments are listed at the end unless an
    /// explicit index appeared.
    pub fn do_printf(&mut self, format: &[u8], args: &[V]) {
        let mut next_arg = 0usize;
        self.reordered = false;
        let mut at = 0;
        while at < format.len() {
            let percent = format[at..].iter().position(|&c| c == b'%').map_or(format.len(), |p| at + p);
            self.write(&format[at..percent]);
            if percent == format.len() {
                break;
            }
            match self.directive(format, percent + 1, args, &mut next_arg) {
                Some(after) => at = after,
                None => {
                    self.write(b"%!(NOVERB)");
                    break;
                }
            }
        }
        if !self.reordered && next_arg < args.len() {
            self.list_extra_args(&args[next_arg..]);
        }
    }

    /// One directive, from just after its `%`: flags, then width and
    /// precision (digits or `*`), each optionally preceded by `[n]`, then
    /// `[n]` and the verb. Returns where the format continues, or `None`
    /// when it ends before a verb.
    fn directive(&mut self, format: &[u8], mut at: usize, args: &[V], next_arg: &mut usize) -> Option<usize> {
        let end = format.len();
        self.fmt.clear_flags();
        while let Some(&c) = format.get(at) {
            let f = &mut self.fmt.f;
            match c {
                b'#' => f.sharp = true,
                b'0' => f.zero = true,
                b'+' => f.plus = true,
                b'-' => f.minus = true,
                b' ' => f.space = true,
                _ => break,
            }
            at += 1;
        }
        let mut index_ok = true;
        let mut indexed;
        (at, indexed) = self.take_index(format, at, args.len(), next_arg, &mut index_ok);

        if format.get(at) == Some(&b'*') {
            at += 1;
            let (width, ok) = Self::star_argument(args, next_arg);
            if !ok {
                self.write(b"%!(BADWIDTH)");
            }
            let f = &mut self.fmt.f;
            (f.wid, f.wid_present) = (width.abs(), ok);
            if width < 0 {
                // A negative `*` width means left alignment.
                f.minus = true;
                f.zero = false;
            }
            indexed = false;
        } else {
            match written_number(format, at, end) {
                Written::Absent => {}
                Written::Value(width, after) => {
                    (self.fmt.f.wid, self.fmt.f.wid_present, at) = (width, true, after);
                    // `[n]` belongs right before a `*` or the verb, not digits.
                    index_ok &= !indexed;
                }
                Written::TooLarge => at = end,
            }
        }

        // A `.` that ends the format is taken as the verb, not a precision.
        if at + 1 < end && format[at] == b'.' {
            at += 1;
            index_ok &= !indexed;
            (at, indexed) = self.take_index(format, at, args.len(), next_arg, &mut index_ok);
            if format.get(at) == Some(&b'*') {
                at += 1;
                let (prec, ok) = Self::star_argument(args, next_arg);
                let usable = ok && prec >= 0;
                (self.fmt.f.prec, self.fmt.f.prec_present) = if usable { (prec, true) } else { (0, false) };
                if !usable {
                    self.write(b"%!(BADPREC)");
                }
                indexed = false;
            } else {
                // A bare `.` is precision zero.
                let (prec, after) = match written_number(format, at, end) {
                    Written::Absent => (0, at),
                    Written::Value(prec, after) => (prec, after),
                    Written::TooLarge => (0, end),
                };
                (self.fmt.f.prec, self.fmt.f.prec_present, at) = (prec, true, after);
            }
        }
        if !indexed {
            (at, _) = self.take_index(format, at, args.len(), next_arg, &mut index_ok);
        }
        if at >= end {
            return None;
        }
        let (verb, size) = utf8::decode_rune(&format[at..]);
        at += size;
        if verb == '%' as u32 {
            // `%%` takes no argument and ignores flags, width and precision.
            self.write(b"%");
        } else if !index_ok {
            self.verb_error(verb, b"BADINDEX");
        } else if *next_arg >= args.len() {
            self.verb_error(verb, b"MISSING");
        } else {
            if verb == 'w' as u32 {
                self.wrapped_errs.push(*next_arg);
            }
            if verb == 'v' as u32 || verb == 'w' as u32 {
                self.move_v_flags();
            }
            self.print_arg(&args[*next_arg], verb);
            *next_arg += 1;
        }
        Some(at)
    }

    /// `%!v(MISSING)` and the like.
    fn verb_error(&mut self, verb: u32, what: &[u8]) {
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        self.write(what);
        self.write(b")");
    }

    /// `%!(EXTRA int=1, <nil>)`: the arguments no directive used.
    fn list_extra_args(&mut self, extra: &[V]) {
        self.fmt.clear_flags();
        self.write(b"%!(EXTRA ");
        for (i, arg) in extra.iter().enumerate() {
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

    /// `%v` and `%w` read `#` as Go syntax and `+` as field names.
    fn move_v_flags(&mut self) {
        let f = &mut self.fmt.f;
        f.sharp_v = std::mem::take(&mut f.sharp);
        f.plus_v = std::mem::take(&mut f.plus);
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

/// Widths, precisions and indexes above this are refused.
const MAX_WRITTEN: i64 = 1_000_000;

/// A number written in a format string.
enum Written {
    /// No digit at that position.
    Absent,
    /// The value and the position after its digits.
    Value(i64, usize),
    /// Digits continuing past `MAX_WRITTEN`: the rest of the format is
    /// given up on.
    TooLarge,
}

/// The decimal digits of `format[from..end]` from `from` on. A digit that
/// would extend a value already past `MAX_WRITTEN` makes it `TooLarge`.
fn written_number(format: &[u8], from: usize, end: usize) -> Written {
    let mut value: i64 = 0;
    let mut at = from;
    while at < end && format[at].is_ascii_digit() {
        if value > MAX_WRITTEN {
            return Written::TooLarge;
        }
        value = value * 10 + (format[at] - b'0') as i64;
        at += 1;
    }
    if at == from {
        Written::Absent
    } else {
        Written::Value(value, at)
    }
}
