// Arguments of a deferred call are evaluated at the defer statement;
// a deferred closure reads variables when it runs.
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("deferred value:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
	fmt.Println("x set to", x)
}

// Output:
// x set to 2
// closure sees: 2
// deferred value: 1
