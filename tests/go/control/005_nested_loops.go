// Nested loops: a multiplication table and prime search.
package main

import "fmt"

func main() {
	for i := 1; i <= 3; i++ {
		for j := 1; j <= 3; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}
	var primes []int
	for n := 2; len(primes) < 10; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	fmt.Println(primes)
}

// Output:
//   1  2  3
//   2  4  6
//   3  6  9
// [2 3 5 7 11 13 17 19 23 29]
