// Arrays have a fixed length that is part of their type.
package main

import "fmt"

func main() {
	var a [5]int
	a[2] = 7
	fmt.Println(a, len(a))

	b := [3]string{"x", "y", "z"}
	c := [...]int{10, 20, 30, 40}
	d := [5]int{1: 10, 3: 30}
	fmt.Println(b, len(c), c[len(c)-1], d)
	fmt.Printf("%T %T\n", b, c)
	for i, v := range c {
		fmt.Println(i, v)
	}
}

// Output:
// [0 0 7 0 0] 5
// [x y z] 4 40 [0 10 0 30 0]
// [3]string [4]int
// 0 10
// 1 20
// 2 30
// 3 40
