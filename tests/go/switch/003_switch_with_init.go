// switch can start with a short statement; cases are evaluated top to bottom
// and only until one matches.
package main

import "fmt"

func value(name string, v int) int {
	fmt.Println("evaluating case", name)
	return v
}

func main() {
	switch x := 2; x {
	case value("one", 1):
		fmt.Println("matched one")
	case value("two", 2):
		fmt.Println("matched two")
	case value("three", 3):
		fmt.Println("matched three")
	}
}

// Output:
// evaluating case one
// evaluating case two
// matched two
