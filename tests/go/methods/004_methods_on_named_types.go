// Methods can be declared on any named type defined in the package, not only structs.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	fmt.Println(Celsius(100).ToF(), Celsius(-40).ToF())
	fmt.Println(Path{"usr", "local", "bin"})
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))
}

// Output:
// 212 -40
// /usr/local/bin
// 7
