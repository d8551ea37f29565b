// strconv errors are *strconv.NumError values that unwrap to the cause
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("x1")
	fmt.Printf("%T\n", err)
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
	_, err = strconv.ParseBool("maybe")
	fmt.Printf("%v | %v\n", err, errors.Unwrap(err))
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Printf("%q\n", err.Error())
}
