// Package sync: the kernel's Mutex, RWMutex, WaitGroup, Once, Cond and Pool; Map is Go
// code over a Mutex. impl fields (always first) hold the kernel object, made on first
// use, so the zero value of each type is ready to use; self (second) is the address the
// object was made for, so that a copy of a used value gets the copied state, as in Go.
package sync

type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct {
	impl uintptr
	self uintptr
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	impl uintptr
	self uintptr
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

type WaitGroup struct {
	impl uintptr
	self uintptr
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

type Once struct {
	impl uintptr
	self uintptr
}

// Do is Go's doSlow: the first caller runs f under the Once's mutex, later callers wait
// for it to finish; f counts as done even when it panics.
func (o *Once) Do(f func()) {
	if o.done() {
		return
	}
	o.lock()
	defer o.unlock()
	if o.begin() {
		defer o.markDone()
		f()
	}
}

func (o *Once) done() bool
func (o *Once) lock()
func (o *Once) unlock()
func (o *Once) begin() bool
func (o *Once) markDone()

func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}

// OnceValue returns a function that calls f once and then returns its result.
func OnceValue[T any](f func() T) func() T {
	var once Once
	var result T
	return func() T {
		once.Do(func() { result = f() })
		return result
	}
}

// OnceValues returns a function that calls f once and then returns its results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var r1 T1
	var r2 T2
	return func() (T1, T2) {
		once.Do(func() { r1, r2 = f() })
		return r1, r2
	}
}

type Cond struct {
	impl uintptr
	self uintptr
	L    Locker
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait unlocks c.L, parks until Signal or Broadcast, and locks c.L again. As in Go, the
// ticket taken before the Unlock makes sure a Signal made meanwhile is not lost.
func (c *Cond) Wait() {
	t := c.add()
	c.L.Unlock()
	c.wait(t)
	c.L.Lock()
}

func (c *Cond) add() uint32
func (c *Cond) wait(ticket uint32)
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// A Pool keeps freed values for reuse (the kernel's per-processor caches, emptied by
// garbage collections); New, when set, makes a value when it has none.
type Pool struct {
	impl uintptr
	self uintptr
	New  func() any
}

func (p *Pool) Get() any {
	if x, ok := p.get(); ok {
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

func (p *Pool) get() (any, bool)
func (p *Pool) Put(x any)

// A Map is a map[any]any safe for concurrent use; Range visits keys in insertion order.
type Map struct {
	mu   Mutex
	m    map[any]any
	keys []any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.storeLocked(key, value)
}

func (m *Map) storeLocked(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	if _, ok := m.m[key]; !ok {
		m.keys = append(m.keys, key)
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.storeLocked(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	if loaded {
		m.deleteLocked(key)
	}
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.deleteLocked(key)
}

func (m *Map) deleteLocked(key any) {
	if _, ok := m.m[key]; !ok {
		return
	}
	delete(m.m, key)
	for i, k := range m.keys {
		if k == key {
			copy(m.keys[i:], m.keys[i+1:])
			m.keys = m.keys[:len(m.keys)-1]
			break
		}
	}
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	m.storeLocked(key, value)
	return
}

func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.deleteLocked(key)
		return true
	}
	return false
}

func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m = nil
	m.keys = nil
}

func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := append([]any(nil), m.keys...)
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if ok && !f(k, v) {
			break
		}
	}
}
