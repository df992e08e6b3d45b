// A method satisfies an interface when the types are identical, however they are
// spelled: any and interface{}, byte and uint8, rune and int32.
package main

import "fmt"

type Sink interface {
	Put(x any) int
	Tag(b byte, r rune) string
}

type box struct{ items []interface{} }

func (b *box) Put(x interface{}) int {
	b.items = append(b.items, x)
	return len(b.items)
}

func (b *box) Tag(c uint8, r int32) string { return fmt.Sprintf("%c%c", c, r) }

func main() {
	var s Sink = &box{}
	s.Put(1)
	fmt.Println(s.Put("two"), s.Tag('g', '오'))
	var v any = &box{}
	_, ok := v.(Sink)
	fmt.Println(ok)
}

// Output:
// 2 g오
// true
