// %q quotes strings and runes, %c prints a character, %U a Unicode code point.
package main

import "fmt"

func main() {
	fmt.Printf("%q %q %q\n", "hi", "tab\there", `back\slash`)
	fmt.Printf("%q %q %q\n", 'x', '\n', '世')
	fmt.Printf("%c%c%c %c\n", 71, 111, '!', 0x4E16)
	fmt.Printf("%U %U %#U\n", 'A', '世', '世')
	fmt.Printf("%+q %#q\n", "héllo", "raw`ok")
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x %X % x\n", "hi", []byte("hi"), "hey")
}

// Output:
// "hi" "tab\there" "back\\slash"
// 'x' '\n' '世'
// Go! 世
// U+0041 U+4E16 U+4E16 '世'
// "h\u00e9llo" "raw`ok"
// ["a b" "c"]
// 6869 6869 68 65 79
