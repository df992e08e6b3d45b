// String and Error methods in nested values: durations, errors and Stringers in fields,
// arrays, map keys and interfaces; Error wins over String; unexported fields print raw.
package main

import (
	"errors"
	"fmt"
	"time"
)

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

type E struct{ Code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.Code) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Inner struct {
	D   time.Duration
	Err error
	s   S
	P   *E
}

type Outer struct {
	In  Inner
	Arr [2]S
	M   map[S]int
	Any any
}

func main() {
	o := Outer{
		In:  Inner{1500 * time.Millisecond, errors.New("x"), "hidden", &E{7}},
		Arr: [2]S{"a", "b"},
		M:   map[S]int{"k": 1},
		Any: S("any"),
	}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v %s %d\n", Both{}, Both{}, Both{})
	var np *E
	fmt.Println(np, []*E{nil, {3}})
	fmt.Printf("%q %x %10s|%-4v|\n", S("q"), S("x"), S("pad"), S("l"))
	fmt.Printf("%v %d\n", time.Duration(90)*time.Second, time.Duration(5))
	fmt.Println(fmt.Sprintf("%s", []S{"a", "b"}), fmt.Sprint(map[string]S{"z": "v"}))
	var err error = &E{1}
	fmt.Printf("%v|%s|%q|%x|%T\n", err, err, err, err, err)
	fmt.Printf("%6.2v|\n", S("abcdef"))
	fmt.Printf("%v %v\n", struct{ A, b S }{"x", "y"}, &struct{ A S }{"z"})
}

// Output:
// {{1.5s x hidden E7} [S<a> S<b>] map[S<k>:1] S<any>}
// {In:{D:1.5s Err:x s:hidden P:E7} Arr:[S<a> S<b>] M:map[S<k>:1] Any:S<any>}
// error error {}
// <nil> [<nil> E3]
// "S<q>" 533c783e     S<pad>|S<l>|
// 1m30s 5
// [S<a> S<b>] map[z:S<v>]
// E1|E1|"E1"|4531|*main.E
//     S<|
// {S<x> y} &{S<z>}
