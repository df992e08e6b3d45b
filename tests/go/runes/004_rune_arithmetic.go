// Runes are int32 code points: you can compute with them.
package main

import (
	"fmt"
	"strings"
)

func classify(r rune) string {
	switch {
	case r >= 'A' && r <= 'Z':
		return "upper"
	case r >= 'a' && r <= 'z':
		return "lower"
	case r >= '0' && r <= '9':
		return "digit"
	case r == ' ':
		return "space"
	}
	return "other"
}

func main() {
	for r := 'a'; r <= 'e'; r++ {
		fmt.Print(string(r), string(r-'a'+'A'))
	}
	fmt.Println()
	counts := map[string]int{}
	for _, r := range "Hello, World 42!" {
		counts[classify(r)]++
	}
	fmt.Println(counts)
	fmt.Println(strings.ToUpper("straße"), '9'-'0')
}

// Output:
// aAbBcCdDeE
// map[digit:2 lower:8 other:2 space:2 upper:2]
// STRAßE 9
