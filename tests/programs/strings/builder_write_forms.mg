// strings.Builder's WriteString/WriteByte in every receiver form: a local, a
// pointer variable, a struct field, a slice element, a map of pointers; the
// results used; strconv.Itoa written directly (every width of number); method
// values and deferred writes; a nil *Builder panics.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type doc struct {
	title string
	body  strings.Builder
}

func fill(b *strings.Builder, n int) {
	for i := 0; i < n; i++ {
		b.WriteByte(byte('a' + i))
	}
}

func nilWrite(s bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var b *strings.Builder
	if s {
		b.WriteString("x")
	} else {
		b.WriteByte('x')
	}
	return nil
}

func main() {
	var b strings.Builder
	n, err := b.WriteString("héllo")
	fmt.Println(n, err, b.Len(), b.String())
	e := b.WriteByte(0xff)
	fmt.Println(e, b.Len(), []byte(b.String()))
	n, _ = b.WriteString("")
	fmt.Println(n, b.Len())

	p := &strings.Builder{}
	fill(p, 5)
	p.WriteString("|")
	fill(p, 3)
	fmt.Println(p.String(), p.Len())

	var d doc
	d.title = "T"
	d.body.WriteString("line1\n")
	d.body.WriteByte('>')
	fmt.Printf("%s %q\n", d.title, d.body.String())

	bs := make([]strings.Builder, 3)
	for i := range bs {
		for j := 0; j <= i; j++ {
			bs[i].WriteString(fmt.Sprint(j))
		}
	}
	fmt.Println(bs[0].String(), bs[1].String(), bs[2].String())

	m := map[string]*strings.Builder{"a": {}, "b": {}}
	for _, k := range []string{"a", "b", "a"} {
		m[k].WriteString(k + k)
	}
	fmt.Println(m["a"].String(), m["b"].String())

	w := b.WriteString
	w(" via value")
	wb := b.WriteByte
	wb('!')
	fmt.Println(b.String())

	func() {
		defer b.WriteString(" deferred")
		defer b.WriteByte('.')
	}()
	fmt.Println(b.String())

	var nums strings.Builder
	for _, v := range []int{0, 7, -7, 10, -99, 123456789, math.MaxInt64, math.MinInt64} {
		k, err := nums.WriteString(strconv.Itoa(v))
		nums.WriteString(strconv.Itoa(k))
		nums.WriteByte(';')
		_ = err
	}
	x := 41
	nums.WriteString(strconv.Itoa(x + 1))
	fmt.Println(nums.String(), nums.Len())

	fmt.Println(nilWrite(true))
	fmt.Println(nilWrite(false))
	var nb *strings.Builder
	nb.WriteString("crash")
}
