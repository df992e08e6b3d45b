// Case mapping and case-insensitive comparison follow Unicode, not just ASCII.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("straße café"), strings.ToLower("ÀÉÎ ΣΑΣ İ"))
	fmt.Println(strings.ToTitle("ǆemal"), strings.ToUpper("ǆemal"), strings.Title("hello wORLD-foo_bar élan"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"))
	fmt.Println(strings.EqualFold("k", "\u212a"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("a", "ab"))
	fmt.Printf("%q\n", strings.ToUpper("a\xffb")) // invalid bytes become U+FFFD
}

// Output:
// STRAßE CAFÉ àéî σασ i
// ǅEMAL ǄEMAL Hello WORLD-Foo_bar Élan
// true true true
// true false false
// "A�B"
