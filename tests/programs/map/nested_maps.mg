// maps of maps need inner maps to be created before writing
package main

import "fmt"

func main() {
	graph := map[string]map[string]int{}
	edges := [][3]string{{"a", "b", "1"}, {"a", "c", "2"}, {"b", "c", "3"}}
	for _, e := range edges {
		if graph[e[0]] == nil {
			graph[e[0]] = map[string]int{}
		}
		graph[e[0]][e[1]] = len(e[2]) + int(e[2][0]-'0')
	}
	fmt.Println(graph)
	fmt.Println(graph["a"]["c"], graph["z"]["q"], len(graph["z"]))
}
