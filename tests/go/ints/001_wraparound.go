// Integer arithmetic wraps around silently at run time.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8:", i8)

	var u8 uint8 = 0
	u8--
	fmt.Println("uint8:", u8)

	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16:", u16)

	var i32 int32 = 2147483647
	i32 = i32 * 2
	fmt.Println("int32:", i32)

	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println("uint32:", u32)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64:", i64)

	var u64 uint64 = 0
	u64 -= 1
	fmt.Println("uint64:", u64)
}

// Output:
// int8: -128
// uint8: 255
// uint16: 1
// int32: -2
// uint32: 0
// int64: -9223372036854775808
// uint64: 18446744073709551615
