// Struct values stored in a map are copies: replace the whole value, or store pointers.
package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	byName := map[string]Player{"ann": {"ann", 1}}
	p := byName["ann"]
	p.Score += 10
	byName["ann"] = p
	fmt.Println(byName["ann"].Score)

	ptrs := map[string]*Player{"bob": {"bob", 2}}
	ptrs["bob"].Score += 10
	fmt.Println(ptrs["bob"].Score, *ptrs["bob"])
}

// Output:
// 11
// 12 {bob 12}
