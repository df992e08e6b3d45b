// & takes the address of a variable; * follows a pointer.
package main

import "fmt"

func main() {
	x := 1
	p := &x
	*p = 42
	fmt.Println(x, *p, p == &x)

	q := p
	*q++
	fmt.Println(x)

	var np *int
	fmt.Println(np == nil, np)
}

// Output:
// 42 42 true
// 43
// true <nil>
