// A method value binds the receiver; a method expression takes it as the first argument.
package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Greet(greeting string) string { return greeting + ", " + g.name }

type Tally struct{ n int }

func (t *Tally) Add(k int) { t.n += k }

func main() {
	g := Greeter{"gopher"}
	hello := g.Greet // bound now; later changes to g do not affect it
	g.name = "someone else"
	fmt.Println(hello("hello"))

	expr := Greeter.Greet
	fmt.Println(expr(Greeter{"ann"}, "hi"))

	var t Tally
	add := t.Add // binds &t
	add(2)
	add(3)
	(*Tally).Add(&t, 10)
	fmt.Println(t.n)
}

// Output:
// hello, gopher
// hi, ann
// 15
