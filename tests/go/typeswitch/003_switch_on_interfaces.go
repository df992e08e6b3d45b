// Cases can be interface types; the first matching case wins.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Both struct{}

func (Both) String() string { return "both-as-string" }
func (Both) Error() string  { return "both-as-error" }

func show(v interface{}) {
	switch x := v.(type) {
	case error:
		fmt.Println("error:", x.Error())
	case fmt.Stringer:
		fmt.Println("stringer:", x.String())
	default:
		fmt.Println("plain:", x)
	}
}

func main() {
	show(Temp(21.5))
	show(errors.New("disk full"))
	show(Both{})
	show(42)
}

// Output:
// stringer: 21.5°C
// error: disk full
// error: both-as-error
// plain: 42
