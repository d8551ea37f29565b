// closures in a range loop over a slice of structs capture each iteration's copy
package main

import "fmt"

type Job struct {
	ID   int
	Name string
}

func main() {
	jobs := []Job{{1, "a"}, {2, "b"}, {3, "c"}}
	var runs []func() string
	for _, j := range jobs {
		runs = append(runs, func() string { return fmt.Sprint(j.ID, j.Name) })
	}
	jobs[0].Name = "changed"
	for _, r := range runs {
		fmt.Println(r())
	}
	var ptrs []*Job
	for i := range jobs {
		ptrs = append(ptrs, &jobs[i])
	}
	fmt.Println(ptrs[0].Name)
}
