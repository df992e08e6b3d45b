// Slices of the same array share elements; append writes into spare capacity.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4}
	left := base[:2]
	right := base[2:]
	right[0] = 20
	fmt.Println(base, left, right)

	// left has capacity 5, so append overwrites base[2].
	left = append(left, 99)
	fmt.Println(base, right)

	// A full slice expression limits the capacity and forces a copy on append.
	safe := base[:2:2]
	safe = append(safe, -1)
	fmt.Println(base, safe, cap(base[1:3:4]))
}

// Output:
// [0 1 20 3 4] [0 1] [20 3 4]
// [0 1 99 3 4] [99 3 4]
// [0 1 99 3 4] [0 1 -1] 3
