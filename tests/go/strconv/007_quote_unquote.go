// Quote produces a Go string literal; Unquote reads one back.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello \"world\"\n"))
	fmt.Println(strconv.Quote("tab\t and é"))
	fmt.Println(strconv.QuoteToASCII("é世"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("not quoted")
	fmt.Println(err)
}

// Output:
// "hello \"world\"\n"
// "tab\t and é"
// "\u00e9\u4e16"
// '☺' '\''
// "a\tb" <nil>
// "raw\\n" <nil>
// invalid syntax
