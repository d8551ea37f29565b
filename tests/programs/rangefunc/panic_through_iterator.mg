// a panic in a range-over-func body unwinds through the iterator (running its defers) and is recovered by the caller; a defer registered in the body can recover it too
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator's defer runs during the panic")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func caller() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for x := range count(5) {
		if x == 2 {
			panic(fmt.Sprint("bad item ", x))
		}
		fmt.Println("item", x)
	}
	return nil
}

func bodyDefersRecover() (n int) {
	for x := range count(5) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("  body's deferred call recovered:", r)
				n = -1
			}
		}()
		n = x
		if x == 1 {
			var m map[string]int
			m["boom"] = x
		}
	}
	return 99
}

func repanicking(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("  iterator saw", r)
		panic(fmt.Sprint("wrapped(", r, ")"))
	}()
	yield(1)
}

func main() {
	fmt.Println(caller())
	fmt.Println("bodyDefersRecover:", bodyDefersRecover())
	func() {
		defer func() { fmt.Println("main recovered:", recover()) }()
		for x := range repanicking {
			panic(x)
		}
	}()
	func() {
		defer func() { fmt.Println("division recovered:", recover()) }()
		zero := 0
		for x := range count(3) {
			fmt.Println(10 / (x - zero))
		}
	}()
}
