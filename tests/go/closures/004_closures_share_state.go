// Several closures created together share the same captured variable.
package main

import "fmt"

func account(balance int) (deposit func(int), withdraw func(int) bool, get func() int) {
	deposit = func(n int) { balance += n }
	withdraw = func(n int) bool {
		if n > balance {
			return false
		}
		balance -= n
		return true
	}
	get = func() int { return balance }
	return
}

func main() {
	dep, wd, bal := account(100)
	dep(50)
	fmt.Println(wd(120), bal())
	fmt.Println(wd(100), bal())
}

// Output:
// true 30
// false 30
