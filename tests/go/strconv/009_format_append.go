// FormatFloat's formats and precisions, the Append forms and the quoting variants.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 123456.789
	for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x'} {
		fmt.Printf("%c %s %s\n", f, strconv.FormatFloat(x, f, -1, 64), strconv.FormatFloat(x, f, 3, 64))
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatFloat(-0.0, 'f', 2, 64), strconv.FormatFloat(1e21, 'f', -1, 64))
	b := []byte("x=")
	b = strconv.AppendFloat(b, 2.5, 'f', 1, 64)
	b = strconv.AppendUint(b, 255, 16)
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteToASCII(b, "é")
	fmt.Println(string(b))
	fmt.Println(strconv.QuoteRuneToASCII('\n'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ok"), strconv.IsPrint('\u00ad'), strconv.IsPrint('é'))
	fmt.Println(strconv.FormatInt(-8, 2), strconv.FormatUint(35, 36), strconv.Itoa(0))
}

// Output:
// e 1.23456789e+05 1.235e+05
// E 1.23456789E+05 1.235E+05
// f 123456.789 123456.789
// g 123456.789 1.23e+05
// G 123456.789 1.23E+05
// b 8483885939586761p-36 8483885939586761p-36
// x 0x1.e240c9fbe76c9p+16 0x1.e24p+16
// 0.33333334 0.00 1000000000000000000000
// x=2.5ff'☺''\u263a'"\u00e9"
// '\n' false true false true
// -1000 z 0
