// sort.Slice sorts with a less function; ties are broken explicitly to get one order.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"carol", 35}, {"alice", 30}, {"bob", 30}, {"dave", 25}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].age != people[j].age {
			return people[i].age < people[j].age
		}
		return people[i].name < people[j].name
	})
	fmt.Println(people)
	desc := []int{3, 1, 2}
	sort.Slice(desc, func(i, j int) bool { return desc[i] > desc[j] })
	fmt.Println(desc, sort.SliceIsSorted(desc, func(i, j int) bool { return desc[i] > desc[j] }))
}

// Output:
// [{dave 25} {alice 30} {bob 30} {carol 35}]
// [3 2 1] true
