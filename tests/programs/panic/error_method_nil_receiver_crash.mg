// a nil pointer panic value whose Error method dereferences it is a fatal printing error
package main

type PE struct{ msg string }

func (e *PE) Error() string { return e.msg }

func main() {
	var e *PE
	panic(e)
}
