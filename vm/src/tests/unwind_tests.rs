//! Defer, panic, recover and Goexit: the SEMANTICS.md examples, hand-assembled.
//! Each test quotes the Go program; its expected output is go-oracle's.

use super::check_asm;

// SEMANTICS.md 2.1
// func main() {
// 	defer func() { r := recover(); fmt.Printf("main recovered %T: %v\n", r, r) }()
// 	g()
// }
// func g() { defer fmt.Println("g's defer"); h() }
// func h() {
// 	defer fmt.Println("h's first defer")
// 	var nilf func()
// 	defer nilf()
// 	defer func() { defer fmt.Println("the deferred closure's own defer"); panic("second") }()
// 	panic("first")
// }
#[test]
fn new_panic_takes_over_lower_frames() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=4
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  CallDirect f:main.g r1
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=6
  Recover r0
  LoadConst r1 "main recovered"
  ToIface r1 r1 t:string
  Move r3 r0
  CallNative n:test.typename r3 1 1
  LoadConst r4 ":"
  ConcatStr r2 r3 r4
  ToIface r2 r2 t:string
  Move r3 r0
  CallNative n:test.println r1 3 0
  Return r0 0
func main.g regs=4
  LoadConst r0 "g's defer"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  CallDirect f:main.h r1
epilogue:
  RunDefers
  Return r0 0
func main.h regs=4
  LoadConst r0 "h's first defer"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  LoadNil r0
  Defer r0 r1 0
  LoadFunc r0 f:main.h.func1
  Defer r0 r1 0
  LoadConst r0 "first"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.h.func1 regs=4
  LoadConst r0 "the deferred closure's own defer"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  LoadConst r0 "second"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
"#), @r"
    -- stdout --
    the deferred closure's own defer
    h's first defer
    g's defer
    main recovered runtime.errorString: runtime error: invalid memory address or nil pointer dereference
    -- stderr --
    -- exit --
    0
    ");
}
