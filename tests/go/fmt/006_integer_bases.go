// Integers in binary, octal, hexadecimal, with and without the # flag.
package main

import "fmt"

func main() {
	n := 2023
	fmt.Printf("%b %o %O %x %X\n", n, n, n, n, n)
	fmt.Printf("%#b %#o %#x %#X\n", n, n, n, n)
	fmt.Printf("%x %x\n", -255, uint8(200))
	fmt.Printf("%08x|%-8x|%#08x\n", 255, 255, 255)
	fmt.Printf("%c %d %x\n", 65, 'A', 'A')
}

// Output:
// 11111100111 3747 0o3747 7e7 7E7
// 0b11111100111 03747 0x7e7 0X7E7
// -ff c8
// 000000ff|ff      |0x000000ff
// A 65 41
