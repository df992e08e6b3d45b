// range over an array iterates over a copy: changes during the loop are not seen.
// range over a pointer to the array sees them.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		if i == 0 {
			a[1], a[2] = 20, 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(a)

	b := [3]int{1, 2, 3}
	for i, v := range &b {
		if i == 0 {
			b[1], b[2] = 20, 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(b)
}

// Output:
// 1 2 3 [1 20 30]
// 1 20 30 [1 20 30]
