// A constant that does not fit its type is a compile error, not a wrap-around.
package main

import "fmt"

func main() {
	var b byte = 255
	var c uint8 = 256
	fmt.Println(b, c)
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:16: cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)
