// The comma-ok form tells a missing key from a stored zero value.
package main

import "fmt"

func main() {
	stock := map[string]int{"apples": 0, "pears": 3}
	for _, item := range []string{"apples", "pears", "plums"} {
		n, ok := stock[item]
		fmt.Println(item, n, ok)
	}
	if _, ok := stock["plums"]; !ok {
		fmt.Println("no plums")
	}
	fmt.Println(stock["plums"]) // a missing key reads as the zero value
}

// Output:
// apples 0 true
// pears 3 true
// plums 0 false
// no plums
// 0
