// range over a string decodes UTF-8: it yields byte offsets and runes.
package main

import "fmt"

func main() {
	for i, r := range "héllo, 世界" {
		fmt.Printf("%d:%c(%d)\n", i, r, r)
	}
	s := "日本"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x", s[i])
	}
	fmt.Println()
	for i := range "ab€" {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// 0:h(104)
// 1:é(233)
// 3:l(108)
// 4:l(108)
// 5:o(111)
// 6:,(44)
// 7: (32)
// 8:世(19990)
// 11:界(30028)
// e697a5e69cac
// 012
