// strings.Builder builds a string efficiently, piece by piece.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String())
	fmt.Println(b.Len())
	b.Reset()
	fmt.Printf("%q\n", b.String())
}

// Output:
// 3...2...1...liftoff!🚀
// 24
// ""
