// Aligning a small table with width flags.
package main

import "fmt"

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-12s %4s %8s\n", "item", "qty", "total")
	var sum float64
	for _, r := range rows {
		total := float64(r.qty) * r.price
		sum += total
		fmt.Printf("%-12s %4d %8.2f\n", r.name, r.qty, total)
	}
	fmt.Printf("%-12s %4s %8.2f\n", "sum", "", sum)
}

// Output:
// item          qty    total
// apple           3     1.50
// watermelon      1     3.25
// fig            12     2.40
// sum                   7.15
