// Every variable starts at its type's zero value.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	var i int
	var f float64
	var b bool
	var s string
	var p *int
	var sl []int
	var m map[string]int
	var ch chan int
	var fn func()
	var err error
	var pt point

	fmt.Println(i, f, b, s == "", p == nil)
	fmt.Println(sl == nil, m == nil, ch == nil, fn == nil, err == nil)
	fmt.Printf("%q %v %+v\n", s, sl, pt)
}

// Output:
// 0 0 false true true
// true true true true true
// "" [] {x:0 y:0}
