// a recovery cannot jump past a pending Goexit, which resumes instead
// from: /work/shared/SEMANTICS.md §3.4
package main

import (
	"fmt"
	"runtime"
)

func h() { defer fmt.Println("h's defer"); runtime.Goexit() }
func f(deep bool) {
	defer fmt.Println("f's first defer: Goexit resumed")
	defer func() { fmt.Println("f recovered:", recover()) }()
	defer panic("p")
	if deep {
		h()
	}
	runtime.Goexit()
}
func main() {
	for _, deep := range []bool{false, true} {
		done := make(chan bool)
		go func() { defer close(done); f(deep); fmt.Println("not reached: f returned") }()
		<-done
	}
}
