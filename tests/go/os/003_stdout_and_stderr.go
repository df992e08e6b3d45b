// os.Stdout and os.Stderr are separate streams.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "result: 42")
	fmt.Fprintln(os.Stderr, "warning: something to note")
	os.Stdout.WriteString("written directly\n")
	os.Stderr.WriteString("also to stderr\n")
	fmt.Println("done")
}

// Output:
// result: 42
// written directly
// done
// Stderr:
// warning: something to note
// also to stderr
