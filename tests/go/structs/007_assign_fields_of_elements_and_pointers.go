// Assigning to fields of any addressable expression: array and slice elements, fields
// of fields, fields behind pointers and embedded pointers.
package main

import "fmt"

type Cell struct{ N int }

type Row struct {
	Cells [3]Cell
	Tag   string
}

type Base struct{ ID int }

type Board struct {
	*Base
	Rows []Row
	Top  Row
}

func main() {
	var arr [2]Cell
	arr[1].N = 5
	arr[0].N += 2
	arr[1].N++
	fmt.Println(arr)

	b := &Board{Base: &Base{}, Rows: make([]Row, 2)}
	b.Rows[1].Cells[2].N = 9
	b.Rows[0].Tag = "first"
	b.Top.Cells[0].N = 4
	b.ID = 42
	b.Base.ID++
	i, j := 1, 2
	b.Rows[i].Cells[j].N *= 3
	fmt.Println(b.Rows, b.Top, b.ID)

	ptrs := map[string]*Cell{"a": {1}}
	ptrs["a"].N = 10
	fmt.Println(*ptrs["a"])

	grid := [2][2]Cell{}
	for r := range grid {
		for c := range grid[r] {
			grid[r][c].N = r*2 + c
		}
	}
	fmt.Println(grid)
}

// Output:
// [{2} {6}]
// [{[{0} {0} {0}] first} {[{0} {0} {27}] }] {[{4} {0} {0}] } 43
// {10}
// [[{0} {1}] [{2} {3}]]
