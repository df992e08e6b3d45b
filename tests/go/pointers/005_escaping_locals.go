// Returning the address of a local variable is safe: it lives as long as it is used.
package main

import "fmt"

func counter() *int {
	c := 0
	return &c
}

func main() {
	a := counter()
	b := counter()
	*a += 5
	*b += 1
	fmt.Println(*a, *b, a != b)

	nums := []int{1, 2, 3}
	p := &nums[1]
	*p = 200
	fmt.Println(nums)

	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[0] = 100
	for i, v := range pa {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(len(pa))
}

// Output:
// 5 1 true
// [1 200 3]
// 0=100 1=2 2=3 3
