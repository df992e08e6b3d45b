// Dividing a constant by zero is caught at compile time.
package main

import "fmt"

func main() {
	const n = 10
	fmt.Println(n / 0)
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:18: invalid operation: division by zero
