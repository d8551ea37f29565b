// generated range statements over calls and variables of every kind (arrays, array pointers incl. nil, slices, strings, maps, ints, channels, zero-size arrays) with every variable form: iterations and calls made
package main

import "fmt"

var calls int

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
}

func get_arr() [3]int { calls++; return [3]int{4, 5, 6} }

func get_parr() *[3]int { calls++; return &[3]int{4, 5, 6} }

func get_nilparr() *[3]int { calls++; return nil }

func get_sl() []int { calls++; return []int{4, 5} }

func get_str() string { calls++; return "aé" }

func get_m() map[int]int { calls++; return map[int]int{1: 2} }

func get_n() int { calls++; return 3 }

func get_ch() chan int { calls++; return func() chan int { c := make(chan int, 2); c <- 8; c <- 9; close(c); return c }() }

func get_zarr() [2]struct{} { calls++; return [2]struct{}{} }

func main() {
	try("0 sl key True", func() { before := calls; n := 0; for k := range get_sl() { fmt.Print(k, " "); n++ }; fmt.Println("|", n, calls-before) })
	try("1 m kv False", func() { before := calls; n := 0; v1 := get_m(); for k, x := range v1 { fmt.Print(k, x, " "); n++ }; fmt.Println("|", n, calls-before) })
	try("2 parr kv False", func() { before := calls; n := 0; v2 := get_parr(); for k, x := range v2 { fmt.Print(k, x, " "); n++ }; fmt.Println("|", n, calls-before) })
	try("3 str key True", func() { before := calls; n := 0; for k := range get_str() { fmt.Print(k, " "); n++ }; fmt.Println("|", n, calls-before) })
	try("4 ch assign True", func() { before := calls; n := 0; var k int; for k = range get_ch() { n++ }; fmt.Print(k, " "); fmt.Println("|", n, calls-before) })
	try("5 ch key True", func() { before := calls; n := 0; for k := range get_ch() { fmt.Print(k, " "); n++ }; fmt.Println("|", n, calls-before) })
	try("6 sl assign False", func() { before := calls; n := 0; v6 := get_sl(); s := make([]int, 4); var k int; for k, s[k] = range v6 { n++ }; fmt.Print(k, s, " "); fmt.Println("|", n, calls-before) })
	try("7 n none False", func() { before := calls; n := 0; v7 := get_n(); for range v7 { n++ }; fmt.Println("|", n, calls-before) })
	try("8 nilparr assign False", func() { before := calls; n := 0; v8 := get_nilparr(); s := make([]int, 4); var k int; for k, s[k] = range v8 { n++ }; fmt.Print(k, s, " "); fmt.Println("|", n, calls-before) })
	try("9 arr none True", func() { before := calls; n := 0; for range get_arr() { n++ }; fmt.Println("|", n, calls-before) })
	try("10 str kv True", func() { before := calls; n := 0; for k, x := range get_str() { fmt.Print(k, x, " "); n++ }; fmt.Println("|", n, calls-before) })
	try("11 n assign True", func() { before := calls; n := 0; var k int; for k = range get_n() { n++ }; fmt.Print(k, " "); fmt.Println("|", n, calls-before) })
	try("12 ch key False", func() { before := calls; n := 0; v12 := get_ch(); for k := range v12 { fmt.Print(k, " "); n++ }; fmt.Println("|", n, calls-before) })
	try("13 m key True", func() { before := calls; n := 0; for k := range get_m() { fmt.Print(k, " "); n++ }; fmt.Println("|", n, calls-before) })
}
