// named bool and uint8 panic values print with their type name
package main

type Flag bool
type Small uint8

func main() {
	defer func() { panic(Small(200)) }()
	panic(Flag(true))
}
