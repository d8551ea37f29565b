// Runtime error messages, recovered one by one, and strconv error values.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRt := r.(interface{ RuntimeError() })
		fmt.Printf("%-10s %v | error=%v runtime=%v", name, r, isErr, isRt)
		if isErr {
			fmt.Printf(" | %T", err)
		}
		fmt.Println()
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	var arr [4]int
	i, j, k, neg := 5, 1, 2, -1
	str := "héllo"
	var m map[string]int
	var p *T
	var ip any = 3
	try("index", func() { _ = s[i] })
	try("neg idx", func() { _ = s[neg] })
	try("arr idx", func() { _ = arr[i%8] })
	try("str idx", func() { _ = str[i+1] })
	try("slice", func() { _ = s[j:i] })
	try("slice2", func() { _ = s[k:j] })
	try("slice3", func() { _ = s[:k:i] })
	try("slice3b", func() { _ = s[j:k:j] })
	try("strslice", func() { _ = str[:i+5] })
	try("strslice2", func() { _ = str[k:j] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = p.x })
	try("div", func() { _ = i / (j - 1) })
	try("mod", func() { _ = i % (j - 1) })
	try("shift", func() { _ = i << neg })
	try("make", func() { _ = make([]int, neg) })
	try("makecap", func() { _ = make([]int, 2, j) })
	try("assert", func() { _ = ip.(string) })
	try("assert2", func() { _ = ip.(fmt.Stringer) })
	try("conv", func() { _ = [4]int(s) })
	try("convp", func() { _ = (*[5]int)(s) })
	try("custom", func() { panic(fmt.Sprintf("boom %d", 1)) })
	try("err", func() { panic(errors.New("an error")) })
	try("nilpanic", func() { panic(nil) })
	try("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	for _, in := range []string{"12", "-0", "+7", "0x1f", "1_000", "9223372036854775808", "abc", "", " 1"} {
		n, err := strconv.Atoi(in)
		fmt.Println(n, err)
		n64, err := strconv.ParseInt(in, 0, 64)
		fmt.Println(n64, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  ", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	for _, in := range []string{"1e400", "-1e400", "1e-400", "inf", "-Inf", "nan", "0x1p-2", "1_0.5", ".5e1", "1.7976931348623159e308"} {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Println(f, err)
	}
	n8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(n8, err)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err, strconv.Quote("a\"b\n\x00é\u2028"), strconv.FormatInt(-255, 16), strconv.FormatFloat(1.5, 'e', 3, 64))
}
