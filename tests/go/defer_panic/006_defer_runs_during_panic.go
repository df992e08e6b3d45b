// Deferred calls still run while a panic unwinds the stack, innermost first.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner cleanup")
	panic("something broke")
}

func outer() {
	defer fmt.Println("outer cleanup")
	inner()
	fmt.Println("not reached")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	outer()
}

// Output:
// inner cleanup
// outer cleanup
// recovered: something broke
