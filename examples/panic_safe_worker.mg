// panic_safe_worker.mg: each goroutine recovers its own panics and turns them into
// errors, so one failing task cannot crash the program. A panic in a goroutine
// can only be recovered by that goroutine.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Task struct {
	Name string
	Run  func() int
}

type Outcome struct {
	Name  string
	Value int
	Err   error
}

// runSafely executes a task and converts a panic into an error.
func runSafely(t Task) (out Outcome) {
	out.Name = t.Name
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			out.Err = fmt.Errorf("task %q panicked: %w", t.Name, err) // keep the error chain
		} else if r != nil {
			out.Err = fmt.Errorf("task %q panicked: %v", t.Name, r)
		}
	}()
	out.Value = t.Run()
	return out
}

var errBadInput = errors.New("bad input")

func main() {
	zero := 0
	var table map[string]int
	tasks := []Task{
		{"add", func() int { return 2 + 3 }},
		{"divide", func() int { return 10 / zero }},
		{"index", func() int { return []int{1, 2, 3}[zero+5] }},
		{"nil map", func() int { table["x"] = 1; return 1 }},
		{"explicit", func() int { panic(errBadInput) }},
		{"multiply", func() int { return 6 * 7 }},
	}

	outcomes := make([]Outcome, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outcomes[i] = runSafely(t)
		}()
	}
	wg.Wait()

	failed := 0
	for _, o := range outcomes {
		if o.Err != nil {
			failed++
			fmt.Println("FAIL", o.Err, "| is errBadInput:", errors.Is(o.Err, errBadInput))
			continue
		}
		fmt.Println("ok  ", o.Name, "=", o.Value)
	}
	fmt.Printf("%d of %d tasks failed, program still running\n", failed, len(tasks))
}
