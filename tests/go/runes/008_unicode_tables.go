// unicode.Is and unicode.In test runes against Go's tables: scripts (Han, Hangul, ...) and
// categories (Lu, Z, P, ...).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	count := map[string]int{}
	for _, r := range "Hello, 世界! 안녕하세요 Привет Γειά カタカナ ひらがな" {
		switch {
		case unicode.Is(unicode.Han, r):
			count["han"]++
		case unicode.Is(unicode.Hangul, r):
			count["hangul"]++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			count["kana"]++
		case unicode.Is(unicode.Cyrillic, r):
			count["cyrillic"]++
		case unicode.Is(unicode.Greek, r):
			count["greek"]++
		case unicode.Is(unicode.Latin, r):
			count["latin"]++
		case unicode.Is(unicode.Z, r):
			count["space"]++
		case unicode.Is(unicode.P, r):
			count["punct"]++
		}
	}
	fmt.Println(count)
	fmt.Println(unicode.Is(unicode.Lu, 'A'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Nd, unicode.Lt}, 'ǅ'), unicode.Is(unicode.White_Space, '\u0085'), unicode.Is(unicode.Space, '\u0085'), unicode.Is(unicode.Cc, '\x7f'))
}

// Output:
// map[cyrillic:6 greek:4 han:2 hangul:5 kana:8 latin:5 punct:2 space:6]
// true true true false true
