// Package variables are initialized in dependency order, then init functions run
// in source order, then main.
package main

import "fmt"

var a = b + 1 // depends on b, so b is initialized first
var b = f("b", 10)
var c = f("c", a*2)

func f(name string, v int) int {
	fmt.Println("init var", name, "=", v)
	return v
}

func init() {
	fmt.Println("first init: a =", a)
}

func init() {
	fmt.Println("second init: c =", c)
}

func main() {
	fmt.Println("main")
}

// Output:
// init var b = 10
// init var c = 22
// first init: a = 11
// second init: c = 22
// main
