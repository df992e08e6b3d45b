// float32 has about 7 significant digits; converting to float64 shows its error.
package main

import "fmt"

func main() {
	var f float32 = 0.1
	fmt.Println(f, float64(f))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum)
	var big float32 = 16777216
	fmt.Println(big+1 == big)
	fmt.Printf("%T %v\n", f*2, f*2)
}

// Output:
// 0.1 0.10000000149011612
// 1.0000001
// true
// float32 0.2
