// Go: 1.22
// The first failing job cancels the others with its error as the cause; results print
// through their String method, errors through Error, and errors.As/Is see the chains.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Result struct {
	ID  int
	Err error
}

func (r Result) String() string {
	if r.Err != nil {
		return fmt.Sprintf("job %d failed: %v", r.ID, r.Err)
	}
	return fmt.Sprintf("job %d ok", r.ID)
}

var ErrBad = errors.New("bad input")

type JobError struct {
	ID  int
	Err error
}

func (e *JobError) Error() string { return fmt.Sprintf("job %d: %v", e.ID, e.Err) }
func (e *JobError) Unwrap() error { return e.Err }

func work(ctx context.Context, id int) error {
	select {
	case <-time.After(time.Duration(id*10) * time.Millisecond):
		if id == 3 {
			return &JobError{id, ErrBad}
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("job %d: %w", id, context.Cause(ctx))
	}
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	var wg sync.WaitGroup
	var done atomic.Int64
	results := make([]Result, 5)
	var once sync.Once
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			err := work(ctx, id)
			if err != nil {
				once.Do(func() { cancel(err) })
			}
			results[id-1] = Result{id, err}
			done.Add(1)
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(done.Load(), results)
	var je *JobError
	fmt.Println(errors.As(context.Cause(ctx), &je), je.ID, errors.Is(results[4].Err, ErrBad))
	fmt.Printf("%v\n%+v\n", results[2], results[3])
}

// Output:
// job 1 ok
// job 2 ok
// job 3 failed: job 3: bad input
// job 4 failed: job 4: job 3: bad input
// job 5 failed: job 5: job 3: bad input
// 5 [job 1 ok job 2 ok job 3 failed: job 3: bad input job 4 failed: job 4: job 3: bad input job 5 failed: job 5: job 3: bad input]
// true 3 true
// job 3 failed: job 3: bad input
// job 4 failed: job 4: job 3: bad input
