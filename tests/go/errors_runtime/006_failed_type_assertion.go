// A single-result type assertion to the wrong type panics.
package main

import "fmt"

func main() {
	var v interface{} = "text"
	s := v.(string)
	fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}

// Output:
// text
// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is string, not int
//
// goroutine 1 [running]:
