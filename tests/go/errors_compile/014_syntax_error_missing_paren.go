// The parser reports where it got confused.
package main

import "fmt"

func main() {
	fmt.Println("unclosed"
}

// Output:
// Exit: 1
// Stderr:
// FILE:7:24: syntax error: unexpected newline in argument list; possibly missing comma or )
