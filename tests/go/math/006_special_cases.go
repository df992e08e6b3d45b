// Special cases: NaN, infinities and signed zeros follow Go's documented rules.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	fmt.Println(math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow(-2, 3), math.Pow(2, -1074), math.Pow(nan, 0), math.Pow(-1, inf))
	fmt.Println(math.Max(nan, inf), math.Max(-0.0, 0), math.Min(nan, math.Inf(-1)), math.Min(0, math.Copysign(0, -1)))
	ip, frac := math.Modf(-3.75)
	fmt.Println(ip, frac)
	ip, frac = math.Modf(inf)
	fmt.Println(ip, frac)
	f, e := math.Frexp(inf)
	fmt.Println(f, e, math.Ldexp(0.5, 3), math.Ldexp(1, -1080), math.Ilogb(0), math.Ilogb(nan), math.Logb(8))
	fmt.Println(math.Mod(-7, 3), math.Mod(7, -3), math.Mod(inf, 1), math.Remainder(7, 3), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(0, -1), math.Float32bits(1.5), math.Float32frombits(0x40490fdb))
	fmt.Println(math.Trunc(-0.5), math.Round(-0.5), math.RoundToEven(0.5), math.RoundToEven(1.5), math.Floor(math.Copysign(0, -1)))
	fmt.Println(math.Sqrt(-0.0), math.Atan2(0, -1), math.Atan2(math.Copysign(0, -1), -1), math.Acosh(0.5), math.Atanh(1))
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(-inf, 0), math.Signbit(math.Copysign(0, -1)), math.FMA(2, 3, 4))
}

// Output:
// +Inf NaN -8 5e-324 1 1
// +Inf 0 -Inf -0
// -3 -0.75
// +Inf NaN
// +Inf 0 4 0 -2147483648 2147483647 3
// -1 1 NaN 1 2 0
// 1.0000000000000002 -5e-324 1069547520 3.1415927
// -0 -1 0 2 -0
// 0 3.141592653589793 -3.141592653589793 NaN +Inf
// true false true true 10
