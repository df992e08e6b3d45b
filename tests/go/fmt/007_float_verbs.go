// Floats with %f, %e, %g and %v.
package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%f %.2f %e %E %g\n", x, x, x, x, x)
	small := 0.000012345
	fmt.Printf("%f %e %g %v\n", small, small, small, small)
	big := 123456789.0
	fmt.Printf("%f %g %.3g %v\n", big, big, big, big)
	fmt.Printf("%g %g %v\n", 100.0, 1e100, float32(0.1))
	fmt.Printf("%5.1f|%-7.2f|%07.2f\n", 9.96, 1.0, -2.5)
	fmt.Printf("%.3e %G\n", 0.0, 1e-10)
}

// Output:
// 1234.567800 1234.57 1.234568e+03 1.234568E+03 1234.5678
// 0.000012 1.234500e-05 1.2345e-05 1.2345e-05
// 123456789.000000 1.23456789e+08 1.23e+08 1.23456789e+08
// 100 1e+100 0.1
//  10.0|1.00   |-002.50
// 0.000e+00 1E-10
