// Package sync provides basic synchronization primitives such as mutual exclusion locks.
package sync

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an unlocked mutex.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the mutex is available.
func (m *Mutex) Lock()

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock()

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock()

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock()

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state int64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done()

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				// f panicked: re-panic without Done, as Go 1.27 does (the
				// crash then reads "[recovered, repanicked]").
				panic(x)
			}
			wg.Done()
		}()
		f()
	}()
}

// Once is an object that will perform exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for this instance of Once.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}
