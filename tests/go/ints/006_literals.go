// Integer literals in every base, with digit separators.
package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0x1f, 0o17, 017, 0b1011, 0b11)
	fmt.Println(1_000_000, 0xFF_FF, 0b_1010)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\U0001F600')
	var r rune = '世'
	fmt.Println(r)
}

// Output:
// 31 31 15 15 11 3
// 1000000 65535 10
// 97 10 65 233 128512
// 19990
