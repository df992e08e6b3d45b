// s... passes an existing slice as the variadic argument, without copying it.
package main

import "fmt"

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func count(nums ...int) int { return len(nums) }

func main() {
	s := []int{5, 6, 7}
	fmt.Println(count(s...))
	zeroFirst(s...)
	fmt.Println(s) // the callee saw the same backing array
	zeroFirst(9, 9)
	var none []int
	fmt.Println(count(none...))
}

// Output:
// 3
// [0 6 7]
// 0
