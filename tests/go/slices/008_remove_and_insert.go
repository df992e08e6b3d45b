// Common idioms: delete, insert and filter in place.
package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = remove(s, 1)
	fmt.Println(s)
	s = insert(s, 2, 99)
	fmt.Println(s)

	evens := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens)

	stack := []string{"a", "b", "c"}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
}

// Output:
// [1 3 4 5]
// [1 3 99 4 5]
// [4]
// c [a b]
