// `defer recover()` at every depth of three nested panics: only the deferred call the current panic runs recovers it
package main

import "fmt"

func level3() {
	defer func() {
		defer recover() // deferred call run by panic 3: recovers 3
		fmt.Println("level3's deferred call runs for panic 3")
	}()
	panic(3)
}

func level2() {
	defer func() {
		defer recover() // run by panic 2: recovers 2 once level3 has returned
		level3()
		fmt.Println("level3 returned normally inside the deferred call of panic 2")
	}()
	panic(2)
}

func level1() {
	defer func() {
		defer recover() // run by panic 1
		level2()
		fmt.Println("level2 returned normally inside the deferred call of panic 1")
	}()
	panic(1)
}

func main() {
	defer func() { fmt.Println("main sees:", recover()) }()
	level1()
	fmt.Println("level1 returned normally")
	func() {
		defer func() {
			defer func() {
				defer recover() // run by the return of a call deferred by a deferred call: too deep
			}()
			panic("inner")
		}()
		panic("outer")
	}()
	fmt.Println("not reached")
}
