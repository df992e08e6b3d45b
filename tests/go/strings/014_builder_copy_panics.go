// A strings.Builder must not be copied once written to: writing through the copy panics.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	a.WriteString("hello")
	a.WriteByte(' ')
	a.WriteRune('世')
	fmt.Println(a.String(), a.Len())
	b := a // a copy of a Builder that was written to
	fmt.Println(b.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	b.WriteString("!")
}

// Output:
// hello 世 9
// hello 世
// recovered: strings: illegal use of non-zero Builder copied by value
