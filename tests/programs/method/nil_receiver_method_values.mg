// method values and expressions through embedded pointers and nil receivers: bound at evaluation, nil interfaces and pointers panic there
package main

import (
	"fmt"
	"sync"
)

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Box struct {
	tag string
	Counter
}

type PBox struct {
	*Box
}

type I interface{ Get() int }

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
}

func main() {
	pb := &Box{tag: "a"}
	inc := pb.Inc
	inc()
	pbb := PBox{pb}
	inc2 := pbb.Inc
	inc2()
	get := pbb.Get
	pbb.Inc()
	fmt.Println(pb.n, get(), pbb.Get(), PBox.Get(pbb), (*PBox).Get(&pbb))
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); pbb.Inc() }()
	go func() { defer wg.Done(); (*Box).Inc(pb) }()
	wg.Wait()
	fmt.Println(pb.n)
	try("nil interface method value", func() {
		var i I
		f := i.Get
		fmt.Println("bound")
		f()
	})
	try("nil interface method expr call", func() {
		fmt.Println(I.Get(nil))
	})
	try("nil PBox method value", func() {
		var z PBox
		f := z.Inc
		fmt.Println("bound")
		f()
	})
	try("nil *Box ptr method value", func() {
		var z *Box
		f := z.Inc
		fmt.Println("bound")
		f()
	})
	try("nil *Box value method value", func() {
		var z *Box
		f := z.Get
		fmt.Println("bound")
		f()
	})
	try("defer nil interface", func() {
		var i I
		defer i.Get()
		fmt.Println("deferred")
	})
	try("go nil func", func() {
		var f func()
		defer func() { fmt.Println("inner", recover()) }()
		if len(pb.tag) > 5 {
			go f()
		}
		f()
	})
}
