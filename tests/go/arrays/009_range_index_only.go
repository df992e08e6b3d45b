// range over an array with only the index evaluates the array only for its calls.
package main

import "fmt"

func arr() [3]int {
	fmt.Println("evaluated")
	return [3]int{1, 2, 3}
}

func main() {
	for i := range arr() {
		fmt.Print(i)
	}
	fmt.Println()
	var a [2]string
	for i := range a {
		a[i] = "x"
	}
	fmt.Println(a)
}

// Output:
// evaluated
// 012
// [x x]
