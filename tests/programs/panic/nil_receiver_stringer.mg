// fmt prints <nil> for a nil pointer whose String method would dereference it
package main

import "fmt"

type Node struct{ name string }

func (n *Node) String() string { return "node " + n.name }

type Err struct{ msg string }

func (e *Err) Error() string { return e.msg }

func main() {
	var n *Node
	fmt.Println(n)
	fmt.Printf("%v|%s|%+v\n", n, n, n)
	var e *Err
	fmt.Println(e)
	var err error = e
	fmt.Println(err == nil, err)
	fmt.Println([]*Node{nil, {"x"}})
}
