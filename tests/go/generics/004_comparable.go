// The comparable constraint allows == and use as map keys.
package main

import "fmt"

func Index[T comparable](xs []T, target T) int {
	for i, x := range xs {
		if x == target {
			return i
		}
	}
	return -1
}

func Count[K comparable](xs []K) map[K]int {
	m := make(map[K]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type point struct{ x, y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	fmt.Println(Index([]point{{1, 2}, {3, 4}}, point{3, 4}))
	fmt.Println(Count([]string{"x", "y", "x"}))
}

// Output:
// 2 -1
// 1
// map[x:2 y:1]
