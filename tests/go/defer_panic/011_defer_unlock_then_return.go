// A deferred Unlock runs after the return value is computed; the value is not disturbed.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
	lastErr error
}

func (a *Account) Withdraw(n int) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		a.lastErr = errors.New("insufficient funds")
		return a.balance, a.lastErr
	}
	a.balance -= n
	return a.balance, nil
}

func (a *Account) LastError() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.lastErr
}

func main() {
	a := &Account{balance: 100}
	fmt.Println(a.Withdraw(30))
	fmt.Println(a.Withdraw(100))
	fmt.Println(a.LastError())
}

// Output:
// 70 <nil>
// 70 insufficient funds
// insufficient funds
