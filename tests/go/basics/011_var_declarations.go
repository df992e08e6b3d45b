// The forms of variable declaration.
package main

import "fmt"

var (
	name     = "gopher"
	age  int = 13
)

func main() {
	var a int
	var b, c = 1, "two"
	var d float64 = 2.5
	e := 'x'
	f, g := true, []int{1}
	var (
		h = 10
		k = h * 2
	)
	fmt.Println(name, age, a, b, c, d, e, f, g, h, k)
	fmt.Printf("%T %T %T %T\n", b, c, d, e)
}

// Output:
// gopher 13 0 1 two 2.5 120 true [1] 10 20
// int string float64 int32
