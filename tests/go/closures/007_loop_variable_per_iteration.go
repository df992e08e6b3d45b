// Go: 1.22
// Since Go 1.22 each iteration of a for loop has its own loop variable,
// so closures created in different iterations see different values.
package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println("(three-clause loop)")

	var names []func() string
	for _, s := range []string{"a", "b", "c"} {
		names = append(names, func() string { return s })
	}
	for _, f := range names {
		fmt.Print(f())
	}
	fmt.Println(" (range loop)")

	// The new variable starts with the previous iteration's final value,
	// so changing i in the body still affects the loop.
	for i := 0; i < 6; i++ {
		if i == 1 {
			i += 2
		}
		fmt.Print(i, ";")
	}
	fmt.Println()
}

// Output:
// 0 1 2 (three-clause loop)
// abc (range loop)
// 0;3;4;5;
