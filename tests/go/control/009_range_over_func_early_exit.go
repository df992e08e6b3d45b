// Go: 1.23
// Leaving a range-over-func loop early (break or return) lets the iterator clean up,
// and a return inside the loop body returns from the enclosing function.
package main

import "fmt"

func Lines(lines []string) func(func(string) bool) {
	return func(yield func(string) bool) {
		defer fmt.Println("iterator cleanup")
		for _, l := range lines {
			if !yield(l) {
				fmt.Println("stopped early")
				return
			}
		}
	}
}

func indexOf(target string) int {
	i := 0
	for l := range Lines([]string{"x", "y", "z"}) {
		if l == target {
			return i
		}
		i++
	}
	return -1
}

func main() {
	for l := range Lines([]string{"a", "b", "c"}) {
		fmt.Println(l)
		if l == "b" {
			break
		}
	}
	fmt.Println("after loop")
	fmt.Println("index", indexOf("y"))
	fmt.Println("index", indexOf("w"))
}

// Output:
// a
// b
// stopped early
// iterator cleanup
// after loop
// stopped early
// iterator cleanup
// index 1
// iterator cleanup
// index -1
