// The builtins print and println write to standard error, not standard output.
package main

import "fmt"

func main() {
	fmt.Println("to stdout")
	println("to stderr", 42, true)
	print("no spaces", 1, 2, "\n")
	println("done")
}

// Output:
// to stdout
// Stderr:
// to stderr 42 true
// no spaces12
// done
