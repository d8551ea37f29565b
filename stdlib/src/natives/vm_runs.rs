//! The natives running inside the real vm: hand-assembled programs (the vm's
//! text assembler) calling `fmt`, `strconv` and `strings` natives, with
//! `String()` methods in bytecode called back through `NativeStep::Call`.
//! Each test quotes the Go program whose go-oracle output it expects.
use super::register_natives;
use minigo_vm::{NativeRegistry, Output, SharedBuf, Vm, VmOptions};

/// Assembles and runs `src`; returns go-oracle's layout (stderr's traceback cut).
fn run_asm(src: &str) -> String {
    let module = minigo_vm::asm::assemble(src).unwrap_or_else(|e| panic!("assembly failed: {e}"));
    let mut registry = NativeRegistry::new();
    register_natives(&mut registry);
    let (out, err) = (SharedBuf::default(), SharedBuf::default());
    let mut vm = Vm::new(module, &registry, Output::new(Box::new(out.clone()), Box::new(err.clone())), VmOptions::default()).expect("module loads");
    let code = vm.run();
    let stderr = err.contents();
    let stderr = stderr.split("\ngoroutine ").next().unwrap_or_default();
    format!("-- stdout --\n{}-- stderr --\n{}-- exit --\n{code}\n", out.contents(), stderr)
}

/// Types and methods shared by the programs below.
const PRELUDE: &str = r#"
type uint8 uint8
type []uint8 slice uint8
type main.S struct N:int
type main.P struct
type main.Q struct name:string
type *main.Q ptr main.Q
type []main.S slice main.S
type strings.Builder struct buf:[]uint8
type *strings.Builder ptr strings.Builder
method main.S String main.S.String
method main.P String main.P.String
method *main.Q String main.(*Q).String ptr
func main.S.String params=1 results=1 regs=1
  LoadConst r0 "S!"
  Return r0 1
func main.P.String params=1 results=1 regs=1
  LoadConst r0 "boom"
  ToIface r0 r0 t:string
  Panic r0
  Return r0 1
func main.(*Q).String params=1 results=1 regs=1
  Load r0 r0
  GetField r0 r0 0
  Return r0 1
"#;

// package main
//
// import ("fmt"; "strconv"; "strings")
//
// type S struct{ N int }
// func (s S) String() string { return "S!" }
// type P struct{}
// func (P) String() string { panic("boom") }
// type Q struct{ name string }
// func (q *Q) String() string { return q.name }
//
// func main() {
// 	fmt.Println(S{5}, 3, "x")
// 	fmt.Printf("%v|%d|%s\n", S{1}, S{2}, P{})
// 	s := fmt.Sprint([]S{{1}, {2}})
// 	fmt.Println(s)
// 	var q *Q
// 	fmt.Println(q)
// 	_, err := strconv.Atoi("12x")
// 	fmt.Println(err)
// 	var b strings.Builder
// 	b.WriteString("ab")
// 	b.WriteString("cd")
// 	fmt.Println(b.String(), b.Len())
// }
#[test]
fn fmt_calls_string_methods_through_the_vm() {
    let main = r#"
func main.main regs=12
  LoadInt r1 3
  LoadInt r2 3
  MakeSlice r0 t:any r1 false
  LoadZero r3 t:main.S
  LoadInt r4 5
  SetField r3 0 r4
  ToIface r3 r3 t:main.S
  LoadInt r4 0
  SetSlice r0 r4 r3
  LoadInt r3 3
  ToIface r3 r3 t:int
  LoadInt r4 1
  SetSlice r0 r4 r3
  LoadConst r3 "x"
  ToIface r3 r3 t:string
  LoadInt r4 2
  SetSlice r0 r4 r3
  CallNative n:fmt.Println r0 1 2
  LoadConst r0 "%v|%d|%s\n"
  LoadInt r2 3
  LoadInt r3 3
  MakeSlice r1 t:any r2 false
  LoadZero r3 t:main.S
  LoadInt r4 1
  SetField r3 0 r4
  ToIface r3 r3 t:main.S
  LoadInt r4 0
  SetSlice r1 r4 r3
  LoadZero r3 t:main.S
  LoadInt r4 2
  SetField r3 0 r4
  ToIface r3 r3 t:main.S
  LoadInt r4 1
  SetSlice r1 r4 r3
  LoadZero r3 t:main.P
  ToIface r3 r3 t:main.P
  LoadInt r4 2
  SetSlice r1 r4 r3
  CallNative n:fmt.Printf r0 2 2
  LoadInt r3 2
  LoadInt r4 2
  MakeSlice r2 t:main.S r3 false
  LoadZero r3 t:main.S
  LoadInt r4 0
  SetSlice r2 r4 r3
  LoadZero r3 t:main.S
  LoadInt r4 1
  SetSlice r2 r4 r3
  ToIface r2 r2 t:[]main.S
  LoadInt r3 1
  LoadInt r4 1
  MakeSlice r0 t:any r3 false
  LoadInt r4 0
  SetSlice r0 r4 r2
  CallNative n:fmt.Sprint r0 1 1
  ToIface r2 r0 t:string
  LoadInt r3 1
  LoadInt r4 1
  MakeSlice r0 t:any r3 false
  LoadInt r4 0
  SetSlice r0 r4 r2
  CallNative n:fmt.Println r0 1 2
  LoadNil r2
  ToIface r2 r2 t:*main.Q
  LoadInt r3 1
  LoadInt r4 1
  MakeSlice r0 t:any r3 false
  LoadInt r4 0
  SetSlice r0 r4 r2
  CallNative n:fmt.Println r0 1 2
  LoadConst r0 "12x"
  CallNative n:strconv.Atoi r0 1 2
  Move r2 r1
  LoadInt r3 1
  LoadInt r4 1
  MakeSlice r0 t:any r3 false
  LoadInt r4 0
  SetSlice r0 r4 r2
  CallNative n:fmt.Println r0 1 2
  LoadZero r5 t:strings.Builder
  Box r6 r5
  Move r7 r6
  LoadConst r8 "ab"
  CallNative n:strings.(*Builder).WriteString r7 2 2
  Move r7 r6
  LoadConst r8 "cd"
  CallNative n:strings.(*Builder).WriteString r7 2 2
  Move r7 r6
  CallNative n:strings.(*Builder).String r7 1 1
  Move r8 r6
  CallNative n:strings.(*Builder).Len r8 1 1
  ToIface r7 r7 t:string
  ToIface r8 r8 t:int
  LoadInt r3 2
  LoadInt r4 2
  MakeSlice r0 t:any r3 false
  LoadInt r4 0
  SetSlice r0 r4 r7
  LoadInt r4 1
  SetSlice r0 r4 r8
  CallNative n:fmt.Println r0 1 2
  Return r0 0
"#;
    assert_eq!(
        run_asm(&format!("{PRELUDE}{main}")),
        "-- stdout --\nS! 3 x\nS!|{2}|%!s(PANIC=String method: boom)\n[S! S!]\n<nil>\nstrconv.Atoi: parsing \"12x\": invalid syntax\nabcd 4\n-- stderr --\n-- exit --\n0\n"
    );
}

// package main
//
// import ("fmt"; "os"; "sync"; "time")
//
// var total int
//
// func worker(wg *sync.WaitGroup, mu *sync.Mutex, i int) {
// 	defer wg.Done()
// 	time.Sleep(time.Duration(i) * time.Millisecond)
// 	mu.Lock()
// 	total += i
// 	mu.Unlock()
// }
//
// func main() {
// 	var wg sync.WaitGroup
// 	var mu sync.Mutex
// 	for i := 1; i <= 3; i++ {
// 		wg.Add(1)
// 		go worker(&wg, &mu, i)
// 	}
// 	wg.Wait()
// 	fmt.Println("total", total, time.Duration(1500)*time.Millisecond)
// 	fmt.Fprintln(os.Stderr, "to stderr")
// 	os.Exit(3)
// }
#[test]
fn waitgroup_mutex_sleep_stderr_and_exit_through_the_vm() {
    let src = r#"
type int32 int32
type int64 int64
type uint32 uint32
type sync.WaitGroup struct state:int64 sema:uint32
type *sync.WaitGroup ptr sync.WaitGroup
type sync.Mutex struct state:int32 sema:uint32
type *sync.Mutex ptr sync.Mutex
type time.Duration int64
type os.File struct fd:int
type *os.File ptr os.File
method time.Duration String time.Duration.String
global main.total int
func time.Duration.String params=1 results=1 regs=1
  CallNative n:time.Duration.String r0 1 1
  Return r0 1
func main.worker params=3 regs=6
  DeferNative n:sync.(*WaitGroup).Done r0 1
  LoadInt r3 1000000
  MulInt r3 r2 r3
  CallNative n:time.Sleep r3 1 0
  Move r3 r1
  CallNative n:sync.(*Mutex).Lock r3 1 0
  LoadGlobal r3 g:main.total
  AddInt r3 r3 r2
  StoreGlobal g:main.total r3
  Move r3 r1
  CallNative n:sync.(*Mutex).Unlock r3 1 0
epilogue:
  RunDefers
  Return r0 0
func main.main regs=12
  LoadZero r0 t:sync.WaitGroup
  Box r0 r0
  LoadZero r1 t:sync.Mutex
  Box r1 r1
  LoadInt r2 1
loop:
  LtIntImm r3 r2 4
  JumpIfNot r3 @done
  Move r4 r0
  LoadInt r5 1
  CallNative n:sync.(*WaitGroup).Add r4 2 0
  Move r4 r0
  Move r5 r1
  Move r6 r2
  GoDirect f:main.worker r4 3
  AddIntImm r2 r2 1
  Jump @loop
done:
  Move r4 r0
  CallNative n:sync.(*WaitGroup).Wait r4 1 0
  LoadInt r4 3
  LoadInt r5 3
  MakeSlice r3 t:any r4 false
  LoadConst r4 "total"
  ToIface r4 r4 t:string
  LoadInt r5 0
  SetSlice r3 r5 r4
  LoadGlobal r4 g:main.total
  ToIface r4 r4 t:int
  LoadInt r5 1
  SetSlice r3 r5 r4
  LoadConst r4 int:1500000000
  ToIface r4 r4 t:time.Duration
  LoadInt r5 2
  SetSlice r3 r5 r4
  CallNative n:fmt.Println r3 1 2
  LoadZero r4 t:os.File
  LoadInt r5 2
  SetField r4 0 r5
  Box r4 r4
  ToIface r4 r4 t:*os.File
  LoadInt r6 1
  LoadInt r7 1
  MakeSlice r5 t:any r6 false
  LoadConst r6 "to stderr"
  ToIface r6 r6 t:string
  LoadInt r7 0
  SetSlice r5 r7 r6
  CallNative n:fmt.Fprintln r4 2 2
  LoadInt r4 3
  CallNative n:os.Exit r4 1 0
  Return r0 0
"#;
    assert_eq!(run_asm(src), "-- stdout --\ntotal 6 1.5s\n-- stderr --\nto stderr\n-- exit --\n3\n");
}
