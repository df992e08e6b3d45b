// A type switch does not need to bind a variable.
package main

import "fmt"

type Circle struct{}
type Square struct{}
type Triangle struct{}

func sides(shape interface{}) int {
	switch shape.(type) {
	case Circle:
		return 0
	case Square:
		return 4
	case Triangle:
		return 3
	}
	return -1
}

func main() {
	fmt.Println(sides(Circle{}), sides(Square{}), sides(Triangle{}), sides("?"))
	fmt.Println(sides(&Square{})) // *Square is a different type
}

// Output:
// 0 4 3 -1
// -1
