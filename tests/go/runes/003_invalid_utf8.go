// Invalid UTF-8 bytes decode as U+FFFD, the replacement character, one byte at a time.
package main

import "fmt"

func main() {
	s := "a\xffb\xc0"
	for i, r := range s {
		fmt.Printf("%d %U\n", i, r)
	}
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(string(rune(-1)) == "\uFFFD")
}

// Output:
// 0 U+0061
// 1 U+FFFD
// 2 U+0062
// 3 U+FFFD
// 4 4
// true
