// With no variadic arguments the parameter is a nil slice.
package main

import "fmt"

func inspect(label string, xs ...string) {
	fmt.Println(label, xs == nil, len(xs), xs)
}

func main() {
	inspect("none")
	inspect("two", "a", "b")
	inspect("empty spread", []string{}...)
	fmt.Printf("%T\n", inspect)
}

// Output:
// none true 0 []
// two false 2 [a b]
// empty spread false 0 []
// func(string, ...string)
