// Package sync coordinates goroutines: locks, a counter to wait on, and
// one-time initialisation.
package sync

// Mutex lets one goroutine at a time hold it. The zero value is unlocked.
// Do not copy a Mutex once used.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock takes m, waiting while another goroutine holds it.
func (m *Mutex) Lock()

// Unlock releases m; any goroutine may do it. Unlocking an unlocked Mutex is
// a fatal error ("sync: unlock of unlocked mutex").
func (m *Mutex) Unlock()

// TryLock takes m only if it is free, and says whether it did.
func (m *Mutex) TryLock() bool

// RWMutex is held either by any number of readers or by one writer. A
// waiting writer keeps new readers out. The zero value is unlocked.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// Lock takes rw for writing, waiting for readers and any writer to leave.
func (rw *RWMutex) Lock()

// Unlock ends a write hold (fatal if rw is not write-locked).
func (rw *RWMutex) Unlock()

// RLock takes rw for reading, waiting while a writer holds or waits for it.
func (rw *RWMutex) RLock()

// RUnlock ends one read hold (fatal if there is none).
func (rw *RWMutex) RUnlock()

// WaitGroup is a counter of unfinished tasks that goroutines can wait on.
// The zero value counts zero.
type WaitGroup struct {
	state int64
	sema  uint32
}

// Add changes the counter by delta; it panics if the counter goes below zero,
// and wakes the waiters when it reaches zero.
func (wg *WaitGroup) Add(delta int)

// Done is Add(-1): one task has finished.
func (wg *WaitGroup) Done()

// Wait returns once the counter is zero.
func (wg *WaitGroup) Wait()

// Go counts one more task and runs f in a new goroutine, counting the task
// done when f returns.
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

// Once runs a function a single time, however many goroutines ask.
type Once struct {
	done bool
	m    Mutex
}

// Do runs f on the first call of Do on o; later calls return at once,
// after the first one's f has returned (even by panicking).
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
