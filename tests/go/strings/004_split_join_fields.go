// Splitting and joining.
package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  many   spaces\there\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
}

// Output:
// 4 [a b  c]
// ["a" "b" "c"]
// ["a" "b:c:d"]
// ["a," "b," "c"]
// ["many" "spaces" "here"]
// x-y-z
// key value true
// false
// ["a" "b" "c"]
