// Converting between strings, rune slices and byte slices.
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(reverse(s))
	fmt.Println([]byte("Go"), []rune("Go世"))
	fmt.Println(string([]rune{72, 105}), string([]byte{0x47, 0x6f}))
}

// Output:
// 13 9
// 界世 ,olleH
// [71 111] [71 111 19990]
// Hi Go
