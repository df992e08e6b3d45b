// recover returns nil when there is no panic, or when not called directly by a deferred function.
package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	fmt.Println(recover())
	defer func() {
		r := recover()
		fmt.Println("direct recover:", r)
	}()
	defer func() {
		fmt.Println("indirect recover:", helper())
	}()
	panic("oops")
}

// Output:
// <nil>
// indirect recover: <nil>
// direct recover: oops
