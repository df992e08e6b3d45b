// strings.Reader reads a string as bytes or runes and can step back once.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo!")
	fmt.Println(r.Len(), r.Size())
	b, _ := r.ReadByte()
	ch, size, _ := r.ReadRune()
	fmt.Println(b, ch, size, r.Len())
	fmt.Println(r.UnreadRune(), r.UnreadRune() != nil)
	ch, size, _ = r.ReadRune()
	fmt.Println(ch, size)
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf[0], buf[2])
	n, err = r.Read(buf)
	fmt.Println(n, err)
	n, err = r.Read(buf)
	fmt.Println(n, err == io.EOF, r.Len())
	fmt.Println(r.UnreadByte(), r.Len())
	r.Reset("x")
	fmt.Println(r.Len(), r.UnreadByte())
}

// Output:
// 7 7
// 104 233 2 4
// <nil> true
// 233 2
// 3 <nil> 108 111
// 1 <nil>
// 0 true 0
// <nil> 1
// 1 strings.Reader.UnreadByte: at beginning of string
