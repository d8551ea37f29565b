// worker_pool.mg: a fixed pool of goroutines consumes jobs from a channel and
// sends results back; the results are gathered in job order so output is deterministic.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Worker int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Output: collatzSteps(j.Input), Worker: id}
	}
}

func main() {
	const numWorkers = 3
	inputs := []int{27, 97, 871, 6171, 77031, 837799, 1, 2, 3, 7}
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))

	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, n := range inputs {
		jobs <- Job{ID: i, Input: n}
	}
	close(jobs)
	wg.Wait()
	close(results)

	byJob := make([]Result, len(inputs))
	workersUsed := map[int]bool{}
	for r := range results {
		byJob[r.JobID] = r
		workersUsed[r.Worker] = true
	}
	for _, r := range byJob {
		fmt.Printf("job %d: collatz(%d) takes %d steps\n", r.JobID, inputs[r.JobID], r.Output)
	}
	fmt.Println("results:", len(byJob), "workers available:", numWorkers)
}
