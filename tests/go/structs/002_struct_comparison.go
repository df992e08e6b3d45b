// Structs whose fields are comparable can be compared with == and used as map keys.
package main

import "fmt"

type Coord struct {
	Row, Col int
}

func main() {
	a := Coord{1, 2}
	b := Coord{1, 2}
	c := Coord{2, 1}
	fmt.Println(a == b, a == c, a != c)

	visited := map[Coord]bool{}
	visited[a] = true
	fmt.Println(visited[b], visited[c])
	visited[Coord{0, 0}] = true
	fmt.Println(len(visited), visited)
}

// Output:
// true false true
// true false
// 2 map[{0 0}:true {1 2}:true]
