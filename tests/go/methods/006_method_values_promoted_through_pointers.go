// Method values bind their receiver; method expressions take it as the first argument;
// promoted methods reach through embedded values and pointers.
package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

type Named struct {
	*Counter
	Name string
}

type Outer struct {
	Named
	tags [2]string
}

type Getter interface{ Get() int }

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	get := c.Get // copies *c now
	c.Inc()
	fmt.Println(get(), c.Get(), Counter.Add(*c, 10), (*Counter).Get(c))

	o := Outer{Named: Named{Counter: &Counter{5}, Name: "o"}}
	o.Inc()
	o.Named.Counter.Inc()
	o.tags[1] = "t"
	fmt.Println(o.Get(), o.n, o.Name, o.tags)

	var g Getter = o
	fmt.Println(g.Get())
	gf := g.Get
	o.Inc()
	fmt.Println(gf(), Getter.Get(o))

	fmt.Println(apply(strings.ToUpper, "go"), apply(strings.TrimSpace, "  x  "))
	fs := []func() int{c.Get, o.Get}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// Output:
// 2 3 13 3
// 7 7 o [ t]
// 7
// 8 8
// GO x
// 3 8 
