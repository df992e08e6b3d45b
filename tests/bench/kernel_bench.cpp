// kernel_bench — what the kernel costs, per operation, with tracing off.
//
// Each benchmark iteration runs one whole scheduler program (a fresh Scheduler, a
// main goroutine, Run) doing kOps operations, so set-up is amortised and the
// "ns_per_op" counter is wall time / (iterations * kOps). The same programs, written
// in Go, are in go/main.go; compare.sh runs both and prints the ratios.
//
// Every program checks its own result (values received, lock count, goroutines
// parked) and that the run ended with main returning; a wrong result marks the
// benchmark as failed and makes the process exit 1, which is all the CTest smoke run
// asserts. Timings are never asserted.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/task.h"

namespace {

using namespace chanscope::core;

constexpr int64_t kOps = 200'000;          // operations per program (per iteration)
constexpr int64_t kSpawnBatch = 1'000;     // goroutines alive at once in spawn_exit (reused)
constexpr int64_t kLockers = 8;            // goroutines sharing the mutex in mutex_contended8
constexpr int64_t kParked = 100'000;       // goroutines parked in parked_goroutine_bytes
constexpr uint32_t kBufferedCap = 128;

bool g_failed = false;

Config BenchConfig() { return Config{.trace = false}; }

// Bytes the C++ heap has handed out: small blocks plus mmap'd large ones.
size_t HeapInUse() {
  struct mallinfo2 mi = mallinfo2();
  return mi.uordblks + mi.hblkhd;
}

// Runs `main` as goroutine 1 to completion; false (and an error on `state`) unless
// main returned normally.
bool RunProgram(benchmark::State& state, Task main) {
  Scheduler sched(BenchConfig());
  co::Go(sched, std::move(main), "main.main");
  const Outcome& out = sched.Run();
  if (out.state != RunState::kExited || out.exit_code != 0) {
    std::string msg = "run did not end with main returning: state " +
                      std::to_string(static_cast<int>(out.state)) + "\n" +
                      out.report.substr(0, 2000);
    state.SkipWithError(msg.c_str());
    g_failed = true;
    return false;
  }
  return true;
}

bool Check(benchmark::State& state, bool ok, const char* what) {
  if (!ok) {
    state.SkipWithError(what);
    g_failed = true;
  }
  return ok;
}

// Wall time of the whole benchmark loop, for the "ns_per_op" counter (a plain number,
// unlike Google Benchmark's inverted rates, which print as seconds).
class OpTimer {
 public:
  OpTimer() : start_(std::chrono::steady_clock::now()) {}
  // Call right after the loop: ns per op over every iteration.
  void Report(benchmark::State& state, int64_t ops) const {
    const double ns = std::chrono::duration<double, std::nano>(
                          std::chrono::steady_clock::now() - start_).count();
    const double total = static_cast<double>(state.iterations()) * static_cast<double>(ops);
    state.counters["ns_per_op"] = total > 0 ? ns / total : 0;
    state.SetItemsProcessed(state.iterations() * ops);
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// ---- Channels ---------------------------------------------------------------------------

Task Producer(co::Chan c, int64_t n) {
  for (int64_t i = 0; i < n; i++) co_await c.Send(i);
}

// go producer(c, n); for i < n { sum += <-c }
Task ChanMain(uint32_t capacity, int64_t n, int64_t* sum) {
  co::Chan c = co::MakeChan(capacity);
  co::Go(Producer(c, n), "main.producer");
  int64_t s = 0;
  for (int64_t i = 0; i < n; i++) s += (co_await c.Recv()).AsInt();
  *sum = s;
}

void ChanBench(benchmark::State& state, uint32_t capacity) {
  OpTimer timer;
  for (auto _ : state) {
    int64_t sum = -1;
    if (!RunProgram(state, ChanMain(capacity, kOps, &sum))) return;
    if (!Check(state, sum == kOps * (kOps - 1) / 2, "wrong sum of received values")) return;
  }
  timer.Report(state, kOps);
}

// One value handed from a blocked sender to a receiver (or back) per op.
void chan_unbuffered(benchmark::State& state) { ChanBench(state, 0); }
// One value through a channel of capacity 128 per op.
void chan_buffered128(benchmark::State& state) { ChanBench(state, kBufferedCap); }

// ---- Select -----------------------------------------------------------------------------

// Four producers, one unbuffered channel each; main selects over all four n times.
Task SelectMain(int64_t n, int64_t* sum) {
  std::array<co::Chan, 4> c;
  for (co::Chan& ch : c) {
    ch = co::MakeChan(0);
    co::Go(Producer(ch, n / 4), "main.producer");
  }
  int64_t s = 0;
  for (int64_t i = 0; i < n; i++) {
    SelectResult r =
        co_await co::Select(co::Recv(c[0]), co::Recv(c[1]), co::Recv(c[2]), co::Recv(c[3]));
    s += r.value.AsInt();
  }
  *sum = s;
}

void select4_recv(benchmark::State& state) {
  constexpr int64_t per = kOps / 4;
  OpTimer timer;
  for (auto _ : state) {
    int64_t sum = -1;
    if (!RunProgram(state, SelectMain(kOps, &sum))) return;
    if (!Check(state, sum == 4 * (per * (per - 1) / 2), "wrong sum of selected values")) return;
  }
  timer.Report(state, kOps);
}

// ---- Mutex ------------------------------------------------------------------------------

Task UncontendedMain(int64_t n, int64_t* count) {
  co::Mu mu = co::MakeMutex(co::Sched());
  int64_t c = 0;
  for (int64_t i = 0; i < n; i++) {
    co_await mu.Lock();
    c++;
    mu.Unlock();
  }
  *count = c;
}

// One Lock+Unlock pair per op, a single goroutine.
void mutex_uncontended(benchmark::State& state) {
  OpTimer timer;
  for (auto _ : state) {
    int64_t count = -1;
    if (!RunProgram(state, UncontendedMain(kOps, &count))) return;
    if (!Check(state, count == kOps, "wrong lock count")) return;
  }
  timer.Report(state, kOps);
}

Task Locker(co::Mu mu, co::WG wg, int64_t n, int64_t* counter) {
  for (int64_t i = 0; i < n; i++) {
    co_await mu.Lock();
    ++*counter;
    mu.Unlock();
  }
  wg.Done();
}

Task ContendedMain(int64_t n, int64_t* count) {
  co::Mu mu = co::MakeMutex(co::Sched());
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(kLockers);
  for (int64_t k = 0; k < kLockers; k++) co::Go(Locker(mu, wg, n / kLockers, count), "main.locker");
  co_await wg.Wait();
}

// One Lock+Unlock pair per op, 8 goroutines on one mutex (n/8 pairs each).
void mutex_contended8(benchmark::State& state) {
  OpTimer timer;
  for (auto _ : state) {
    int64_t count = 0;
    if (!RunProgram(state, ContendedMain(kOps, &count))) return;
    if (!Check(state, count == kOps, "wrong lock count")) return;
  }
  timer.Report(state, kOps);
}

// ---- Goroutines -------------------------------------------------------------------------

Task Exiter(co::WG wg) {
  wg.Done();
  co_return;
}

// Batches of kSpawnBatch goroutines that exit at once; main waits for each batch.
Task SpawnMain(int64_t n, int64_t* spawned) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  int64_t total = 0;
  for (int64_t i = 0; i < n; i += kSpawnBatch) {
    const int64_t b = std::min(kSpawnBatch, n - i);
    wg.Add(b);
    for (int64_t j = 0; j < b; j++) co::Go(Exiter(wg), "main.exiter");
    total += b;
    co_await wg.Wait();
  }
  *spawned = total;
}

// One goroutine started, run and ended per op.
void spawn_exit(benchmark::State& state) {
  OpTimer timer;
  for (auto _ : state) {
    int64_t spawned = -1;
    if (!RunProgram(state, SpawnMain(kOps, &spawned))) return;
    if (!Check(state, spawned == kOps, "wrong goroutine count")) return;
  }
  timer.Report(state, kOps);
}

// All n goroutines started before any runs, then main waits for them: no goroutine
// record can be reused, so every spawn allocates.
Task BurstMain(int64_t n, int64_t* live_peak) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(n);
  for (int64_t j = 0; j < n; j++) co::Go(Exiter(wg), "main.exiter");
  *live_peak = co::Sched().live_goroutines();
  co_await wg.Wait();
}

// One goroutine started, run and ended per op, kOps of them alive at once.
void spawn_exit_burst(benchmark::State& state) {
  OpTimer timer;
  for (auto _ : state) {
    int64_t peak = -1;
    if (!RunProgram(state, BurstMain(kOps, &peak))) return;
    if (!Check(state, peak == kOps + 1, "wrong goroutine count")) return;
  }
  timer.Report(state, kOps);
}

// ---- Memory -----------------------------------------------------------------------------

Task Parked(co::Chan c, co::WG wg) {
  wg.Done();
  co_await c.Recv();  // nobody ever sends
}

struct ParkedResult {
  double bytes_per_g = -1;
  int64_t live = 0;
};

// Spawns n goroutines that each block receiving from a channel nobody sends on, and
// measures heap growth once they are all parked. Main then returns, ending the run.
Task ParkedMain(int64_t n, ParkedResult* result) {
  co::Chan c = co::MakeChan(0);
  co::WG wg = co::MakeWaitGroup(co::Sched());
  const size_t before = HeapInUse();
  wg.Add(n);
  for (int64_t i = 0; i < n; i++) co::Go(Parked(c, wg), "main.parked");
  co_await wg.Wait();  // the last Done is followed, in the same step, by its park
  const size_t after = HeapInUse();
  result->bytes_per_g = static_cast<double>(after - before) / static_cast<double>(n);
  result->live = co::Sched().live_goroutines();
}

// Bytes of heap per goroutine parked in a channel receive, 100,000 of them.
void parked_goroutine_bytes(benchmark::State& state) {
  ParkedResult r;
  OpTimer timer;
  for (auto _ : state) {
    if (!RunProgram(state, ParkedMain(kParked, &r))) return;
    if (!Check(state, r.live == kParked + 1, "not every goroutine was alive and parked")) return;
  }
  state.counters["bytes_per_parked_g"] = r.bytes_per_g;
  // Time to spawn, run and park one goroutine (and tear it down with the run).
  timer.Report(state, kParked);
}

BENCHMARK(chan_unbuffered)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(chan_buffered128)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(select4_recv)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(mutex_uncontended)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(mutex_contended8)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(spawn_exit)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(spawn_exit_burst)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(parked_goroutine_bytes)->UseRealTime()->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (g_failed) std::fprintf(stderr, "kernel_bench: a benchmark program gave a wrong result\n");
  return g_failed ? 1 : 0;
}
