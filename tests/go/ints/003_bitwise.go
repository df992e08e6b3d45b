// Bitwise operators: and, or, xor, and-not, complement and shifts.
package main

import "fmt"

func main() {
	a, b := uint8(0b1100), uint8(0b1010)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Printf("%08b\n", ^a)
	fmt.Println(^0, -1^0)

	x := 1
	fmt.Println(x<<10, 1024>>3)

	flags := 0
	flags |= 1 << 2
	flags |= 1 << 0
	fmt.Println(flags, flags&(1<<2) != 0, flags&(1<<1) != 0)
}

// Output:
// 1000 1110 0110 0100
// 11110011
// -1 -1
// 1024 128
// 5 true false
