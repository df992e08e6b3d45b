// A labeled continue starts the next iteration of an outer loop.
package main

import "fmt"

func main() {
Outer:
	for i := 2; i < 20; i++ {
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				continue Outer
			}
		}
		fmt.Print(i, " ")
	}
	fmt.Println("are primes")
}

// Output:
// 2 3 5 7 11 13 17 19 are primes
