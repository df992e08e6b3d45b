// QuoteToGraphic keeps Unicode spaces visible; QuotedPrefix finds the literal at the start of
// a string; Unquote accepts exactly one literal.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "a\u00a0b\u3000c\u2028d\te"
	fmt.Println(strconv.Quote(s), strconv.QuoteToGraphic(s), strconv.QuoteRuneToGraphic('\u00a0'), strconv.QuoteRuneToGraphic('\n'))
	fmt.Println(strconv.IsGraphic('\u00a0'), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u2028'), strconv.IsGraphic(-1))
	for _, in := range []string{`"abc"def`, "`raw`rest", `'x'y`, `"a\"b" tail`, `"unterminated`, `'ab'`, `''`, `"\u00e9"`, "x"} {
		p, err := strconv.QuotedPrefix(in)
		fmt.Printf("%q %v\n", p, err)
	}
	for _, in := range []string{`''`, `"a\x41"`, "`a\r\nb`", `'\''`, `"\'"`} {
		u, err := strconv.Unquote(in)
		fmt.Printf("%q %v\n", u, err)
	}
	b := strconv.AppendQuoteToGraphic([]byte{'>'}, "\u00a0")
	b = strconv.AppendQuoteRuneToGraphic(b, '\u3000')
	fmt.Println(string(b))
}

// Output:
// "a\u00a0b\u3000c\u2028d\te" "a b　c\u2028d\te" ' ' '\n'
// true false false false
// "\"abc\"" <nil>
// "`raw`" <nil>
// "'x'" <nil>
// "\"a\\\"b\"" <nil>
// "" invalid syntax
// "" invalid syntax
// "''" <nil>
// "\"\\u00e9\"" <nil>
// "" invalid syntax
// "" <nil>
// "aA" <nil>
// "a\nb" <nil>
// "'" <nil>
// "" invalid syntax
// >" "'　'
