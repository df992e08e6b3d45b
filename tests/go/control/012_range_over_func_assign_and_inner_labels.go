// Go: 1.23
// for k, v = range f assigns existing variables; loops inside the body keep their own
// break and continue, labels included.
package main

import "fmt"

func Pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func main() {
	var k string
	var v int
	for k, v = range Pairs {
		if k == "b" {
			continue
		}
	inner:
		for i := 0; i < 3; i++ {
			for j := 0; j < 3; j++ {
				if j == 1 {
					continue inner
				}
				if i == 2 {
					break inner
				}
				fmt.Print(k, i, j, " ")
			}
		}
		fmt.Println()
	}
	fmt.Println("last:", k, v)
}

// Output:
// a0 0 a1 0 
// c0 0 c1 0 
// last: c 3
