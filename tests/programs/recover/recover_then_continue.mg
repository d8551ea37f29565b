// after recovery the function returns normally and the caller continues
package main

import "fmt"

func risky(n int) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered from ", r)
		}
	}()
	if n%2 == 1 {
		panic(fmt.Sprint("odd ", n))
	}
	return fmt.Sprint("even ", n)
}

func main() {
	for i := range 4 {
		fmt.Println(risky(i))
	}
	fmt.Println("main continues")
}
