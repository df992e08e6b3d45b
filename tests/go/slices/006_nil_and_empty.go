// A nil slice and an empty slice behave the same except when compared with nil.
package main

import "fmt"

func main() {
	var nilSlice []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), nilSlice, empty)
	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice)
	fmt.Printf("%#v %#v\n", []int(nil), empty)
}

// Output:
// true false false
// 0 0 [] []
// [1]
// []int(nil) []int{}
