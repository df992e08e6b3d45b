// Strings are immutable byte sequences: len counts bytes, indexing gives a byte.
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], string(s[0]), s[7:])
	fmt.Println(s+"!", s < "help", "abc" < "abd", "Z" < "a")

	t := s // copying a string shares nothing you can change
	t += "?"
	fmt.Println(s, "|", t)

	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
}

// Output:
// 12 104 h world
// hello, world! true true true
// hello, world | hello, world?
// Hello, world hello, world
