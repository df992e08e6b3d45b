// Deferring inside a loop body: wrap the body in a function so each defer
// runs at the end of its iteration.
package main

import "fmt"

func process(id int) {
	fmt.Println("open", id)
	defer fmt.Println("close", id)
	fmt.Println("work", id)
}

func main() {
	for i := 1; i <= 2; i++ {
		process(i)
	}
	for i := 1; i <= 2; i++ {
		func() {
			defer fmt.Println("end of iteration", i)
			fmt.Println("iteration", i)
		}()
	}
}

// Output:
// open 1
// work 1
// close 1
// open 2
// work 2
// close 2
// iteration 1
// end of iteration 1
// iteration 2
// end of iteration 2
