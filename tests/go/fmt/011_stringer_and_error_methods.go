// fmt uses Error() before String(); %d and other non-string verbs do not use them.
package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Status struct{ code int }

func (s Status) String() string { return "status-string" }
func (s Status) Error() string  { return fmt.Sprintf("status %d", s.code) }

type Wrapper struct {
	L Level
	P *Level
}

func main() {
	hi := Level(1)
	fmt.Println(Level(0), hi)
	fmt.Printf("%v %s %d %q\n", hi, hi, hi, hi)
	fmt.Println(Status{404})
	fmt.Printf("%v %+v\n", Wrapper{L: hi}, []Level{0, 1})
	fmt.Printf("%x\n", hi) // %x on a Stringer formats the string
}

// Output:
// low high
// high high 1 "high"
// status 404
// {high <nil>} [low high]
// 68696768
