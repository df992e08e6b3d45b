// A constant index outside an array's bounds is caught at compile time.
package main

import "fmt"

func main() {
	var days [7]string
	days[7] = "extra"
	fmt.Println(days)
}

// Output:
// Exit: 1
// Stderr:
// FILE:8:7: invalid argument: index 7 out of bounds [0:7]
