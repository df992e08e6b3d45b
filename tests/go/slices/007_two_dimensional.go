// A slice of slices, each row allocated on its own.
package main

import "fmt"

func main() {
	rows := 4
	triangle := make([][]int, rows)
	for i := range triangle {
		triangle[i] = make([]int, i+1)
		triangle[i][0], triangle[i][i] = 1, 1
		for j := 1; j < i; j++ {
			triangle[i][j] = triangle[i-1][j-1] + triangle[i-1][j]
		}
	}
	for _, row := range triangle {
		fmt.Println(row)
	}
}

// Output:
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
