// sync.Pool keeps freed objects around so the next Get can reuse one.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

var made int // how many times the pool had to call New

var buffers = sync.Pool{
	New: func() interface{} {
		made++
		return new(strings.Builder)
	},
}

// render borrows a builder, uses it, and gives it back for the next caller.
func render(name string, count int) string {
	b := buffers.Get().(*strings.Builder)
	b.Reset() // a reused builder still holds the last caller's text
	b.WriteString(name)
	b.WriteString(": ")
	b.WriteString(strconv.Itoa(count))
	b.WriteString(" new messages")
	s := b.String()
	buffers.Put(b)
	return s
}

func main() {
	users := []string{"ana", "bo", "chen", "dee", "eli"}
	for i, name := range users {
		fmt.Println(render(name, i+1))
	}
	fmt.Println("builders made:", made, "for", len(users), "renders")
}
