// In a multiple assignment the left side's pointers and indices are read before any store.
package main

import "fmt"

type N struct{ x int }

func main() {
	a, b := &N{1}, &N{2}
	p := a
	p, p.x = b, 10
	fmt.Println(a.x, b.x, p.x)
	i := 0
	s := []int{1, 2}
	i, s[i] = 1, 5
	fmt.Println(i, s)
}

// Output:
// 10 2 2
// 1 [5 2]
