// Constraints with unions of types, and ~ for all types with that underlying type.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

type Meters float64

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]float64{1.5, 2.25}))
	fmt.Println(Sum([]Meters{10, 0.5}))
	fmt.Printf("%T\n", Sum([]Meters{1}))
}

// Output:
// 6
// 3.75
// 10.5
// main.Meters
