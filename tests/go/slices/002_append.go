// append adds elements, growing the backing array when the capacity runs out.
package main

import "fmt"

func main() {
	var s []int
	for i := 1; i <= 5; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s), cap(s) >= len(s))
	s = append(s, 100, 200)
	fmt.Println(s)
	more := []int{7, 8}
	s = append(s, more...)
	fmt.Println(s, len(s))
	b := append([]byte("hello "), "world"...)
	fmt.Println(string(b))
}

// Output:
// [1 4 9 16 25] 5 true
// [1 4 9 16 25 100 200]
// [1 4 9 16 25 100 200 7 8] 9
// hello world
