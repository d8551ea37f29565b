// method values bound through pointers copy a value receiver at bind time, but through an interface holding a pointer they read it at call time
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Box struct{ Counter }

type Getter interface{ Get() int }

func main() {
	pb := &Box{}
	f := pb.Get
	var i Getter = pb
	g := i.Get
	var j Getter = *pb
	h := j.Get
	pc := &pb.Counter
	var k Getter = pc
	kf := k.Get
	e := (*Box).Get
	pb.Inc()
	pb.Inc()
	fmt.Println(f(), g(), h(), kf(), e(pb), i.Get(), k.Get())
	defer func(x int) { fmt.Println("deferred arg", x, pb.Get()) }(pb.Get())
	defer fmt.Println("deferred method value", g())
	defer i.Get()
	pb.Inc()
}
