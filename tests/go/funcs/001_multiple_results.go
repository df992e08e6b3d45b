// Functions can return several values.
package main

import "fmt"

func minMax(nums []int) (int, int) {
	lo, hi := nums[0], nums[0]
	for _, n := range nums[1:] {
		if n < lo {
			lo = n
		}
		if n > hi {
			hi = n
		}
	}
	return lo, hi
}

func split(full string) (string, string, bool) {
	for i := 0; i < len(full); i++ {
		if full[i] == ' ' {
			return full[:i], full[i+1:], true
		}
	}
	return full, "", false
}

func main() {
	lo, hi := minMax([]int{4, -2, 9, 0})
	fmt.Println(lo, hi)
	first, last, ok := split("Ada Lovelace")
	fmt.Println(first, last, ok)
	fmt.Println(minMax([]int{5}))
}

// Output:
// -2 9
// Ada Lovelace true
// 5 5
