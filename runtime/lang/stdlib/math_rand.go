// Package math/rand: pseudo-random numbers seeded from the run's seed, so runs repeat.
package rand

import "math"

// A Source is a generator of uniformly-distributed int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// nativeSource: the kernel's generator; state is its one word (natives_rand_sort.cpp).
type nativeSource struct {
	state uint64
}

func (s *nativeSource) Int63() int64    { return sourceInt63(&s.state) }
func (s *nativeSource) Seed(seed int64) { sourceSeed(&s.state, seed) }

// Natives: the generator's step and seeding (plain functions, which interface method calls
// reach through the Go methods above).
func sourceInt63(state *uint64) int64
func sourceSeed(state *uint64, seed int64)

func NewSource(seed int64) Source {
	s := &nativeSource{}
	s.Seed(seed)
	return s
}

// A Rand draws numbers from its Source.
type Rand struct {
	src Source
}

func New(src Source) *Rand { return &Rand{src: src} }

func (r *Rand) Seed(seed int64)  { r.src.Seed(seed) }
func (r *Rand) Int63() int64     { return r.src.Int63() }
func (r *Rand) Uint32() uint32   { return uint32(r.Int63() >> 31) }
func (r *Rand) Uint64() uint64   { return uint64(r.Int63())>>31 | uint64(r.Int63())<<32 }
func (r *Rand) Int31() int32     { return int32(r.Int63() >> 32) }
func (r *Rand) Int() int         { return int(uint(r.Int63())) }
func (r *Rand) Float64() float64 { return float64(r.Int63n(1<<53)) / (1 << 53) }
func (r *Rand) Float32() float32 { return float32(r.Int63n(1<<24)) / (1 << 24) }

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
}

// ExpFloat64: exponentially distributed with rate 1 (by inversion; Go uses a ziggurat).
func (r *Rand) ExpFloat64() float64 { return -math.Log(1 - r.Float64()) }

// NormFloat64: standard normal (Box-Muller; Go uses a ziggurat).
func (r *Rand) NormFloat64() float64 {
	u := 1 - r.Float64()
	return math.Sqrt(-2*math.Log(u)) * math.Cos(2*math.Pi*r.Float64())
}

// The global generator, seeded from the run's seed.
var globalRand = New(NewSource(runSeed()))

// Native: the seed of this run (chanscope-cli --seed).
func runSeed() int64

func Seed(seed int64)                    { globalRand.Seed(seed) }
func Int63() int64                       { return globalRand.Int63() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int31() int32                       { return globalRand.Int31() }
func Int() int                           { return globalRand.Int() }
func Int63n(n int64) int64               { return globalRand.Int63n(n) }
func Int31n(n int32) int32               { return globalRand.Int31n(n) }
func Intn(n int) int                     { return globalRand.Intn(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func ExpFloat64() float64                { return globalRand.ExpFloat64() }
func NormFloat64() float64               { return globalRand.NormFloat64() }
