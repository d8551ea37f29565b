// RWMutex allows readers together and writers alone; results are deterministic
package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Set(fmt.Sprint("k", i), i*i)
		}()
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = s.Get("k1")
		}()
		sum += s.Get(fmt.Sprint("k", i))
	}
	wg.Wait()
	fmt.Println(sum, len(s.data))
}
