// An outer method with the same name hides the promoted one; the inner one
// stays reachable through the embedded field.
package main

import "fmt"

type Base struct{}

func (Base) Hello() string   { return "hello from Base" }
func (b Base) Greet() string { return "Base.Greet calls " + b.Hello() }

type Derived struct {
	Base
}

func (Derived) Hello() string { return "hello from Derived" }

func main() {
	d := Derived{}
	fmt.Println(d.Hello())
	fmt.Println(d.Base.Hello())
	fmt.Println(d.Greet()) // no virtual dispatch: Base.Greet sees a Base
}

// Output:
// hello from Derived
// hello from Base
// Base.Greet calls hello from Base
