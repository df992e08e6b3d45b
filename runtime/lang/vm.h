// vm.h — the bytecode VM: one Thread per goroutine, each a kernel Body.
//
// A Thread owns its frames and its word stack, so parking a goroutine is saving its
// pc and returning to the scheduler: no OS threads, no C-stack switching. An
// operation that parks in the middle of an instruction (a receive, a select) leaves a
// Pending record; the next Step finishes it before running on.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "core/channel.h"
#include "core/scheduler.h"
#include "core/rng.h"
#include "core/select.h"
#include "core/timer.h"
#include "lang/bytecode.h"
#include "lang/natives.h"
#include "lang/vm_heap.h"
#include "lang/vm_map.h"

namespace chanscope::lang {

class Vm;

// One frame of a goroutine as the inspector shows it, innermost first.
struct FrameView {
  struct Local {
    std::string name;
    std::string type;   // as Go writes it: "int", "chan string"
    std::string value;  // as %#v prints it; channels as "chan#<object id>", never addresses
    friend bool operator==(const Local&, const Local&) = default;
  };
  std::string function;  // "main.worker"
  std::string file;
  int32_t line = 0;
  std::vector<Local> locals;  // parameters, then variables declared up to `line`
  friend bool operator==(const FrameView&, const FrameView&) = default;
};

// Go's capacity rule for append when a slice of old_cap must hold `needed` elements.
uint64_t GrowCap(uint64_t old_cap, uint64_t needed);

// The words of a value held in an interface value (type index + 1, data word): the data
// word itself for one-word types, else the box it points to.
inline const uint64_t* InterfaceData(const TypeDesc& t, const uint64_t* iface) {
  return t.words == 1 ? &iface[1] : reinterpret_cast<const uint64_t*>(iface[1]);
}

// A channel made by Go code: the kernel's channel plus the element size in words.
class VmChannel : public core::Channel {
 public:
  VmChannel(core::Scheduler& sched, uint32_t capacity, uint16_t elem_words)
      : core::Channel(sched, capacity), elem_words_(elem_words) {}
  uint16_t elem_words() const { return elem_words_; }
  int32_t elem_type() const { return elem_type_; }
  void set_elem_type(int32_t t) { elem_type_ = t; }

 private:
  uint16_t elem_words_;
  int32_t elem_type_ = -1;  // descriptor index of the element type, -1 when unknown
};

// A timer made by Go code (time.NewTimer, After, Tick, AfterFunc).
struct VmTimer : core::Timer {
  using core::Timer::Timer;
  uint64_t* closure = nullptr;  // AfterFunc's function: alive as long as the timer
};

class Thread final : public core::Body {
 public:
  // A goroutine running functions[fn] with `arg_words` argument words; env is the
  // closure object when fn is a function literal.
  Thread(Vm& vm, uint32_t fn, const uint64_t* args, uint16_t arg_words, uint64_t* env = nullptr);

  core::StepResult Step(core::Scheduler& sched, core::G& g) override;
  void Frames(std::vector<core::Frame>& out) const override;
  void Destroy() override { delete this; }

  // The call stack with each frame's locals (see FrameView), innermost first.
  void Inspect(std::vector<FrameView>& out) const;
  // The innermost frame of the program's own code (not the standard library's, not a hidden
  // wrapper); no file when there is none. Builds no strings: views ask it of every goroutine.
  core::SrcPos ProgramPosition() const;
  // Stack words in use (for memory accounting and the inspector).
  size_t stack_words() const { return stack_.size(); }
  // Marks everything this goroutine holds: frames, deferred calls, the panic value and
  // the values of a parked operation (vm_gc.cpp).
  void MarkRoots(Heap& heap) const;
  // True when it is parked on a channel operation and some channel it waits on is marked.
  bool WaitsOnMarked(const Heap& heap) const;

  // What a Go function called from a native did.
  struct NestedResult {
    enum Outcome : uint8_t { kReturned, kPanicked, kStopped } outcome;
    uint64_t panic_value[2];  // kPanicked: the value the panic carried (an interface value)
  };
  // Runs functions[fn] to completion from inside the native `call` (fmt calling String
  // and Error methods): a nested dispatch loop on this goroutine, over a frame pushed
  // above the running one, that ends when that frame returns. A panic that escapes the
  // function stops at that frame and is reported, not propagated; an attempt to block
  // ends the run with "chanscope: unsupported: blocking operation inside a String or
  // Error method". call.args is updated if the stack moved.
  NestedResult CallFromNative(NativeCall& call, uint32_t fn, const uint64_t* args, uint16_t arg_words,
                              uint64_t* results, uint16_t result_words);

 private:
  struct CallFrame {
    const Function* fn;
    uint32_t pc;    // next instruction (saved while a callee runs or the goroutine parks)
    uint32_t base;  // first slot in stack_
    uint64_t* env;  // closure object: [function index, captured cell pointers...]
    bool unwinding = false;  // a deferred call run by a panic (recover works here)
    bool returning = false;  // its kReturn placed the results and runs deferred calls
  };
  enum class Pending : uint8_t { kNone, kSend, kRecv, kRecv2, kSelect };
  // Paused at a line stop (line_stops.h): the innermost frame's pc is the kBreak, whose
  // replaced instruction runs first when the goroutine resumes ...
  bool at_line_stop_ = false;
  // ... and the instructions run since the last charge, carried over so that the run goes on
  // exactly as if it had not stopped (preemption falls at the same instruction).
  int64_t carried_executed_ = 0;
  // A deferred call waiting for its frame to return.
  struct Deferred {
    uint32_t frame;   // index in frames_
    uint8_t kind;     // as kDefer's x: 0 function, 1 closure, 2 native
    uint64_t callee;  // function index, closure address or native index
    std::vector<uint64_t> args;
  };

  core::StepResult Run(core::Scheduler& sched);
  // The instruction a frame is at, for positions: a saved pc points past the instruction
  // that is executing, except the innermost one's while paused at a line stop.
  uint32_t ShownPc(const CallFrame& frame) const;
  core::SrcPos PositionIn(const CallFrame& frame) const;  // file and line of ShownPc
  // At a kBreak: true when the run is to pause here (the stop is noted and the pause asked).
  // Kept out of the dispatch loop, whose code the compiler lays out best without it.
  [[gnu::noinline]] bool StopAtLine(core::Scheduler& sched, const BreakSite& site);
  // The source position the running instruction is attributed to (saved pcs).
  core::SrcPos Where() const;
  // Finishes the operation the goroutine parked in; false if it panicked.
  bool FinishPending(core::Scheduler& sched);
  bool EnsureStack(size_t words);
  // Pushes a frame for callee at base (extra: words the caller writes past the frame).
  // False when the stack would exceed the limit.
  bool PushFrame(const Function* callee, uint32_t base, uint64_t* env, bool unwinding = false,
                 size_t extra = 0);
  // A native's outcome; panic is empty unless it panicked.
  struct NativeResult {
    core::OpStatus status;
    std::string panic;
  };
  NestedResult RunNested(core::Scheduler& sched, uint32_t fn, const uint64_t* args, uint16_t arg_words,
                         uint64_t* results, uint16_t result_words);
  // What Go prints for the current panic's value: its Error() or String() text if it has
  // one, else panic_message_.
  std::string PanicValueText(core::Scheduler& sched);
  // args_end: the first stack slot past the native's arguments (where nested calls go).
  NativeResult CallNative(core::Scheduler& sched, uint16_t index, uint64_t* args, uint32_t args_end);
  // Starts a deferred call above the running frame: a Go function gets a frame; a native
  // runs to completion now (its result in *native).
  enum class DeferredStart : uint8_t { kFrame, kNative, kNilClosure, kOverflow };
  struct Deferred;
  DeferredStart StartDeferred(core::Scheduler& sched, Deferred& d, bool unwinding,
                              NativeResult* native);
  // Starts (or continues) a panic: runs deferred calls; returns the step's end, or
  // nothing when a deferred call is to run now (the dispatch loop goes on).
  std::optional<core::StepResult> Panic(core::Scheduler& sched, std::string_view message,
                                        const uint64_t* value = nullptr);
  std::optional<core::StepResult> Unwind(core::Scheduler& sched);
  core::StepResult Fatal(core::Scheduler& sched, std::string_view message);
  // Go's fatal error for a goroutine whose stack grew past the limit.
  core::StepResult StackOverflow(core::Scheduler& sched);
  // Go's fatal error for a heap past --max-heap.
  core::StepResult HeapExhausted(core::Scheduler& sched);
  core::Value Pack(const uint64_t* words, uint16_t n);
  void Unpack(core::Value v, uint64_t* words, uint16_t n) const;
  core::OpStatus StartSelect(core::Scheduler& sched, const SelectTable& table, uint64_t* frame,
                             uint16_t result_slot);
  void FinishSelect(const SelectTable& table, uint64_t* frame, uint16_t result_slot,
                    const core::SelectResult& r);

  Vm& vm_;
  std::vector<uint64_t> stack_;
  std::vector<CallFrame> frames_;
  std::vector<Deferred> defers_;
  bool panicking_ = false;
  bool recovered_ = false;
  uint64_t panic_value_[2] = {0, 0};  // the interface value recover() returns
  std::string panic_message_;         // what "panic: ..." prints
  std::string panic_chain_;  // earlier panics whose deferred calls panicked: "x [recovered]\n\tpanic: "
  std::string pending_panic_;         // a panic raised while finishing a parked operation
  std::vector<core::Frame> panic_frames_;  // the stack when the panic began
  // Nested calls from natives (CallFromNative): frames at or below nested_floor_ belong
  // to the native's caller; native_args_end_ is where the next nested frame may start.
  uint32_t nested_floor_ = 0;
  uint32_t nested_depth_ = 0;
  uint32_t native_args_end_ = 0;
  Pending pending_ = Pending::kNone;
  uint16_t pending_slot_ = 0;   // where a parked receive's value (or select's index) goes
  uint16_t pending_words_ = 0;  // element words of a parked receive
  uint16_t pending_table_ = 0;  // select table of a parked select
  core::Waiter waiter_;         // the sudog of a parked send or receive
  std::vector<core::SelectCase> select_cases_;
  std::vector<core::Waiter> select_waiters_;
};

// What a run may use before it stops with a fatal error (exit status 2).
struct VmLimits {
  // 128 MiB of VM stack per goroutine. The VM's frames are smaller than gc's, so this
  // stands for Go's 1 GB limit (about as deep a recursion) and is reported in Go's words.
  size_t max_stack_words = size_t{1} << 24;
  int64_t max_goroutines = 1'000'000;            // live goroutines (--max-goroutines)
  uint64_t max_heap_bytes = uint64_t{1} << 30;   // live heap after a collection (--max-heap)
  bool collect = true;  // false: GOGC=off, the heap only grows (tests compare the two)
  // Non-zero: collect after every this many bytes instead of when the heap doubles (tests
  // hunting collector bugs collect very often).
  uint64_t collect_every_bytes = 0;
};

class Vm {
 public:
  Vm(const Program& program, core::Scheduler& sched, VmLimits limits = {});
  // Spawns main.main as goroutine 1.
  void Start();
  // Starts a goroutine running functions[fn] (a closure when env is set), created at
  // `at` by function `creator` (for "created by" in dumps). False, after a fatal error,
  // when the goroutine limit is reached.
  bool Spawn(uint32_t fn, const uint64_t* args, uint16_t arg_words, uint64_t* env, core::SrcPos at,
             const char* creator);

  const Program& program() const { return program_; }
  core::Scheduler& sched() { return sched_; }
  const VmLimits& limits() const { return limits_; }
  VmChannel* MakeChannel(uint32_t capacity, uint16_t elem_words);
  // A kernel object behind a sync value (made on first use).
  template <typename T>
  T* MakeObject() {
    objects_.push_back(std::make_unique<T>(sched_));
    return static_cast<T*>(objects_.back().get());
  }
  // A timer in the collected heap: freed once stopped (or fired) and unreachable.
  VmTimer* MakeTimer(core::TimerAction action);
  // A Go string of n bytes in the heap: its (data, length) words go to out[0..2); the
  // returned bytes are for the caller to fill.
  char* NewString(size_t n, uint64_t* out);
  void NewString(std::string_view s, uint64_t* out);
  // Zeroed heap words: escaping variables, closures, boxed channel values.
  uint64_t* Alloc(size_t n);
  uint64_t* Box(const uint64_t* words, uint16_t n);
  NativeFn native(uint16_t i) const { return natives_[i]; }
  // A value of types[type] in Go syntax (%#v), e.g. "hi" with its quotes.
  std::string FormatValue(int32_t type, const uint64_t* words) const;
  // How Go prints a panic's value after "panic: " (an interface value).
  std::string PanicText(const uint64_t* iface) const;
  uint64_t* globals() { return globals_.data(); }
  VmMap* MakeMap(uint16_t key_words, uint16_t value_words, VmMap::KeyKind key_kind);
  // A fresh seed for each map iteration, from the run's seed: random but replayable.
  uint64_t NextIterationSeed() { return map_iter_rng_.Next(); }
  // An iteration's key list in the heap, alive while the range loop holds it.
  const std::vector<std::vector<uint64_t>>* KeepKeys(std::vector<std::vector<uint64_t>> keys);
  const char* FunctionLabel(uint32_t fn);  // "main.worker" with a stable address
  // The goroutine's call stack with locals; empty when it is not a VM goroutine or has ended.
  std::vector<FrameView> Stack(const core::G& g) const;
  // Where the goroutine is in the program's own code (Thread::ProgramPosition); no file when
  // it is not a VM goroutine or has no such frame.
  core::SrcPos ProgramPosition(const core::G& g) const;
  // A local's value for the inspector: %#v, except that what only an address would show
  // (channels, pointers, functions) is shown by identity, so the text is the same in every run.
  std::string FormatLocal(int32_t type, const uint64_t* words) const;
  // os.Args: the program's name, then its arguments (set before Start).
  void SetArgs(std::vector<std::string> args) { args_ = std::move(args); }
  const std::vector<std::string>& args() const { return args_; }

  // ---- Debugger stops (line_stops.h) ----
  // Which kBreak stops pause the run: those at breakpoints (off while a run is replayed to a
  // step), and every line-start reached by goroutine `stepping` (a step to the next line):
  // 0 for none, kAnyGoroutine for whichever runs.
  static constexpr int64_t kAnyGoroutine = -1;
  void SetStopping(bool at_breakpoints, int64_t stepping) {
    stop_at_breakpoints_ = at_breakpoints;
    stepping_ = stepping;
  }
  struct LineStop {
    int64_t g = 0;
    int32_t line = 0;
  };
  // The stop that paused the last Scheduler::Run, if one did; cleared by taking it.
  std::optional<LineStop> TakeLineStop() { return std::exchange(line_stop_, std::nullopt); }
  // Called by a goroutine at a kBreak: true when the run is to pause there.
  bool StopsAt(const BreakSite& site, int64_t g) const {
    return (site.breakpoint && stop_at_breakpoints_) || stepping_ == g || stepping_ == kAnyGoroutine;
  }
  void NoteLineStop(int64_t g, int32_t line) { line_stop_ = LineStop{g, line}; }

  // ---- Garbage collection (vm_gc.cpp) ----
  // Called by a goroutine at a safe point (every live value is in frames, globals or
  // kernel records): collects when the heap has doubled or runtime.GC asked. False once
  // the live heap is past the limit (the run has ended with a fatal error).
  bool SafePoint() {
    if (native_depth_ || !limits_.collect) return true;
    if (!heap_.ShouldCollect(limits_.max_heap_bytes) && !collection_requested_) return true;
    return CollectAtSafePoint();
  }
  void Collect();
  // Goroutines parked on channels that no goroutine able to run (or to be woken by one,
  // transitively) can reach: nothing can ever wake them. Leaks and partial deadlocks;
  // Go itself does not report them. Marks without freeing anything.
  std::vector<const core::G*> BlockedForever();
  void RequestCollection() { collection_requested_ = true; }
  // True when `bytes` more could never fit under --max-heap.
  bool ExceedsHeapLimit(uint64_t bytes) const { return bytes > limits_.max_heap_bytes; }
  void HeapLimitFatal();
  // Keeps the block p points into alive for the rest of the run (a value a native
  // holds in C++, such as AfterFunc's function).
  void Pin(const void* p) { pinned_.push_back(reinterpret_cast<uintptr_t>(p)); }
  const Heap& heap() const { return heap_; }
  // runtime.ReadMemStats: fills a runtime.MemStats (its fields in declaration order).
  void ReadMemStats(uint64_t* stats) const;
  // While a native runs (it may hold heap pointers in C++ locals), nothing is collected.
  struct NativeScope {
    explicit NativeScope(Vm& vm) : vm_(vm) { vm_.native_depth_++; }
    ~NativeScope() { vm_.native_depth_--; }
    Vm& vm_;
  };

 private:
  const Program& program_;
  core::Scheduler& sched_;
  VmLimits limits_;
  bool stop_at_breakpoints_ = false;
  int64_t stepping_ = 0;
  std::optional<LineStop> line_stop_;
  bool CollectAtSafePoint();
  void MarkKernelObject(const core::KernelObject& object);
  void MarkRunRoots();            // globals, pinned values, kernel objects
  uint64_t DrainMarked();         // scans until done; returns map entry bytes seen

  // Sync objects live as long as the run (Go values point at them, but they are few);
  // everything else is in the collected heap.
  std::vector<std::unique_ptr<core::KernelObject>> objects_;
  Heap heap_;
  std::vector<uintptr_t> pinned_;  // Pin's roots
  int native_depth_ = 0;           // natives running now (NativeScope)
  bool collection_requested_ = false;  // runtime.GC
  std::vector<NativeFn> natives_;  // program.natives, resolved
  std::vector<uint64_t> globals_;  // package-level variables (never reallocated)
  core::Rng map_iter_rng_{0x6d61702d69746572ULL};
  std::vector<std::string> args_;
};

}  // namespace chanscope::lang
