// Tickers: a ticker loop stopped after N ticks, ticks spaced by the period, a slow receiver missing ticks instead of queueing them, Ticker.Reset to another period, Stop dropping an unreceived tick, time.Tick, and the panics for non-positive periods
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	var last time.Time
	for i := 1; i <= 3; i++ {
		last = <-tk.C
		fmt.Println("tick", i)
	}
	fmt.Println("three ticks take 30ms:", last.Sub(start) >= 30*time.Millisecond, len(tk.C), cap(tk.C))

	// Sleep through several periods: only one tick waits, the rest are dropped.
	slow := time.NewTicker(20 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	<-slow.C
	select {
	case <-slow.C:
		fmt.Println("a queued tick")
	default:
		fmt.Println("missed ticks are not queued")
	}
	slow.Stop()

	tk.Reset(25 * time.Millisecond)
	before := time.Now()
	<-tk.C
	fmt.Println("after Reset the period is 25ms:", time.Since(before) >= 20*time.Millisecond)

	time.Sleep(30 * time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}

	n := 0
	for range time.Tick(5 * time.Millisecond) {
		n++
		if n == 4 {
			break
		}
	}
	fmt.Println("time.Tick ticked", n, "times; Tick(0) is nil:", time.Tick(0) == nil)

	for _, f := range []func(){
		func() { time.NewTicker(0) },
		func() { time.NewTicker(time.Second).Reset(-1) },
		func() { new(time.Ticker).Reset(time.Second) },
		func() { new(time.Ticker).Stop(); fmt.Println("Stop of a zero Ticker is fine") },
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("panic:", r)
				}
			}()
			f()
		}()
	}
}
