// Switching on strings and on a function's result; default may appear anywhere.
package main

import (
	"fmt"
	"strings"
)

func command(s string) string {
	switch strings.ToLower(s) {
	default:
		return "unknown command " + s
	case "start", "run":
		return "starting"
	case "stop":
		return "stopping"
	}
}

func main() {
	fmt.Println(command("RUN"))
	fmt.Println(command("stop"))
	fmt.Println(command("fly"))
}

// Output:
// starting
// stopping
// unknown command fly
