// checks: every statement form: if/else chains, for in all forms, switch, type switch, select, go, defer, labels, goto
package main

func main() {
	x := 1
	a, b := 2, 3
	a, b = b, a
	x += 1
	x -= 1
	x *= 2
	x /= 2
	x %= 2
	x &= 1
	x |= 1
	x ^= 1
	x <<= 1
	x >>= 1
	x &^= 1
	x++
	x--
	ch <- x
	var v int
	const k = 1
	type local struct{}
	if x > 0 {
	} else if y := x; y < 0 {
	} else {
	}
	for {
		break
	}
	for x < 10 {
		x++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; ; {
	}
	for i := range 10 {
		_ = i
	}
	for k, v := range m {
	}
	for k = range m {
	}
	for range ch {
	}
	switch {
	case x > 1, x < -1:
		fallthrough
	default:
	}
	switch y := f(); y {
	case 1:
	}
	switch x := v.(type) {
	case int, string:
	case nil:
	case []int, map[string]int, func(), *T, chan int:
	default:
		_ = x
	}
	switch v.(type) {
	}
	select {
	case v := <-ch:
	case v, ok := <-ch:
	case v = <-ch:
	case <-ch:
	case ch <- 1:
	default:
	}
	go f()
	go func() {}()
	defer f()
	defer func() { recover() }()
outer:
	for {
		for {
			break outer
		}
		continue outer
	}
empty:
	{
		;
	}
	goto empty
	return
}

func results() (int, error) {
	return 1, nil
}
