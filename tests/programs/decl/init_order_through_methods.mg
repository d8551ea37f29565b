// package variables initialized in dependency order through methods and method values declared later in the file
package main

import "fmt"

var report = registry.Describe()
var registry = newRegistry(defaults...)
var defaults = []string{base + "a", base + "b"}
var base = prefix()
var count = len(registry.names)

func prefix() string {
	fmt.Println("prefix runs")
	return "item-"
}

func newRegistry(names ...string) *Registry {
	fmt.Println("newRegistry runs with", len(names), "names")
	return &Registry{names: names}
}

func (r *Registry) Describe() string {
	fmt.Println("Describe runs")
	return fmt.Sprint(len(r.names), " names, first ", r.names[0])
}

type Registry struct{ names []string }

func main() {
	fmt.Println(report)
	fmt.Println(count, base)
}
