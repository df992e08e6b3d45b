// A method with a pointer receiver can modify the value it is called on.
package main

import "fmt"

type Counter struct{ hits int }

func (c *Counter) Hit()          { c.hits++ }
func (c *Counter) Reset()        { c.hits = 0 }
func (c Counter) String() string { return fmt.Sprintf("%d hits", c.hits) }

func main() {
	var c Counter
	c.Hit() // Go takes &c automatically because c is addressable
	c.Hit()
	fmt.Println(c.String())
	p := &c
	p.Hit()
	fmt.Println(c.hits)
	c.Reset()
	fmt.Println(c)
}

// Output:
// 2 hits
// 3
// 0 hits
