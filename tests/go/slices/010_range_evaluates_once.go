// The range expression is evaluated once: appending inside the loop
// does not make it run longer.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		fmt.Println(i, v)
	}
	fmt.Println(s)

	// But element changes through the same backing array are visible.
	t := []int{1, 2, 3}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += v
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
}

// Output:
// 0 1
// 1 2
// 2 3
// [1 2 3 10 20 30]
// 1;3;6;
