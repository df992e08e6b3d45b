// The most negative integer has no positive counterpart: negating it wraps.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := int64(math.MinInt64)
	fmt.Println(m, -m, m == -m)
	d := int64(-1)
	fmt.Println(m/d, m%d)

	var i8 int8 = -128
	fmt.Println(-i8, i8/int8(d))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, uint64(math.MaxUint64))
}

// Output:
// -9223372036854775808 -9223372036854775808 true
// -9223372036854775808 0
// -128 -128
// 127 -32768 65535 18446744073709551615
