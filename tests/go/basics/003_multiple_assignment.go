// Tuple assignment evaluates every right-hand side before assigning,
// so swapping needs no temporary variable.
package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	// Fibonacci with one assignment per step.
	prev, cur := 0, 1
	for i := 0; i < 10; i++ {
		prev, cur = cur, prev+cur
	}
	fmt.Println(prev, cur)

	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 2, 99 // the index is evaluated before i changes
	fmt.Println(i, s)
}

// Output:
// 2 1
// 3 1 2
// 55 89
// 2 [99 20 30]
