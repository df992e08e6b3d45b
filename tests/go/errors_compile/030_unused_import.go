// Go: 1.22
// An imported package that is never used is a compile error.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello")
}

// Output:
// Exit: 1
// Stderr:
// FILE:7:2: "os" imported and not used
