// []byte prints as numbers with %v and as text with %s; a pointer to a struct prints as &{...}.
package main

import "fmt"

type T struct {
	Name string
	Tags []string
}

func main() {
	b := []byte("Go!")
	fmt.Printf("%v %s %q %x\n", b, b, b, b)
	t := &T{"x", nil}
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	nested := map[string]*T{"k": {Name: "inner"}}
	fmt.Println(len(nested), nested["k"].Name)
	fmt.Println([]*T{}, [][]int{{1}, {2, 3}}, map[string][]int{"a": {}})
}

// Output:
// [71 111 33] Go! "Go!" 476f21
// &{x []}
// &{Name:x Tags:[]}
// 1 inner
// [] [[1] [2 3]] map[a:[]]
