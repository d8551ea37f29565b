// recover returns nil unless called directly by a deferred call of the current panic
// from: /work/shared/SEMANTICS.md §3.2
package main

import "fmt"

func helper() any { return recover() }
func catch(f func()) { defer func() { fmt.Println("-> catch got:", recover()) }(); f() }
func main() {
	fmt.Println("no panic:", recover())
	catch(func() { defer recover(); panic("defer recover()") })
	catch(func() { defer func() { fmt.Println("helper:", helper()) }(); panic("helper") })
	catch(func() { defer func() { func() { fmt.Println("literal:", recover()) }() }(); panic("literal") })
	catch(func() { defer func() { defer func() { fmt.Println("dd:", recover()) }() }(); panic("dd") })
	catch(func() { defer fmt.Println("argument:", recover()); panic("argument") })
	catch(func() { defer func() { fmt.Println("1st:", recover(), "2nd:", recover()) }(); panic("twice") })
}
