// fallthrough transfers control to the next case body without testing it.
package main

import "fmt"

func main() {
	for _, n := range []int{1, 2, 3} {
		fmt.Print(n, ":")
		switch n {
		case 1:
			fmt.Print(" one")
			fallthrough
		case 2:
			fmt.Print(" two-or-after-one")
			fallthrough
		default:
			fmt.Print(" default")
		}
		fmt.Println()
	}
}

// Output:
// 1: one two-or-after-one default
// 2: two-or-after-one default
// 3: default
