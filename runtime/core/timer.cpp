// timer.cpp — the scheduler's timer heap on the virtual clock, and Sleep.
#include <algorithm>

#include "channel.h"
#include "check.h"
#include "scheduler.h"

namespace chanscope::core {

Timer::Timer(Scheduler& sched, TimerAction a) : KernelObject(sched, ObjectKind::kTimer), action(a) {}

Timer::~Timer() {
  if (active()) sched().StopTimer(this);
}

namespace {

bool Earlier(const Timer* a, const Timer* b) {
  return a->when != b->when ? a->when < b->when : a->seq < b->seq;
}

}  // namespace

void Scheduler::HeapUp(int32_t i) {
  while (i > 0) {
    int32_t parent = (i - 1) / 2;
    if (!Earlier(heap_[i], heap_[parent])) break;
    std::swap(heap_[i], heap_[parent]);
    heap_[i]->heap_index = i;
    heap_[parent]->heap_index = parent;
    i = parent;
  }
}

void Scheduler::HeapDown(int32_t i) {
  int32_t n = static_cast<int32_t>(heap_.size());
  for (;;) {
    int32_t least = i;
    for (int32_t c : {2 * i + 1, 2 * i + 2})
      if (c < n && Earlier(heap_[c], heap_[least])) least = c;
    if (least == i) break;
    std::swap(heap_[i], heap_[least]);
    heap_[i]->heap_index = i;
    heap_[least]->heap_index = least;
    i = least;
  }
}

void Scheduler::HeapRemove(Timer* t) {
  int32_t i = t->heap_index;
  CS_CHECK(i >= 0 && heap_[i] == t);
  Timer* last = heap_.back();
  heap_.pop_back();
  t->heap_index = -1;
  if (last == t) return;
  heap_[i] = last;
  last->heap_index = i;
  HeapUp(i);
  HeapDown(last->heap_index);
}

void Scheduler::AddTimer(Timer* t) {
  CS_CHECK(!t->active());
  t->seq = timer_seq_++;
  t->heap_index = static_cast<int32_t>(heap_.size());
  heap_.push_back(t);
  HeapUp(t->heap_index);
  if (Event* e = Record(EventKind::kTimerSet, t->id())) e->value = Value::Int(t->when);
}

bool Scheduler::StopTimer(Timer* t) {
  bool was_active = t->active();
  if (was_active) HeapRemove(t);
  if (Event* e = Record(EventKind::kTimerStop, t->id())) e->arg = was_active;
  return was_active;
}

std::vector<const Timer*> Scheduler::ActiveTimers() const {
  std::vector<const Timer*> out(heap_.begin(), heap_.end());
  std::sort(out.begin(), out.end(), Earlier);
  return out;
}

bool Scheduler::Sleep(int64_t d) {
  if (d <= 0) return false;
  G* g = current_;
  if (!g->sleep_timer) g->sleep_timer = new Timer(*this, TimerAction::kWake);
  Timer* t = g->sleep_timer;
  t->g = g;
  t->when = now_ + d;
  AddTimer(t);
  Park(WaitReason::kSleep, t->id());
  return true;
}

void Scheduler::FireTimers(int64_t up_to) {
  while (!heap_.empty() && heap_[0]->when <= up_to && !finished_) {
    Timer* t = heap_[0];
    HeapRemove(t);
    FireTimer(t, up_to);
  }
}

void Scheduler::FireTimer(Timer* t, int64_t lane_now) {
  // The timer's effects happen at its own moment, not at the lane's.
  int64_t saved = now_;
  now_ = t->when;
  Record(EventKind::kTimerFire, t->id());
  int64_t fired_at = t->when;
  if (t->period > 0) {
    // A ticker: next tick, skipping any the lane has already passed (as Go does).
    t->when += t->period * (1 + (lane_now - t->when) / t->period);
    t->seq = timer_seq_++;
    t->heap_index = static_cast<int32_t>(heap_.size());
    heap_.push_back(t);
    HeapUp(t->heap_index);
  }
  switch (t->action) {
    case TimerAction::kWake:
      Ready(t->g);
      break;
    case TimerAction::kSendTime:
      t->chan->TrySend(Value::Int(kEpochUnixNanos + fired_at));
      break;
    case TimerAction::kFunc:
      t->func(*this);
      break;
  }
  now_ = saved;
}

}  // namespace chanscope::core
