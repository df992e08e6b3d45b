// Struct literals: with field names, positional, or partly zero.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z)
	r := Rect{Min: p, Max: Point{10, 20}, Label: "box"}
	fmt.Println(r)
	fmt.Println(r.Max.X-r.Min.X, r.Max.Y-r.Min.Y)
	r.Min.X = 0
	fmt.Printf("%+v\n", r)
}

// Output:
// {1 2} {0 5} {0 0}
// {{1 2} {10 20} box}
// 9 18
// {Min:{X:0 Y:2} Max:{X:10 Y:20} Label:box}
