// The classic for loop: init; condition; post.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("i =", i)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println(i, j)
	}
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println(sum)
}

// Output:
// i = 0
// i = 1
// i = 2
// 0 10
// 1 8
// 2 6
// 3 4
// 5050
