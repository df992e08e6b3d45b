// Go: 1.22
// A slice converts to a pointer to an array of at most its length (Go 1.17), sharing
// its elements; a shorter slice panics.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[0] = 10
	fmt.Println(s, *p, len(p))
	q := (*[2]int)(s[2:])
	q[1] = 40
	fmt.Println(s)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[8]int)(s)
}

// Output:
// [10 2 3 4] [10 2 3] 3
// [10 2 3 40]
// recovered: runtime error: cannot convert slice with length 4 to array or pointer to array with length 8
