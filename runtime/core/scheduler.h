// scheduler.h — the deterministic goroutine scheduler: processors, run queues,
// park/ready, the virtual clock and timers, decisions, pause/replay, the outcome.
//
// Invariants:
//  - A goroutine's status changes only in Spawn, Park, Ready and the run loop.
//  - A runnable goroutine is in exactly one place: a processor's runnext, its local
//    queue, or the global queue. A waiting goroutine is in none of them.
//  - The same Config, program and decision log give a byte-identical trace: nothing
//    here reads the wall clock, addresses or any other outside state.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "goroutine.h"
#include "object.h"
#include "rng.h"
#include "timer.h"
#include "trace.h"

namespace chanscope::core {

enum class Policy : uint8_t {
  kGo,      // Go's habits: runnext, local queues, global queue every 61 ticks, stealing
  kRandom,  // any runnable goroutine, uniformly at random
  kManual,  // a person decides: the run pauses at every choice (see Decide in replay.h)
};
std::string_view PolicyName(Policy policy);
bool ParsePolicy(std::string_view text, Policy* out);

struct Config {
  uint64_t seed = 1;
  int procs = 1;                  // GOMAXPROCS: virtual processor lanes
  Policy policy = Policy::kGo;
  int32_t slice = 10000;          // instructions per time slice before preemption
  int64_t ns_per_instruction = 2; // virtual cost of one instruction on a lane
  bool trace = true;              // record events (benchmarks turn it off)
  uint64_t max_steps = 0;         // stop after this many events; 0 = no limit
#ifdef NDEBUG
  bool check_invariants = false;  // check touched objects after every step
#else
  bool check_invariants = true;   // debug builds check after every step
#endif
};

enum class DecisionKind : uint8_t {
  kRunG,        // which runnable goroutine runs next (random and manual policies)
  kSelectCase,  // which of several ready select cases is taken
  kSteal,       // which processor an idle processor steals from
};
std::string_view DecisionKindName(DecisionKind kind);

struct Decision {
  DecisionKind kind;
  uint32_t options;  // how many there were to choose from
  uint32_t chosen;   // index in [0, options)
  uint64_t step;     // the event step at which it was made
  friend bool operator==(const Decision&, const Decision&) = default;
};

enum class RunState : uint8_t {
  kRunning,    // not finished (Run returned because of a pause)
  kExited,     // main returned or os.Exit was called
  kDeadlock,   // nothing can run and no timer is pending
  kPanic,      // an unrecovered panic
  kFatal,      // a fatal error other than deadlock (e.g. unlock of unlocked mutex)
  kStepLimit,  // Config::max_steps reached
};

struct Outcome {
  RunState state = RunState::kRunning;
  int exit_code = 0;
  std::string report;  // what Go prints on stderr: panic or fatal error with dump
};

// A virtual processor (Go's P): one lane of execution with its own clock.
struct Processor {
  static constexpr size_t kLocalQueueSize = 256;
  int16_t id = 0;
  int64_t clock = 0;        // virtual ns this lane has reached
  G* runnext = nullptr;     // runs next, inheriting the time slice
  std::deque<G*> local;     // local run queue, at most kLocalQueueSize
  G* current = nullptr;     // running (or paused mid-step) goroutine
  int32_t slice_left = 0;   // instructions left in the current time slice
  // Incremented on every new time slice. It starts at 1: in Go, runtime.main has scheduled
  // the runtime's own goroutines before main.main runs, so no lane begins on the 61st tick.
  uint32_t schedtick = 1;
};

class Scheduler {
 public:
  explicit Scheduler(Config config = {});
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // ---- Goroutines ----
  // Starts a goroutine running `body` (owned from now on). The first one is main
  // (id 1). Called from a running goroutine (a go statement) or before Run.
  G* Spawn(Body* body, const char* function, SrcPos created_at);
  // The goroutine whose body is executing, or null between steps.
  G* current() const { return current_; }

  // ---- Entry points for kernel objects (channels, sync, timers) ----
  // Parks the running goroutine; its body must return kParked from Step.
  void Park(WaitReason reason, uint32_t object);
  // Makes a waiting goroutine runnable; it runs next on this processor (Go's goready).
  void Ready(G* g);
  // Appends an event stamped with step, time, goroutine, lane and position; returns it
  // for the caller to fill in, or null when tracing is off. Always advances the step.
  Event* Record(EventKind kind, uint32_t object = 0) {
    if (quiet_) {
      ++step_;  // nothing watches steps: no trace, checks, limit or pause
      return nullptr;
    }
    return RecordSlow(kind, object);
  }
  // Chooses among `options` alternatives; recorded, replayed, or left to a person.
  uint32_t Choose(DecisionKind kind, uint32_t options);
  // Ends the run with "fatal error: <message>" and a dump of every goroutine. `prelude`
  // is what Go's runtime prints before that line (e.g. "runtime: goroutine stack exceeds
  // 1000000000-byte limit\n"), empty for most errors.
  void Fatal(std::string_view message, std::string_view prelude = {});

  // ---- Entry points for bodies ----
  // Where the running goroutine is; stamped on the events that follow.
  void At(SrcPos pos) { pos_ = pos; }
  // The function the running goroutine is in (for "created by" in dumps).
  void InFunction(const char* function) { current_function_ = function; }
  // Charges executed instructions to the running lane. Returns true when the time
  // slice is used up and the body should return kPreempted.
  bool Charge(int64_t instructions) {
    Processor& p = *running_proc_;
    p.clock += instructions * config_.ns_per_instruction;
    now_ = p.clock;
    p.slice_left -= instructions < INT32_MAX ? static_cast<int32_t>(instructions) : INT32_MAX;
    return p.slice_left <= 0;
  }
  // Causality across lanes: the running lane cannot observe an effect (a value sent,
  // a lock released) before the virtual time `t` it happened at on another lane.
  void AdvanceTo(int64_t t) {
    if (running_proc_ && current_ && running_proc_->clock < t) now_ = running_proc_->clock = t;
  }
  // True when the body should return (kPaused) at its next safe point: a pause was
  // requested or the run has ended.
  bool ShouldReturn() const { return pause_requested_ || finished_; }
  // A body that stops of its own accord (a debugger's line stop) asks for the pause, then
  // returns kPaused; Run returns, and the next Run resumes it first.
  void RequestPause() { pause_requested_ = true; }
  // An unrecovered panic in the running goroutine: "panic: <message>" and its stack.
  void Panic(std::string_view message);
  // os.Exit(code).
  void Exit(int code);
  // Program output (stream 1 = stdout, 2 = stderr), recorded and sent to the sink.
  void Print(int stream, std::string_view text);
  std::function<void(int stream, std::string_view text)> output;

  // ---- Virtual time ----
  int64_t Now() const { return now_; }
  void AddTimer(Timer* t);
  bool StopTimer(Timer* t);  // true if it was active
  // Parks the running goroutine for d virtual ns (reason "sleep"); false if d <= 0.
  bool Sleep(int64_t d);

  // ---- Running ----
  // Runs until the program ends or a pause point is reached.
  const Outcome& Run();
  // Pauses once `step` events have been recorded (RunTo); kNoPause to clear.
  static constexpr uint64_t kNoPause = ~0ULL;
  void PauseAtStep(uint64_t step) {
    pause_at_ = step;
    UpdateQuiet();
  }
  // Replays these decisions first, then falls back to the policy.
  void SetDecisionLog(std::vector<Decision> log) { replay_ = std::move(log); }
  bool finished() const { return finished_; }
  const Outcome& outcome() const { return outcome_; }

  // ---- Inspection ----
  const Config& config() const { return config_; }
  uint64_t step() const { return step_; }
  const Trace& trace() const { return trace_; }
  void SetValueFormatter(std::function<std::string(uint32_t, const Value&)> f) {
    trace_.value_formatter = std::move(f);
  }
  const std::vector<Decision>& decisions() const { return decisions_; }
  const std::vector<Processor>& processors() const { return procs_; }
  std::vector<G*> GlobalQueue() const;
  int64_t live_goroutines() const { return live_count_; }
  template <typename F>
  void ForEachG(F f) const {
    for (G* g = all_head_; g; g = g->all_next) f(*g);
  }
  template <typename F>
  void ForEachObject(F f) const {
    for (KernelObject* o : objects_)
      if (o) f(*o);
  }
  const KernelObject* Object(uint32_t id) const { return id < objects_.size() ? objects_[id] : nullptr; }
  // Go's dump of one goroutine: "goroutine 1 [chan receive]:\nmain.main()\n\tfile:line\n".
  std::string DumpGoroutine(const G& g) const;
  // Checks every live object's invariants and the run queues'.
  void CheckInvariants() const;
  // The per-step check: the objects touched since the last one, and queue counts.
  void CheckTouchedInvariants();
  std::vector<const Timer*> ActiveTimers() const;

  // ---- Used by KernelObject ----
  uint32_t Register(KernelObject* object);
  void Unregister(uint32_t id);
  // A new channel message id (pairs a send with its receive in the trace).
  uint64_t NewMessageId() { return ++msg_seq_; }
  // Creates a kernel object owned by this scheduler (C++ programs use these).
  template <typename T, typename... A>
  T* Make(A&&... args) {
    owned_.push_back(std::make_unique<T>(*this, std::forward<A>(args)...));
    return static_cast<T*>(owned_.back().get());
  }

 private:
  Processor* PickProcessor();
  G* FindRunnable(Processor& p, bool* inherit_time);
  G* PickRandomly(Processor& p);
  // The earliest ready time at the head of another lane's local queue (INT64_MAX if none).
  int64_t EarliestOtherLocal(const Processor& p) const;
  G* Steal(Processor& thief);
  void Execute(Processor& p, G* g, bool inherit_time);
  void RunQueuePut(Processor& p, G* g, bool next);
  void GlobalPut(G* g);
  G* GlobalGet(Processor& p, size_t max);
  void FireTimers(int64_t up_to);
  void FireTimer(Timer* t, int64_t lane_now);
  void HeapUp(int32_t i);
  void HeapDown(int32_t i);
  void HeapRemove(Timer* t);
  void Finish(RunState state, int exit_code, std::string report);
  void Deadlock();
  void ReleaseGoroutine(G* g);
  uint32_t AddText(std::string_view text);
  Event* RecordSlow(EventKind kind, uint32_t object);
  void UpdateQuiet() {
    quiet_ = !config_.trace && !config_.check_invariants && !config_.max_steps && pause_at_ == kNoPause;
  }

  Config config_;
  Rng rng_;
  std::vector<Processor> procs_;
  Processor* running_proc_ = nullptr;  // lane executing or firing timers right now
  G* current_ = nullptr;
  G* global_head_ = nullptr;  // global run queue (intrusive through G::sched_next)
  G* global_tail_ = nullptr;
  size_t global_size_ = 0;
  G* all_head_ = nullptr;     // live goroutines, oldest first
  G* all_tail_ = nullptr;
  int64_t live_count_ = 0;
  int64_t runnable_count_ = 0;  // goroutines with status kRunnable
  std::vector<uint32_t> touched_;  // object ids recorded since the last check
  int64_t next_goid_ = 1;
  std::vector<G*> free_gs_;   // dead goroutines' records, reused like Go's gFree
  std::vector<Timer*> heap_;  // active timers, min-heap on (when, seq)
  uint64_t timer_seq_ = 0;
  int64_t now_ = 0;
  SrcPos pos_;
  const char* current_function_ = nullptr;
  Trace trace_;
  uint64_t step_ = 0;
  uint64_t pause_at_ = kNoPause;
  bool pause_requested_ = false;
  bool quiet_ = false;  // Record only counts steps
  bool finished_ = false;
  Outcome outcome_;
  std::vector<Decision> decisions_;
  std::vector<Decision> replay_;
  std::vector<KernelObject*> objects_{nullptr};  // by id; id 0 is never used
  uint64_t msg_seq_ = 0;
  std::vector<std::unique_ptr<KernelObject>> owned_;
};

}  // namespace chanscope::core
