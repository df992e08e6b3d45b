// interface{} (also spelled any) holds a value of any type.
package main

import "fmt"

func main() {
	var things []any
	things = append(things, 42, "hello", 3.5, true, nil, []string{"x"})
	for _, t := range things {
		fmt.Printf("%v\t%T\n", t, t)
	}
	var x interface{} = 7
	var y any = x
	fmt.Println(x == y, y == 7, y == "7")
}

// Output:
// 42	int
// hello	string
// 3.5	float64
// true	bool
// <nil>	<nil>
// [x]	[]string
// true true false
