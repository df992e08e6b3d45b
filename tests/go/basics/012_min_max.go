// Go: 1.21
// The built-in min and max (Go 1.21) take one or more ordered arguments.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	x, y := 7, -3
	fmt.Println(min(x, y, 0), max(x, y))
	fmt.Println(min(2.5, 1), max("apple", "banana", "cherry"))
	const c = max(1, 2.5) // constant arguments give a constant result
	fmt.Printf("%v %T\n", c, c)
	lo, hi := 10, 20
	v := 25
	fmt.Println("clamped:", min(max(v, lo), hi))
	fmt.Println(min(""), max("a", ""))
}

// Output:
// 1 3
// -3 7
// 1 cherry
// 2.5 float64
// clamped: 20
//  a
