// struct fields of function type are called like methods but are plain values
package main

import "fmt"

type Handler struct {
	Name string
	On   func(string) string
}

func (h Handler) Run(s string) string {
	if h.On == nil {
		return h.Name + ": no handler"
	}
	return h.Name + ": " + h.On(s)
}

func main() {
	hs := []Handler{
		{"upper", func(s string) string { return s + "!" }},
		{"none", nil},
	}
	for _, h := range hs {
		fmt.Println(h.Run("hi"))
	}
	count := 0
	c := Handler{"counter", func(s string) string { count++; return fmt.Sprint(count) }}
	c.Run("")
	fmt.Println(c.Run(""), count)
}
