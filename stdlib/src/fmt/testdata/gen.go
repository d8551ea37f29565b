// Generates fmt.out: each line is `kind<TAB>format-hex<TAB>arg specs (|-separated)<TAB>output-hex`.
// The arg specs name values both this program and the Rust test build (see fmt/tests.rs).
// With the argument `matrix` it generates fmt_matrix.out instead: every verb
// with every flag/width/precision combination over one value of each kind.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
)

type T struct {
	A int
	B string
}
type S struct{ N int }

func (s S) String() string { return "S<" + strconv.Itoa(s.N) + ">" }

type P struct{ N int }

func (p *P) String() string { return "P" + strconv.Itoa(p.N) }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type E struct{ Code int }

func (e E) Error() string { return "E" + strconv.Itoa(e.Code) }

type MyInt int
type MyStr string
type Inner struct {
	X int
	s S
	Y S
}
type Outer struct {
	In  Inner
	P   *T
	Any any
	Err error
}

func value(spec string) any {
	kind, v, _ := strings.Cut(spec, ":")
	atoi := func() int64 { n, _ := strconv.ParseInt(v, 10, 64); return n }
	atou := func() uint64 { n, _ := strconv.ParseUint(v, 10, 64); return n }
	atof := func() float64 { f, _ := strconv.ParseFloat(v, 64); return f }
	unhex := func() string {
		b := make([]byte, len(v)/2)
		fmt.Sscanf(v, "%x", &b)
		return string(b)
	}
	switch kind {
	case "int":
		return int(atoi())
	case "int8":
		return int8(atoi())
	case "int32":
		return int32(atoi())
	case "int64":
		return atoi()
	case "uint":
		return uint(atou())
	case "uint8":
		return uint8(atou())
	case "uint16":
		return uint16(atou())
	case "uint64":
		return atou()
	case "uintptr":
		return uintptr(atou())
	case "f64":
		return atof()
	case "f32":
		return float32(atof())
	case "negzero":
		return math.Copysign(0, -1)
	case "str":
		return v
	case "strx":
		return unhex()
	case "bytes":
		return []byte(unhex())
	case "bool":
		return v == "true"
	case "nil":
		return nil
	case "myint":
		return MyInt(atoi())
	case "mystr":
		return MyStr(v)
	}
	switch spec {
	case "ints":
		return []int{1, -2, 3}
	case "nilints":
		return []int(nil)
	case "emptyints":
		return []int{}
	case "strs":
		return []string{"a", "b c", ""}
	case "arr":
		return [3]int{7, 8, 9}
	case "bytearr":
		return [3]byte{'h', 'i', '!'}
	case "map":
		return map[string]int{"b": 2, "a": 1, "c": 3}
	case "intmap":
		return map[int]string{3: "c", -1: "z", 2: "b"}
	case "floatmap":
		return map[float64]int{math.NaN(): 1, 2.5: 2, math.Inf(-1): 3, 0: 4}
	case "nilmap":
		return map[string]int(nil)
	case "t":
		return T{1, "x"}
	case "pt":
		return &T{2, "y"}
	case "nilpt":
		return (*T)(nil)
	case "s":
		return S{5}
	case "ps":
		return &S{6}
	case "p":
		return P{7}
	case "pp":
		return &P{8}
	case "nilpp":
		return (*P)(nil)
	case "panicky":
		return Panicky{}
	case "e":
		return E{42}
	case "err":
		return errors.New("boom")
	case "ss":
		return []S{{1}, {2}}
	case "anys":
		return []any{1, "a", nil, 2.5, S{3}}
	case "inner":
		return Inner{1, S{2}, S{3}}
	case "outer":
		return Outer{Inner{1, S{2}, S{3}}, nil, nil, nil}
	case "outer2":
		return Outer{Inner{4, S{5}, S{6}}, nil, "hi", E{7}}
	case "smap":
		return map[S]S{{2}: {20}, {1}: {10}}
	case "ptrs":
		return []*T{nil}
	case "nested":
		return [][]int{{1, 2}, nil, {}}
	case "mapslice":
		return map[string][]int{"x": {1}, "a": nil}
	case "errs":
		return []error{E{1}, nil}
	case "anymap":
		return map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5, false: 6, MyInt(7): 7, [1]int{8}: 8, int8(9): 9, T{1, "t"}: 10}
	case "boolmap":
		return map[bool]int{true: 1, false: 0}
	}
	panic("unknown spec " + spec)
}

func matrix() {
	verbs := "vdbxXoOqcUeEfFgGstp"
	flags := []string{"", "+", "-", " ", "#", "0", "+0", "-# "}
	widths := []string{"", "7"}
	precs := []string{"", ".2", ".0"}
	values := []string{"int:0", "int:-42", "uint8:200", "int32:128512", "f64:3.14159", "f64:-0.000123", "f64:1e21", "f64:NaN", "f32:2.5", "strx:68c3a96c6c6f", "bool:true", "bytes:6869", "nil", "s", "ints"}
	for _, v := range verbs {
		for _, f := range flags {
			for _, w := range widths {
				for _, p := range precs {
					format := "%" + f + w + p + string(v)
					for _, spec := range values {
						if v == 'p' && (spec == "bytes:6869" || spec == "ints") {
							continue // addresses differ from run to run
						}
						fmt.Printf("f\t%x\t%s\t%x\n", format, spec, fmt.Sprintf(format, value(spec)))
					}
				}
			}
		}
	}
}

// grid prints fmt_grid.out: a fixed-seed random sample of verbs × every
// flag subset × widths × precisions × scalar values (wider than matrix's
// values: extreme integers, tiny/huge/negative-zero/infinite floats,
// multi-byte and invalid UTF-8 text).
func grid() {
	verbs := []string{"v", "d", "b", "o", "O", "x", "X", "c", "q", "U", "e", "E", "f", "F", "g", "G", "s", "t"}
	widths := []string{"", "0", "1", "5", "9", "14", "25"}
	precs := []string{"", ".", ".0", ".1", ".3", ".7", ".17", ".30"}
	values := []string{
		"int:0", "int:7", "int:-1", "int:9223372036854775807", "int:-9223372036854775808", "int8:-128",
		"int32:65", "int32:1114112", "int32:55296", "int64:-123456789", "uint:18446744073709551615",
		"uint8:0", "uint16:65535", "uint64:8", "uintptr:4096",
		"f64:0", "negzero", "f64:1", "f64:-1", "f64:0.1", "f64:123456789", "f64:1e-07", "f64:5e-324",
		"f64:1.7976931348623157e308", "f64:-2.5e-10", "f64:100000", "f64:999999.5", "f64:+Inf", "f64:-Inf", "f64:NaN",
		"f32:0.1", "f32:-3.4028235e+38", "f32:1e-45", "f32:16777216",
		"str:", "str:a", "str:hello, world", "strx:68c3a96c6c6f", "strx:e697a5e69cace8aa9e", "strx:6109620a60", "strx:ff61fe", "strx:efbbbf78",
		"bytes:", "bytes:00ff10", "bool:false", "bool:true",
	}
	flagChars := "+- #0"
	r := rand.New(rand.NewPCG(19, 2))
	for n := 0; n < 20000; n++ {
		flags := ""
		for _, c := range flagChars {
			if r.IntN(5) == 0 {
				flags += string(c)
			}
		}
		format := "%" + flags + widths[r.IntN(len(widths))] + precs[r.IntN(len(precs))] + verbs[r.IntN(len(verbs))]
		spec := values[r.IntN(len(values))]
		fmt.Printf("f\t%x\t%s\t%x\n", format, spec, fmt.Sprintf(format, value(spec)))
	}
}

// directives prints fmt_directives.out: random format strings built from
// the pieces of a directive (flags, digits, `*`, `.`, `[n]` indexes good and
// bad, verbs, stray text) over random argument lists, to pin how Printf
// parses them: BADWIDTH, BADPREC, BADINDEX, MISSING, NOVERB, EXTRA.
func directives() {
	pieces := []string{"%", "%", "%", "[1]", "[2]", "[3]", "[0]", "[9]", "[x]", "[", "]", "[1", "*", "*", ".", ".", "5", "12", "0", "-", "+", "#", " ",
		"d", "v", "s", "x", "q", "f", "T", "w", "%", "é", "a", "99999999", "10000000", "[1000000000]"}
	pool := []string{"int:3", "int:-4", "int:0", "str:hi", "f64:2.5", "bool:true", "nil", "uint8:7", "int64:2000000", "uint64:9"}
	r := rand.New(rand.NewPCG(19, 3))
	for n := 0; n < 6000; n++ {
		format := ""
		for k := 1 + r.IntN(7); k > 0; k-- {
			format += pieces[r.IntN(len(pieces))]
		}
		var specs []string
		for k := r.IntN(4); k > 0; k-- {
			specs = append(specs, pool[r.IntN(len(pool))])
		}
		args := make([]any, len(specs))
		for i, spec := range specs {
			args[i] = value(spec)
		}
		fmt.Printf("f\t%x\t%s\t%x\n", format, strings.Join(specs, "|"), fmt.Sprintf(format, args...))
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "matrix" {
		matrix()
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "directives" {
		directives()
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "grid" {
		grid()
		return
	}
	type c struct {
		format string
		args   string
	}
	cases := []c{
		{"%d", "int:42"}, {"%5d|%-5d|%05d", "int:42|int:-42|int:-42"}, {"%+d % d %+d", "int:5|int:5|int:-5"}, {"%x %X %o %O %b", "int:255|int:255|int:8|int:8|int:5"},
		{"%#x %#X %#o %#b", "int:255|int:255|int:8|int:5"}, {"%.3d|%8.3d|%-8.3d|%08.3d", "int:7|int:7|int:-7|int:7"}, {"%.0d|%5.0d|", "int:0|int:0"},
		{"%c|%c|%c|%q|%q|%U|%#U|%#U", "int32:65|int:19990|int:-1|int32:39|int:10|int32:128512|int32:128512|int:10"}, {"%x %d", "int8:-1|uint8:255"},
		{"%d", "uint64:18446744073709551615"}, {"%d %x", "int64:-9223372036854775808|int64:-9223372036854775808"}, {"%v %d", "uintptr:255|uint16:65535"},
		{"%08.3f|%-8.2f|%+.1e|% .2E|%g|%G", "f64:3.14159|f64:2.5|f64:12345.678|f64:0.000123|f64:1e21|f64:1e-7"},
		{"%v %v %v %v %v %v", "f64:1e20|f64:1e21|f64:0.0001|f64:0.00001|f64:100|f64:-0.5"}, {"%v %v %.3v", "f32:0.1|f32:16777216|f32:3.14159"},
		{"%f %e %g %v", "negzero:|negzero:|negzero:|negzero:"}, {"%6.2f|%-6.1f|%06.2f|%+06.1f", "f64:NaN|f64:Inf|f64:-Inf|f64:Inf"},
		{"% f|%+f|% 8.2f|%08.2f", "f64:NaN|f64:NaN|f64:-1.5|f64:-1.5"}, {"%#g %#.3g %#v %#.0f %#e %#x", "f64:1|f64:1|f64:2|f64:3|f64:4|f64:5"},
		{"%x %X %.2x %b", "f64:1|f64:-10.5|f64:3.14159|f64:1"}, {"%F %.0f %.0f %.0f %.1f", "f64:1.5|f64:0.5|f64:1.5|f64:2.5|f64:0.25"},
		{"%s|%10s|%-10s|%.2s|%5.1s|", "str:hello|str:hi|str:hi|strx:c3a9c3a9c3a9|str:abc"}, {"%q %+q %#q %#q %x % x %#x %# X %X", "strx:68c3a90a|strx:68c3a9|str:back|strx:602e|str:hi|str:hi|str:hi|str:hi|strx:ff00"},
		{"%v %s %q %x %d", "bytes:6869|bytes:6869|bytes:6869|bytes:6869|bytes:6869"}, {"%v|%s|%x|%q", "bytes:|bytes:|bytes:|bytes:"}, {"%5x|%-5x|%.1x", "str:ab|str:ab|str:abc"},
		{"%t %v %5t %d", "bool:true|bool:false|bool:true|bool:true"},
		{"%d %s", "str:hi|int:1"}, {"%z", "int:1"}, {"%!", ""}, {"%d %d", "int:1"}, {"%d", "int:1|int:2|str:x"}, {"%d", "int:1|nil"}, {"%", ""}, {"abc%", "int:1"}, {"%-", "int:1"},
		{"%*d|%-*d|%*d", "int:5|int:1|int:5|int:2|int:-5|int:3"}, {"%.*f|%*.*f", "int:2|f64:3.14159|int:8|int:3|f64:2.5"}, {"%*d", "str:x|int:3"}, {"%.*d", "str:x|int:3"}, {"%.*d", "int:-1|int:3"},
		{"%[2]d %[1]d", "int:1|int:2"}, {"%[3]d", "int:1|int:2"}, {"%[0]d", "int:1"}, {"%[1]d %d %d", "int:1|int:2"}, {"%[2]*[1]d", "int:12|int:5"}, {"%[x]d", "int:1"}, {"%[1]", "int:1"},
		{"%v %v %+v %#v", "nil|int:1|nil|nil"}, {"%d %s", "nil|nil"}, {"%T %T %T %T %T", "int:1|str:x|nil|f32:1|bytes:00"},
		{"%v %d %s %x", "ints|ints|ints|ints"}, {"%v %#v %+v", "nilints|nilints|emptyints"}, {"%v %q %#v %x", "strs|strs|strs|strs"}, {"%v %#v %s %x", "arr|arr|bytearr|bytearr"},
		{"%v %#v %d", "map|map|intmap"}, {"%v", "floatmap"}, {"%v %#v", "nilmap|nilmap"}, {"%v %+v %#v %T", "t|t|t|t"}, {"%v %+v %#v %s", "pt|pt|pt|pt"}, {"%v %+v %s %d", "nilpt|nilpt|nilpt|nilpt"},
		{"%v %s %d %q %x %#v", "s|s|s|s|s|s"}, {"%v %s", "ps|ps"}, {"%v %v %s", "p|pp|nilpp"}, {"%v|%s|%d|%5v|", "panicky|panicky|panicky|panicky"}, {"%v %s %d %q", "e|e|e|e"},
		{"%v %q %x %w", "err|err|err|err"}, {"%v %d", "ss|ss"}, {"%v %+v %d", "anys|anys|anys"}, {"%v %+v %#v", "inner|inner|inner"}, {"%v %+v", "outer|outer"}, {"%v %+v %s", "outer2|outer2|outer2"},
		{"%v %d", "smap|smap"}, {"%v %s", "ptrs|ptrs"}, {"%v %#v", "nested|nested"}, {"%v", "mapslice"}, {"%v %+v", "errs|errs"}, {"%v", "boolmap"},
		{"%v %d %s %x %T", "myint:5|myint:5|myint:5|myint:5|myint:5"}, {"%v %q %T", "mystr:hi|mystr:hi|mystr:hi"}, {"%6.2v|%-8v|%08v", "f64:3.14159|str:ab|int:-3"},
		{"%10v|%-10v|", "ints|s"}, {"%☺", "int:1"}, {"%!d", "int:1"}, {"%.d %.s|", "int:0|str:x"}, {"%+.3e %+v", "f64:0|negzero:"}, {"%#v %#v %#v", "int:1|str:x|uint:7"},
		{"%#v %#v", "f64:1e6|f64:1.5"}, {"%v", "anymap"}, {"%p", "int:1"}, {"%d%%%d", "int:1|int:2"}, {"%5%|%-5%", ""}, {"%e %.3e %g %.3g %.10g", "f64:123456789|f64:0.00012345|f64:123456789|f64:0.00012345|f64:0.1"},
	}
	for _, cs := range cases {
		var args []any
		if cs.args != "" {
			for _, spec := range strings.Split(cs.args, "|") {
				args = append(args, value(spec))
			}
		}
		fmt.Printf("f\t%x\t%s\t%x\n", cs.format, cs.args, fmt.Sprintf(cs.format, args...))
	}
	prints := []string{"int:1|int:2", "str:a|int:1|int:2|str:b|str:c", "int:1|str:a|nil|f64:2.5", "s|e|err|nil", "ints|map|pt", "bytes:6869|myint:3|mystr:x|mystr:y"}
	for _, p := range prints {
		var args []any
		for _, spec := range strings.Split(p, "|") {
			args = append(args, value(spec))
		}
		fmt.Printf("p\t\t%s\t%x\n", p, fmt.Sprint(args...))
		fmt.Printf("l\t\t%s\t%x\n", p, fmt.Sprintln(args...))
	}
}
