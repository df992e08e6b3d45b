// Package unicode classifies runes and maps their case with Unicode's tables.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'A', 'ß', 'Σ', 'ǅ', '中', '٣', 'Ⅷ', '!', '+', '\u00a0', '\u0301', '\n', '\u0085'} {
		fmt.Printf("%U letter=%t upper=%t lower=%t title=%t digit=%t number=%t punct=%t symbol=%t mark=%t space=%t print=%t graphic=%t control=%t\n",
			r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsSpace(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r))
	}
	fmt.Printf("%c %c %c %c\n", unicode.ToUpper('ß'), unicode.ToLower('Σ'), unicode.ToTitle('ǆ'), unicode.ToUpper('ǆ'))
	fmt.Println(unicode.ToUpper('ÿ'), unicode.ToLower('İ'), unicode.ToUpper('ı'), unicode.ToUpper(-5), unicode.To(unicode.LowerCase, 'Ā'))
	r := 'k'
	for i := 0; i < 4; i++ {
		fmt.Printf("%c ", r)
		r = unicode.SimpleFold(r)
	}
	fmt.Println(unicode.SimpleFold('1'), unicode.SimpleFold(-2))
}

// Output:
// U+0041 letter=true upper=true lower=false title=false digit=false number=false punct=false symbol=false mark=false space=false print=true graphic=true control=false
// U+00DF letter=true upper=false lower=true title=false digit=false number=false punct=false symbol=false mark=false space=false print=true graphic=true control=false
// U+03A3 letter=true upper=true lower=false title=false digit=false number=false punct=false symbol=false mark=false space=false print=true graphic=true control=false
// U+01C5 letter=true upper=false lower=false title=true digit=false number=false punct=false symbol=false mark=false space=false print=true graphic=true control=false
// U+4E2D letter=true upper=false lower=false title=false digit=false number=false punct=false symbol=false mark=false space=false print=true graphic=true control=false
// U+0663 letter=false upper=false lower=false title=false digit=true number=true punct=false symbol=false mark=false space=false print=true graphic=true control=false
// U+2167 letter=false upper=false lower=false title=false digit=false number=true punct=false symbol=false mark=false space=false print=true graphic=true control=false
// U+0021 letter=false upper=false lower=false title=false digit=false number=false punct=true symbol=false mark=false space=false print=true graphic=true control=false
// U+002B letter=false upper=false lower=false title=false digit=false number=false punct=false symbol=true mark=false space=false print=true graphic=true control=false
// U+00A0 letter=false upper=false lower=false title=false digit=false number=false punct=false symbol=false mark=false space=true print=false graphic=true control=false
// U+0301 letter=false upper=false lower=false title=false digit=false number=false punct=false symbol=false mark=true space=false print=true graphic=true control=false
// U+000A letter=false upper=false lower=false title=false digit=false number=false punct=false symbol=false mark=false space=true print=false graphic=false control=true
// U+0085 letter=false upper=false lower=false title=false digit=false number=false punct=false symbol=false mark=false space=true print=false graphic=false control=true
// ß σ ǅ Ǆ
// 376 105 73 -5 257
// k K K k 49 -2
