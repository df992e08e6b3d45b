// The usual way for a command-line tool to fail: a message on stderr, then a non-zero status.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	input := "forty-two"
	n, err := strconv.Atoi(input)
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println(n)
}

// Output:
// Exit: 1
// Stderr:
// error: strconv.Atoi: parsing "forty-two": invalid syntax
