// Asserting an interface to a type that cannot implement it is caught at compile time.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	var s Shape
	sq := s.(Square) // Square has no Perimeter method
	fmt.Println(sq)
}

// Output:
// Exit: 1
// Stderr:
// FILE:17:8: impossible type assertion: s.(Square)
