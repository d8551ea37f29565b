// defer_panic_recover.mg: a guided tour of Go's defer, panic, recover and runtime.Goexit.
// Every line of output is explained by the comment next to the code that prints it.
// It ends with an unrecovered panic on purpose: exit status 2 and a traceback on stderr.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

// 1. Deferred calls run when the function returns, last registered first.
//    Arguments are evaluated at the defer statement; closures read variables later.
func order() {
	x := 1
	defer fmt.Println("1. deferred with argument x =", x) // x is evaluated now: 1
	defer func() { fmt.Println("1. deferred closure sees x =", x) }() // reads x at the end: 2
	x = 2
	fmt.Println("1. body done")
}

// 2. A deferred closure can change named results, even after `return` set them.
func double() (n int) {
	defer func() { n *= 2 }()
	return 21 // n = 21, then the deferred call makes it 42
}

// 3. recover stops a panic when called directly by a deferred function.
//    The function then returns normally with its named results as they are.
func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil // b == 0 panics with a runtime error
}

// 4. recover called anywhere else returns nil: here a helper calls it.
func helper() any { return recover() }

func indirect() (msg string) {
	defer func() { msg = fmt.Sprint("outer recover: ", recover()) }()
	defer func() { fmt.Println("4. helper's recover:", helper()) }() // nil: not called directly
	panic("indirect")
}

// 5. A panic in a deferred call replaces the running one; recover sees the newest.
func replaced() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

// 6. Runtime errors are panics whose values implement runtime.Error.
func runtimeError() (kind string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			kind = fmt.Sprintf("%T: %v", re, re)
		}
	}()
	var m map[string]int
	m["boom"] = 1 // writing to a nil map
	return "not reached"
}

// 7. panic(nil) becomes a *runtime.PanicNilError, so recover never returns nil for it.
func panicNil() string {
	var result string
	func() {
		defer func() { result = fmt.Sprintf("%T", recover()) }()
		panic(nil)
	}()
	return result
}

// 8. runtime.Goexit runs the goroutine's deferred calls and ends only that goroutine.
func goexitDemo() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("8. deferred call runs during Goexit; recover() =", recover())
		runtime.Goexit()
		fmt.Println("never printed")
	}()
	<-done
}

var errNotFound = errors.New("not found")

func main() {
	order()
	fmt.Println("2. double() =", double())
	fmt.Println("3.", fmt.Sprint(safeDivide(7, 2)))
	fmt.Println("3.", fmt.Sprint(safeDivide(1, 0)))
	fmt.Println("4.", indirect())
	fmt.Println("5. recovered", replaced())
	fmt.Println("6.", runtimeError())
	fmt.Println("7. panic(nil) recovers as", panicNil())
	goexitDemo()
	// 9. An unrecovered panic runs the remaining deferred calls, prints
	//    "panic: ..." with the value and a goroutine traceback to stderr, and exits with status 2.
	defer fmt.Println("9. main's deferred call still runs before the crash")
	panic(fmt.Errorf("9. lookup failed: %w", errNotFound))
}
