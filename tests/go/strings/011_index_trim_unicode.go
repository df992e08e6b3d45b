// Index and Trim functions work on runes: multi-byte characters in cutsets and char sets.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "¡¡¡Hola, señor!!!"
	fmt.Println(strings.IndexAny(s, "ñ,"), strings.LastIndexAny(s, "¡o"), strings.IndexRune(s, 'ñ'), strings.IndexRune(s, -1))
	fmt.Printf("%q %q %q\n", strings.Trim(s, "!¡"), strings.TrimLeft(s, "¡H"), strings.TrimRight(s, "!r"))
	fmt.Printf("%q %q\n", strings.TrimSpace("\u3000\u2029 text \u0085"), strings.TrimSpace("\t\n"))
	fmt.Println(strings.ContainsAny("hello", ""), strings.ContainsRune("héllo", 'é'), strings.IndexByte("héllo", 'l'))
	fmt.Println(strings.IndexRune("a\xffb", '\uFFFD'), strings.IndexAny("a\xffb", "\uFFFD"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Index("chicken", ""), strings.LastIndex("chicken", ""), strings.LastIndexByte("chicken", 'k'))
}

// Output:
// 10 16 14 -1
// "Hola, señor" "ola, señor!!!" "¡¡¡Hola, seño"
// "text" ""
// false true 3
// 1 1 3
// 0 7 4
