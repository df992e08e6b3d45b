// %#v calls GoString when a type has one (and never String); %x and %q apply to what
// String or Error returns; other verbs print the underlying value.
package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Pair struct {
	L Level
	S Secret
}

func main() {
	fmt.Printf("%v %d %s %q %x %X\n", Level(1), Level(1), Level(0), Level(0), Level(1), Level(1))
	fmt.Printf("%#v %v %#v\n", Level(1), Secret("pw"), Secret("pw"))
	fmt.Printf("%v %+v\n", Pair{1, "k"}, Pair{0, "k"})
	fmt.Printf("%#v\n", Pair{1, "k"})
	fmt.Printf("%5.2s|%-6v|\n", Level(1), Level(0))
	fmt.Println(fmt.Sprint(Level(0), Level(1)), fmt.Sprintln(Level(1), 2))
}

// Output:
// high 1 low "low" 68696768 68696768
// 1 *** Secret("***")
// {high ***} {L:low S:***}
// main.Pair{L:1, S:Secret("***")}
//    hi|low   |
// low high high 2
//
