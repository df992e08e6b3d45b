// Functions are values: store them in variables, maps and slices.
package main

import "fmt"

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

type binop func(int, int) int

func main() {
	var f binop = add
	fmt.Println(f(2, 3))
	ops := map[string]binop{
		"+": add,
		"-": sub,
		"*": func(a, b int) int { return a * b },
	}
	for _, op := range []string{"+", "-", "*"} {
		fmt.Println(7, op, 3, "=", ops[op](7, 3))
	}
	var missing binop
	fmt.Println(missing == nil)
	fmt.Printf("%T\n", f)
}

// Output:
// 5
// 7 + 3 = 10
// 7 - 3 = 4
// 7 * 3 = 21
// true
// main.binop
