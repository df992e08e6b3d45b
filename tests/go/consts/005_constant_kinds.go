// Rune, string, bool and float constants, and their default types.
package main

import "fmt"

const (
	letter   = 'a'
	greeting = "hi"
	yes      = true
	ratio    = 2.5
	count    = 3
)

func main() {
	fmt.Printf("%T %T %T %T %T\n", letter, greeting, yes, ratio, count)
	fmt.Println(letter+1, string(rune(letter+1)))
	fmt.Println(greeting+"!", !yes, ratio*count)
	var b byte = letter
	fmt.Println(b)
}

// Output:
// int32 string bool float64 int
// 98 b
// hi! false 7.5
// 97
