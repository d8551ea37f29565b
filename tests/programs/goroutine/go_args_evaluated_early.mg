// go evaluates the function value and arguments at the go statement, like defer
package main

import "fmt"

type Msg struct{ text string }

func (m Msg) Send(out chan<- string)   { out <- "value receiver: " + m.text }
func (m *Msg) PSend(out chan<- string) { out <- "pointer receiver: " + m.text }

func report(out chan<- string, n int, s string) { out <- fmt.Sprint("args: ", n, " ", s) }

func main() {
	out := make(chan string)
	n, s := 1, "first"
	go report(out, n, s)
	fmt.Println(<-out)
	m := Msg{"original"}
	block := make(chan bool)
	go func() { <-block; m.Send(out) }()
	go m.Send(out)
	fmt.Println(<-out)
	m.text = "changed"
	close(block)
	fmt.Println(<-out)
	go m.PSend(out)
	fmt.Println(<-out)
}
