// Interface values are equal when their dynamic types and values are equal.
package main

import "fmt"

type ID int
type Name string

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	var c interface{} = ID(1)
	fmt.Println(a == c) // same number, different dynamic type
	var d interface{} = Name("x")
	var e interface{} = "x"
	fmt.Println(d == e, d == Name("x"))
	m := map[interface{}]string{1: "int", "1": "string", ID(1): "ID"}
	fmt.Println(len(m), m[1], m["1"], m[ID(1)])
}

// Output:
// true
// false
// false true
// 3 int string ID
