// Tutorial: an LRU cache built from container/list (recency order) and a map from key to element
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	capacity int
	order    *list.List // most recently used at the front
	index    map[string]*list.Element
}

func NewLRU(capacity int) *LRU {
	return &LRU{capacity: capacity, order: list.New(), index: map[string]*list.Element{}}
}

func (c *LRU) Get(key string) (int, bool) {
	el, ok := c.index[key]
	if !ok {
		return 0, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).value, true
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.index[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	c.index[key] = c.order.PushFront(&entry{key, value})
	if c.order.Len() > c.capacity {
		oldest := c.order.Back()
		evicted := c.order.Remove(oldest).(*entry)
		delete(c.index, evicted.key)
		fmt.Printf("  evict %s=%d\n", evicted.key, evicted.value)
	}
}

func (c *LRU) String() string {
	var parts []string
	for el := c.order.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c"} {
		c.Put(k, i+1)
	}
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println("get a:", v, ok, c)
	c.Put("d", 4)
	fmt.Println(c)
	_, ok = c.Get("b")
	fmt.Println("get b:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	c.Put("f", 6)
	fmt.Println(c, len(c.index), c.order.Len())
}
