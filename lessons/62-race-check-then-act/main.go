// A check-then-act race: both withdrawals see enough money, and the account is overdrawn.
package main

import (
	"fmt"
	"sync"
	"time"
)

var balance = 100

// withdraw takes amount out of the account if there is enough in it.
func withdraw(name string, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	if balance >= amount { // check
		time.Sleep(time.Millisecond) // ask the fraud service: the other withdrawal runs meanwhile
		balance -= amount            // act: but the check may no longer be true
		fmt.Println(name, "withdrew", amount)
	} else {
		fmt.Println(name, "refused: not enough money")
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go withdraw("alice", 80, &wg)
	go withdraw("bob", 70, &wg)
	wg.Wait()
	fmt.Println("balance:", balance)
}
