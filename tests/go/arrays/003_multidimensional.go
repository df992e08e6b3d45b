// Arrays of arrays form grids.
package main

import "fmt"

func main() {
	var grid [3][4]int
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			grid[r][c] = r * c
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	fmt.Println(len(grid), len(grid[0]))
	board := [2][2]string{{"x", "o"}, {"o", "x"}}
	fmt.Println(board)
}

// Output:
// [0 0 0 0]
// [0 1 2 3]
// [0 2 4 6]
// 3 4
// [[x o] [o x]]
