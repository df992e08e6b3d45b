// The usual flow: check each error, add context, return early.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse port: %w", err)
	}
	if n < 1 || n > 65535 {
		return 0, fmt.Errorf("port %d out of range", n)
	}
	return n, nil
}

func main() {
	for _, in := range []string{"8080", "http", "70000"} {
		port, err := parsePort(in)
		if err != nil {
			fmt.Println("error:", err)
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Println("  bad number:", numErr.Num, errors.Is(err, strconv.ErrSyntax))
			}
			continue
		}
		fmt.Println("port", port)
	}
}

// Output:
// port 8080
// error: parse port: strconv.Atoi: parsing "http": invalid syntax
//   bad number: http true
// error: port 70000 out of range
