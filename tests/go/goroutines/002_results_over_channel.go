// Goroutines send their results back on a channel; main collects them all.
package main

import (
	"fmt"
	"sort"
)

type result struct {
	n, square int
}

func main() {
	ch := make(chan result)
	for i := 1; i <= 4; i++ {
		go func(n int) {
			ch <- result{n, n * n}
		}(i)
	}
	var rs []result
	for i := 0; i < 4; i++ {
		rs = append(rs, <-ch)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].n < rs[b].n })
	fmt.Println(rs)
}

// Output:
// [{1 1} {2 4} {3 9} {4 16}]
