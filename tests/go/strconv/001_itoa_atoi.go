// strconv.Itoa and strconv.Atoi convert between int and decimal strings.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := strconv.Itoa(-1234)
	fmt.Printf("%q %d\n", s, len(s))
	n, err := strconv.Atoi("5678")
	fmt.Println(n+1, err)
	n, err = strconv.Atoi("+42")
	fmt.Println(n, err)
	fmt.Println("7" + strconv.Itoa(7))
}

// Output:
// "-1234" 5
// 5679 <nil>
// 42 <nil>
// 77
