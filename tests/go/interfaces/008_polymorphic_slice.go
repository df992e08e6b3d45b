// Interfaces let a function work with any type that has the needed behaviour.
package main

import (
	"fmt"
	"strings"
)

type Notifier interface {
	Notify(msg string) string
}

type Email struct{ addr string }
type SMS struct{ number string }

func (e Email) Notify(m string) string { return "mail to " + e.addr + ": " + m }
func (s SMS) Notify(m string) string   { return "sms to " + s.number + ": " + strings.ToUpper(m) }

func broadcast(ns []Notifier, msg string) {
	for _, n := range ns {
		fmt.Println(n.Notify(msg))
	}
}

func main() {
	broadcast([]Notifier{Email{"a@b.c"}, SMS{"555"}}, "deploy done")
}

// Output:
// mail to a@b.c: deploy done
// sms to 555: DEPLOY DONE
