// Map keys with strings inside arrays and structs, and float keys, compare by value.
package main

import (
	"fmt"
	"strings"
)

type Key struct {
	Name string
	N    int
}

func main() {
	m := map[[2]string]int{}
	a := strings.Repeat("x", 2)
	m[[2]string{a, "y"}] = 1
	m[[2]string{"xx", "y"}]++
	fmt.Println(len(m), m[[2]string{"xx", "y"}])
	k := map[Key]bool{{strings.ToUpper("ab"), 1}: true}
	fmt.Println(k[Key{"AB", 1}], k[Key{"AB", 2}])
	f := map[float64]int{}
	z := 0.0
	f[z] = 1
	f[-z]++
	fmt.Println(len(f), f[0])
}

// Output:
// 1 2
// true false
// 1 2
