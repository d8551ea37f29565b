// named results start at zero, can be set and returned with a bare return
package main

import (
	"errors"
	"fmt"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func zero() (a int, b string, c []int, d error) { return }

func main() {
	fmt.Println(split(17))
	fmt.Println(parse("123"))
	fmt.Println(parse(""))
	fmt.Println(zero())
}
