// Arithmetic needs both operands of the same type.
package main

import "fmt"

func main() {
	count := 3
	ratio := 0.5
	fmt.Println(count * ratio)
}

// Output:
// Exit: 1
// Stderr:
// FILE:9:14: invalid operation: count * ratio (mismatched types int and float64)
