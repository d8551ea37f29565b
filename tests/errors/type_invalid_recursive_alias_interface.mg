// checks: an alias of an interface that embeds a defined interface embedding the alias
package main

type A = interface{ B }
type B interface{ A }

func main() {}
