// An array used as a fixed table of counters.
package main

import "fmt"

func main() {
	var histogram [10]int
	data := []int{3, 14, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43}
	for _, d := range data {
		histogram[d/10]++
	}
	for bucket, n := range histogram {
		if n > 0 {
			fmt.Printf("%2d-%2d: %d\n", bucket*10, bucket*10+9, n)
		}
	}
}

// Output:
//  0- 9: 1
// 10-19: 2
// 20-29: 1
// 30-39: 3
// 40-49: 2
// 60-69: 1
// 70-79: 1
// 80-89: 1
// 90-99: 1
