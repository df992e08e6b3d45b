// Common math functions.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5))
	fmt.Println(math.Round(2.5), math.RoundToEven(2.5), math.Floor(2.7), math.Ceil(2.1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(math.Pi), math.Tan(math.Pi/4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(1))
	fmt.Printf("%.4f %.4f\n", math.Atan2(1, 1), math.Asin(1))
}

// Output:
// 1.4142135623730951 1024 3.5
// -3 -2 -2 -3
// 3 2 2 3
// 7 3 1 -1
// 5 3
// 1.0000 -1.0000 1.0000
// 1.0000 3.0000 3.0000 2.7183
// 0.7854 1.5708
