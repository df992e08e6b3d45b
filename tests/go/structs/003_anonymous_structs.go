// Anonymous struct types are handy for one-off groupings such as test tables.
package main

import "fmt"

func main() {
	cases := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"abc", 3},
		{"", 0},
	}
	for _, c := range cases {
		fmt.Println(c.in, len(c.in) == c.want)
	}
	point := struct{ X, Y int }{3, 4}
	fmt.Println(point, point.X*point.Y)
	var empty struct{}
	fmt.Println(empty)
}

// Output:
// a true
// abc true
//  true
// {3 4} 12
// {}
