// for with only a condition is Go's while loop; with nothing it loops forever.
package main

import "fmt"

func main() {
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps:", steps)

	i := 0
	for {
		i++
		if i == 5 {
			break
		}
		if i%2 == 0 {
			continue
		}
		fmt.Println("odd", i)
	}
}

// Output:
// collatz steps: 111
// odd 1
// odd 3
