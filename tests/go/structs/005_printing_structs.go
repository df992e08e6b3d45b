// fmt prints structs with %v, with field names under %+v, and as Go syntax under %#v.
package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Tags  []string
	Next  *Item
}

func main() {
	it := Item{Name: "pen", Price: 1.5, Tags: []string{"office"}}
	fmt.Printf("%v\n", it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%#v\n", it)
	p := &Item{Name: "cup"}
	fmt.Printf("%v %+v\n", p, p)
}

// Output:
// {pen 1.5 [office] <nil>}
// {Name:pen Price:1.5 Tags:[office] Next:<nil>}
// main.Item{Name:"pen", Price:1.5, Tags:[]string{"office"}, Next:(*main.Item)(nil)}
// &{cup 0 [] <nil>} &{Name:cup Price:0 Tags:[] Next:<nil>}
