// Named results start at their zero value; a bare return returns them.
package main

import "fmt"

func stats(nums []float64) (mean, variance float64) {
	if len(nums) == 0 {
		return // both zero
	}
	for _, n := range nums {
		mean += n
	}
	mean /= float64(len(nums))
	for _, n := range nums {
		variance += (n - mean) * (n - mean)
	}
	variance /= float64(len(nums))
	return
}

func main() {
	fmt.Println(stats([]float64{2, 4, 4, 4, 5, 5, 7, 9}))
	fmt.Println(stats(nil))
}

// Output:
// 5 4
// 0 0
