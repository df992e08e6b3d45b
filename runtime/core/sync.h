// sync.h — Go's sync package for the kernel: Mutex, RWMutex, WaitGroup, Cond, Once,
// Pool and Map. Blocking calls take a Waiter owned by the caller and return kParked
// when the running goroutine must wait; the waker completes the operation for it.
// Misuse is Go's: fatal errors and panics with Go's messages.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <vector>

#include "channel.h"
#include "goroutine.h"
#include "object.h"
#include "scheduler.h"

namespace chanscope::core {

// Go's two modes. Normal: Unlock frees the lock and wakes the longest waiter, which
// competes for it when it next runs (the scheduler calls Retry before its body) and
// goes back to the front of the queue if a running goroutine took it first.
// Starvation (a waiter failed for over 1 ms of virtual time): Unlock hands the lock
// straight to the longest waiter, until a waiter is the last or waited under 1 ms.
class Mutex : public KernelObject {
 public:
  static constexpr int64_t kStarvationNs = 1'000'000;

  explicit Mutex(Scheduler& sched);
  OpStatus Lock(Waiter& w) {
    w.since = -1;
    if (TryLock()) return OpStatus::kDone;
    // Held (or being handed to a starving waiter): queue up behind the others.
    return Enqueue(w, /*front=*/false);
  }
  bool TryLock() {
    if (locked_ || starving_) return false;
    Acquire(sched().current() ? sched().current()->id : 0, 0);
    return true;
  }
  // Fatal error "sync: unlock of unlocked mutex" when not locked.
  void Unlock() {
    if (!locked_ || !waiters_.empty()) return UnlockSlow();
    // Nobody waits: just release (the common, uncontended case).
    Scheduler& s = sched();
    s.Record(EventKind::kMutexUnlock, id());
    locked_ = starving_ = false;
    holder_ = 0;
    released_at_ = s.Now();
  }
  // A woken waiter's attempt, made by the scheduler before g's body runs. True when
  // g now holds the lock; false when it parked again.
  bool Retry(G& g);
  // A Go copy of the value: locked if the original was, with no waiters (they wait on the
  // original). Likewise for RWMutex, WaitGroup and Once below.
  void CopyStateFrom(const Mutex& o) {
    locked_ = o.locked_;
    holder_ = o.holder_;
  }
  bool locked() const { return locked_; }
  bool starving() const { return starving_; }
  int64_t holder() const { return holder_; }  // goroutine id that locked it (0 if unknown)
  const WaitQueue& waiters() const { return waiters_; }
  void CheckInvariants() const override;

 private:
  void Acquire(int64_t g, int64_t peer) {
    Scheduler& s = sched();
    s.AdvanceTo(released_at_);
    locked_ = true;
    holder_ = g;
    if (Event* e = s.Record(EventKind::kMutexLock, id())) {
      e->g = g;
      e->peer = peer;
    }
  }
  void UnlockSlow();
  OpStatus Enqueue(Waiter& w, bool front);

  bool locked_ = false;
  bool starving_ = false;
  bool woken_ = false;     // a woken waiter is on its way to Retry; wake no other
  int64_t holder_ = 0;
  int64_t released_at_ = 0;  // virtual time of the last Unlock
  WaitQueue waiters_;
};

// Writer preference as in Go: once a writer waits, new readers wait behind it.
class RWMutex : public KernelObject {
 public:
  explicit RWMutex(Scheduler& sched);
  OpStatus Lock(Waiter& w);
  OpStatus RLock(Waiter& w);
  bool TryLock();
  bool TryRLock();
  void Unlock();   // fatal "sync: Unlock of unlocked RWMutex"
  void RUnlock();  // fatal "sync: RUnlock of unlocked RWMutex"
  void CopyStateFrom(const RWMutex& o) {
    readers_ = o.readers_;
    slot_taken_ = write_locked_ = o.write_locked_;
    writer_ = o.write_locked_ ? o.writer_ : 0;
  }
  int32_t readers() const { return readers_; }
  bool writer_holds() const { return write_locked_; }
  int64_t writer() const { return writer_; }
  const WaitQueue& waiting_writers() const { return writers_; }
  const WaitQueue& waiting_readers() const { return readers_q_; }
  void CheckInvariants() const override;

 private:
  void GiveSlot(Waiter* w);  // the writer slot goes to w (which may still wait for readers)

  int32_t readers_ = 0;        // active readers
  bool slot_taken_ = false;    // a writer owns the writer slot (holding or draining readers)
  bool write_locked_ = false;  // that writer holds the lock
  int64_t writer_ = 0;         // goroutine owning the slot
  G* draining_ = nullptr;      // slot owner parked until readers_ reaches 0
  WaitQueue writers_;          // writers waiting for the slot
  WaitQueue readers_q_;        // readers waiting for the writer to finish
};

class WaitGroup : public KernelObject {
 public:
  explicit WaitGroup(Scheduler& sched);
  // kPanicNegativeWaitGroup when the counter goes below zero.
  OpStatus Add(int64_t delta);
  OpStatus Done() { return Add(-1); }
  OpStatus Wait(Waiter& w);
  void CopyStateFrom(const WaitGroup& o) { counter_ = o.counter_; }
  int64_t counter() const { return counter_; }
  const WaitQueue& waiters() const { return waiters_; }

 private:
  int64_t counter_ = 0;
  int64_t zero_at_ = 0;  // virtual time the counter last reached zero
  WaitQueue waiters_;
};

// Go's notify list: a waiter takes a ticket (Add) before it unlocks the Cond's Locker and
// waits with it (WaitTicket) after. Signal and Broadcast cover tickets in order, so a
// Signal made between the Unlock and the park (other goroutines may run there, inside a
// user's Locker) still wakes that waiter: its WaitTicket returns at once. Wait is both
// steps at once, for callers that unlock right before it with nothing running between.
class Cond : public KernelObject {
 public:
  explicit Cond(Scheduler& sched);
  uint32_t Add() { return wait_++; }
  // kDone when a Signal or Broadcast already covered the ticket, else kParked.
  OpStatus WaitTicket(uint32_t ticket, Waiter& w);
  OpStatus Wait(Waiter& w) { return WaitTicket(Add(), w); }
  void Signal();
  void Broadcast();
  const WaitQueue& waiters() const { return waiters_; }

 private:
  uint32_t wait_ = 0;    // the next ticket
  uint32_t notify_ = 0;  // tickets below this have been notified
  WaitQueue waiters_;
};

// The state of a sync.Once; the front end runs f under mutex() as Go's doSlow does,
// and marks it done even when f panics.
class Once : public KernelObject {
 public:
  explicit Once(Scheduler& sched);
  bool done() const { return done_; }
  void CopyStateFrom(const Once& o) { done_ = o.done_; }
  // Records the attempt; true when the caller must run f (under the mutex).
  bool Begin();
  void MarkDone() { done_ = true; }
  Mutex& mutex() { return mutex_; }

 private:
  bool done_ = false;
  Mutex mutex_;
};

// Per-processor private item and shared stack, plus the victim cache that survives
// one garbage collection: items put in a Pool may disappear, as in Go.
class Pool : public KernelObject {
 public:
  explicit Pool(Scheduler& sched);
  // An item, or nullopt: the caller then calls New (if any).
  std::optional<Value> Get();
  void Put(Value v);
  // A garbage collection: the victim cache is dropped, the primary becomes victim.
  void OnGc();
  size_t size() const;
  // Calls f(value) for every item held, victims included (a collector's roots).
  template <typename F>
  void ForEachValue(F f) const {
    for (const auto* locals : {&primary_, &victim_}) {
      for (const Local& l : *locals) {
        if (l.private_item) f(*l.private_item);
        for (const Value& v : l.shared) f(v);
      }
    }
  }

 private:
  struct Local {
    std::optional<Value> private_item;
    std::deque<Value> shared;
  };
  Local& Mine();
  std::vector<Local> primary_;
  std::vector<Local> victim_;
};

// sync.Map. Keys compare by Value's two words: the language layer passes canonical
// keys (equal Go values have equal Values).
class SyncMap : public KernelObject {
 public:
  explicit SyncMap(Scheduler& sched);
  std::optional<Value> Load(Value key) const;
  void Store(Value key, Value v);
  // Returns the existing value and true, or stores v and returns v and false.
  std::pair<Value, bool> LoadOrStore(Value key, Value v);
  std::optional<Value> LoadAndDelete(Value key);
  void Delete(Value key);
  std::optional<Value> Swap(Value key, Value v);  // previous value, if any
  bool CompareAndSwap(Value key, Value old_v, Value new_v);
  bool CompareAndDelete(Value key, Value old_v);
  // Calls f(key, value) in key order until f returns false.
  template <typename F>
  void Range(F f) const {
    for (const auto& [k, v] : entries_)
      if (!f(k, v)) break;
  }
  size_t size() const { return entries_.size(); }

 private:
  std::map<Value, Value> entries_;
};

// sync/atomic: in a single-threaded deterministic kernel an atomic is a plain
// variable whose every operation is indivisible; one template serves every type.
template <typename T>
class Atomic {
 public:
  T Load() const { return v_; }
  void Store(T v) { v_ = v; }
  T Swap(T v) {
    T old = v_;
    v_ = v;
    return old;
  }
  bool CompareAndSwap(T old_v, T new_v) {
    if (v_ != old_v) return false;
    v_ = new_v;
    return true;
  }
  T Add(T delta) { return v_ += delta; }  // returns the new value, as Go's Add
  T And(T mask) {
    T old = v_;
    v_ &= mask;
    return old;
  }
  T Or(T mask) {
    T old = v_;
    v_ |= mask;
    return old;
  }

 private:
  T v_{};
};

}  // namespace chanscope::core
