// Go: 1.21
// min and max on floats: a NaN argument gives NaN; -0 is less than 0. On strings and
// unsigned integers they compare as < does.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	zero, neg := 0.0, math.Copysign(0, -1)
	fmt.Println(min(1.5, nan, -2), max(nan, 3.0))
	fmt.Println(min(zero, neg), max(neg, zero), min(neg, zero), max(zero, neg))
	a, b := "pear", "apple"
	fmt.Println(min(a, b, "fig"), max(a, b))
	var u, v uint8 = 200, 7
	fmt.Println(min(u, v), max(u, v, 255))
	f := float32(0.1)
	fmt.Println(max(f, 0.05))
}

// Output:
// NaN NaN
// -0 0 -0 0
// apple pear
// 7 255
// 0.1
