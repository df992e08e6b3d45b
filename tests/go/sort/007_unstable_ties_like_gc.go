// sort.Slice is not stable: equal elements may move. chanscope uses Go's own algorithm
// (pattern-defeating quicksort), so ties land exactly where gc puts them.
package main

import (
	"fmt"
	"sort"
)

type player struct {
	name  string
	score int
}

func main() {
	names := []string{"ana", "ben", "cy", "dee", "eli", "fay", "gus", "hal", "ivy", "jo", "kim", "lu", "max", "ned", "oz", "pam"}
	players := make([]player, 0, len(names))
	for i, n := range names {
		players = append(players, player{n, (i * 7) % 3})
	}
	sort.Slice(players, func(i, j int) bool { return players[i].score < players[j].score })
	fmt.Println(players)
	sort.SliceStable(players, func(i, j int) bool { return players[i].name < players[j].name })
	fmt.Println(players[:4])
}

// Output:
// [{gus 0} {pam 0} {max 0} {dee 0} {ana 0} {jo 0} {eli 1} {hal 1} {kim 1} {ned 1} {ben 1} {ivy 2} {fay 2} {lu 2} {cy 2} {oz 2}]
// [{ana 0} {ben 1} {cy 2} {dee 0}]
