// A String() method controls how fmt prints a value.
package main

import "fmt"

type Suit int

const (
	Spades Suit = iota
	Hearts
)

func (s Suit) String() string { return [...]string{"♠", "♥"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

func main() {
	hand := []Card{{10, Hearts}, {1, Spades}}
	fmt.Println(hand[0])
	fmt.Println(hand)
	fmt.Printf("%v %s %d\n", hand[1], hand[1], hand[1])
	fmt.Println(map[Suit]int{Hearts: 2, Spades: 1})
}

// Output:
// 10♥
// [10♥ 1♠]
// 1♠ 1♠ {1 0}
// map[♠:1 ♥:2]
