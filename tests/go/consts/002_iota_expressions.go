// iota inside expressions, skipped values, and several constants per line.
package main

import "fmt"

type ByteSize float64

const (
	_           = iota // skip 0
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10 // both use the same iota
	c, d
	e, f
)

const (
	Read = 1 << iota
	Write
	Exec
)

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(Read, Write, Exec, Read|Exec)
}

// Output:
// 1024 1.048576e+06 1.073741824e+09
// 0 0 1 10 2 20
// 1 2 4 5
