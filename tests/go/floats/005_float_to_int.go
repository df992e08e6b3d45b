// Converting a float to an integer drops the fraction (toward zero).
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{2.7, -2.7, 0.5, -0.5, 1e9 + 0.9}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(math.Round(v)), math.Floor(v))
	}
	n := 7
	fmt.Println(float64(n)/2, n/2)
}

// Output:
// 2.7 2 3 2
// -2.7 -2 -3 -3
// 0.5 0 1 0
// -0.5 0 -1 -1
// 1.0000000009e+09 1000000000 1000000001 1e+09
// 3.5 3
