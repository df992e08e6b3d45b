// A method with a value receiver works on a copy of the value.
package main

import (
	"fmt"
	"math"
)

type Vec struct{ X, Y float64 }

func (v Vec) Len() float64 { return math.Hypot(v.X, v.Y) }

func (v Vec) Scaled(f float64) Vec {
	v.X *= f // changes the copy
	v.Y *= f
	return v
}

func main() {
	v := Vec{3, 4}
	fmt.Println(v.Len())
	w := v.Scaled(2)
	fmt.Println(v, w, w.Len())
	p := &v
	fmt.Println(p.Len()) // value methods work through pointers too
}

// Output:
// 5
// {3 4} {6 8} 10
// 5
