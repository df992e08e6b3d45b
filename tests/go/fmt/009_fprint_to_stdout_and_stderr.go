// Fprint, Fprintf and Fprintln write to any writer, such as os.Stdout and os.Stderr.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintf(os.Stderr, "error: %s\n", "to stderr")
	n, err := fmt.Fprint(os.Stdout, "counted ", "bytes\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "second error line")
}

// Output:
// to stdout
// counted bytes
// 14 <nil>
// Stderr:
// error: to stderr
// second error line
