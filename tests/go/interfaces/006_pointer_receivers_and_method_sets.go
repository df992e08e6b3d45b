// If the methods have pointer receivers, only the pointer type implements the interface.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + " says woof" }

type Cat struct{ name string }

func (c Cat) Speak() string { return c.name + " says meow" }

func main() {
	var s Speaker
	s = &Dog{"rex"}
	fmt.Println(s.Speak())
	s = Cat{"tom"}
	fmt.Println(s.Speak())
	s = &Cat{"kit"} // the pointer type has the value methods too
	fmt.Println(s.Speak())

	var x interface{} = Dog{"fido"}
	_, ok := x.(Speaker)
	fmt.Println("Dog value is a Speaker:", ok)
	x = &Dog{"fido"}
	_, ok = x.(Speaker)
	fmt.Println("*Dog is a Speaker:", ok)
}

// Output:
// rex says woof
// tom says meow
// kit says meow
// Dog value is a Speaker: false
// *Dog is a Speaker: true
