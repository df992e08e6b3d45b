// Right shifts of signed values keep the sign; shifting by the width or more
// gives 0 (or -1 for negative signed values).
package main

import "fmt"

func main() {
	var n int8 = -128
	fmt.Println(n>>1, n>>7)

	var s uint = 8
	var u8 uint8 = 0xff
	fmt.Println(u8<<1, u8>>s, u8<<s)

	var i int32 = -5
	var big uint = 40
	fmt.Println(i>>big, int32(5)>>big)

	var one int64 = 1
	fmt.Println(one<<62, one<<63, one<<64)
}

// Output:
// -64 -1
// 254 0 0
// -1 0
// 4611686018427387904 -9223372036854775808 0
