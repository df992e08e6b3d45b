// An error group: run tasks together, and on the first error cancel the rest.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Group runs tasks in goroutines and remembers the first error.
type Group struct {
	wg     sync.WaitGroup
	mu     sync.Mutex
	err    error
	cancel context.CancelFunc
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(parent)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(task func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := task(); err != nil {
			g.mu.Lock()
			if g.err == nil { // only the first error counts
				g.err = err
				g.cancel() // tell the other tasks to give up
			}
			g.mu.Unlock()
		}
	}()
}

// Wait waits for every task and returns the first error, if any.
func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

// fetch takes `cost`; it fails if `broken`, and stops early if ctx is cancelled.
func fetch(ctx context.Context, name string, cost time.Duration, broken bool) error {
	select {
	case <-time.After(cost):
		if broken {
			return errors.New(name + ": server unavailable")
		}
		fmt.Println(name, "done")
		return nil
	case <-ctx.Done():
		fmt.Println(name, "stopped:", ctx.Err())
		return ctx.Err()
	}
}

func main() {
	g, ctx := WithContext(context.Background())
	g.Go(func() error { return fetch(ctx, "users", 10*time.Millisecond, false) })
	g.Go(func() error { return fetch(ctx, "orders", 20*time.Millisecond, true) })
	g.Go(func() error { return fetch(ctx, "reports", 100*time.Millisecond, false) })
	if err := g.Wait(); err != nil {
		fmt.Println("first error:", err)
	}
}
