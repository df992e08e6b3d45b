// Runtime errors are panics with a value implementing the error interface.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name+":", err.Error())
		} else {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	s := []int{1, 2, 3}
	i, zero := 5, 0
	try("index", func() { _ = s[i] })
	try("nil map", func() { m["a"] = 1 })
	try("nil pointer", func() { p.x++ })
	try("divide", func() { _ = i / zero })
	try("slice", func() { _ = s[2:i] })
	try("conversion", func() { var v interface{} = "str"; _ = v.(int) })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 42)) })
}

// Output:
// index: runtime error: index out of range [5] with length 3
// nil map: assignment to entry in nil map
// nil pointer: runtime error: invalid memory address or nil pointer dereference
// divide: runtime error: integer divide by zero
// slice: runtime error: slice bounds out of range [:5] with capacity 3
// conversion: interface conversion: interface {} is string, not int
// custom: custom 42
