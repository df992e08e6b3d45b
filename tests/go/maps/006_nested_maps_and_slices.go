// Maps of slices and maps of maps need their inner values created before use.
package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[int][]string{}
	for _, w := range []string{"go", "gopher", "chan", "is", "select"} {
		groups[len(w)] = append(groups[len(w)], w) // append to a nil slice works
	}
	fmt.Println(groups)

	graph := map[string]map[string]bool{}
	link := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	link("a", "b")
	link("a", "c")
	link("b", "c")
	var from []string
	for k := range graph {
		from = append(from, k)
	}
	sort.Strings(from)
	for _, k := range from {
		fmt.Println(k, "->", graph[k])
	}
	fmt.Println(graph["c"]["a"])
}

// Output:
// map[2:[go is] 4:[chan] 6:[gopher select]]
// a -> map[b:true c:true]
// b -> map[c:true]
// false
