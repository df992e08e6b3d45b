// range with index and value, index only, value only, and neither.
package main

import "fmt"

func main() {
	fruits := []string{"apple", "banana", "cherry"}
	for i, f := range fruits {
		fmt.Println(i, f)
	}
	for i := range fruits {
		fmt.Print(i)
	}
	fmt.Println()
	for _, f := range fruits {
		fmt.Print(f[:1])
	}
	fmt.Println()
	count := 0
	for range fruits {
		count++
	}
	fmt.Println(count)
}

// Output:
// 0 apple
// 1 banana
// 2 cherry
// 012
// abc
// 3
