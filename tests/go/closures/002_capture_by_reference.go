// Closures capture variables, not values: they see later changes.
package main

import "fmt"

func main() {
	x := 1
	show := func() { fmt.Println("x is", x) }
	show()
	x = 2
	show()

	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}

// Output:
// x is 1
// x is 2
// 4
