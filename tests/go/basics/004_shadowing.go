// An inner := declares a new variable that hides the outer one.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 42; x > 0 {
		fmt.Println("if:", x)
	}
	fmt.Println(x)

	n := 1
	for n := 0; n < 2; n++ {
		fmt.Println("loop n", n)
	}
	fmt.Println("outer n", n)
}

// Output:
// package
// main
// block
// if: 42
// main
// loop n 0
// loop n 1
// outer n 1
