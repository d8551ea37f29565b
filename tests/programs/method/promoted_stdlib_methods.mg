// methods of stdlib types promoted through embedding (sync.Mutex, strings.Builder) in named and unnamed structs: interfaces, method values, method expressions
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Safe struct {
	sync.Mutex
	n int
}

type MyBuilder struct {
	strings.Builder
	tag string
}

func main() {
	s := &Safe{}
	var l interface{ Lock(); Unlock() } = s
	l.Lock()
	s.n++
	l.Unlock()
	unlock := s.Unlock
	s.Lock()
	unlock()
	lock := (*Safe).Lock
	lock(s)
	s.Unlock()
	fmt.Println(s.n)

	b := &MyBuilder{tag: "t"}
	b.WriteString("hi")
	fmt.Fprintf(b, " %d", 5)
	var st fmt.Stringer = b
	fmt.Println(st.String(), b.Len())
	anon := &struct{ *strings.Builder }{&strings.Builder{}}
	anon.WriteString("anon")
	var st2 fmt.Stringer = anon
	fmt.Println(st2)
	ws := (*MyBuilder).WriteString
	ws(b, "!")
	fmt.Println(b.String())
	var mu struct{ sync.Mutex }
	var l2 interface{ Lock(); Unlock() } = &mu
	l2.Lock()
	l2.Unlock()
	fmt.Println("ok")
}
