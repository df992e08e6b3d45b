// Deadlock: two goroutines take the same two locks in opposite orders.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Account struct {
	name    string
	mu      sync.Mutex
	balance int
}

// transfer locks the source first, then the destination.
func transfer(from, to *Account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	from.mu.Lock()
	defer from.mu.Unlock()
	fmt.Println("locked", from.name)
	time.Sleep(10 * time.Millisecond) // long enough for the other transfer to lock its first account
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	alice := &Account{name: "alice", balance: 100}
	bob := &Account{name: "bob", balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go transfer(alice, bob, 10, &wg)
	go transfer(bob, alice, 20, &wg)
	wg.Wait()
	fmt.Println(alice.balance, bob.balance)
}
