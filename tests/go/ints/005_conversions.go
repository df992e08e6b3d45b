// Conversions between integer types keep the low bits; float to int truncates.
package main

import "fmt"

func main() {
	big := int64(300)
	fmt.Println(int8(big), uint8(big))

	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg))

	var u uint32 = 4294967295
	fmt.Println(int32(u), int64(u))

	f := 2.99
	g := -2.99
	fmt.Println(int(f), int(g))

	r := 'A'
	fmt.Println(r, byte(r), string(r))
}

// Output:
// 44 44
// 255 65535 4294967295
// -1 4294967295
// 2 -2
// 65 65 A
