// Deferred calls run when the function returns, last-in first-out.
package main

import "fmt"

func main() {
	fmt.Println("start")
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("end of main")
}

// Output:
// start
// end of main
// deferred 3
// deferred 2
// deferred 1
