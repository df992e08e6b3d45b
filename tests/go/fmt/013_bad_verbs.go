// Mistakes in format strings are reported inside the output, not as panics.
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprintf("%d", "not a number"))
	fmt.Println(fmt.Sprintf("%d %d", 1))
	fmt.Println(fmt.Sprintf("%d", 1, 2))
	fmt.Println(fmt.Sprintf("%z", 3))
	fmt.Println(fmt.Sprintf("%s", nil))
	fmt.Println(fmt.Sprintf("%t", 1))
	fmt.Println(fmt.Sprintf("%!"))
	fmt.Println(fmt.Sprintf("no verbs", "extra"))
}

// Output:
// %!d(string=not a number)
// 1 %!d(MISSING)
// 1%!(EXTRA int=2)
// %!z(int=3)
// %!s(<nil>)
// %!t(int=1)
// %!!(MISSING)
// no verbs%!(EXTRA string=extra)
