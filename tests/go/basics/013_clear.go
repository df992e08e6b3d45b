// Go: 1.21
// The built-in clear (Go 1.21) deletes all map entries or zeroes all slice elements.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3 // the map is still usable
	fmt.Println(m)

	s := []int{1, 2, 3}
	clear(s) // length stays, elements become zero
	fmt.Println(len(s), s)

	t := []string{"w", "x", "y", "z"}
	clear(t[1:3])
	fmt.Printf("%q\n", t)
}

// Output:
// 0 map[]
// map[c:3]
// 3 [0 0 0]
// ["w" "" "" "z"]
