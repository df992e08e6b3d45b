// A generic function must be instantiated (called or given type arguments) before use as a value.
package main

import "fmt"

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	f := Sum
	g := Sum[int] // explicit instantiation is fine
	fmt.Println(f, g([]int{1, 2}))
}

// Output:
// Exit: 1
// Stderr:
// FILE:15:7: cannot use generic function Sum without instantiation
