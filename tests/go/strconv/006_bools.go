// ParseBool accepts 1, t, T, TRUE, true, True and the matching false forms.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"true", "T", "1", "False", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
}

// Output:
// true true <nil>
// T true <nil>
// 1 true <nil>
// False false <nil>
// 0 false <nil>
// yes false strconv.ParseBool: parsing "yes": invalid syntax
// true false
