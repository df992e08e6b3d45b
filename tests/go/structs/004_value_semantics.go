// Assigning a struct copies all of its fields.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func deposit(a Account, n int) { a.Balance += n }

func depositPtr(a *Account, n int) { a.Balance += n }

func main() {
	a := Account{"ann", 100}
	b := a
	b.Balance = 0
	fmt.Println(a.Balance, b.Balance)

	deposit(a, 50)
	fmt.Println(a.Balance)
	depositPtr(&a, 50)
	fmt.Println(a.Balance)

	accounts := []Account{{"x", 1}, {"y", 2}}
	for _, acc := range accounts {
		acc.Balance *= 100 // changes the copy only
	}
	fmt.Println(accounts)
	for i := range accounts {
		accounts[i].Balance *= 100
	}
	fmt.Println(accounts)
}

// Output:
// 100 0
// 100
// 150
// [{x 1} {y 2}]
// [{x 100} {y 200}]
