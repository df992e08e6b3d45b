// Loop variables are scoped to the loop; closures called inside the
// iteration see the current value.
package main

import "fmt"

func main() {
	var results []int
	for i := 0; i < 3; i++ {
		square := func() int { return i * i }
		results = append(results, square())
	}
	fmt.Println(results)

	total := 0
	for _, v := range []int{1, 2, 3} {
		v := v * 10 // a new variable each iteration
		total += v
	}
	fmt.Println(total)
}

// Output:
// [0 1 4]
// 60
