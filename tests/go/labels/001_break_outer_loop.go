// A labeled break leaves an outer loop.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
Search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break Search
			}
		}
		fmt.Println("row", r, "clean")
	}
	fmt.Println("found:", found)
}

// Output:
// row 0 clean
// negative at 1 1
// found: true
