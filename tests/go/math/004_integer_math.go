// Integer helpers written with math: powers, averages and rounding.
package main

import (
	"fmt"
	"math"
)

func main() {
	// Integer power through float64 is exact for small results.
	fmt.Println(int(math.Pow(3, 4)), int64(math.Pow(2, 52)))
	scores := []int{90, 85, 77}
	sum := 0
	for _, s := range scores {
		sum += s
	}
	avg := float64(sum) / float64(len(scores))
	fmt.Printf("%.3f %v\n", avg, math.Round(avg*100)/100)
	fmt.Println(math.Abs(float64(-7)), int(math.Sqrt(float64(144))))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp)
}

// Output:
// 81 4503599627370496
// 84.000 84
// 7 12
// 0.5 4 3 0.75
