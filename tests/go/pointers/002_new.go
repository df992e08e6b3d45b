// new(T) allocates a zeroed T and returns its address.
package main

import "fmt"

type config struct {
	name    string
	retries int
}

func main() {
	n := new(int)
	fmt.Println(*n)
	*n = 7
	fmt.Println(*n)

	c := new(config)
	c.name = "default"
	fmt.Println(c.name, c.retries)
	fmt.Printf("%+v\n", *c)

	a := new(int)
	b := new(int)
	fmt.Println(a == b)
}

// Output:
// 0
// 7
// default 0
// {name:default retries:0}
// false
