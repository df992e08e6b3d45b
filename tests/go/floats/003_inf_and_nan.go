// Floating-point division by zero gives infinities; NaN is not equal to itself.
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pos := 1 / zero
	neg := -1 / zero
	nan := zero / zero
	fmt.Println(pos, neg, nan)
	fmt.Println(nan == nan, nan != nan, pos > math.MaxFloat64)
	fmt.Println(math.IsInf(pos, 1), math.IsInf(neg, -1), math.IsNaN(nan))
	fmt.Println(pos-pos, -zero)
}

// Output:
// +Inf -Inf NaN
// false true true
// true true true
// NaN -0
