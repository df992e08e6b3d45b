// Go: 1.22
// Since Go 1.22, range over an integer n counts from 0 to n-1.
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println("i =", i)
	}
	count := 0
	for range 5 {
		count++
	}
	fmt.Println("count", count)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var n uint8 = 2
	for i := range n {
		fmt.Printf("%T %d\n", i, i) // the variable has n's type
	}
	total := 0
	for i := range 101 {
		total += i
	}
	fmt.Println(total)
}

// Output:
// i = 0
// i = 1
// i = 2
// count 5
// uint8 0
// uint8 1
// 5050
