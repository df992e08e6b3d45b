// Package context: cancellation, deadlines and values, as Go code over channels,
// sync.Mutex and time.AfterFunc (the same structure as Go's own package).
package context

import (
	"errors"
	"sync"
	"time"
)

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

type CancelFunc func()
type CancelCauseFunc func(cause error)

var Canceled = errors.New("context canceled")
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

type emptyCtx struct {
	name string
}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }
func (e emptyCtx) String() string                        { return e.name }

var background = emptyCtx{"context.Background"}
var todo = emptyCtx{"context.TODO"}

func Background() Context { return background }
func TODO() Context       { return todo }

// A cancelCtx closes done once, when cancelled or when its parent is.
type cancelCtx struct {
	parent   Context
	mu       sync.Mutex
	done     chan struct{}
	err      error
	cause    error
	children map[*cancelCtx]bool
	deadline time.Time
	hasDL    bool
	timer    *time.Timer
}

func (c *cancelCtx) Deadline() (time.Time, bool) {
	if c.hasDL {
		return c.deadline, true
	}
	return c.parent.Deadline()
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return c.parent.Value(key)
}

func (c *cancelCtx) String() string { return "context.WithCancel" }

var cancelCtxKey int

func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	c.cause = cause
	close(c.done)
	children := c.children
	c.children = nil
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
	for child := range children {
		child.cancel(false, err, cause)
	}
	if removeFromParent {
		if p, ok := c.parent.Value(&cancelCtxKey).(*cancelCtx); ok {
			p.mu.Lock()
			delete(p.children, c)
			p.mu.Unlock()
		}
	}
}

// propagate arranges for c to be cancelled when its parent is.
func (c *cancelCtx) propagate() {
	done := c.parent.Done()
	if done == nil {
		return
	}
	select {
	case <-done:
		c.cancel(false, c.parent.Err(), Cause(c.parent))
		return
	default:
	}
	if p, ok := c.parent.Value(&cancelCtxKey).(*cancelCtx); ok {
		p.mu.Lock()
		if p.err != nil {
			p.mu.Unlock()
			c.cancel(false, p.err, p.cause)
			return
		}
		if p.children == nil {
			p.children = make(map[*cancelCtx]bool)
		}
		p.children[c] = true
		p.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-done:
			c.cancel(false, c.parent.Err(), Cause(c.parent))
		case <-c.done:
		}
	}()
}

func newCancelCtx(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return &cancelCtx{parent: parent, done: make(chan struct{})}
}

func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	c.propagate()
	return c, func() { c.cancel(true, Canceled, nil) }
}

func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	c.propagate()
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

func Cause(c Context) error {
	if cc, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
		cc.mu.Lock()
		defer cc.mu.Unlock()
		return cc.cause
	}
	return c.Err()
}

func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is WithDeadline whose expiry makes cause the context's Cause.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent)
	}
	c := newCancelCtx(parent)
	c.deadline = d
	c.hasDL = true
	c.propagate()
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() { c.cancel(true, DeadlineExceeded, cause) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeoutCause is WithTimeout whose expiry makes cause the context's Cause.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.Context.Value(key)
}

func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return c.c.Value(key) }

func WithoutCancel(parent Context) Context { return withoutCancelCtx{parent} }

func AfterFunc(ctx Context, f func()) (stop func() bool) {
	stopped := make(chan struct{})
	var once sync.Once
	ran := false
	go func() {
		select {
		case <-ctx.Done():
			once.Do(func() {
				ran = true
				go f()
			})
		case <-stopped:
		}
	}()
	return func() bool {
		stoppedNow := false
		once.Do(func() {
			stoppedNow = true
			close(stopped)
		})
		return stoppedNow && !ran
	}
}
