// if can start with a short statement whose variables are scoped to the if/else chain.
package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func main() {
	for _, n := range []int{-3, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []string{"12", "x"} {
		if v, err := strconv.Atoi(s); err != nil {
			fmt.Println("bad input:", s)
		} else {
			fmt.Println("doubled:", v*2)
		}
	}
}

// Output:
// -3 negative
// 0 zero
// 7 small
// 42 large
// doubled: 24
// bad input: x
