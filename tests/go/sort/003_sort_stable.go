// sort.SliceStable keeps equal elements in their original order.
package main

import (
	"fmt"
	"sort"
)

type task struct {
	priority int
	name     string
}

func main() {
	tasks := []task{
		{2, "write"}, {1, "plan"}, {2, "test"}, {1, "research"}, {3, "ship"}, {2, "review"},
	}
	sort.SliceStable(tasks, func(i, j int) bool { return tasks[i].priority < tasks[j].priority })
	for _, t := range tasks {
		fmt.Println(t.priority, t.name)
	}
}

// Output:
// 1 plan
// 1 research
// 2 write
// 2 test
// 2 review
// 3 ship
