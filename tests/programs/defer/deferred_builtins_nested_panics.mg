// deferred builtins (panic, print, close, delete, copy, clear, recover) registered at each depth of nested panics run in LIFO order with their arguments fixed at the defer
package main

import "fmt"

func level(n int, log map[string]int, ch chan int, buf []int) {
	defer delete(log, fmt.Sprint("level", n))
	defer copy(buf[n:], []int{n * 10})
	defer println("stderr: leaving level", n)
	if n == 3 {
		defer close(ch)
		defer clear(buf[:1])
		defer panic(fmt.Sprint("deferred panic at level ", n))
		panic(fmt.Sprint("panic at level ", n))
	}
	defer func() {
		r := recover()
		fmt.Println("level", n, "recovered:", r)
		if n > 1 {
			defer panic(fmt.Sprint("re-panic from level ", n))
		}
	}()
	level(n+1, log, ch, buf)
}

func main() {
	log := map[string]int{"level1": 1, "level2": 2, "level3": 3, "other": 0}
	ch := make(chan int, 1)
	buf := []int{1, 2, 3, 4, 5}
	defer func() {
		fmt.Println("main recovered:", recover())
		_, open := <-ch
		fmt.Println("log:", log, "buf:", buf, "channel open:", open)
	}()
	level(1, log, ch, buf)
}
