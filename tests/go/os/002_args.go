// Args: first second third
// os.Args holds the program name followed by the command-line arguments.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[0] != "")
	for i, a := range os.Args[1:] {
		fmt.Println(i+1, a)
	}
}

// Output:
// 4 true
// 1 first
// 2 second
// 3 third
