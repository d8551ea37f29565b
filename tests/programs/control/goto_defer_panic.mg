// checks: goto in functions with defers: a backward goto re-running a defer statement registers it again, goto out of a loop keeps deferred calls, panics and recover around gotos
package main

import "fmt"

func retries() (result string) {
	attempt := 0
	defer func() { fmt.Println("returning", result, "after", attempt, "attempts") }()
retry:
	attempt++
	defer fmt.Println("deferred in attempt", attempt)
	if attempt < 3 {
		goto retry
	}
	return fmt.Sprint("ok#", attempt)
}

func risky(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	i := 0
step:
	if i == n {
		panic(fmt.Sprint("boom at ", i))
	}
	i++
	if i < 5 {
		goto step
	}
	return nil
}

func loopThenGoto() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
		if i == 1 {
			goto out
		}
	}
out:
	fmt.Println("out of the loop")
}

func main() {
	fmt.Println(retries())
	fmt.Println(risky(2))
	fmt.Println(risky(9))
	loopThenGoto()
	defer fmt.Println("main's defer")
	k := 0
again:
	func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		if k == 1 {
			var m map[string]int
			m["x"] = 1
		}
		fmt.Println("inner k", k)
	}()
	k++
	if k < 3 {
		goto again
	}
	var s []int
	i := 0
crash:
	if i < 2 {
		i++
		goto crash
	}
	fmt.Println(s[i])
}
