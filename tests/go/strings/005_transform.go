// Changing case, replacing, repeating and mapping.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Hello, Gopher"), strings.ToLower("Hello, Gopher"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Println(strings.Repeat("na", 4) + " batman")
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.ToTitle("go is fun"))
}

// Output:
// HELLO, GOPHER hello, gopher
// oinky oinky oink
// moo moo moo
// nananana batman
// Uryyb, Jbeyq
// &lt;b&gt;bold&lt;/b&gt;
// GO IS FUN
