// Maps: create, set, read, update, delete, len.
package main

import "fmt"

func main() {
	ages := make(map[string]int)
	ages["alice"] = 31
	ages["bob"] = 25
	ages["alice"]++
	fmt.Println(ages["alice"], ages["bob"], len(ages))
	delete(ages, "bob")
	delete(ages, "nobody") // deleting a missing key is fine
	fmt.Println(len(ages), ages)

	colors := map[string]string{
		"red":   "#f00",
		"green": "#0f0",
	}
	fmt.Println(colors)
}

// Output:
// 32 25 2
// 1 map[alice:32]
// map[green:#0f0 red:#f00]
