// Leaving a loop from inside a switch needs a label.
package main

import "fmt"

func main() {
	tokens := []string{"a", "b", "END", "c"}
Read:
	for i, t := range tokens {
		switch t {
		case "END":
			fmt.Println("end marker at", i)
			break Read
		default:
			fmt.Println("token", t)
		}
	}
	fmt.Println("done")
}

// Output:
// token a
// token b
// end marker at 2
// done
