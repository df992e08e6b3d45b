// strings.NewReplacer: at each position the pair given first wins; an empty old string
// matches between bytes.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.NewReplacer("a", "1", "", "-").Replace("abc"))
	fmt.Println(strings.NewReplacer("", "-").Replace("hello"))
	fmt.Println(strings.NewReplacer("ab", "X", "a", "Y", "abc", "Z").Replace("abcab a"))
	fmt.Println(strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace("<a & b>"))
	fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
}

// Output:
// 1-b-c-
// -h-e-l-l-o-
// XcX Y
// &lt;a &amp; b&gt;
// baab
