// Untyped constants are exact and may exceed every machine type,
// as long as the final value fits where it is used.
package main

import "fmt"

const Huge = 1 << 100
const Small = Huge >> 98
const Third = 1.0 / 3

func main() {
	fmt.Println(Small)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)

	const n = 7 // untyped: works as int and as float64
	var i int = n
	var x float64 = n / 2   // integer constant division: 3
	var y float64 = n / 2.0 // float constant division: 3.5
	fmt.Println(i, x, y)

	const big = 1e30
	fmt.Println(big / 1e28)
}

// Output:
// 4
// 0.33333334 0.3333333333333333
// 7 3 3.5
// 100
