// Package runtime: the goroutine kernel as Go programs see it.
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func Gosched()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func Goexit()
func GC()
func Version() string
func KeepAlive(x any) {}

// MemProfileRate is accepted and ignored.
var MemProfileRate int = 512 * 1024

// MemStats reports the interpreter's heap in Go's field names (a subset).
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapObjects  uint64
	HeapInuse    uint64
	StackInuse   uint64
	NumGC        uint32
	PauseTotalNs uint64
}

func ReadMemStats(m *MemStats)

// An Error is a run-time error panic value, such as an index out of range.
type Error interface {
	error
	RuntimeError()
}
