// checks: goto out of expression switches, type switches and select cases, forward and backward, with fallthrough nearby
package main

import "fmt"

func classify(xs []any) {
	i := 0
next:
	if i == len(xs) {
		fmt.Println("end")
		return
	}
	x := xs[i]
	i++
	switch v := x.(type) {
	case int:
		if v < 0 {
			fmt.Println("negative, skip")
			goto next
		}
		fmt.Println("int", v)
	case string:
		switch v {
		case "stop":
			goto stop
		case "skip":
			goto next
		}
		fmt.Println("string", v)
	default:
		fmt.Printf("other %T\n", v)
	}
	goto next
stop:
	fmt.Println("stopped with", len(xs)-i, "left")
}

func main() {
	classify([]any{1, -2, "a", "skip", 2.5, "stop", 7})
	classify([]any{3, true})

	ch := make(chan int, 1)
	quit := make(chan bool, 1)
	n := 0
poll:
	if n < 3 {
		ch <- n
	} else {
		quit <- true
	}
	select {
	case v := <-ch:
		fmt.Println("got", v)
		n++
		goto poll
	case <-quit:
		fmt.Println("quit at", n)
		goto out
	}
out:
	fmt.Println("n =", n, "pending", len(ch))

	k := 0
sw:
	switch k {
	case 0:
		k = 2
		fallthrough
	case 1:
		fmt.Println("case 1 with k =", k)
		goto sw
	case 2:
		fmt.Println("case 2")
		k = 5
		goto sw
	default:
		fmt.Println("default k =", k)
	}
}
