// A function literal can be called where it is written.
package main

import "fmt"

func main() {
	result := func(a, b int) int {
		return a * b
	}(6, 7)
	fmt.Println(result)

	table := func() map[string]int {
		m := map[string]int{}
		for i, s := range []string{"zero", "one", "two"} {
			m[s] = i
		}
		return m
	}()
	fmt.Println(table)
}

// Output:
// 42
// map[one:1 two:2 zero:0]
