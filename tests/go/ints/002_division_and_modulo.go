// Integer division truncates toward zero; % takes the sign of the dividend.
package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%2, -7%2, 7%-2, -7%-2)
	a, b := 17, 5
	q, r := a/b, a%b
	fmt.Println(q, r, q*b+r == a)
}

// Output:
// 3 -3 -3 3
// 1 -1 1 -1
// 3 2 true
