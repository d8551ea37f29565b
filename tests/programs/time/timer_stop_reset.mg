// Timers with Go 1.23 semantics: NewTimer's channel is unbuffered (len and cap 0), Stop and Reset report whether the timer was pending (also when it fired but nobody received), and no stale value is received after Stop or Reset
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	fired := <-t.C
	elapsed := fired.Sub(start)
	fmt.Println("fired after 20ms:", elapsed >= 20*time.Millisecond && elapsed < 45*time.Millisecond)
	fmt.Println("Stop after receive:", t.Stop())
	fmt.Println("Reset after receive:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("received again after Reset")

	long := time.NewTimer(time.Hour)
	fmt.Println("Stop pending:", long.Stop(), "again:", long.Stop())
	fmt.Println("Reset stopped:", long.Reset(time.Hour), "Reset pending:", long.Reset(time.Hour))
	long.Stop()

	// Fired while nobody was receiving: Stop still reports true, and the
	// value is gone.
	quick := time.NewTimer(5 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Stop after unreceived fire:", quick.Stop())
	select {
	case <-quick.C:
		fmt.Println("stale value")
	case <-time.After(15 * time.Millisecond):
		fmt.Println("no stale value after Stop")
	}

	again := time.NewTimer(5 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Reset after unreceived fire:", again.Reset(20*time.Millisecond))
	select {
	case <-again.C:
		fmt.Println("fresh value after Reset")
	case <-time.After(5 * time.Millisecond):
		fmt.Println("nothing stale right after Reset")
	}
	<-again.C
	fmt.Println("then the reset timer fired")

	zero := time.NewTimer(0)
	time.Sleep(5 * time.Millisecond)
	v, ok := <-zero.C
	fmt.Println("NewTimer(0) fires:", ok, !v.IsZero())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var t time.Timer
		t.Reset(time.Second)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(time.Timer).Stop()
	}()
}
