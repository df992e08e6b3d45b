// Edge cases of Split, SplitN, SplitAfterN, Replace and Count with empty separators and limits.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q %v\n", strings.SplitN("a,b,c", ",", 0), strings.SplitN("a,b,c", ",", 0) == nil)
	fmt.Printf("%q %q\n", strings.SplitN("a,b,c", ",", -1), strings.SplitN("a,b,c", ",", 5))
	fmt.Printf("%q %q\n", strings.Split("", ","), strings.Split("", ""))
	fmt.Printf("%q %q\n", strings.SplitN("héllo", "", 3), strings.SplitAfterN("1.2.3", ".", 2))
	fmt.Printf("%q %q\n", strings.Split("a\xffb", ""), strings.Split("a\xff", ""))
	fmt.Printf("%q %q %q\n", strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.Replace("héllo", "l", "L", 1))
	fmt.Println(strings.Count("héllo", ""), strings.Count("aaaa", "aa"), strings.Count("", ""))
	fmt.Printf("%q %q\n", strings.Fields(" a\u00a0b\u2003c\td "), strings.Fields("   "))
	before, after, found := strings.Cut("k=v=w", "=")
	fmt.Println(before, after, found)
	fmt.Printf("%q\n", strings.ToValidUTF8("ok\xff\xfe then \xc0!", "?"))
}

// Output:
// [] true
// ["a" "b" "c"] ["a" "b" "c"]
// [""] []
// ["h" "é" "llo"] ["1." "2.3"]
// ["a" "�" "b"] ["a" "\xff"]
// "-a-b-c-" "-a-bc" "héLlo"
// 6 2 1
// ["a" "b" "c" "d"] []
// k v=w true
// "ok? then ?!"
