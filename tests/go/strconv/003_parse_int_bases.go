// ParseInt and ParseUint accept a base (0 means: from the prefix) and a bit size.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.ParseInt("ff", 16, 64))
	fmt.Println(strconv.ParseInt("-101", 2, 8))
	fmt.Println(strconv.ParseInt("0x1F", 0, 64))
	fmt.Println(strconv.ParseInt("0o17", 0, 64))
	fmt.Println(strconv.ParseInt("1_000", 0, 64))
	fmt.Println(strconv.ParseInt("128", 10, 8))
	fmt.Println(strconv.ParseUint("255", 10, 8))
	fmt.Println(strconv.ParseUint("-1", 10, 64))
}

// Output:
// 255 <nil>
// -5 <nil>
// 31 <nil>
// 15 <nil>
// 1000 <nil>
// 127 strconv.ParseInt: parsing "128": value out of range
// 255 <nil>
// 0 strconv.ParseUint: parsing "-1": invalid syntax
