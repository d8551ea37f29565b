// checks: Go 1.22 per-iteration loop variables with goto: goto to a label ending the body acts as continue, goto out keeps each iteration's variable, re-entering the loop from above makes new ones
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
		if i%2 == 0 {
			goto next
		}
		i += 0
		fmt.Println("odd", i)
	next:
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	pass := 0
loop:
	for i, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return fmt.Sprint(pass, ":", i, s) })
		if i == 1 {
			pass++
			if pass < 3 {
				goto loop
			}
			break loop
		}
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var ps []*int
	for j := 0; j < 5; j++ {
		ps = append(ps, &j)
		if j == 2 {
			goto after
		}
	}
after:
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println(len(ps))
	*ps[0] = 100
	fmt.Println(*ps[0], *ps[1])
}
