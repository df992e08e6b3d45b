// All the integer types and their ranges.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println("int8 ", math.MinInt8, math.MaxInt8)
	fmt.Println("int16", math.MinInt16, math.MaxInt16)
	fmt.Println("int32", math.MinInt32, math.MaxInt32)
	fmt.Println("int64", math.MinInt64, math.MaxInt64)
	fmt.Println("uint8", math.MaxUint8)
	fmt.Println("uint16", math.MaxUint16)
	fmt.Println("uint32", uint32(math.MaxUint32))
	var b byte = 200
	var r rune = -5
	var up uintptr = 10
	fmt.Printf("%T %T %T %v %v %v\n", b, r, up, b, r, up)
}

// Output:
// int8  -128 127
// int16 -32768 32767
// int32 -2147483648 2147483647
// int64 -9223372036854775808 9223372036854775807
// uint8 255
// uint16 65535
// uint32 4294967295
// uint8 int32 uintptr 200 -5 10
