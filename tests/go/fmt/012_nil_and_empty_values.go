// How fmt shows nil and empty values.
package main

import "fmt"

func main() {
	var err error
	var sl []int
	var m map[string]int
	var p *int
	var i interface{}
	var fn func()
	var ch chan int
	fmt.Println(err, sl, m, p, i, fn == nil, ch)
	fmt.Printf("%v %d %s\n", nil, []int(nil), []string{})
	fmt.Printf("[%s] [%v] [%q]\n", "", "", "")
	fmt.Printf("%+v %#v\n", struct{}{}, struct{ A *int }{})
}

// Output:
// <nil> [] map[] <nil> <nil> true <nil>
// <nil> [] []
// [] [] [""]
// {} struct { A *int }{A:(*int)(nil)}
