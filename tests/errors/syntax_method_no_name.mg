// checks: a method declaration without a name
package main

type P struct{}

func (p *P) {}

func main() {
}
