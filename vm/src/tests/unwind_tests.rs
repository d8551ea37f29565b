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

// SEMANTICS.md 1.4
// func named() (s string) {
// 	defer func() { fmt.Println("defer sees", s); s += "+defer" }()
// 	s = "assigned"
// 	return "returned"
// }
// func main() { fmt.Println(named()) }
#[test]
fn deferred_closure_changes_named_result() {
    insta::assert_snapshot!(check_asm(r#"
func main.named results=1 regs=4
  LoadZero r1 t:string
  Box r0 r1
  Move r1 r0
  MakeClosure r1 f:main.named.func1
  Defer r1 r2 0
  LoadConst r2 "assigned"
  Store r0 r2
  LoadConst r2 "returned"
  Store r0 r2
epilogue:
  RunDefers
  Load r1 r0
  Return r1 1
func main.named.func1 captures=1 regs=4
  LoadCapture r0 0
  LoadConst r1 "defer sees"
  ToIface r1 r1 t:string
  Load r2 r0
  ToIface r2 r2 t:string
  CallNative n:test.println r1 2 0
  Load r1 r0
  LoadConst r2 "+defer"
  ConcatStr r1 r1 r2
  Store r0 r1
  Return r0 0
func main.main regs=3
  CallDirect f:main.named r0
  ToIface r0 r0 t:string
  CallNative n:test.println r0 1 0
  Return r0 0
"#), @r"
    -- stdout --
    defer sees returned
    returned+defer
    -- stderr --
    -- exit --
    0
    ");
}

// SEMANTICS.md 2.2
// func a() {
// 	defer func() { fmt.Println("a's first defer recovers:", recover()) }()
// 	defer func() { defer func() { fmt.Println("inner recovered:", recover()) }(); panic("second") }()
// 	panic("first")
// }
// func b() {
// 	defer func() { fmt.Println("b's first defer recovers:", recover()) }()
// 	defer func() { fmt.Println("middle defer recovers:", recover()) }()
// 	defer func() { panic("panic2") }()
// 	panic("panic1")
// }
// func main() { a(); b() }
#[test]
fn recover_inside_deferred_call_resumes_older_panic() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=2
  CallDirect f:main.a r0
  CallDirect f:main.b r0
  Return r0 0
func main.a regs=3
  LoadFunc r0 f:main.a.func1
  Defer r0 r1 0
  LoadFunc r0 f:main.a.func2
  Defer r0 r1 0
  LoadConst r0 "first"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.a.func1 regs=3
  LoadConst r0 "a's first defer recovers:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.a.func2 regs=3
  LoadFunc r0 f:main.a.func2.1
  Defer r0 r1 0
  LoadConst r0 "second"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.a.func2.1 regs=3
  LoadConst r0 "inner recovered:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.b regs=3
  LoadFunc r0 f:main.b.func1
  Defer r0 r1 0
  LoadFunc r0 f:main.b.func2
  Defer r0 r1 0
  LoadFunc r0 f:main.b.func3
  Defer r0 r1 0
  LoadConst r0 "panic1"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.b.func1 regs=3
  LoadConst r0 "b's first defer recovers:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.b.func2 regs=3
  LoadConst r0 "middle defer recovers:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.b.func3 regs=3
  LoadConst r0 "panic2"
  ToIface r0 r0 t:string
  Panic r0
  Return r0 0
"#), @r"
    -- stdout --
    inner recovered: second
    a's first defer recovers: first
    middle defer recovers: panic2
    b's first defer recovers: <nil>
    -- stderr --
    -- exit --
    0
    ");
}

// SEMANTICS.md 3.2 (a subset)
// func helper() any { return recover() }
// func catch(f func()) { defer func() { fmt.Println("-> catch got:", recover()) }(); f() }
// func main() {
// 	fmt.Println("no panic:", recover())
// 	catch(func() { defer recover(); panic("defer recover()") })
// 	catch(func() { defer func() { fmt.Println("helper:", helper()) }(); panic("helper") })
// 	catch(func() { defer func() { fmt.Println("1st:", recover(), "2nd:", recover()) }(); panic("twice") })
// }
#[test]
fn forms_that_do_not_recover() {
    insta::assert_snapshot!(check_asm(r#"
func main.helper results=1 regs=2
  Recover r0
  Return r0 1
func main.catch params=1 regs=4
  LoadFunc r1 f:main.catch.func1
  Defer r1 r2 0
  Call r0 r2 0
epilogue:
  RunDefers
  Return r0 0
func main.catch.func1 regs=3
  LoadConst r0 "-> catch got:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.main regs=4
  LoadConst r0 "no panic:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  LoadFunc r0 f:main.main.func1
  CallDirect f:main.catch r0
  LoadFunc r0 f:main.main.func2
  CallDirect f:main.catch r0
  LoadFunc r0 f:main.main.func3
  CallDirect f:main.catch r0
  Return r0 0
func main.main.func1 regs=2
  DeferNative n:builtin.recover r0 0
  LoadConst r0 "defer recover()"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func2 regs=2
  LoadFunc r0 f:main.main.func2.1
  Defer r0 r1 0
  LoadConst r0 "helper"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func2.1 regs=3
  LoadConst r0 "helper:"
  ToIface r0 r0 t:string
  CallDirect f:main.helper r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.main.func3 regs=2
  LoadFunc r0 f:main.main.func3.1
  Defer r0 r1 0
  LoadConst r0 "twice"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func3.1 regs=5
  LoadConst r0 "1st:"
  ToIface r0 r0 t:string
  Recover r1
  LoadConst r2 "2nd:"
  ToIface r2 r2 t:string
  Recover r3
  CallNative n:test.println r0 4 0
  Return r0 0
"#), @r"
    -- stdout --
    no panic: <nil>
    -> catch got: defer recover()
    helper: <nil>
    -> catch got: helper
    1st: twice 2nd: <nil>
    -> catch got: <nil>
    -- stderr --
    -- exit --
    0
    ");
}

// SEMANTICS.md 5.1
// func main() {
// 	defer func() { panic("third\nline") }()
// 	defer func() { recover(); panic("second") }()
// 	panic("first")
// }
#[test]
fn crash_chain_lists_every_record() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=2
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  LoadFunc r0 f:main.main.func2
  Defer r0 r1 0
  LoadConst r0 "first"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=2
  LoadConst r0 "third\nline"
  ToIface r0 r0 t:string
  Panic r0
  Return r0 0
func main.main.func2 regs=2
  Recover r0
  LoadConst r0 "second"
  ToIface r0 r0 t:string
  Panic r0
  Return r0 0
"#), @r"
    -- stdout --
    -- stderr --
    panic: first [recovered]
    	panic: second
    	panic: third
    	line
    -- exit --
    2
    ");
}

// SEMANTICS.md 5.2
// func main() { var e any = "message"; defer func() { panic(e) }(); panic(e) }
#[test]
fn repanic_of_identical_value_prints_once() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=3
  LoadConst r1 "message"
  ToIface r1 r1 t:string
  Box r0 r1
  Move r1 r0
  MakeClosure r1 f:main.main.func1
  Defer r1 r2 0
  Load r1 r0
  Panic r1
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 captures=1 regs=2
  LoadCapture r0 0
  Load r0 r0
  Panic r0
  Return r0 0
"#), @r"
    -- stdout --
    -- stderr --
    panic: message
    -- exit --
    2
    ");
}

// SEMANTICS.md 5.4
// type E string
// func (e E) Error() string { fmt.Println("Error() called on", string(e)); return string(e) }
// func main() {
// 	defer fmt.Println("deferred calls run before Error()")
// 	defer func() { panic(E("second")) }()
// 	defer func() { r := recover(); fmt.Println(fmt.Sprintf("%T", r), "|", r); panic(E("first")) }()
// 	var err error
// 	panic(err)
// }
#[test]
fn error_methods_run_after_deferred_calls_newest_first() {
    insta::assert_snapshot!(check_asm(r#"
type main.E string
method main.E Error main.E.Error
func main.E.Error params=1 results=1 regs=4
  LoadConst r1 "Error() called on"
  ToIface r1 r1 t:string
  ToIface r2 r0 t:string
  CallNative n:test.println r1 2 0
  Return r0 1
func main.main regs=3
  LoadConst r0 "deferred calls run before Error()"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  LoadFunc r0 f:main.main.func2
  Defer r0 r1 0
  LoadNil r0
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=2
  LoadConst r0 "second"
  ToIface r0 r0 t:main.E
  Panic r0
  Return r0 0
func main.main.func2 regs=5
  Recover r0
  Move r1 r0
  CallNative n:test.typename r1 1 1
  ToIface r1 r1 t:string
  LoadConst r2 "|"
  ToIface r2 r2 t:string
  Move r3 r0
  CallNative n:test.println r1 3 0
  LoadConst r0 "first"
  ToIface r0 r0 t:main.E
  Panic r0
  Return r0 0
"#), @r"
    -- stdout --
    *runtime.PanicNilError | runtime error: panic called with nil argument
    deferred calls run before Error()
    Error() called on second
    Error() called on first
    -- stderr --
    panic: runtime error: panic called with nil argument [recovered]
    	panic: first
    	panic: second
    -- exit --
    2
    ");
}

// SEMANTICS.md 5.5
// type E struct{}
// func (E) Error() string { panic("important multi-line\nerror message") }
// func main() { panic(E{}) }
#[test]
fn panic_while_printing_panic_value_is_fatal() {
    insta::assert_snapshot!(check_asm(r#"
type main.E struct
method main.E Error main.E.Error
func main.E.Error params=1 results=1 regs=2
  LoadConst r1 "important multi-line\nerror message"
  ToIface r1 r1 t:string
  Panic r1
  Return r0 1
func main.main regs=2
  LoadZero r0 t:main.E
  ToIface r0 r0 t:main.E
  Panic r0
  Return r0 0
"#), @r"
    -- stdout --
    -- stderr --
    fatal error: panic while printing panic value: important multi-line
    	error message
    -- exit --
    2
    ");
}

// SEMANTICS.md 1.2
// func main() {
// 	defer fmt.Println("registered first, runs last")
// 	var f func()
// 	defer f()
// 	fmt.Println("after defer f()")
// }
#[test]
fn nil_deferred_function_panics_when_run() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=3
  LoadConst r0 "registered first, runs last"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  LoadNil r0
  Defer r0 r1 0
  LoadConst r1 "after defer f()"
  ToIface r1 r1 t:string
  CallNative n:test.println r1 1 0
epilogue:
  RunDefers
  Return r0 0
"#), @r"
    -- stdout --
    after defer f()
    registered first, runs last
    -- stderr --
    panic: runtime error: invalid memory address or nil pointer dereference
    -- exit --
    2
    ");
}

// SEMANTICS.md 7.3
// func main() { defer func() { fmt.Println("not run", recover()) }(); var f func(); go f() }
#[test]
fn go_of_nil_func_is_fatal() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=3
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  LoadNil r0
  Go r0 r1 0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=3
  LoadConst r0 "not run"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
"#), @r"
    -- stdout --
    -- stderr --
    fatal error: go of nil func value
    -- exit --
    2
    ");
}

// SEMANTICS.md 4.3
// func main() {
// 	go func() { time.Sleep(50 * time.Millisecond); fmt.Println("other goroutine finishes") }()
// 	defer fmt.Println("main's defer")
// 	runtime.Goexit()
// }
#[test]
fn goexit_in_main_waits_for_others_then_dies() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=3
  LoadFunc r0 f:main.main.func1
  Go r0 r1 0
  LoadConst r0 "main's defer"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  CallNative n:runtime.Goexit r0 0 0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=3
  LoadConst r0 int:50000000
  CallNative n:test.sleep r0 1 0
  LoadConst r0 "other goroutine finishes"
  ToIface r0 r0 t:string
  CallNative n:test.println r0 1 0
  Return r0 0
"#), @r"
    -- stdout --
    main's defer
    other goroutine finishes
    -- stderr --
    fatal error: no goroutines (main called runtime.Goexit) - deadlock!
    -- exit --
    2
    ");
}

// SEMANTICS.md 4.2
// func work() int { defer fmt.Println("work's first defer runs"); defer runtime.Goexit(); return 1 }
// func main() {
// 	go func() {
// 		defer func() { fmt.Println("recover:", recover()) }()
// 		defer runtime.Goexit()
// 		panic("hello")
// 	}()
// 	time.Sleep(100 * time.Millisecond)
// 	go func() { fmt.Println("work returned", work()) }()
// 	time.Sleep(100 * time.Millisecond)
// 	fmt.Println("main: no crash")
// }
#[test]
fn goexit_in_deferred_call_abandons_panic() {
    insta::assert_snapshot!(check_asm(r#"
func main.work results=1 regs=3
  LoadConst r0 "work's first defer runs"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  DeferNative n:runtime.Goexit r0 0
  LoadInt r1 1
epilogue:
  RunDefers
  Return r1 1
func main.main regs=3
  LoadFunc r0 f:main.main.func1
  Go r0 r1 0
  LoadConst r0 int:100000000
  CallNative n:test.sleep r0 1 0
  LoadFunc r0 f:main.main.func2
  Go r0 r1 0
  LoadConst r0 int:100000000
  CallNative n:test.sleep r0 1 0
  LoadConst r0 "main: no crash"
  ToIface r0 r0 t:string
  CallNative n:test.println r0 1 0
  Return r0 0
func main.main.func1 regs=3
  LoadFunc r0 f:main.main.func1.1
  Defer r0 r1 0
  DeferNative n:runtime.Goexit r0 0
  LoadConst r0 "hello"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1.1 regs=3
  LoadConst r0 "recover:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.main.func2 regs=3
  LoadConst r0 "work returned"
  ToIface r0 r0 t:string
  CallDirect f:main.work r1
  ToIface r1 r1 t:int
  CallNative n:test.println r0 2 0
  Return r0 0
"#), @r"
    -- stdout --
    recover: <nil>
    work's first defer runs
    main: no crash
    -- stderr --
    -- exit --
    0
    ");
}

// SEMANTICS.md 5.8
// !oracle-skip: after `fatal error: stack overflow` Go prints a `runtime stack:` section
// !oracle-skip: that is not reproducible (SEMANTICS.md 5.8); the lines before it match.
// func rec(k int) int { return rec(k+1) + 1 }
// func main() { defer func() { fmt.Println("never runs", recover()) }(); rec(0) }
#[test]
fn infinite_recursion_is_fatal_stack_overflow() {
    insta::assert_snapshot!(check_asm(r#"
func main.rec params=1 results=1 regs=2
  AddIntImm r1 r0 1
  CallDirect f:main.rec r1
  AddIntImm r1 r1 1
  Return r1 1
func main.main regs=3
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  LoadInt r0 0
  CallDirect f:main.rec r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=3
  LoadConst r0 "never runs"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
"#), @r"
    -- stdout --
    -- stderr --
    runtime: goroutine stack exceeds 1000000000-byte limit
    fatal error: stack overflow
    -- exit --
    2
    ");
}

// SEMANTICS.md 3.4
// func h() { defer fmt.Println("h's defer"); runtime.Goexit() }
// func f(deep bool) {
// 	defer fmt.Println("f's first defer: Goexit resumed")
// 	defer func() { fmt.Println("f recovered:", recover()) }()
// 	defer panic("p")
// 	if deep {
// 		h()
// 	}
// 	runtime.Goexit()
// }
// func main() {
// 	for _, deep := range []bool{false, true} {
// 		done := make(chan bool)
// 		go func() { defer close(done); f(deep); fmt.Println("not reached: f returned") }()
// 		<-done
// 	}
// }
#[test]
fn recovery_cannot_jump_past_goexit() {
    insta::assert_snapshot!(check_asm(r#"
type chan bool chan bool
func main.h regs=2
  LoadConst r0 "h's defer"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  CallNative n:runtime.Goexit r0 0 0
epilogue:
  RunDefers
  Return r0 0
func main.f params=1 regs=3
  LoadConst r1 "f's first defer: Goexit resumed"
  ToIface r1 r1 t:string
  DeferNative n:test.println r1 1
  LoadFunc r1 f:main.f.func1
  Defer r1 r2 0
  LoadConst r1 "p"
  ToIface r1 r1 t:string
  DeferNative n:builtin.panic r1 1
  JumpIfNot r0 @shallow
  CallDirect f:main.h r1
shallow:
  CallNative n:runtime.Goexit r1 0 0
epilogue:
  RunDefers
  Return r0 0
func main.f.func1 regs=3
  LoadConst r0 "f recovered:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.main regs=5
  LoadBool r0 false
  CallDirect f:main.run r0
  LoadBool r0 true
  CallDirect f:main.run r0
  Return r0 0
func main.run params=1 regs=5
  LoadInt r1 0
  MakeChan r1 t:bool r1
  Move r2 r1
  Move r3 r0
  GoDirect f:main.run.func1 r2 2
  Recv r2 r1
  Return r0 0
func main.run.func1 params=2 regs=4
  Move r2 r0
  DeferNative n:builtin.close r2 1
  Move r2 r1
  CallDirect f:main.f r2
  LoadConst r2 "not reached: f returned"
  ToIface r2 r2 t:string
  CallNative n:test.println r2 1 0
epilogue:
  RunDefers
  Return r0 0
"#), @r"
    -- stdout --
    f recovered: p
    f's first defer: Goexit resumed
    h's defer
    f recovered: p
    f's first defer: Goexit resumed
    -- stderr --
    -- exit --
    0
    ");
}

// SEMANTICS.md 4.1
// func main() {
// 	done := make(chan bool)
// 	go func() {
// 		defer close(done)
// 		defer func() { fmt.Println("bottom defer: recover =", recover()) }()
// 		defer func() { fmt.Println("recovered:", recover()) }()
// 		defer panic("panic in a Goexit defer")
// 		func() { defer fmt.Println("inner defer"); runtime.Goexit() }()
// 		fmt.Println("not reached")
// 	}()
// 	<-done
// 	go func() {
// 		defer fmt.Println("second goroutine's bottom defer")
// 		defer panic("unrecovered panic during Goexit")
// 		runtime.Goexit()
// 	}()
// 	time.Sleep(time.Second)
// }
#[test]
fn panics_during_goexit() {
    insta::assert_snapshot!(check_asm(r#"
type chan bool chan bool
func main.main regs=4
  LoadInt r0 0
  MakeChan r0 t:bool r0
  Move r1 r0
  GoDirect f:main.g1 r1 1
  Recv r1 r0
  GoDirect f:main.g2 r1 0
  LoadConst r1 int:1000000000
  CallNative n:test.sleep r1 1 0
  Return r0 0
func main.g1 params=1 regs=4
  Move r1 r0
  DeferNative n:builtin.close r1 1
  LoadFunc r1 f:main.g1.bottom
  Defer r1 r2 0
  LoadFunc r1 f:main.g1.rec
  Defer r1 r2 0
  LoadConst r1 "panic in a Goexit defer"
  ToIface r1 r1 t:string
  DeferNative n:builtin.panic r1 1
  CallDirect f:main.g1.inner r1
  LoadConst r1 "not reached"
  ToIface r1 r1 t:string
  CallNative n:test.println r1 1 0
epilogue:
  RunDefers
  Return r0 0
func main.g1.bottom regs=3
  LoadConst r0 "bottom defer: recover ="
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.g1.rec regs=3
  LoadConst r0 "recovered:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.g1.inner regs=2
  LoadConst r0 "inner defer"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  CallNative n:runtime.Goexit r0 0 0
epilogue:
  RunDefers
  Return r0 0
func main.g2 regs=2
  LoadConst r0 "second goroutine's bottom defer"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  LoadConst r0 "unrecovered panic during Goexit"
  ToIface r0 r0 t:string
  DeferNative n:builtin.panic r0 1
  CallNative n:runtime.Goexit r0 0 0
epilogue:
  RunDefers
  Return r0 0
"#), @r"
    -- stdout --
    inner defer
    recovered: panic in a Goexit defer
    bottom defer: recover = <nil>
    second goroutine's bottom defer
    -- stderr --
    panic: unrecovered panic during Goexit
    -- exit --
    2
    ");
}

// ! A native calling back into minigo with catch_panic (how fmt calls String()).
// func call(f func() string) {
// 	defer func() {
// 		if r := recover(); r != nil {
// 			fmt.Println("panicked:", r)
// 		}
// 	}()
// 	fmt.Println("returned:", f())
// }
// func ok() string { return "fine" }
// func boom() string { defer fmt.Println("boom's defer"); panic("boom") }
// func main() {
// 	defer func() { fmt.Println("main recovered:", recover()) }()
// 	call(ok)
// 	call(boom)
// 	defer func() { call(boom); fmt.Println("older panic still current") }()
// 	panic("older")
// }
#[test]
fn native_callback_panics_are_caught_at_the_boundary() {
    insta::assert_snapshot!(check_asm(r#"
func main.ok results=1 regs=1
  LoadConst r0 "fine"
  Return r0 1
func main.boom results=1 regs=2
  LoadConst r0 "boom's defer"
  ToIface r0 r0 t:string
  DeferNative n:test.println r0 1
  LoadConst r0 "boom"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 1
func main.main regs=3
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  LoadFunc r0 f:main.ok
  CallNative n:test.call r0 1 0
  LoadFunc r0 f:main.boom
  CallNative n:test.call r0 1 0
  LoadFunc r0 f:main.main.func2
  Defer r0 r1 0
  LoadConst r0 "older"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=3
  LoadConst r0 "main recovered:"
  ToIface r0 r0 t:string
  Recover r1
  CallNative n:test.println r0 2 0
  Return r0 0
func main.main.func2 regs=2
  LoadFunc r0 f:main.boom
  CallNative n:test.call r0 1 0
  LoadConst r0 "older panic still current"
  ToIface r0 r0 t:string
  CallNative n:test.println r0 1 0
  Return r0 0
"#), @r"
    -- stdout --
    returned: fine
    boom's defer
    panicked: boom
    boom's defer
    panicked: boom
    older panic still current
    main recovered: older
    -- stderr --
    -- exit --
    0
    ");
}

// SEMANTICS.md 5.6 (with a native standing in for sync.Mutex.Unlock)
// func main() {
// 	var mu sync.Mutex
// 	defer mu.Unlock()
// 	defer func() { panic(recover()) }()
// 	var p *int
// 	_ = *p
// }
#[test]
fn fatal_error_prints_the_chain_raw_first() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=3
  LoadConst r0 "sync: unlock of unlocked mutex"
  DeferNative n:test.fatal r0 1
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  LoadNil r0
  Load r1 r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=2
  Recover r0
  Panic r0
  Return r0 0
"#), @r#"
    -- stdout --
    -- stderr --
    panic: runtime.errorString("invalid memory address or nil pointer dereference") [recovered, repanicked]
    	fatal error: sync: unlock of unlocked mutex
    -- exit --
    2
    "#);
}

// SEMANTICS.md 5.7
// func main() {
// 	defer func() { fmt.Println("this deferred call blocks forever"); select {} }()
// 	panic("boom")
// }
#[test]
fn deadlock_in_a_deferred_call_prints_no_panic_chain() {
    insta::assert_snapshot!(check_asm(r#"
func main.main regs=3
  LoadFunc r0 f:main.main.func1
  Defer r0 r1 0
  LoadConst r0 "boom"
  ToIface r0 r0 t:string
  Panic r0
epilogue:
  RunDefers
  Return r0 0
func main.main.func1 regs=4
  LoadConst r0 "this deferred call blocks forever"
  ToIface r0 r0 t:string
  CallNative n:test.println r0 1 0
  Select r0 0 false
  Return r0 0
"#), @r"
    -- stdout --
    this deferred call blocks forever
    -- stderr --
    fatal error: all goroutines are asleep - deadlock!
    -- exit --
    2
    ");
}

// func again() { panic(1000) }
// func main() {
// 	defer again()
// 	panic(1000)
// }
#[test]
fn equal_constants_share_one_box() {
    insta::assert_snapshot!(check_asm(r#"
func main.again regs=1
  IfaceConst r0 int:1000 t:int
  Panic r0
  Return r0 0
func main.main regs=2
  DeferDirect f:main.again r0 0
  IfaceConst r0 int:1000 t:int
  Panic r0
epilogue:
  RunDefers
  Return r0 0
"#), @r"
    -- stdout --
    -- stderr --
    panic: 1000
    -- exit --
    2
    ");
}
