// A switch without an expression is a cleaner if/else-if chain.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Println(s, grade(s))
	}
}

// Output:
// 95 A
// 85 B
// 72 C
// 10 F
