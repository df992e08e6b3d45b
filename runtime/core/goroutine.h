// goroutine.h — the goroutine (G), its body, and the waiter record (Go's sudog).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "trace.h"
#include "value.h"

namespace chanscope::core {

class Scheduler;
class Channel;
struct G;

enum class GStatus : uint8_t { kRunnable, kRunning, kWaiting, kDead };
std::string_view StatusName(GStatus status);  // "runnable", "running", "waiting", "dead"

// How a body's Step ended.
enum class StepResult : uint8_t {
  kParked,     // a kernel call parked the goroutine (status is already kWaiting)
  kYielded,    // Gosched: back to the global run queue
  kPreempted,  // its time slice ran out
  kPaused,     // the scheduler asked to pause (RunTo); resume the same goroutine later
  kExited,     // its function returned
  kPanicked,   // an unrecovered panic; the body has told the scheduler via Panic()
  kStopped,    // the run ended while it ran (fatal error, os.Exit)
};

// One frame of a goroutine's call stack, innermost first, for dumps and inspectors.
struct Frame {
  std::string function;  // e.g. "main.worker"
  SrcPos pos;
};

// What a goroutine runs: a VM thread or a C++ coroutine. The scheduler calls Step
// with the goroutine running; the body runs until one of the StepResult cases.
// Kernel calls made inside Step take the running G, so a body never touches status.
class Body {
 public:
  virtual StepResult Step(Scheduler& sched, G& g) = 0;
  virtual void Frames(std::vector<Frame>& out) const = 0;
  // Releases the body; called exactly once, when the goroutine ends or the run is torn down.
  virtual void Destroy() = 0;

 protected:
  ~Body() = default;
};

// A goroutine waiting on a channel (Go's sudog). One per goroutine per channel, so a
// select has one per case. Owned by the waiting body (a coroutine frame or a VM
// thread), which keeps it alive while parked.
struct Waiter {
  G* g = nullptr;
  Channel* chan = nullptr;
  Waiter* next = nullptr;  // links in the channel's queue; valid while enqueued
  Waiter* prev = nullptr;
  Value value;             // send: the value to send; receive: the value received
  uint64_t msg = 0;        // message id of the value received
  int32_t case_index = 0;  // which select case this waiter stands for
  bool is_select = false;
  bool success = false;    // woken by a completed transfer (false: by close)
  bool queued = false;     // in some WaitQueue right now
  bool is_send = false;    // queued in a channel's sendq (else its recvq)
  int64_t since = -1;      // mutex waiters: virtual time of the first attempt
  int64_t time = 0;        // channel senders: virtual time the send began
  uint32_t ticket = 0;     // sync.Cond waiters: their place in the Cond's notify list
};

// FIFO of waiters with removal from the middle (select's pass 3).
class WaitQueue {
 public:
  bool empty() const { return head_ == nullptr; }
  Waiter* front() const { return head_; }
  void PushBack(Waiter* w);
  void PushFront(Waiter* w);
  void Remove(Waiter* w);
  // Removes and returns the first waiter still able to proceed: a select waiter whose
  // select already completed elsewhere is skipped (and dropped), as in Go's dequeue.
  Waiter* Dequeue();
  template <typename F>
  void ForEach(F f) const {
    for (Waiter* w = head_; w; w = w->next) f(*w);
  }
  size_t size() const;
  // True if some waiter could still proceed (stale select waiters do not count).
  bool HasLive() const;

 private:
  Waiter* head_ = nullptr;
  Waiter* tail_ = nullptr;
};

struct Timer;
class Mutex;

struct G {
  int64_t id = 0;
  int64_t parent_id = 0;     // 0 for main and for goroutines started by timers
  GStatus status = GStatus::kRunnable;
  WaitReason wait_reason = WaitReason::kNone;  // valid while kWaiting
  bool select_done = false;  // a select this G parked in has been claimed by a waker
  bool is_main = false;
  int16_t lane = -1;         // processor it last ran on
  uint32_t wait_object = 0;  // kernel object id it waits on, 0 if none
  int64_t ready_time = 0;    // virtual time it became runnable; a lane cannot run it earlier
  Body* body = nullptr;
  Waiter* select_winner = nullptr;  // set by the waker of a select (Go's gp.param)
  Timer* sleep_timer = nullptr;     // allocated on first Sleep, reused after
  Mutex* lock_retry = nullptr;      // woken mutex waiter: retry the lock before running
  Waiter* lock_waiter = nullptr;    // its waiter record, valid while lock_retry is set
  const char* function = "";        // entry function, for dumps before it runs
  SrcPos created_at;                // the go statement
  const char* created_by = nullptr; // function containing the go statement
  G* sched_next = nullptr;          // link in the global run queue
  G* all_prev = nullptr;            // links in the scheduler's list of live goroutines
  G* all_next = nullptr;
};

}  // namespace chanscope::core
