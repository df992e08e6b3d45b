// continue is only allowed inside a for loop.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		continue
	}
	fmt.Println(x)
}

// Output:
// Exit: 1
// Stderr:
// FILE:10:3: continue is not in a loop
