// Imports can be grouped and renamed.
package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println(str.ToUpper("renamed import"))
	fmt.Println(str.Repeat("ab", 3))
}

// Output:
// RENAMED IMPORT
// ababab
