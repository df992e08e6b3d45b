// The kernel benchmarks of ../kernel_bench.cpp as plain Go, for comparison: the same
// programs, the same operation counts, timed the same way (whole programs of `ops`
// operations repeated until minTime has passed; ns per op = elapsed / total ops).
//
//	GOMAXPROCS=1 go run main.go [-min_time SECONDS] [NAME...]
//
// prints one "NAME VALUE" line per benchmark: ns per op, or bytes per goroutine for
// parked_goroutine_bytes (measured first, on a fresh heap).
// No NAME runs them all. Only the standard library is used, so yaegi runs it too.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

const (
	ops        = 200000 // operations per program
	spawnBatch = 1000   // goroutines alive at once in spawn_exit (records are reused)
	lockers    = 8      // goroutines sharing the mutex in mutex_contended8
	parked     = 100000 // goroutines parked in parked_goroutine_bytes
)

var minTime = 500 * time.Millisecond

func producer(c chan int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
}

// go producer(c, n); for i < n { sum += <-c }
func chanProgram(capacity int) {
	c := make(chan int, capacity)
	go producer(c, ops)
	sum := 0
	for i := 0; i < ops; i++ {
		sum += <-c
	}
	check(sum == ops*(ops-1)/2, "wrong sum of received values")
}

func chanUnbuffered()  { chanProgram(0) }
func chanBuffered128() { chanProgram(128) }

// Four producers, one unbuffered channel each; main selects over all four.
func select4Recv() {
	var c [4]chan int
	for k := range c {
		c[k] = make(chan int)
		go producer(c[k], ops/4)
	}
	sum := 0
	for i := 0; i < ops; i++ {
		select {
		case v := <-c[0]:
			sum += v
		case v := <-c[1]:
			sum += v
		case v := <-c[2]:
			sum += v
		case v := <-c[3]:
			sum += v
		}
	}
	per := ops / 4
	check(sum == 4*(per*(per-1)/2), "wrong sum of selected values")
}

func mutexUncontended() {
	var mu sync.Mutex
	count := 0
	for i := 0; i < ops; i++ {
		mu.Lock()
		count++
		mu.Unlock()
	}
	check(count == ops, "wrong lock count")
}

func mutexContended8() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	wg.Add(lockers)
	for k := 0; k < lockers; k++ {
		go func() {
			for i := 0; i < ops/lockers; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	check(count == ops, "wrong lock count")
}

func spawnExit() {
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < ops; i += spawnBatch {
		b := spawnBatch
		if ops-i < b {
			b = ops - i
		}
		wg.Add(b)
		for j := 0; j < b; j++ {
			go func() { wg.Done() }()
		}
		total += b
		wg.Wait()
	}
	check(total == ops, "wrong goroutine count")
}

// All ops goroutines started before any runs, then main waits for them: no record
// can be reused, so every spawn allocates (a goroutine's stack, in Go).
func spawnExitBurst() {
	var wg sync.WaitGroup
	wg.Add(ops)
	for j := 0; j < ops; j++ {
		go func() { wg.Done() }()
	}
	wg.Wait()
}

// Heap and stack bytes per goroutine blocked receiving from a channel nobody sends on.
func parkedGoroutineBytes() float64 {
	c := make(chan int)
	var wg, exited sync.WaitGroup
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	wg.Add(parked)
	exited.Add(parked)
	for i := 0; i < parked; i++ {
		go func() {
			wg.Done()
			<-c
			exited.Done()
		}()
	}
	wg.Wait()
	runtime.GC()
	runtime.ReadMemStats(&after)
	close(c) // let them go, so that they do not run during the timed benchmarks
	exited.Wait()
	inUse := func(m *runtime.MemStats) float64 { return float64(m.HeapInuse + m.StackInuse) }
	return (inUse(&after) - inUse(&before)) / parked
}

func check(ok bool, what string) {
	if !ok {
		fmt.Fprintln(os.Stderr, "gobench:", what)
		os.Exit(1)
	}
}

// ns per op: whole programs repeated until minTime has passed (after one warm-up).
func measure(program func()) float64 {
	program()
	iterations := 0
	start := time.Now()
	for {
		program()
		iterations++
		if elapsed := time.Since(start); elapsed >= minTime {
			return float64(elapsed.Nanoseconds()) / float64(iterations*ops)
		}
	}
}

func main() {
	benchmarks := []struct {
		name    string
		program func()
	}{
		{"chan_unbuffered", chanUnbuffered},
		{"chan_buffered128", chanBuffered128},
		{"select4_recv", select4Recv},
		{"mutex_uncontended", mutexUncontended},
		{"mutex_contended8", mutexContended8},
		{"spawn_exit", spawnExit},
		{"spawn_exit_burst", spawnExitBurst},
	}
	var names []string
	first := 1 // yaegi passes its own words first: "yaegi run main.go ARGS"
	for i, a := range os.Args {
		if strings.HasSuffix(a, ".go") {
			first = i + 1
			break
		}
	}
	for i := first; i < len(os.Args); i++ {
		if os.Args[i] == "-min_time" && i+1 < len(os.Args) {
			s, err := strconv.ParseFloat(os.Args[i+1], 64)
			check(err == nil && s > 0, "bad -min_time")
			minTime = time.Duration(s * float64(time.Second))
			i++
			continue
		}
		names = append(names, os.Args[i])
	}
	want := func(name string) bool {
		if len(names) == 0 {
			return true
		}
		for _, n := range names {
			if n == name {
				return true
			}
		}
		return false
	}
	if want("parked_goroutine_bytes") {
		fmt.Printf("parked_goroutine_bytes %.0f\n", parkedGoroutineBytes())
	}
	for _, b := range benchmarks {
		if want(b.name) {
			fmt.Printf("%s %.1f\n", b.name, measure(b.program))
		}
	}
}
