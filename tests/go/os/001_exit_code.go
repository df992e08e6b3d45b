// os.Exit ends the program at once with the given status; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed: os.Exit skips deferred calls")
	fmt.Println("exiting with status 3")
	os.Exit(3)
}

// Output:
// exiting with status 3
// Exit: 3
