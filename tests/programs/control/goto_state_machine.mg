// checks: a tokenizer written as a state machine of gotos between labeled states, on several inputs
package main

import "fmt"

func tokens(src string) []string {
	var out []string
	i := 0
	start := 0
	var c byte
begin:
	if i >= len(src) {
		goto end
	}
	c = src[i]
	start = i
	switch {
	case c == ' ':
		i++
		goto begin
	case c >= '0' && c <= '9':
		goto number
	case c >= 'a' && c <= 'z':
		goto word
	default:
		out = append(out, "op("+string(c)+")")
		i++
		goto begin
	}
number:
	i++
	if i < len(src) && src[i] >= '0' && src[i] <= '9' {
		goto number
	}
	out = append(out, "num("+src[start:i]+")")
	goto begin
word:
	for i < len(src) && src[i] >= 'a' && src[i] <= 'z' {
		i++
	}
	out = append(out, "id("+src[start:i]+")")
	goto begin
end:
	return out
}

func main() {
	for _, s := range []string{"x = 12 + foo*3", "", "   ", "a1b22c333", "((42))"} {
		fmt.Printf("%q -> %v\n", s, tokens(s))
	}
}
