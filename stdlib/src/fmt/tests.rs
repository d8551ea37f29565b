//! fmt against `testdata/fmt.out`, printed by real Go (`testdata/gen.go`).
//! Each row names its arguments by spec (`int:42`, `str:hi`, `pt`, …); `value`
//! builds the same values as the Go generator, as a small tree.
use super::*;
use crate::golden::{rows, unhex};

#[derive(Clone, Debug)]
enum K {
    Nil,
    Scalar(Box<Shape<TV>>),
    List { elems: Vec<TV>, is_slice: bool, is_nil: bool, byte_elems: bool },
    Map { entries: Vec<(TV, TV)>, is_nil: bool },
    Struct(Vec<(String, TV, bool)>),
    Ptr(Option<Box<TV>>, u64),
    Iface(Option<Box<TV>>),
}

#[derive(Clone, Debug)]
struct TV {
    ty: String,
    k: K,
    method: Option<Method>,
}

impl Operand for TV {
    fn shape(&self) -> Shape<TV> {
        match &self.k {
            K::Nil => Shape::Nil,
            K::Scalar(s) => (**s).clone(),
            K::List { elems, is_slice, is_nil, byte_elems } => {
                Shape::List { len: elems.len(), is_slice: *is_slice, is_nil: *is_nil, byte_elems: *byte_elems }
            }
            K::Map { is_nil, .. } => Shape::Map { is_nil: *is_nil },
            K::Struct(f) => Shape::Struct { fields: f.len() },
            K::Ptr(_, addr) => Shape::Pointer { addr: *addr },
            K::Iface(e) => Shape::Interface(e.as_deref().cloned()),
        }
    }
    fn type_string(&self) -> String {
        self.ty.clone()
    }
    fn index(&self, i: usize) -> TV {
        match &self.k {
            K::List { elems, .. } => elems[i].clone(),
            _ => unreachable!(),
        }
    }
    fn field(&self, i: usize) -> Field<TV> {
        match &self.k {
            K::Struct(f) => Field { name: f[i].0.clone(), value: f[i].1.clone(), exported: f[i].2 },
            _ => unreachable!(),
        }
    }
    fn map_entries(&self) -> Vec<(TV, TV)> {
        match &self.k {
            K::Map { entries, .. } => entries.iter().rev().cloned().collect(),
            _ => unreachable!(),
        }
    }
    fn deref(&self) -> Option<TV> {
        match &self.k {
            K::Ptr(t, _) => t.as_deref().cloned(),
            _ => None,
        }
    }
    fn has_method(&self, m: Method) -> bool {
        self.method == Some(m)
    }
}

/// Runs the generator's methods: `S.String`, `(*P).String`, `Panicky.String`,
/// `E.Error` and `(*errors.errorString).Error`.
struct GoMethods;

impl MethodCaller<TV> for GoMethods {
    fn call(&mut self, v: &TV, _: Method) -> MethodOutcome {
        let target = v.deref().unwrap_or_else(|| v.clone());
        let first_int = |t: &TV| match &t.k {
            K::Struct(f) => match f[0].1.shape() {
                Shape::Int(i) => i.to_string(),
                Shape::Str(s) => String::from_utf8(s).unwrap(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        let text = match v.ty.as_str() {
            "main.S" | "*main.S" => format!("S<{}>", first_int(&target)),
            "*main.P" if matches!(v.k, K::Ptr(None, _)) => {
                return MethodOutcome::Panicked { value_text: b"runtime error: invalid memory address or nil pointer dereference".to_vec() }
            }
            "*main.P" => format!("P{}", first_int(&target)),
            "main.Panicky" => return MethodOutcome::Panicked { value_text: b"boom".to_vec() },
            "main.E" => format!("E{}", first_int(&target)),
            "*errors.errorString" => first_int(&target),
            other => panic!("no method on {other}"),
        };
        MethodOutcome::Returned(text.into_bytes())
    }
}

fn scalar(ty: &str, s: Shape<TV>) -> TV {
    TV { ty: ty.to_string(), k: K::Scalar(Box::new(s)), method: None }
}
fn int(ty: &str, i: i64) -> TV {
    scalar(ty, Shape::Int(i))
}
fn string(ty: &str, s: &str) -> TV {
    scalar(ty, Shape::Str(s.as_bytes().to_vec()))
}
fn strukt(ty: &str, fields: Vec<(&str, TV)>, method: Option<Method>) -> TV {
    let fields = fields.into_iter().map(|(n, v)| (n.to_string(), v, n.starts_with(|c: char| c.is_uppercase()))).collect();
    TV { ty: ty.to_string(), k: K::Struct(fields), method }
}
fn list(ty: &str, elems: Vec<TV>, is_slice: bool) -> TV {
    let byte_elems = ty.ends_with("]uint8");
    TV { ty: ty.to_string(), k: K::List { elems, is_slice, is_nil: false, byte_elems }, method: None }
}
fn map(ty: &str, entries: Vec<(TV, TV)>) -> TV {
    TV { ty: ty.to_string(), k: K::Map { entries, is_nil: false }, method: None }
}
fn ptr(ty: &str, target: Option<TV>, method: Option<Method>) -> TV {
    let addr = if target.is_some() { 0xc000010000 } else { 0 };
    TV { ty: ty.to_string(), k: K::Ptr(target.map(Box::new), addr), method }
}
fn iface(ty: &str, v: Option<TV>) -> TV {
    TV { ty: ty.to_string(), k: K::Iface(v.map(Box::new)), method: None }
}
fn t(a: i64, b: &str) -> TV {
    strukt("main.T", vec![("A", int("int", a)), ("B", string("string", b))], None)
}
fn s(n: i64) -> TV {
    strukt("main.S", vec![("N", int("int", n))], Some(Method::String))
}
fn e(code: i64) -> TV {
    strukt("main.E", vec![("Code", int("int", code))], Some(Method::Error))
}
fn ints(v: &[i64]) -> TV {
    list("[]int", v.iter().map(|&i| int("int", i)).collect(), true)
}
fn nil_ints() -> TV {
    let mut l = ints(&[]);
    l.k = K::List { elems: vec![], is_slice: true, is_nil: true, byte_elems: false };
    l
}
fn inner(x: i64, sv: i64, y: i64) -> TV {
    strukt("main.Inner", vec![("X", int("int", x)), ("s", s(sv)), ("Y", s(y))], None)
}
fn bytes(hex: &str) -> TV {
    list("[]uint8", unhex(hex).into_iter().map(|b| scalar("uint8", Shape::Uint(b as u64))).collect(), true)
}
fn float(ty: &str, v: f64) -> TV {
    let bits = if ty == "float32" { 32 } else { 64 };
    let v = if bits == 32 { v as f32 as f64 } else { v };
    scalar(ty, Shape::Float { v, bits })
}

fn value(spec: &str) -> TV {
    let (kind, v) = spec.split_once(':').unwrap_or((spec, ""));
    let i = || v.parse::<i64>().unwrap();
    let u = || v.parse::<u64>().unwrap();
    let f = || match v {
        "NaN" => f64::NAN,
        "Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        _ => v.parse::<f64>().unwrap(),
    };
    match kind {
        "int" | "int8" | "int32" | "int64" => return int(if kind == "int32" { "int32" } else { kind }, i()),
        "uint" | "uint8" | "uint16" | "uint64" | "uintptr" => return scalar(kind, Shape::Uint(u())),
        "f64" => return float("float64", f()),
        "f32" => return float("float32", f()),
        "negzero" => return float("float64", -0.0),
        "str" => return string("string", v),
        "strx" => return scalar("string", Shape::Str(unhex(v))),
        "bytes" => return bytes(v),
        "bool" => return scalar("bool", Shape::Bool(v == "true")),
        "nil" => return TV { ty: String::new(), k: K::Nil, method: None },
        "myint" => return int("main.MyInt", i()),
        "mystr" => return string("main.MyStr", v),
        _ => {}
    }
    match spec {
        "ints" => ints(&[1, -2, 3]),
        "nilints" => nil_ints(),
        "emptyints" => ints(&[]),
        "strs" => list("[]string", vec![string("string", "a"), string("string", "b c"), string("string", "")], true),
        "arr" => list("[3]int", vec![int("int", 7), int("int", 8), int("int", 9)], false),
        "bytearr" => {
            let mut l = bytes("686921");
            l.ty = "[3]uint8".into();
            l.k = match l.k {
                K::List { elems, .. } => K::List { elems, is_slice: false, is_nil: false, byte_elems: true },
                k => k,
            };
            l
        }
        "map" => map("map[string]int", vec![(string("string", "b"), int("int", 2)), (string("string", "a"), int("int", 1)), (string("string", "c"), int("int", 3))]),
        "intmap" => map("map[int]string", vec![(int("int", 3), string("string", "c")), (int("int", -1), string("string", "z")), (int("int", 2), string("string", "b"))]),
        "floatmap" => map(
            "map[float64]int",
            vec![(float("float64", f64::NAN), int("int", 1)), (float("float64", 2.5), int("int", 2)), (float("float64", f64::NEG_INFINITY), int("int", 3)), (float("float64", 0.0), int("int", 4))],
        ),
        "nilmap" => TV { ty: "map[string]int".into(), k: K::Map { entries: vec![], is_nil: true }, method: None },
        "t" => t(1, "x"),
        "pt" => ptr("*main.T", Some(t(2, "y")), None),
        "nilpt" => ptr("*main.T", None, None),
        "s" => s(5),
        "ps" => ptr("*main.S", Some(s(6)), Some(Method::String)),
        "p" => strukt("main.P", vec![("N", int("int", 7))], None),
        "pp" => ptr("*main.P", Some(strukt("main.P", vec![("N", int("int", 8))], None)), Some(Method::String)),
        "nilpp" => ptr("*main.P", None, Some(Method::String)),
        "panicky" => strukt("main.Panicky", vec![], Some(Method::String)),
        "e" => e(42),
        "err" => ptr("*errors.errorString", Some(strukt("errors.errorString", vec![("s", string("string", "boom"))], None)), Some(Method::Error)),
        "ss" => list("[]main.S", vec![s(1), s(2)], true),
        "anys" => list(
            "[]interface {}",
            vec![iface("interface {}", Some(int("int", 1))), iface("interface {}", Some(string("string", "a"))), iface("interface {}", None), iface("interface {}", Some(float("float64", 2.5))), iface("interface {}", Some(s(3)))],
            true,
        ),
        "inner" => inner(1, 2, 3),
        "outer" | "outer2" => {
            let (x, any, err) = if spec == "outer" { (inner(1, 2, 3), None, None) } else { (inner(4, 5, 6), Some(string("string", "hi")), Some(e(7))) };
            strukt("main.Outer", vec![("In", x), ("P", ptr("*main.T", None, None)), ("Any", iface("interface {}", any)), ("Err", iface("error", err))], None)
        }
        "smap" => map("map[main.S]main.S", vec![(s(2), s(20)), (s(1), s(10))]),
        "ptrs" => list("[]*main.T", vec![ptr("*main.T", None, None)], true),
        "nested" => {
            let mut nil = nil_ints();
            nil.ty = "[]int".into();
            list("[][]int", vec![ints(&[1, 2]), nil, ints(&[])], true)
        }
        "mapslice" => map("map[string][]int", vec![(string("string", "x"), ints(&[1])), (string("string", "a"), nil_ints())]),
        "errs" => list("[]error", vec![iface("error", Some(e(1))), iface("error", None)], true),
        "anymap" => {
            let any = |v: TV| iface("interface {}", Some(v));
            let keys = vec![
                string("string", "b"),
                int("int", 2),
                string("string", "a"),
                int("int", 1),
                float("float64", 1.5),
                scalar("bool", Shape::Bool(false)),
                int("main.MyInt", 7),
                list("[1]int", vec![int("int", 8)], false),
                int("int8", 9),
                t(1, "t"),
            ];
            map("map[interface {}]int", keys.into_iter().zip(1..).map(|(k, i)| (any(k), int("int", i))).collect())
        }
        "boolmap" => map("map[bool]int", vec![(scalar("bool", Shape::Bool(true)), int("int", 1)), (scalar("bool", Shape::Bool(false)), int("int", 0))]),
        other => panic!("unknown spec {other}"),
    }
}

#[test]
fn matches_go_table() {
    check_table(include_str!("testdata/fmt.out"));
}

/// Every verb with every flag, width and precision combination over a value of
/// each kind (`testdata/fmt_matrix.out`, from `testdata/gen.go`'s matrix mode).
#[test]
fn matches_go_verb_flag_matrix() {
    check_table(include_str!("testdata/fmt_matrix.out"));
}

/// A fixed-seed random sample of verbs × flag subsets × widths × precisions
/// over extreme scalars (`testdata/fmt_grid.out`, `testdata/gen.go grid`).
#[test]
fn matches_go_random_grid() {
    check_table(include_str!("testdata/fmt_grid.out"));
}

/// Random format strings made of directive pieces (flags, digits, `*`, `.`,
/// good and bad `[n]`, verbs) over random arguments: how Printf parses
/// them, errors included (`testdata/fmt_directives.out`, `gen.go directives`).
#[test]
fn matches_go_random_directives() {
    check_table(include_str!("testdata/fmt_directives.out"));
}

fn check_table(table: &str) {
    let mut failures = Vec::new();
    let table = rows(table);
    assert!(table.len() > 100);
    for row in table {
        let args: Vec<TV> = if row[2].is_empty() { vec![] } else { row[2].split('|').map(value).collect() };
        let format = unhex(row[1]);
        let got = match row[0] {
            "f" => sprintf(&format, &args, &mut GoMethods),
            "p" => sprint(&args, &mut GoMethods),
            "l" => sprintln(&args, &mut GoMethods),
            other => panic!("unknown row kind {other}"),
        };
        let want = unhex(row[3]);
        if got != want {
            failures.push(format!(
                "{} {:?} {}: got {:?}, want {:?}",
                row[0],
                String::from_utf8_lossy(&format),
                row[2],
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want)
            ));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
}

#[test]
fn errorf_reports_wrapped_arguments() {
    let args = vec![value("err"), value("int:1"), value("e")];
    let r = errorf(b"a %w b %d c %w", &args, &mut GoMethods);
    assert_eq!(String::from_utf8(r.message).unwrap(), "a boom b 1 c E42");
    assert_eq!(r.wrapped, Wrapped::Many(vec![0, 2]));
    let r = errorf(b"x: %w", &args[..1], &mut GoMethods);
    assert_eq!(r.wrapped, Wrapped::One(0));
    let r = errorf(b"%[3]w %[1]w %[3]w", &args, &mut GoMethods);
    assert_eq!(r.wrapped, Wrapped::Many(vec![0, 2]));
}

#[test]
fn two_pass_protocol_replays_method_results_in_order() {
    let args = vec![value("ss"), value("e")];
    let mut rec = Recorder::default();
    let _ = sprint(&args, &mut rec);
    let methods: Vec<Method> = rec.calls.iter().map(|c| c.1).collect();
    assert_eq!(methods, vec![Method::String, Method::String, Method::Error]);
    let outcomes = rec.calls.iter().map(|(v, m)| GoMethods.call(v, *m)).collect();
    assert_eq!(sprint(&args, &mut Replay::new(outcomes)), b"[S<1> S<2>] E42");
}
