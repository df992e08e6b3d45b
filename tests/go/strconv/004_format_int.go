// FormatInt and FormatUint write integers in any base from 2 to 36; AppendInt appends.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatUint(1<<64-1, 10))
	b := []byte("n=")
	b = strconv.AppendInt(b, 42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
}

// Output:
// 11111111 ff -73
// 18446744073709551615
// n=42 true "q"
