// Indexing a string gives bytes; slicing cuts at byte offsets.
package main

import "fmt"

func main() {
	s := "€100"
	fmt.Println(len(s), s[0], s[3:])
	fmt.Printf("%q %q\n", s[:3], s[:1])
	var b byte = s[1]
	var r rune = []rune(s)[0]
	fmt.Printf("%T %v %T %v %c\n", b, b, r, r, r)
}

// Output:
// 6 226 100
// "€" "\xe2"
// uint8 130 int32 8364 €
