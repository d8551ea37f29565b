// an interface holding a nil pointer is not a nil interface
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func realNil() error { return nil }

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%T\n", e)
	fmt.Println(realNil() == nil)
	var p *MyErr
	var i any = p
	fmt.Println(i == nil, i.(*MyErr) == nil)
	fmt.Println(e.Error())
}
