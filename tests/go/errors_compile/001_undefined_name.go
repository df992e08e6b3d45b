// Using a name that was never declared is a compile error.
package main

import "fmt"

func main() {
	total := 10
	fmt.Println(totl)
	_ = total
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:14: undefined: totl
