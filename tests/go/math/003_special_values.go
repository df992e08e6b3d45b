// Infinities, NaN and signed zeros in math functions.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	fmt.Println(inf, math.Inf(-1), math.NaN())
	fmt.Println(math.IsInf(inf, 0), math.IsInf(inf, -1), math.IsNaN(math.NaN()))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(math.Inf(-1), 0))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Signbit(1))
	fmt.Println(math.Float64bits(1.0) == 0x3FF0000000000000, math.Float64frombits(0x4000000000000000))
}

// Output:
// +Inf -Inf NaN
// true false true
// NaN -Inf NaN
// NaN -Inf
// true false
// true 2
