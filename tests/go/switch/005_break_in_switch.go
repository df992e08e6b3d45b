// break inside a switch leaves the switch, not the surrounding loop.
package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		switch {
		case i == 1:
			fmt.Println("skipping the rest of case for", i)
			break
		case i == 2:
			fmt.Println("two")
		default:
			fmt.Println("default", i)
		}
		fmt.Println("after switch", i)
	}
}

// Output:
// default 0
// after switch 0
// skipping the rest of case for 1
// after switch 1
// two
// after switch 2
// default 3
// after switch 3
