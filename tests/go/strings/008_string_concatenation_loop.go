// Strings compare by content; += builds a new string each time.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	a := "go" + "pher"
	b := "gopher"
	fmt.Println(a == b)
	words := []string{"b", "a", "c"}
	max := words[0]
	for _, w := range words[1:] {
		if w > max {
			max = w
		}
	}
	fmt.Println(max)
}

// Output:
// abcde 5
// true
// c
