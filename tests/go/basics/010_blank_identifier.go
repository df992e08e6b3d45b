// The blank identifier discards values you do not need.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	_, rem := divmod(17, 5)
	fmt.Println("remainder", rem)

	sum := 0
	for _, v := range []int{3, 4, 5} {
		sum += v
	}
	fmt.Println("sum", sum)

	var _ = "unused but allowed"
	_ = divmod
}

// Output:
// remainder 2
// sum 12
