// The go statement needs a function call, not just a function value.
package main

func work() {}

func main() {
	go work
}

// Output:
// Exit: 1
// Stderr:
// FILE:7:5: expression in go must be function call
