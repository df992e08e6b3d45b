// An argument must be assignable to the parameter's type.
package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	fmt.Println(repeat("ab", "3"))
}

// Output:
// Exit: 1
// Stderr:
// FILE:15:27: cannot use "3" (untyped string constant) as int value in argument to repeat
