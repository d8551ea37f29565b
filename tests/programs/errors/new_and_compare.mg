// errors.New values are distinct even with equal text; the same value compares equal
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "" {
		return ErrNotFound
	}
	return nil
}

func main() {
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a.Error() == b.Error(), a == a)
	err := find("")
	fmt.Println(err == ErrNotFound, err, find("k") == nil)
	fmt.Printf("%v %s %q %T\n", err, err, err, err)
}
