// && and || short-circuit: the right operand runs only when needed.
package main

import "fmt"

func check(name string, v bool) bool {
	fmt.Println("evaluating", name)
	return v
}

func main() {
	if check("a", false) && check("b", true) {
		fmt.Println("unreachable")
	}
	if check("c", true) || check("d", true) {
		fmt.Println("c or d")
	}
	t, f := true, false
	fmt.Println(!t, t && !f, t != f, t == !f)
}

// Output:
// evaluating a
// evaluating c
// c or d
// false true true true
