// An LRU cache (map + doubly linked list), a tokenizer with a
// recursive-descent calculator, and a priority-queue simulation.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: map[string]*entry{}, head: &entry{}, tail: &entry{}}
	l.head.next, l.tail.prev = l.tail, l.head
	return l
}

func (l *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }
func (l *LRU) front(e *entry) {
	e.next, e.prev = l.head.next, l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		return 0, false
	}
	l.unlink(e)
	l.front(e)
	return e.val, true
}

func (l *LRU) Put(k string, v int) (evicted string) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.front(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
		evicted = old.key
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.front(e)
	return
}

func (l *LRU) String() string {
	var b strings.Builder
	for e := l.head.next; e != l.tail; e = e.next {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s=%d", e.key, e.val)
	}
	return "[" + b.String() + "]"
}

var ErrSyntax = errors.New("syntax error")

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == "+" || p.peek() == "-") {
		op := p.toks[p.pos]
		p.pos++
		var r float64
		r, err = p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && (p.peek() == "*" || p.peek() == "/") {
		op := p.toks[p.pos]
		p.pos++
		var r float64
		r, err = p.factor()
		if op == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.peek()
	p.pos++
	switch {
	case t == "-":
		v, err := p.factor()
		return -v, err
	case t == "(":
		v, err := p.expr()
		if p.peek() != ")" {
			return 0, fmt.Errorf("at %d: expected ): %w", p.pos, ErrSyntax)
		}
		p.pos++
		return v, err
	case t == "":
		return 0, fmt.Errorf("unexpected end: %w", ErrSyntax)
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, fmt.Errorf("bad number: %w", err)
	}
	return f, nil
}

type job struct {
	name     string
	priority int
	arrival  int
}

func main() {
	l := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a"} {
		if ev := l.Put(k, i); ev != "" {
			fmt.Println("evict", ev)
		}
		if v, ok := l.Get("a"); ok && i%2 == 0 {
			fmt.Println("a =", v)
		}
	}
	fmt.Println(l, len(l.items))
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 2)", "2 * (3 + 4", "1.5.5 + 1", "10 / 4 - 0.1", "0/0", "", "3 -"} {
		p := &parser{toks: tokenize(src)}
		v, err := p.expr()
		fmt.Printf("%-14q %8.3g %v %v\n", src, v, err, errors.Is(err, ErrSyntax))
	}
	jobs := []job{{"build", 2, 0}, {"test", 1, 1}, {"lint", 2, 2}, {"deploy", 3, 3}, {"docs", 1, 4}, {"fmt", 2, 5}}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].priority > jobs[j].priority })
	fmt.Println(jobs)
	sort.Slice(jobs, func(i, j int) bool {
		if jobs[i].priority != jobs[j].priority {
			return jobs[i].priority < jobs[j].priority
		}
		return jobs[i].name < jobs[j].name
	})
	clock := 0
	for len(jobs) > 0 {
		j := jobs[0]
		jobs = jobs[1:]
		clock += j.priority * 10
		fmt.Printf("t=%03d ran %-6s (p%d, waited %d)\n", clock, j.name, j.priority, clock-j.arrival)
	}
	xs := []float64{3.5, -1, 2.25, 0}
	sort.Float64s(xs)
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 2 })
	fmt.Println(xs, i, sort.SearchInts([]int{1, 3, 5, 7}, 6))
}
