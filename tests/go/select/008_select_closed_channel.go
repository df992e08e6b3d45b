// A closed channel is always ready to receive from, so it is selected immediately.
package main

import "fmt"

func main() {
	closed := make(chan int)
	close(closed)
	never := make(chan int)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-closed:
			fmt.Println("closed case:", v, ok)
		case <-never:
			fmt.Println("never")
		}
	}
}

// Output:
// closed case: 0 false
// closed case: 0 false
// closed case: 0 false
