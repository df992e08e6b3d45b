// sync.cpp — Mutex, RWMutex, WaitGroup, Cond, Once, Pool and Map on the kernel.
#include "sync.h"

#include <utility>

#include "check.h"
#include "scheduler.h"

namespace chanscope::core {

namespace {

int64_t CurrentId(const Scheduler& s) { return s.current() ? s.current()->id : 0; }

// Parks the running goroutine in `q` for `reason`.
OpStatus Wait(Scheduler& s, WaitQueue& q, Waiter& w, WaitReason reason, uint32_t object) {
  w.g = s.current();
  w.is_select = false;
  q.PushBack(&w);
  s.Park(reason, object);
  return OpStatus::kParked;
}

Event* RecordFor(Scheduler& s, EventKind kind, uint32_t object, int64_t g, int64_t peer) {
  Event* e = s.Record(kind, object);
  if (e) {
    e->g = g;
    e->peer = peer;
  }
  return e;
}

}  // namespace

// ---- Mutex ----

Mutex::Mutex(Scheduler& sched) : KernelObject(sched, ObjectKind::kMutex) {}

OpStatus Mutex::Enqueue(Waiter& w, bool front) {
  Scheduler& s = sched();
  w.g = s.current();
  w.is_select = false;
  w.success = false;
  if (w.since < 0) w.since = s.Now();
  front ? waiters_.PushFront(&w) : waiters_.PushBack(&w);
  s.Park(WaitReason::kSyncMutexLock, id());
  return OpStatus::kParked;
}

void Mutex::UnlockSlow() {
  Scheduler& s = sched();
  if (!locked_) return s.Fatal("sync: unlock of unlocked mutex");
  int64_t me = CurrentId(s);
  s.Record(EventKind::kMutexUnlock, id());
  locked_ = false;
  holder_ = 0;
  released_at_ = s.Now();
  if (waiters_.empty()) {
    starving_ = false;
    return;
  }
  if (woken_) return;  // the waiter already woken will take it
  Waiter* w = waiters_.Dequeue();
  if (starving_) {
    // Starvation mode: hand the lock straight to the longest waiter.
    if (waiters_.empty() || s.Now() - w->since < kStarvationNs) starving_ = false;
    w->success = true;
    Acquire(w->g->id, me);
    s.Ready(w->g);
    return;
  }
  // Normal mode: wake the longest waiter; it competes for the lock when it runs.
  woken_ = true;
  w->g->lock_retry = this;
  w->g->lock_waiter = w;
  s.Ready(w->g);
}

bool Mutex::Retry(G& g) {
  Scheduler& s = sched();
  Waiter* w = g.lock_waiter;
  g.lock_retry = nullptr;
  g.lock_waiter = nullptr;
  woken_ = false;
  if (!locked_) {
    w->success = true;
    Acquire(g.id, 0);
    return true;
  }
  // Someone running took it first: wait again, at the front, and starve no longer
  // than 1 ms before the lock is handed over directly.
  if (s.Now() - w->since >= kStarvationNs) starving_ = true;
  Enqueue(*w, /*front=*/true);
  return false;
}

void Mutex::CheckInvariants() const {
  CS_CHECK(!starving_ || locked_ || !waiters_.empty() || woken_);
  CS_CHECK(holder_ == 0 || locked_);
}

// ---- RWMutex ----

RWMutex::RWMutex(Scheduler& sched) : KernelObject(sched, ObjectKind::kRWMutex) {}

bool RWMutex::TryLock() {
  if (slot_taken_ || readers_ > 0) return false;
  slot_taken_ = write_locked_ = true;
  writer_ = CurrentId(sched());
  sched().Record(EventKind::kMutexLock, id());
  return true;
}

OpStatus RWMutex::Lock(Waiter& w) {
  Scheduler& s = sched();
  if (TryLock()) return OpStatus::kDone;
  if (slot_taken_) return Wait(s, writers_, w, WaitReason::kSyncRWMutexLock, id());
  // The writer slot is ours, but readers are inside: new readers now wait behind us
  // and we wait until the last active reader leaves.
  slot_taken_ = true;
  writer_ = CurrentId(s);
  draining_ = s.current();
  s.Park(WaitReason::kSyncRWMutexLock, id());
  return OpStatus::kParked;
}

bool RWMutex::TryRLock() {
  if (slot_taken_) return false;
  readers_++;
  sched().Record(EventKind::kRLock, id());
  return true;
}

OpStatus RWMutex::RLock(Waiter& w) {
  if (TryRLock()) return OpStatus::kDone;
  // A writer holds or waits for the lock: writer preference, so we wait.
  return Wait(sched(), readers_q_, w, WaitReason::kSyncRWMutexRLock, id());
}

void RWMutex::RUnlock() {
  Scheduler& s = sched();
  if (readers_ == 0) return s.Fatal("sync: RUnlock of unlocked RWMutex");
  readers_--;
  s.Record(EventKind::kRUnlock, id());
  if (readers_ == 0 && draining_) {
    // The last reader left; the waiting writer gets the lock.
    G* g = draining_;
    draining_ = nullptr;
    write_locked_ = true;
    RecordFor(s, EventKind::kMutexLock, id(), g->id, CurrentId(s));
    s.Ready(g);
  }
}

void RWMutex::Unlock() {
  Scheduler& s = sched();
  if (!write_locked_) return s.Fatal("sync: Unlock of unlocked RWMutex");
  s.Record(EventKind::kMutexUnlock, id());
  write_locked_ = false;
  slot_taken_ = false;
  writer_ = 0;
  // Readers that waited go first; then the next writer takes the slot and waits
  // for those readers, as Go's RWMutex.Unlock does.
  while (Waiter* r = readers_q_.Dequeue()) {
    readers_++;
    RecordFor(s, EventKind::kRLock, id(), r->g->id, CurrentId(s));
    s.Ready(r->g);
  }
  if (Waiter* w = writers_.Dequeue()) GiveSlot(w);
}

void RWMutex::GiveSlot(Waiter* w) {
  Scheduler& s = sched();
  slot_taken_ = true;
  writer_ = w->g->id;
  if (readers_ > 0) {
    draining_ = w->g;  // stays parked until the readers leave
    return;
  }
  write_locked_ = true;
  RecordFor(s, EventKind::kMutexLock, id(), w->g->id, CurrentId(s));
  s.Ready(w->g);
}

void RWMutex::CheckInvariants() const {
  CS_CHECK(!(write_locked_ && readers_ > 0));
  CS_CHECK(!write_locked_ || slot_taken_);
  CS_CHECK(readers_q_.empty() || slot_taken_);
  CS_CHECK(writers_.empty() || slot_taken_);
  CS_CHECK(!draining_ || (slot_taken_ && !write_locked_ && readers_ > 0));
}

// ---- WaitGroup ----

WaitGroup::WaitGroup(Scheduler& sched) : KernelObject(sched, ObjectKind::kWaitGroup) {}

OpStatus WaitGroup::Add(int64_t delta) {
  Scheduler& s = sched();
  counter_ += delta;
  if (Event* e = s.Record(EventKind::kWaitGroupAdd, id())) {
    e->value = Value::Int(delta);
    e->arg = static_cast<int32_t>(counter_);
  }
  if (counter_ < 0) return OpStatus::kPanicNegativeWaitGroup;
  if (counter_ > 0) return OpStatus::kDone;
  zero_at_ = s.Now();
  // The counter reached zero: release every waiter.
  while (Waiter* w = waiters_.Dequeue()) {
    RecordFor(s, EventKind::kWaitGroupWait, id(), w->g->id, CurrentId(s));
    s.Ready(w->g);
  }
  return OpStatus::kDone;
}

OpStatus WaitGroup::Wait(Waiter& w) {
  if (counter_ == 0) {
    sched().AdvanceTo(zero_at_);
    sched().Record(EventKind::kWaitGroupWait, id());
    return OpStatus::kDone;
  }
  return core::Wait(sched(), waiters_, w, WaitReason::kSyncWaitGroupWait, id());
}

// ---- Cond ----

Cond::Cond(Scheduler& sched) : KernelObject(sched, ObjectKind::kCond) {}

OpStatus Cond::WaitTicket(uint32_t ticket, Waiter& w) {
  sched().Record(EventKind::kCondWait, id());
  // Notified between taking the ticket and getting here: no need to sleep.
  if (static_cast<int32_t>(ticket - notify_) < 0) return OpStatus::kDone;
  w.ticket = ticket;
  return core::Wait(sched(), waiters_, w, WaitReason::kSyncCondWait, id());
}

void Cond::Signal() {
  Scheduler& s = sched();
  Waiter* woken = nullptr;
  if (notify_ != wait_) {
    // Wake the holder of the oldest ticket if it is asleep already; if not, its
    // WaitTicket will find the ticket covered.
    uint32_t t = notify_++;
    waiters_.ForEach([&](Waiter& w) {
      if (!woken && w.ticket == t) woken = &w;
    });
    if (woken) waiters_.Remove(woken);
  }
  if (Event* e = s.Record(EventKind::kCondSignal, id())) e->peer = woken ? woken->g->id : 0;
  if (woken) s.Ready(woken->g);
}

void Cond::Broadcast() {
  Scheduler& s = sched();
  if (Event* e = s.Record(EventKind::kCondBroadcast, id()))
    e->arg = static_cast<int32_t>(waiters_.size());
  notify_ = wait_;
  while (Waiter* w = waiters_.Dequeue()) s.Ready(w->g);
}

// ---- Once ----

Once::Once(Scheduler& sched) : KernelObject(sched, ObjectKind::kOnce), mutex_(sched) {}

bool Once::Begin() {
  if (Event* e = sched().Record(EventKind::kOnceDo, id())) e->arg = !done_;
  return !done_;
}

// ---- Pool ----

Pool::Pool(Scheduler& sched)
    : KernelObject(sched, ObjectKind::kPool),
      primary_(sched.config().procs),
      victim_(sched.config().procs) {}

Pool::Local& Pool::Mine() {
  const G* g = sched().current();
  size_t lane = g && g->lane >= 0 ? static_cast<size_t>(g->lane) : 0;
  return primary_[lane % primary_.size()];
}

std::optional<Value> Pool::Get() {
  Local& mine = Mine();
  std::optional<Value> item;
  size_t lane = static_cast<size_t>(&mine - primary_.data());
  if (mine.private_item) {
    item = std::exchange(mine.private_item, std::nullopt);
  } else if (!mine.shared.empty()) {
    item = mine.shared.back();
    mine.shared.pop_back();
  } else {
    // Steal from the other lanes, then fall back to the victim cache.
    for (std::vector<Local>* gen : {&primary_, &victim_}) {
      for (size_t i = 0; i < gen->size() && !item; i++) {
        Local& other = (*gen)[(lane + i) % gen->size()];
        if (gen == &victim_ && other.private_item) {
          item = std::exchange(other.private_item, std::nullopt);
        } else if (!other.shared.empty()) {
          item = other.shared.front();
          other.shared.pop_front();
        }
      }
      if (item) break;
    }
  }
  if (Event* e = sched().Record(EventKind::kPoolGet, id())) {
    if (item) {
      e->flags = kFlagHit;
      e->value = *item;
    }
  }
  return item;
}

void Pool::Put(Value v) {
  Local& mine = Mine();
  if (!mine.private_item) {
    mine.private_item = v;
  } else {
    mine.shared.push_back(v);
  }
  if (Event* e = sched().Record(EventKind::kPoolPut, id())) e->value = v;
}

void Pool::OnGc() {
  victim_ = std::move(primary_);
  primary_.assign(victim_.size(), Local{});
}

size_t Pool::size() const {
  size_t n = 0;
  for (const auto* gen : {&primary_, &victim_})
    for (const Local& l : *gen) n += l.shared.size() + (l.private_item ? 1 : 0);
  return n;
}

// ---- Map ----

SyncMap::SyncMap(Scheduler& sched) : KernelObject(sched, ObjectKind::kMap) {}

std::optional<Value> SyncMap::Load(Value key) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void SyncMap::Store(Value key, Value v) { entries_[key] = v; }

std::pair<Value, bool> SyncMap::LoadOrStore(Value key, Value v) {
  auto [it, inserted] = entries_.try_emplace(key, v);
  return {it->second, !inserted};
}

std::optional<Value> SyncMap::LoadAndDelete(Value key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  Value v = it->second;
  entries_.erase(it);
  return v;
}

void SyncMap::Delete(Value key) { entries_.erase(key); }

std::optional<Value> SyncMap::Swap(Value key, Value v) {
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    entries_.emplace(key, v);
    return std::nullopt;
  }
  return std::exchange(it->second, v);
}

bool SyncMap::CompareAndSwap(Value key, Value old_v, Value new_v) {
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second != old_v) return false;
  it->second = new_v;
  return true;
}

bool SyncMap::CompareAndDelete(Value key, Value old_v) {
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second != old_v) return false;
  entries_.erase(it);
  return true;
}

}  // namespace chanscope::core
