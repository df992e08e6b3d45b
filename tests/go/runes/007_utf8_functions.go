// Package unicode/utf8 encodes and decodes runes; invalid input gives RuneError with width 1.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("price: 5€")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("x\x82\xac")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('€'), utf8.RuneLen('🚀'), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneCountInString("a\xffb"), utf8.ValidString("a\xffb"), utf8.ValidString("héllo"))
	fmt.Println(utf8.ValidRune('a'), utf8.ValidRune(0xD800), utf8.ValidRune(0x110000), utf8.FullRuneInString("\xe2\x82"), utf8.FullRuneInString("\xff"))
	p := []byte{0xe4, 0xb8, 0x96, 0x31}
	r, size = utf8.DecodeRune(p)
	fmt.Println(r, size, utf8.RuneCount(p), utf8.Valid(p), utf8.FullRune(p[:2]), utf8.RuneStart(p[1]))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 'é')
	fmt.Println(n, buf[0], buf[1])
	var out []byte
	out = utf8.AppendRune(out, 'G')
	out = utf8.AppendRune(out, '世')
	out = utf8.AppendRune(out, -1) // invalid: U+FFFD
	fmt.Println(len(out), out[0], out[1], out[4])
}

// Output:
// 8364 3
// 8364 3
// true 1
// true 0
// 1 2 3 4 -1 -1
// 9 3 false true
// true false false false true
// 19990 3 2 true false false
// 2 195 169
// 7 71 228 239
