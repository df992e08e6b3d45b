// switch compares a value against cases; a case may list several values.
// There is no implicit fallthrough.
package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		return "consonant"
	}
}

func main() {
	for _, c := range []byte("go up") {
		fmt.Println(string(c), kind(c))
	}
}

// Output:
// g consonant
// o vowel
//   space
// u vowel
// p consonant
