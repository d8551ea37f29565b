// error values print via Error(), including wrapped errors and nil errors in structs
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Result struct {
	Val int
	Err error
}

func main() {
	base := CodeErr{404}
	wrapped := fmt.Errorf("request: %w", base)
	fmt.Println(base, wrapped)
	fmt.Printf("%v | %+v | %s | %q\n", base, base, wrapped, wrapped)
	fmt.Println(Result{1, nil}, Result{2, base})
	fmt.Printf("%+v\n", Result{3, wrapped})
	fmt.Println(errors.Join(base, errors.New("second")))
	fmt.Printf("%d\n", base)
}
