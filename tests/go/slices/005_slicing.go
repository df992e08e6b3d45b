// Slice expressions s[low:high] and s[low:high:max] on slices, arrays and strings.
package main

import "fmt"

func main() {
	s := []int{0, 10, 20, 30, 40, 50}
	fmt.Println(s[1:4], s[:2], s[4:], s[:], s[3:3])
	t := s[1:3]
	fmt.Println(len(t), cap(t))
	u := s[1:3:4]
	fmt.Println(len(u), cap(u))
	arr := [4]string{"a", "b", "c", "d"}
	fmt.Println(arr[1:3])
	str := "Gopher"
	fmt.Println(str[:2], str[2:])
	t = t[:cap(t)]
	fmt.Println(t)
}

// Output:
// [10 20 30] [0 10] [40 50] [0 10 20 30 40 50] []
// 2 5
// 2 3
// [b c]
// Go pher
// [10 20 30 40 50]
