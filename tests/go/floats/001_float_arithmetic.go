// float64 follows IEEE 754: 0.1 + 0.2 is not exactly 0.3.
package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	fmt.Println(1.0/3.0, 2.0/3.0)
	fmt.Printf("%.2f %.10f\n", a+b, a+b)
	x := 10.0
	x /= 4
	fmt.Println(x, x*x, -x)
}

// Output:
// 0.30000000000000004 false
// 0.3333333333333333 0.6666666666666666
// 0.30 0.3000000000
// 2.5 6.25 -2.5
