// Trimming spaces, characters, prefixes and suffixes.
package main

import (
	"fmt"
	"strings"
)

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", isDigit))
}

// Output:
// "padded"
// "hi"
// "hixx"
// "xxhi"
// "body"
// "file"
// "body"
// "abc"
