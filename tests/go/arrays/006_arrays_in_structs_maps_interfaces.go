// Arrays inside structs, maps, interfaces and slices keep value semantics.
package main

import "fmt"

type Grid struct {
	Name  string
	Cells [2][3]int
}

func fill(n int) [3]int { return [3]int{n, n * 2, n * 3} }

func sum(a [3]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	var g Grid
	g.Name = "g"
	g.Cells[1][2] = 9
	g.Cells[0] = fill(4)
	h := g
	h.Cells[0][0] = -1
	fmt.Println(g, h.Cells[0])
	fmt.Println(sum(g.Cells[0]), len(g.Cells), len(g.Cells[1]))

	seen := map[[2]int]string{}
	seen[[2]int{1, 2}] = "a"
	seen[[2]int{2, 1}] = "b"
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}], len(seen))

	var x any = [2]string{"p", "q"}
	if a, ok := x.([2]string); ok {
		fmt.Println(a[1], x == any([2]string{"p", "q"}))
	}
	fmt.Printf("%v %T\n", x, x)

	grid := make([][3]int, 2)
	grid[1][2] = 7
	for i := range grid {
		grid[i][0] = i + 10
	}
	fmt.Println(grid)

	arr := [...]string{2: "c", 0: "a"}
	s := arr[:]
	s[1] = "b"
	fmt.Println(len(arr), arr, s[1:])
	p := &arr
	p[2] = "z"
	fmt.Println(arr[2], len(p))
	for i, v := range p {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	i := 5
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(arr[i])
}

// Output:
// {g [[4 8 12] [0 0 9]]} [-1 8 12]
// 24 2 3
// a b 2
// q true
// [p q] [2]string
// [[10 0 0] [11 0 7]]
// 3 [a b c] [b c]
// z 3
// 0a 1b 2z 
// recovered: runtime error: index out of range [5] with length 3
