// A closure keeps its captured variables alive between calls.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a := counter()
	b := counter()
	fmt.Println(a(), a(), a())
	fmt.Println(b(), b())
	fmt.Println(a())
}

// Output:
// 1 2 3
// 1 2
// 4
