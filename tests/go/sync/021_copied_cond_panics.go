// A Cond must not be copied after first use: Go checks and panics.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	d := *c
	defer func() { fmt.Println("recovered:", recover()) }()
	d.Signal()
}

// Output:
// recovered: sync.Cond is copied
