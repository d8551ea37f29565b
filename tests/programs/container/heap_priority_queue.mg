// Tutorial: a priority queue of tasks with container/heap, each item tracking its index so its priority can be changed with Fix
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	name     string
	priority int
	index    int // position in the queue, kept up to date by Swap/Push/Pop
}

// Queue pops the task with the highest priority first.
type Queue []*Task

func (q Queue) Len() int           { return len(q) }
func (q Queue) Less(i, j int) bool { return q[i].priority > q[j].priority }
func (q Queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

func (q *Queue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}

func (q *Queue) Pop() any {
	old := *q
	t := old[len(old)-1]
	old[len(old)-1] = nil
	t.index = -1
	*q = old[:len(old)-1]
	return t
}

// *Queue is what the heap functions work on.
var _ heap.Interface = (*Queue)(nil)

func (q *Queue) reprioritize(t *Task, priority int) {
	t.priority = priority
	heap.Fix(q, t.index)
}

func main() {
	work := map[string]int{"write docs": 2, "fix bug": 5, "review": 3, "lunch": 1}
	q := Queue{}
	for _, name := range []string{"write docs", "fix bug", "review", "lunch"} {
		q = append(q, &Task{name: name, priority: work[name], index: len(q)})
	}
	heap.Init(&q)
	deploy := &Task{name: "deploy", priority: 4}
	heap.Push(&q, deploy)
	fmt.Println("deploy at", deploy.index, "of", q.Len())
	q.reprioritize(deploy, 0)
	fmt.Println("deploy now at", deploy.index)
	dropped := heap.Remove(&q, q[len(q)-1].index).(*Task)
	fmt.Println("dropped", dropped.name, dropped.index)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*Task)
		fmt.Printf("%d:%s (index %d)\n", t.priority, t.name, t.index)
	}
}
