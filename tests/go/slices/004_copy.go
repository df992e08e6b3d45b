// copy copies min(len(dst), len(src)) elements and returns that count.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	// Overlapping copy shifts elements correctly.
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)

	b := make([]byte, 4)
	n = copy(b, "golang")
	fmt.Println(n, string(b))
}

// Output:
// 3 [1 2 3]
// 5 [1 2 3 4 5 0 0 0]
// [1 1 2 3 4]
// 4 gola
