// Calling a nil function value is a nil pointer dereference.
package main

import "fmt"

func main() {
	handlers := map[string]func(){}
	fmt.Println("calling missing handler")
	handlers["missing"]()
}

// Output:
// calling missing handler
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
