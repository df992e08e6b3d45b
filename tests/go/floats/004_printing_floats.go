// How fmt prints float64 values with %v: the shortest representation that reads back.
package main

import "fmt"

func main() {
	fmt.Println(3.0, 2.5, 100.0, 1e6, 1e20, 1e21, 123456789.0)
	fmt.Println(0.000001, 0.0000001, 1.5e-7)
	fmt.Println(float32(1)/3, 1.0/3)
	var f float64 = 42
	fmt.Println(f, f/100)
}

// Output:
// 3 2.5 100 1e+06 1e+20 1e+21 1.23456789e+08
// 1e-06 1e-07 1.5e-07
// 0.33333334 0.3333333333333333
// 42 0.42
