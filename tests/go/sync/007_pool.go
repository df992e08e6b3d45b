// sync.Pool hands out reusable objects; New makes one when the pool is empty.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	created := 0
	pool := sync.Pool{
		New: func() interface{} {
			created++
			return new(strings.Builder)
		},
	}
	b := pool.Get().(*strings.Builder)
	b.WriteString("hello")
	fmt.Println(b.String(), created)
	b.Reset()
	pool.Put(b)

	b2 := pool.Get().(*strings.Builder) // either the same builder again or a new one
	fmt.Println(b2.Len(), created >= 1)

	var empty sync.Pool
	fmt.Println(empty.Get())
}

// Output:
// hello 1
// 0 true
// <nil>
