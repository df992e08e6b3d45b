// A slice argument shares its elements with the caller, but not its length.
package main

import "fmt"

func double(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func appendOne(s []int) {
	s = append(s, 1)
	fmt.Println("inside:", s)
}

func appendOneReturn(s []int) []int {
	return append(s, 1)
}

func main() {
	s := []int{1, 2, 3}
	double(s)
	fmt.Println(s)
	appendOne(s)
	fmt.Println(s)
	s = appendOneReturn(s)
	fmt.Println(s)
}

// Output:
// [2 4 6]
// inside: [2 4 6 1]
// [2 4 6]
// [2 4 6 1]
