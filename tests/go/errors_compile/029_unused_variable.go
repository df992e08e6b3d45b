// Go: 1.22
// A local variable that is declared but never used is a compile error.
package main

import "fmt"

func main() {
	count := 0
	name := "gopher"
	fmt.Println(name)
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:2: declared and not used: count
