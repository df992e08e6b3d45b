// The general verbs: %v for any value, %d integers, %s strings, %t booleans.
package main

import "fmt"

func main() {
	n, s, b, f := 42, "go", true, 3.25
	fmt.Printf("%v %v %v %v\n", n, s, b, f)
	fmt.Printf("%d %s %t\n", n, s, b)
	fmt.Printf("%v %v\n", []string{"a", "b"}, [2]bool{true, false})
	fmt.Printf("%d %d\n", []int{1, 2}, int8(-3))
	fmt.Printf("%s\n", []string{"x", "y"})
	fmt.Printf("100%%\n")
}

// Output:
// 42 go true 3.25
// 42 go true
// [a b] [true false]
// [1 2] -3
// [x y]
// 100%
