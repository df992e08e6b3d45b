// A pointer method needs an addressable value: a composite literal is not one.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	c := Counter{}
	c.Inc() // fine: c is a variable
	Counter{}.Inc()
	fmt.Println(c.n)
}

// Output:
// Exit: 1
// Stderr:
// FILE:13:12: cannot call pointer method Inc on Counter
