// Asserting to an interface the value does not implement names the missing method.
package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

func main() {
	var v interface{} = File{"a.txt"}
	fmt.Println("asserting")
	c := v.(Closer)
	fmt.Println(c)
}

// Output:
// asserting
// Exit: 2
// Stderr:
// panic: interface conversion: main.File is not main.Closer: missing method Close
//
// goroutine 1 [running]:
