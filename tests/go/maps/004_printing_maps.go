// fmt prints maps with their keys sorted, whatever the key type.
package main

import "fmt"

func main() {
	m := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(m)
	f := map[float64]bool{2.5: true, -1: false}
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	fmt.Printf("%v\n%+v\n%#v\n", map[string]int{"z": 26, "a": 1}, map[string][]int{"x": {1}}, map[string]int{"k": 1})
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), nilMap["x"])
}

// Output:
// map[-5:neg 1:a 2:b 3:c]
// map[-1:false 2.5:true]
// map[false:0 true:1]
// map[a:1 z:26]
// map[x:[1]]
// map[string]int{"k":1}
// map[] 0 0
