// embedding a pointer type promotes through the pointer
package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

func main() {
	shared := &Logger{"[svc] "}
	a := Service{shared, "a"}
	b := Service{shared, "b"}
	a.Log("hello from " + a.Name)
	b.prefix = "[changed] "
	a.Log("after change")
	fmt.Println(a.prefix == b.prefix)
}
