// fmt calls String and Error methods on values nested in exported fields, slices, maps
// and interfaces, but not through unexported fields.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Reading struct {
	Where string
	Temp  Celsius
	temp  Celsius
	Err   error
}

func main() {
	r := Reading{"roof", 21.5, 19, errors.New("sensor drift")}
	fmt.Println(r)
	fmt.Printf("%v|%+v\n", r, r)
	fmt.Println([]Celsius{1, 2.25})
	fmt.Println(map[string]Celsius{"a": 3})
	fmt.Println([]any{Celsius(4), 5, "six"})
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Println([]*Point{&p})
	fmt.Printf("%s %q %x %d\n", Celsius(7), Celsius(7), Celsius(7), 8)
	fmt.Printf("[%10v] [%-8s]\n", Celsius(1), Celsius(2))
}

// Output:
// {roof 21.5°C 19 sensor drift}
// {roof 21.5°C 19 sensor drift}|{Where:roof Temp:21.5°C temp:19 Err:sensor drift}
// [1.0°C 2.2°C]
// map[a:3.0°C]
// [4.0°C 5 six]
// {1 2} (1,2)
// [(1,2)]
// 7.0°C "7.0°C" 372e30c2b043 8
// [     1.0°C] [2.0°C   ]
