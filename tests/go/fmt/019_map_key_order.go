// fmt prints map keys in sorted order: numbers and strings by value, structs and arrays
// field by field, interface keys by their dynamic values.
package main

import "fmt"

type P struct {
	X, Y int
	N    string
}

func main() {
	fmt.Println(map[any]int{"b": 1, "a": 2, "c": 3})
	fmt.Println(map[P]bool{{1, -2, "z"}: true, {1, -3, "a"}: false, {-1, 5, "m"}: true})
	fmt.Println(map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2})
	fmt.Println(map[int8]string{-3: "x", 2: "y", -100: "z"})
}

// Output:
// map[a:2 b:1 c:3]
// map[{-1 5 m}:true {1 -3 a}:false {1 -2 z}:true]
// map[[a z]:2 [b a]:1]
// map[-100:z -3:x 2:y]
