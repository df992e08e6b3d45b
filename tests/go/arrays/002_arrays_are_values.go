// Arrays are values: assignment and function calls copy every element.
package main

import "fmt"

func zero(a [3]int) { a[0] = 0 }

func zeroPtr(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 200
	fmt.Println(a, b)
	zero(a)
	fmt.Println(a)
	zeroPtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{0, 2, 3}, a != b)
}

// Output:
// [1 2 3] [1 200 3]
// [1 2 3]
// [0 2 3]
// true true
