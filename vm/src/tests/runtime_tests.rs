//! Runtime errors, append growth, maps, channels, select, the scheduler and
//! deadlocks, GC of cycles — hand-assembled; snapshots from go-oracle.

use super::{check_asm, check_run_with};

/// A loop appending 2000 values of `elem` (loaded by `load`) to a nil slice,
/// printing len and cap whenever cap changes.
fn growth_asm(types: &str, elem: &str, load: &str) -> String {
    format!(
        r#"
{types}
func main.main regs=8
  LoadNil r0
  LoadInt r1 0
loop:
  LoadInt r2 2000
  LtInt r3 r1 r2
  JumpIfNot r3 @done
  Cap r4 r0
  Move r5 r0
  {load}
  Append r5 1 t:{elem}
  Move r0 r5
  Cap r5 r0
  EqInt r6 r4 r5
  JumpIf r6 @next
  Len r6 r0
  ToIface r6 r6 t:int
  ToIface r7 r5 t:int
  CallNative n:test.println r6 2 0
next:
  AddIntImm r1 r1 1
  Jump @loop
done:
  Return r0 0
"#
    )
}

// var sink []int
// func grow(s []int, v int) []int { return append(s, v) } // growslice on the heap
// func main() {
// 	var s []int
// 	for i := 0; i < 2000; i++ {
// 		old := cap(s)
// 		s = grow(s, i)
// 		if cap(s) != old { fmt.Println(len(s), cap(s)) }
// 	}
// 	sink = s
// }
#[test]
fn append_growth_int() {
    insta::assert_snapshot!(check_asm(&growth_asm("", "int", "Move r6 r1")), @r"
    -- stdout --
    1 1
    2 2
    3 4
    5 8
    9 16
    17 32
    33 64
    65 128
    129 256
    257 512
    513 848
    849 1280
    1281 1792
    1793 2560
    -- stderr --
    -- exit --
    0
    ");
}

// var sink []string
// func grow(s []string, v string) []string { return append(s, v) } // growslice on the heap
// func main() {
// 	var s []string
// 	for i := 0; i < 2000; i++ {
// 		old := cap(s)
// 		s = grow(s, "x")
// 		if cap(s) != old { fmt.Println(len(s), cap(s)) }
// 	}
// 	sink = s
// }
#[test]
fn append_growth_string() {
    insta::assert_snapshot!(check_asm(&growth_asm("", "string", "LoadConst r6 \"x\"")), @r"
    -- stdout --
    1 1
    2 2
    3 4
    5 8
    9 16
    17 32
    33 71
    72 143
    144 303
    304 591
    592 1023
    1024 1535
    1536 2560
    -- stderr --
    -- exit --
    0
    ");
}

// type P struct{ a, b, c int }
// var sink []P
// func grow(s []P, v P) []P { return append(s, v) } // growslice on the heap
// func main() {
// 	var s []P
// 	for i := 0; i < 2000; i++ {
// 		old := cap(s)
// 		s = grow(s, P{})
// 		if cap(s) != old { fmt.Println(len(s), cap(s)) }
// 	}
// 	sink = s
// }
#[test]
fn append_growth_struct24() {
    insta::assert_snapshot!(check_asm(&growth_asm("type main.P struct a:int b:int c:int", "main.P", "LoadZero r6 t:main.P")), @r"
    -- stdout --
    1 1
    2 2
    3 4
    5 8
    9 16
    17 32
    33 64
    65 128
    129 256
    257 512
    513 853
    854 1365
    1366 2048
    -- stderr --
    -- exit --
    0
    ");
}

const TRY: &str = r#"
type runtime.Error interface Error RuntimeError
type main.I interface M
func main.try params=1 regs=4
  LoadFunc r1 f:main.try.report
  Defer r1 r2 0
  Call r0 r1 0
epilogue:
  RunDefers
  Return r0 0
func main.try.report regs=6
  Recover r0
  Move r1 r0
  CallNative n:test.typename r1 1 1
  ToIface r1 r1 t:string
  Move r2 r0
  TypeAssertOk r2 t:runtime.Error
  ToIface r2 r3 t:bool
  LoadConst r3 "|"
  ToIface r3 r3 t:string
  Move r4 r0
  CallNative n:test.println r1 4 0
  Return r0 0
"#;

// type I interface{ M() }
// func try(f func()) {
// 	defer func() { r := recover(); _, rt := r.(runtime.Error); fmt.Println(fmt.Sprintf("%T", r), rt, "|", r) }()
// 	f()
// }
// func main() {
// 	var x any = 1
// 	try(func() { _ = x.(I) })
// 	try(func() { _ = x.(string) })
// 	try(func() { s, i := []int{1, 2, 3}, 5; _ = s[1:i] })
// 	try(func() { s, i := []int{1, 2, 3}, 5; _ = s[i] })
// 	try(func() { s, i := []int{1, 2, 3}, -2; _ = s[i] })
// 	try(func() { a, b := 7, 0; _ = a / b })
// 	try(func() { var p *int; _ = *p })
// 	try(func() { s, i, j := "abc", 2, 1; _ = s[i:j] })
// 	try(func() { var k any = []int{1}; m := map[any]int{}; m[k] = 1 })
// 	try(func() { var k any = []int{1}; m := map[any]int{}; _ = m[k] })
// 	try(func() { var a, b any = []int{1}, []int{1}; _ = a == b })
// 	try(func() { var c chan int; close(c) })
// 	try(func() { n := -1; _ = make([]int, n) })
// 	try(func() { n, s := -1, 1; _ = s << n })
// 	var m map[string]int
// 	m["k"] = 1
// }
#[test]
fn runtime_error_values_and_texts() {
    let src = (TRY.to_string()
        + r#"
func main.main regs=4
  LoadFunc r0 f:main.f1
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f2
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f3
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f4
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f5
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f6
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f7
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f8
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f9
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f10
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f11
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f12
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f13
  CallDirect f:main.try r0
  LoadFunc r0 f:main.f14
  CallDirect f:main.try r0
  LoadNil r0
  LoadConst r1 "k"
  LoadInt r2 1
  MapSet r0 r1 r2
  Return r0 0
func main.f1 regs=2
  LoadInt r0 1
  ToIface r0 r0 t:int
  TypeAssert r0 t:main.I t:any
  Return r0 0
func main.f2 regs=2
  LoadInt r0 1
  ToIface r0 r0 t:int
  TypeAssert r0 t:string t:any
  Return r0 0
func main.f3 regs=6
  LoadInt r0 3
  MakeSlice r1 t:int r0 false
  LoadInt r2 1
  LoadInt r3 5
  SliceSlice r4 r1 r2 3
  Return r0 0
func main.f4 regs=6
  LoadInt r0 3
  MakeSlice r1 t:int r0 false
  LoadInt r2 5
  IndexSlice r3 r1 r2
  Return r0 0
func main.f5 regs=6
  LoadInt r0 3
  MakeSlice r1 t:int r0 false
  LoadInt r2 -2
  IndexSlice r3 r1 r2
  Return r0 0
func main.f6 regs=3
  LoadInt r0 7
  LoadInt r1 0
  DivInt r2 r0 r1
  Return r0 0
func main.f7 regs=2
  LoadNil r0
  Load r1 r0
  Return r0 0
func main.f8 regs=4
  LoadConst r0 "abc"
  LoadInt r1 2
  LoadInt r2 1
  SliceStr r3 r0 r1 3
  Return r0 0
func main.f9 regs=4
  LoadInt r0 1
  MakeSlice r1 t:int r0 false
  ToIface r1 r1 t:[]int
  MakeMap r0 t:map[any]int
  LoadInt r2 1
  MapSet r0 r1 r2
  Return r0 0
func main.f10 regs=4
  LoadInt r0 1
  MakeSlice r1 t:int r0 false
  ToIface r1 r1 t:[]int
  MakeMap r0 t:map[any]int
  MapIndex r0 t:map[any]int
  Return r0 0
func main.f11 regs=4
  LoadInt r0 1
  MakeSlice r1 t:int r0 false
  ToIface r1 r1 t:[]int
  MakeSlice r2 t:int r0 false
  ToIface r2 r2 t:[]int
  Eq r3 r1 r2
  Return r0 0
func main.f12 regs=2
  LoadNil r0
  Close r0
  Return r0 0
func main.f13 regs=3
  LoadInt r0 -1
  MakeSlice r1 t:int r0 false
  Return r0 0
func main.f14 regs=3
  LoadInt r0 -1
  LoadInt r1 1
  Shl r2 r1 r0
  Return r0 0
"#)
    .replace("type main.I interface M", "type main.I interface M\ntype []int slice int\ntype map[any]int map any int");
    insta::assert_snapshot!(check_asm(&src), @r"
    -- stdout --
    *runtime.TypeAssertionError true | interface conversion: int is not main.I: missing method M
    *runtime.TypeAssertionError true | interface conversion: interface {} is int, not string
    runtime.boundsError true | runtime error: slice bounds out of range [:5] with capacity 3
    runtime.boundsError true | runtime error: index out of range [5] with length 3
    runtime.boundsError true | runtime error: index out of range [-2]
    runtime.errorString true | runtime error: integer divide by zero
    runtime.errorString true | runtime error: invalid memory address or nil pointer dereference
    runtime.boundsError true | runtime error: slice bounds out of range [2:1]
    runtime.errorString true | runtime error: hash of unhashable type []int
    maps.unhashableTypeError true | hash of unhashable type: []int
    runtime.errorString true | runtime error: comparing uncomparable type []int
    runtime.plainError true | close of nil channel
    runtime.errorString true | runtime error: makeslice: len out of range
    runtime.errorString true | runtime error: negative shift amount
    -- stderr --
    panic: assignment to entry in nil map
    -- exit --
    2
    ");
}

// func main() {
// 	m := map[string]int{}
// 	m["a"] = 1
// 	m["b"] = 2
// 	m["a"] = 3
// 	delete(m, "b")
// 	v, ok := m["a"]
// 	w, ok2 := m["zz"]
// 	fmt.Println(len(m), v, ok, w, ok2)
// 	f := map[any]int{}
// 	nan := math.NaN()
// 	f[nan] = 1
// 	f[nan] = 2
// 	f[1] = 3
// 	f[int64(1)] = 4
// 	f[1] = 5
// 	fmt.Println(len(f), f[1], f[int64(1)])
// 	var nilmap map[string]int
// 	fmt.Println(nilmap["x"], len(nilmap))
// 	delete(nilmap, "x")
// }
#[test]
fn map_semantics() {
    let src = r#"
type map[string]int map string int
type map[any]int map any int
type int64 int64
func main.main regs=8
  MakeMap r0 t:map[string]int
  LoadConst r1 "a"
  LoadInt r2 1
  MapSet r0 r1 r2
  LoadConst r1 "b"
  LoadInt r2 2
  MapSet r0 r1 r2
  LoadConst r1 "a"
  LoadInt r2 3
  MapSet r0 r1 r2
  LoadConst r1 "b"
  MapDelete r0 r1
  Move r2 r0
  LoadConst r3 "a"
  MapIndex r2 t:map[string]int
  Move r4 r0
  LoadConst r5 "zz"
  MapIndex r4 t:map[string]int
  Len r1 r0
  ToIface r1 r1 t:int
  ToIface r2 r2 t:int
  ToIface r3 r3 t:bool
  ToIface r4 r4 t:int
  ToIface r5 r5 t:bool
  CallNative n:test.println r1 5 0
  MakeMap r0 t:map[any]int
  LoadConst r1 float:NaN
  ToIface r1 r1 t:float64
  LoadInt r2 1
  MapSet r0 r1 r2
  LoadConst r1 float:NaN
  ToIface r1 r1 t:float64
  LoadInt r2 2
  MapSet r0 r1 r2
  LoadInt r1 1
  ToIface r1 r1 t:int
  LoadInt r2 3
  MapSet r0 r1 r2
  LoadInt r1 1
  ToIface r1 r1 t:int64
  LoadInt r2 4
  MapSet r0 r1 r2
  LoadInt r1 1
  ToIface r1 r1 t:int
  LoadInt r2 5
  MapSet r0 r1 r2
  Len r1 r0
  ToIface r1 r1 t:int
  Move r2 r0
  LoadInt r3 1
  ToIface r3 r3 t:int
  MapIndex r2 t:map[any]int
  ToIface r2 r2 t:int
  Move r3 r0
  LoadInt r4 1
  ToIface r4 r4 t:int64
  MapIndex r3 t:map[any]int
  ToIface r3 r3 t:int
  CallNative n:test.println r1 3 0
  LoadNil r0
  LoadConst r2 "x"
  Move r1 r0
  MapIndex r1 t:map[string]int
  ToIface r1 r1 t:int
  Len r2 r0
  ToIface r2 r2 t:int
  CallNative n:test.println r1 2 0
  LoadConst r1 "x"
  MapDelete r0 r1
  Return r0 0
"#;
    insta::assert_snapshot!(check_asm(src), @r"
    -- stdout --
    1 3 true 0 false
    4 5 4
    0 0
    -- stderr --
    -- exit --
    0
    ");
}

// func main() {
// 	ch := make(chan int)
// 	done := make(chan bool, 1)
// 	go func() {
// 		for v := range ch { fmt.Println("got", v) }
// 		done <- true
// 	}()
// 	for i := 0; i < 3; i++ { ch <- i }
// 	close(ch)
// 	<-done
// 	select {
// 	case v := <-done:
// 		fmt.Println("unexpected", v)
// 	default:
// 		fmt.Println("default")
// 	}
// 	<-done
// }
#[test]
fn channels_goroutines_select_and_deadlock() {
    let src = r#"
type chan int chan int
type chan bool chan bool
func main.main regs=10
  LoadInt r2 0
  MakeChan r0 t:int r2
  LoadInt r2 1
  MakeChan r1 t:bool r2
  Move r3 r0
  Move r4 r1
  GoDirect f:main.worker r3 2
  LoadInt r2 0
loop:
  LoadInt r3 3
  LtInt r4 r2 r3
  JumpIfNot r4 @sent
  Send r0 r2
  AddIntImm r2 r2 1
  Jump @loop
sent:
  Close r0
  Recv r3 r1
  LoadInt r3 0
  Move r4 r1
  LoadNil r5
  Select r3 1 true
  LoadInt r6 -1
  EqInt r6 r3 r6
  JumpIf r6 @dflt
  LoadConst r6 "unexpected"
  ToIface r6 r6 t:string
  CallNative n:test.println r6 1 0
dflt:
  LoadConst r6 "default"
  ToIface r6 r6 t:string
  CallNative n:test.println r6 1 0
  Recv r3 r1
  Return r0 0
func main.worker params=2 regs=6
again:
  Move r2 r0
  RecvOk r2
  JumpIfNot r3 @finished
  LoadConst r4 "got"
  ToIface r4 r4 t:string
  ToIface r5 r2 t:int
  CallNative n:test.println r4 2 0
  Jump @again
finished:
  LoadBool r2 true
  Send r1 r2
  Return r0 0
"#;
    insta::assert_snapshot!(check_asm(src), @r"
    -- stdout --
    got 0
    got 1
    got 2
    default
    -- stderr --
    fatal error: all goroutines are asleep - deadlock!
    -- exit --
    2
    ");
}

/// Self-referential closures and cyclic structs become garbage every
/// iteration; the heap must stay bounded.
#[test]
fn gc_reclaims_cycles() {
    let src = r#"
type main.Node struct next:any
func main.main regs=8
  LoadInt r1 0
loop:
  LoadConst r2 int:300000
  LtInt r3 r1 r2
  JumpIfNot r3 @done
  LoadNil r4
  Box r4 r4
  Move r5 r4
  MakeClosure r5 f:main.selfref
  Store r4 r5
  LoadZero r6 t:main.Node
  Box r6 r6
  Load r7 r6
  ToIface r5 r6 t:*main.Node
  SetField r7 0 r5
  AddIntImm r1 r1 1
  Jump @loop
done:
  Return r0 0
func main.selfref captures=1 regs=2
  LoadCapture r0 0
  Return r0 0
"#
    .replace("type main.Node struct next:any", "type main.Node struct next:any\ntype *main.Node ptr main.Node");
    let module = crate::asm::assemble(&src).unwrap();
    let (out, err) = (crate::output::SharedBuf::default(), crate::output::SharedBuf::default());
    let mut vm = crate::vm::Vm::new(module, &super::registry(), crate::output::Output::new(Box::new(out), Box::new(err)), Default::default()).unwrap();
    assert_eq!(vm.run(), 0);
    assert!(vm.gc_count() > 0, "no collection ran");
    vm.collect_garbage();
    assert!(vm.heap_objects() < 1000, "heap kept {} objects", vm.heap_objects());
    let _ = check_run_with;
}

// func main() {
// 	defer func() {
// 		r := recover()
// 		re, ok := r.(runtime.Error)
// 		fmt.Println(ok)
// 		fmt.Println(re.Error())
// 	}()
// 	var m map[int]int
// 	m[1] = 1
// }
#[test]
fn runtime_error_methods_dispatch() {
    insta::assert_snapshot!(check_asm(r#"
type runtime.Error interface Error RuntimeError
func main.main regs=4
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  LoadNil r0
  LoadInt r1 1
  MapSet r0 r1 r1
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=4
  Recover r0
  TypeAssertOk r0 t:runtime.Error
  ToIface r1 r1 t:bool
  CallNative n:test.println r1 1 0
  CallIface r0 m:Error 0
  ToIface r0 r0 t:string
  CallNative n:test.println r0 1 0
  Return r0 0
"#), @r"
    -- stdout --
    true
    assignment to entry in nil map
    -- stderr --
    -- exit --
    0
    ");
}

/// A module whose method-name table repeats a name still dispatches (ids are canonicalized at load).
#[test]
fn duplicate_method_names_are_canonicalized() {
    let mut m = crate::asm::assemble(
        r#"
type main.T int
method main.T Error main.T.Error
func main.T.Error params=1 results=1 regs=2
  LoadConst r0 "T's Error"
  Return r0 1
func main.main regs=3
  LoadInt r0 1
  ToIface r0 r0 t:main.T
  CallIface r0 m:Error 0
  ToIface r0 r0 t:string
  CallNative n:test.println r0 1 0
  Return r0 0
"#,
    )
    .unwrap();
    m.method_names.push("Error".into());
    let dup = crate::bytecode::MethodId(m.method_names.len() as u16 - 1);
    let main = m.main.0 as usize;
    for i in m.funcs[main].code.iter_mut() {
        if let crate::bytecode::Instr::CallIface { method, .. } = i {
            *method = dup;
        }
    }
    insta::assert_snapshot!(super::check_run(m), @r"
    -- stdout --
    T's Error
    -- stderr --
    -- exit --
    0
    ");
}

// type Item struct{ V int }
// var items []Item
// func main() {
// 	items = make([]Item, 1, 1)
// 	p := &items[0]
// 	items = append(items, Item{2})
// 	p.V = 99
// 	fmt.Println(items[0].V, p.V, len(items))
// }
#[test]
fn append_reallocation_copies_struct_elements() {
    insta::assert_snapshot!(check_asm(r#"
type main.Item struct V:int
global main.items int
func main.main regs=8
  LoadInt r0 1
  MakeSlice r1 t:main.Item r0 false
  LoadInt r2 0
  AddrElem r3 r1 r2
  LoadZero r5 t:main.Item
  LoadInt r6 2
  SetField r5 0 r6
  Move r4 r1
  Append r4 1 t:main.Item
  Move r1 r4
  Load r5 r3
  LoadInt r6 99
  SetField r5 0 r6
  LoadInt r2 0
  IndexSlice r4 r1 r2
  GetField r4 r4 0
  ToIface r4 r4 t:int
  Load r5 r3
  GetField r5 r5 0
  ToIface r5 r5 t:int
  Len r6 r1
  ToIface r6 r6 t:int
  CallNative n:test.println r4 3 0
  Return r0 0
"#), @r"
    -- stdout --
    0 99 2
    -- stderr --
    -- exit --
    0
    ");
}
