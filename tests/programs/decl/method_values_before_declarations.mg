// method values of interface variables and pointer literals taken in package initializers before the interface, type and methods are declared; init sees them
package main

import "fmt"

var call = iv.Describe
var iv Describer = &Item{name: prefix + "box"}
var prefix = strings()[0]
var exprs = []func() string{iv.Describe, (&Item{"lit"}).Describe, call}[:2:2]

func strings() []string { return []string{"item:"} }

type Describer interface{ Describe() string }

type Item struct{ name string }

func (i *Item) Describe() string { return "I am " + i.name }

func init() {
	fmt.Println("init sees", call())
	iv = &Item{name: "replaced"}
}

func main() {
	fmt.Println(call(), iv.Describe(), len(exprs), exprs[0]())
}
