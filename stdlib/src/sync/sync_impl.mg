// Package sync, the parts written in minigo (Go 1.27's own code): Once.Do and
// WaitGroup.Go call user functions. The API file declares the layouts the
// natives rely on: Mutex{locked bool}, RWMutex{w bool; readers int},
// WaitGroup{n int}, Once{done bool; m Mutex}.
package sync

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once.
func (o *Once) Do(f func()) {
	if !o.done {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.markDone()
		f()
	}
}

func (o *Once) markDone() {
	o.done = true
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
// When f returns, the task is removed from the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				panic(x)
			}

			wg.Done()
		}()
		f()
	}()
}
