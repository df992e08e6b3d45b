// The print builtins write floats as Go's runtime does: seven significant digits in
// exponent form, with a sign.
package main

import "math"

func main() {
	println(1.5, -0.25, 0.0)
	println(3.14159265358979, 1e100, 123456789.0)
	var f32 float32 = 0.1
	println(f32, math.Inf(1), math.Inf(-1), math.NaN())
	x := 0.0
	println(-x*1, 9.9999999)
}

// Output:
// Stderr:
// +1.500000e+000 -2.500000e-001 +0.000000e+000
// +3.141593e+000 +1.000000e+100 +1.234568e+008
// +1.000000e-001 +Inf -Inf NaN
// -0.000000e+000 +1.000000e+001
