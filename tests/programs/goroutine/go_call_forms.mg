// go accepts every call form: method values, method expressions, interface
// methods, closures in variables, stdlib functions and methods, builtins
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Counter struct{ name string }

func (c Counter) Report(out chan<- string, n int) { out <- fmt.Sprint(c.name, " value ", n) }
func (c *Counter) PReport(out chan<- string)      { out <- c.name + " pointer" }

type Reporter interface{ Report(out chan<- string, n int) }

func main() {
	out := make(chan string)
	c := Counter{"c"}

	f := c.Report
	c.name = "changed"
	go f(out, 1)
	fmt.Println(<-out)

	go Counter.Report(c, out, 2)
	fmt.Println(<-out)

	go (*Counter).PReport(&c, out)
	fmt.Println(<-out)

	var r Reporter = Counter{"iface"}
	go r.Report(out, 3)
	fmt.Println(<-out)

	g := func(s string) { out <- strings.ToUpper(s) }
	go g("closure variable")
	fmt.Println(<-out)

	go func(parts ...string) { out <- strings.Join(parts, "+") }("a", "b", "c")
	fmt.Println(<-out)

	var sb strings.Builder
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sb.WriteString("builder")
	}()
	wg.Wait()
	fmt.Println(sb.String())

	done := make(chan int)
	go close(done)
	v, ok := <-done
	fmt.Println("closed by go close:", v, ok)

	wg.Add(1)
	go wg.Done()
	wg.Wait()
	for i := 0; i < 3; i++ {
		go func() { out <- fmt.Sprint("loop ", i) }()
		fmt.Println(<-out)
	}
}
