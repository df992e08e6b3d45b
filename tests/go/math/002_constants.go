// The math package's constants.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.10f %.10f %.10f\n", math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64)
	fmt.Println(uint64(math.MaxUint64), math.MaxUint8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32)
	fmt.Println(math.MaxInt, math.MinInt)
}

// Output:
// 3.1415926536 2.7182818285 1.4142135624
// 2147483647 -2147483648 9223372036854775807
// 18446744073709551615 255
// 1.7976931348623157e+308 5e-324
// 3.4028234663852886e+38
// 9223372036854775807 -9223372036854775808
