// Goroutines spawned, panicking and recovering, calling Goexit, blocking on and
// closing channels, for a given number of seconds (os.Args[1], default 2):
// memory must stay flat (goroutine, defer, panic and wait records reclaimed).
// Every round computes the same checksum; the one line printed is that checksum.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

type result struct {
	id, value int
}

func worker(id int, gate chan int, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case runtime.Error:
				out <- result{id, len(e.Error())}
			case error:
				out <- result{id, 2 * len(e.Error())}
			default:
				out <- result{id, 3}
			}
		}
	}()
	switch id % 6 {
	case 0:
		var m map[int]int
		m[id] = 1
	case 1:
		panic(errors.New("worker failed " + strconv.Itoa(id%10)))
	case 2:
		defer func() { out <- result{id, 1} }()
		runtime.Goexit()
	case 3:
		v := <-gate
		out <- result{id, v}
	case 4:
		s := []int{1, 2, 3}
		i := id
		out <- result{id, s[i%3]}
		_ = s[i]
	default:
		panic(fmt.Sprintf("boom %d", id%7))
	}
}

func round(n int) int {
	gate := make(chan int)
	out := make(chan result, 16)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go worker(i, gate, out, &wg)
	}
	go func() {
		for i := 0; i < n; i += 6 {
			if i+3 < n {
				gate <- i % 5
			}
		}
		close(gate)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for r := range out {
		sum += r.id*7 + r.value
	}
	return sum
}

func main() {
	seconds := 2
	if len(os.Args) > 1 {
		if s, err := strconv.Atoi(os.Args[1]); err == nil {
			seconds = s
		}
	}
	start := time.Now()
	want := round(600)
	rounds := 1
	for time.Since(start) < time.Duration(seconds)*time.Second {
		if got := round(600); got != want {
			fmt.Println("round", rounds, "checksum", got, "want", want)
			os.Exit(1)
		}
		rounds++
	}
	// In Go the closer goroutine of the last round may still be returning
	// after close(out) woke main: give stragglers up to a second to finish.
	for i := 0; i < 1000 && runtime.NumGoroutine() != 1; i++ {
		time.Sleep(time.Millisecond)
	}
	if runtime.NumGoroutine() != 1 {
		fmt.Println("goroutines left:", runtime.NumGoroutine())
		os.Exit(1)
	}
	fmt.Println("churn checksum", want)
}
