//! The natives on a hand-built module and heap: argument/result conventions,
//! the fmt two-pass protocol driven through `NativeStep::Call` and resume,
//! and the blocking primitives. Expected texts are Go's (see the engines'
//! Go-generated tables for the formatting itself).
use super::register_natives;
use minigo_vm::bytecode::{FieldDesc, FuncIdx, IntKind, MethodDesc, MethodId, Module, TypeDesc, TypeId, TypeKind};
use minigo_vm::heap::Heap;
use minigo_vm::{CallOutcome, NativeCtx, NativeRegistry, NativeStep, Output, SharedBuf, Value, Values, WaitReason};

struct World {
    heap: Heap,
    module: Module,
    out: Output,
    stdout: SharedBuf,
    stderr: SharedBuf,
    registry: NativeRegistry,
    host: minigo_vm::OsHost,
}

const INT: TypeId = TypeId(0);
const STRING: TypeId = TypeId(1);
const T: TypeId = TypeId(2);
const PTR_T: TypeId = TypeId(3);
#[allow(dead_code)]
const ANY: TypeId = TypeId(4);
const S: TypeId = TypeId(5);
const FILE: TypeId = TypeId(6);
const PTR_FILE: TypeId = TypeId(7);

fn world() -> World {
    let mut module = Module::default();
    let named = |name: &str, kind: TypeKind| {
        let mut d = TypeDesc::new(name, kind, 8, true);
        d.named = true;
        d
    };
    let field = |name: &str, ty: TypeId| FieldDesc { name: name.into(), ty, embedded: false, exported: name.starts_with(char::is_uppercase) };
    module.types = vec![
        named("int", TypeKind::Int(IntKind::I64)),
        named("string", TypeKind::String),
        named("main.T", TypeKind::Struct { fields: vec![field("A", INT), field("B", STRING)] }),
        TypeDesc::new("*main.T", TypeKind::Pointer { elem: T }, 8, true),
        TypeDesc::new("interface {}", TypeKind::Interface { methods: vec![] }, 16, true),
        named("main.S", TypeKind::Struct { fields: vec![field("N", INT)] }),
        named("os.File", TypeKind::Struct { fields: vec![field("fd", INT)] }),
        TypeDesc::new("*os.File", TypeKind::Pointer { elem: FILE }, 8, true),
    ];
    module.method_names = vec!["String".into()];
    module.types[S.0 as usize].methods = vec![MethodDesc { name: MethodId(0), sig: None, func: FuncIdx(7), ptr_recv: false }];
    let mut registry = NativeRegistry::new();
    register_natives(&mut registry);
    let (stdout, stderr) = (SharedBuf::default(), SharedBuf::default());
    let out = Output::new(Box::new(stdout.clone()), Box::new(stderr.clone()));
    World { heap: Heap::new(), module, out, stdout, stderr, registry, host: minigo_vm::OsHost::new(Vec::new()) }
}

impl World {
    fn boxed(&mut self, ty: TypeId, v: Value) -> Value {
        crate::glue::boxed(&mut self.heap, ty, v)
    }
    fn str(&mut self, s: &str) -> Value {
        self.heap.alloc_str(s.as_bytes())
    }
    fn any_str(&mut self, s: &str) -> Value {
        let v = self.str(s);
        self.boxed(STRING, v)
    }
    fn anys(&mut self, vals: Vec<Value>) -> Value {
        self.heap.alloc_slice(vals)
    }
    fn call(&mut self, name: &str, args: &[Value]) -> NativeStep {
        let f = self.registry.get(name).unwrap_or_else(|| panic!("no native {name}"));
        let mut ctx = NativeCtx { heap: &mut self.heap, module: &self.module, out: &mut self.out, goroutine: 1, num_goroutines: 1, host: &mut self.host, wakes: Vec::new() };
        f(&mut ctx, args)
    }
    fn resume(&mut self, step: NativeStep, outcome: CallOutcome) -> NativeStep {
        let NativeStep::Call { resume, .. } = step else { panic!("expected a callback") };
        let mut ctx = NativeCtx { heap: &mut self.heap, module: &self.module, out: &mut self.out, goroutine: 1, num_goroutines: 1, host: &mut self.host, wakes: Vec::new() };
        resume.resume(&mut ctx, outcome)
    }
    fn returned_str(&self, step: &NativeStep) -> String {
        match step {
            NativeStep::Return(v) => self.heap.value_string(v[0]),
            _ => panic!("expected a return"),
        }
    }
    fn stdout(&mut self) -> String {
        self.out.flush();
        self.stdout.contents()
    }
}

#[test]
fn println_writes_operands_to_stdout() {
    let mut w = world();
    let a = w.boxed(INT, Value::Int(42));
    let b = w.any_str("hi");
    let args = w.anys(vec![a, b, Value::Nil]);
    let step = w.call("fmt.Println", &[args]);
    let NativeStep::Return(v) = step else { panic!("expected a return") };
    assert_eq!((v.len(), v[0].as_int()), (2, 12));
    assert_eq!(w.stdout(), "42 hi <nil>\n");
}

#[test]
fn sprintf_walks_structs_and_pointers() {
    let mut w = world();
    let b = w.str("x");
    let t = Value::Struct(w.heap.alloc_agg(vec![Value::Int(1), b]));
    let pt = w.heap.alloc_cell(t);
    let (t_any, pt_any) = (w.boxed(T, t), w.boxed(PTR_T, pt));
    let args = w.anys(vec![t_any, pt_any, t_any]);
    let format = w.str("%v %+v %T");
    let step = w.call("fmt.Sprintf", &[format, args]);
    assert_eq!(w.returned_str(&step), "{1 x} &{A:1 B:x} main.T");
}

#[test]
fn stringer_is_called_back_and_its_result_printed() {
    let mut w = world();
    let s = Value::Struct(w.heap.alloc_agg(vec![Value::Int(5)]));
    let s_any = w.boxed(S, s);
    let args = w.anys(vec![s_any, s_any]);
    let format = w.str("<%s|%d>");
    let step = w.call("fmt.Sprintf", &[format, args]);
    let NativeStep::Call { func, ref args, catch_panic, .. } = step else { panic!("expected a String() callback") };
    assert!(matches!(func, Value::Func(FuncIdx(7))) && catch_panic && args.len() == 1);
    let result = w.str("S<5>");
    let step = w.resume(step, CallOutcome::Returned(Values::from_iter([result])));
    assert_eq!(w.returned_str(&step), "<S<5>|{5}>");
}

#[test]
fn a_panicking_string_method_prints_go_s_panic_form() {
    let mut w = world();
    let s = Value::Struct(w.heap.alloc_agg(vec![Value::Int(5)]));
    let s_any = w.boxed(S, s);
    let args = w.anys(vec![s_any]);
    let step = w.call("fmt.Sprint", &[args]);
    let boom = w.any_str("boom");
    let step = w.resume(step, CallOutcome::Panicked(boom));
    assert_eq!(w.returned_str(&step), "%!v(PANIC=String method: boom)");
}

#[test]
fn fprintln_to_stderr_uses_the_file_descriptor() {
    let mut w = world();
    let file = Value::Struct(w.heap.alloc_agg(vec![Value::Int(2)]));
    let p = w.heap.alloc_cell(file);
    let stderr = w.boxed(PTR_FILE, p);
    let msg = w.any_str("oops");
    let args = w.anys(vec![msg]);
    w.call("fmt.Fprintln", &[stderr, args]);
    assert_eq!(w.stderr.contents(), "oops\n");
    assert_eq!(w.stdout(), "");
}

#[test]
fn strings_natives_follow_go() {
    let mut w = world();
    let (s, sep) = (w.str("a,b,,c"), w.str(","));
    let step = w.call("strings.Split", &[s, sep]);
    let NativeStep::Return(v) = step else { panic!() };
    let parts: Vec<String> = w.heap.slice_elems(v[0]).iter().map(|p| w.heap.value_string(*p)).collect();
    assert_eq!(parts, ["a", "b", "", "c"]);
    let x = w.str("ab");
    let step = w.call("strings.Repeat", &[x, Value::Int(-1)]);
    let NativeStep::Panic(Value::Iface(p)) = step else { panic!("Repeat(-1) must panic") };
    assert_eq!(w.heap.value_string(w.heap.iface_value(p.data)), "strings: negative Repeat count");
}

#[test]
fn builder_appends_and_reads_back() {
    let mut w = world();
    let b = Value::Struct(w.heap.alloc_agg(vec![Value::Nil]));
    let pb = w.heap.alloc_cell(b);
    for piece in ["héllo", ", ", "world"] {
        let s = w.str(piece);
        w.call("strings.(*Builder).WriteString", &[pb, s]);
    }
    w.call("strings.(*Builder).WriteByte", &[pb, Value::Int(b'!' as i64)]);
    w.call("strings.(*Builder).WriteRune", &[pb, Value::Int('世' as i64)]);
    let step = w.call("strings.(*Builder).String", &[pb]);
    assert_eq!(w.returned_str(&step), "héllo, world!世");
    let step = w.call("strings.(*Builder).Len", &[pb]);
    assert!(matches!(step, NativeStep::Return(ref v) if v[0].as_int() == 17));
}

#[test]
fn atoi_errors_carry_go_s_message() {
    let mut w = world();
    let s = w.str("12x");
    let step = w.call("strconv.Atoi", &[s]);
    let NativeStep::Return(v) = step else { panic!() };
    assert_eq!(v[0].as_int(), 0);
    // No *strconv.NumError type in this module: the message is an errors.New-like string.
    let text = super::errors::error_string_text(&w.heap, v[1]);
    assert_eq!(String::from_utf8(text).unwrap(), "strconv.Atoi: parsing \"12x\": invalid syntax");
}

#[test]
fn sort_ints_sorts_the_backing_array_in_place() {
    let mut w = world();
    let xs = w.heap.alloc_slice([5, -1, 3, 3, 0].iter().map(|&i| Value::Int(i)).collect());
    w.call("sort.Ints", &[xs]);
    let got: Vec<i64> = w.heap.slice_elems(xs).iter().map(|v| v.as_int()).collect();
    assert_eq!(got, [-1, 0, 3, 3, 5]);
}

#[test]
fn waitgroup_and_mutex_block_and_fail_as_go() {
    let mut w = world();
    let wg = Value::Struct(w.heap.alloc_agg(vec![Value::Int(0), Value::Int(0)]));
    let pwg = w.heap.alloc_cell(wg);
    w.call("sync.(*WaitGroup).Add", &[pwg, Value::Int(1)]);
    assert!(matches!(w.call("sync.(*WaitGroup).Wait", &[pwg]), NativeStep::Block(WaitReason::WaitGroupWait, _)));
    w.call("sync.(*WaitGroup).Done", &[pwg]);
    assert!(matches!(w.call("sync.(*WaitGroup).Wait", &[pwg]), NativeStep::Return(_)));
    assert!(matches!(w.call("sync.(*WaitGroup).Done", &[pwg]), NativeStep::Panic(_)));
    let m = Value::Struct(w.heap.alloc_agg(vec![Value::Int(0), Value::Int(0)]));
    let pm = w.heap.alloc_cell(m);
    w.call("sync.(*Mutex).Lock", &[pm]);
    assert!(matches!(w.call("sync.(*Mutex).Lock", &[pm]), NativeStep::Block(WaitReason::MutexLock, _)));
    w.call("sync.(*Mutex).Unlock", &[pm]);
    assert!(matches!(w.call("sync.(*Mutex).Unlock", &[pm]), NativeStep::Fatal(ref m) if m == "sync: unlock of unlocked mutex"));
}

#[test]
fn duration_string_and_formatting() {
    let mut w = world();
    let step = w.call("time.Duration.String", &[Value::Int(1_500_000_000)]);
    assert_eq!(w.returned_str(&step), "1.5s");
    let layout = w.heap.alloc_str(b"2006-01-02 15:04:05.999 MST");
    let step = w.call("time.formatTime", &[Value::Nil, Value::Int(1_257_894_000), Value::Int(120_000_000), layout]);
    assert_eq!(w.returned_str(&step), "2009-11-10 23:00:00.12 UTC");
}

#[test]
fn rwmutex_readers_exclude_the_writer() {
    let mut w = world();
    let inner = Value::Struct(w.heap.alloc_agg(vec![Value::Int(0), Value::Int(0)]));
    let rw = Value::Struct(w.heap.alloc_agg(vec![inner, Value::Int(0), Value::Int(0), Value::Int(0), Value::Int(0)]));
    let p = w.heap.alloc_cell(rw);
    w.call("sync.(*RWMutex).RLock", &[p]);
    w.call("sync.(*RWMutex).RLock", &[p]);
    assert!(matches!(w.call("sync.(*RWMutex).Lock", &[p]), NativeStep::Block(WaitReason::RWMutexLock, _)));
    w.call("sync.(*RWMutex).RUnlock", &[p]);
    w.call("sync.(*RWMutex).RUnlock", &[p]);
    assert!(matches!(w.call("sync.(*RWMutex).Lock", &[p]), NativeStep::Return(_)));
    assert!(matches!(w.call("sync.(*RWMutex).RLock", &[p]), NativeStep::Block(WaitReason::RWMutexRLock, _)));
    assert!(matches!(w.call("sync.(*RWMutex).RUnlock", &[p]), NativeStep::Fatal(ref m) if m == "sync: RUnlock of unlocked RWMutex"));
}

#[test]
fn no_native_panics_the_host_on_missing_or_zero_arguments() {
    let names: Vec<String> = world().registry.names().map(str::to_string).collect();
    assert!(names.len() > 60, "every package's natives are registered");
    for name in names {
        for args in [vec![], vec![Value::Nil; 4], vec![Value::Int(0); 4], vec![Value::Int(-1); 4]] {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let mut w = world();
                let _ = w.call(&name, &args);
            }));
            assert!(result.is_ok(), "{name}({args:?}) panicked the host");
        }
    }
}

/// The natives a package's API and implementation files expect: each
/// bodyless `func` (or method) line, named as the registry names it.
fn bodyless_natives(pkg: &str, src: &str) -> Vec<String> {
    src.lines()
        .filter(|l| l.starts_with("func ") && !l.contains('{'))
        .map(|l| {
            let rest = &l["func ".len()..];
            if let Some(recv) = rest.strip_prefix('(') {
                let (recv, after) = recv.split_once(')').expect("receiver");
                let ty = recv.split_whitespace().last().unwrap_or(recv);
                let method = after.trim_start().split('(').next().unwrap_or_default();
                match ty.strip_prefix('*') {
                    Some(t) => format!("{pkg}.(*{t}).{method}"),
                    None => format!("{pkg}.{ty}.{method}"),
                }
            } else {
                format!("{pkg}.{}", rest.split('(').next().unwrap_or_default())
            }
        })
        .collect()
}

#[test]
fn every_bodyless_api_function_has_a_native() {
    let registry = world().registry;
    let mut missing = Vec::new();
    let mut checked = 0;
    for path in crate::api::package_paths() {
        let pkg = path.rsplit('/').next().unwrap_or(path);
        let api = crate::api::package_api(path).unwrap_or_default();
        for name in bodyless_natives(pkg, api) {
            checked += 1;
            if !registry.contains(&name) && minigo_vm::builtins::lookup(&name).is_none() {
                missing.push(name);
            }
        }
    }
    assert!(checked > 80, "only {checked} declarations found");
    assert!(missing.is_empty(), "bodyless declarations without a native: {missing:?}");
}
