// %v, %+v and %#v on structs, pointers, slices and maps.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Name     string
}

func main() {
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v %+v\n", &l.To, &l.To)
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"ok": true}, "q")
	fmt.Printf("%#v %#v %#v\n", 42, 3.0, []interface{}{1, "a", nil})
	var np *Point
	fmt.Printf("%v %+v\n", np, []*Point{nil})
}

// Output:
// {{0 0} {3 4} diag}
// {From:{X:0 Y:0} To:{X:3 Y:4} Name:diag}
// main.Line{From:main.Point{X:0, Y:0}, To:main.Point{X:3, Y:4}, Name:"diag"}
// &{3 4} &{X:3 Y:4}
// []int{1} map[string]bool{"ok":true} "q"
// 42 3 []interface {}{1, "a", interface {}(nil)}
// <nil> [<nil>]
