// make creates a slice with a length and an optional capacity.
package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	b = b[:5] // reslice up to the capacity
	fmt.Println(b, len(b), cap(b))
	lit := []string{"a", "b"}
	fmt.Println(len(lit), cap(lit))
}

// Output:
// [0 0 0] 3 3
// [0 0] 2 10
// [0 0 0 0 0] 5 10
// 2 2
