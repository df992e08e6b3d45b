// select.cpp — Go's selectgo: pass 1 polls, pass 2 enqueues, pass 3 dequeues.
#include "select.h"

#include <vector>

#include "check.h"
#include "scheduler.h"

namespace chanscope::core {

// Channel's private operations, shared with select.
class SelectOps {
 public:
  static bool Ready(const SelectCase& c) { return c.is_send ? c.chan->CanSend() : c.chan->CanRecv(); }
  static OpStatus Complete(const SelectCase& c, Waiter& w, SelectResult* out) {
    if (c.is_send) {
      if (c.chan->closed()) return OpStatus::kPanicSendOnClosed;
      c.chan->SendNow(c.send_value);
      return OpStatus::kDone;
    }
    c.chan->RecvNow(w);
    out->value = w.value;
    out->ok = w.success;
    return OpStatus::kDone;
  }
  static void Enqueue(const SelectCase& c, Waiter& w) { c.chan->Enqueue(w, c.is_send); }
  static void Remove(Waiter& w) { w.chan->Remove(w); }
};

namespace {

// object: the chosen case's channel (0 for default), so views can show which one fired. Set
// after Record, so recording the choice adds no invariant check of that channel: the checks
// stay where the channel's own operations put them.
void RecordChoice(Scheduler& s, int32_t index, uint32_t object, bool random) {
  if (Event* e = s.Record(EventKind::kSelectChoose)) {
    e->object = object;
    e->arg = index;
    if (random) e->flags = kFlagRandom;
  }
}

}  // namespace

OpStatus SelectBegin(Scheduler& s, std::span<const SelectCase> cases, std::span<Waiter> waiters,
                     bool has_default, SelectResult* out) {
  CS_CHECK(waiters.size() >= cases.size());
  G* g = s.current();
  // Pass 1: find the ready cases (nil channels never are) and take one at random,
  // which is what polling in a uniformly random order amounts to.
  int32_t ready[64];
  std::vector<int32_t> many;
  int32_t* list = ready;
  if (cases.size() > 64) {
    many.resize(cases.size());
    list = many.data();
  }
  int32_t n_ready = 0;
  for (size_t i = 0; i < cases.size(); i++)
    if (cases[i].chan && SelectOps::Ready(cases[i])) list[n_ready++] = static_cast<int32_t>(i);
  if (Event* e = s.Record(EventKind::kSelectPoll)) e->arg = n_ready;
  if (n_ready > 0) {
    int32_t k = n_ready > 1 ? static_cast<int32_t>(s.Choose(DecisionKind::kSelectCase, n_ready)) : 0;
    int32_t i = list[k];
    out->index = i;
    RecordChoice(s, i, cases[i].chan->id(), n_ready > 1);
    return SelectOps::Complete(cases[i], waiters[i], out);
  }
  if (has_default) {
    out->index = -1;
    RecordChoice(s, -1, 0, false);
    return OpStatus::kDone;
  }
  // Pass 2: enqueue on every channel and park until one of them wakes us.
  g->select_done = false;
  g->select_winner = nullptr;
  int32_t enqueued = 0;
  for (size_t i = 0; i < cases.size(); i++) {
    if (!cases[i].chan) continue;
    Waiter& w = waiters[i];
    w.g = g;
    w.is_select = true;
    w.success = false;
    w.case_index = static_cast<int32_t>(i);
    w.value = cases[i].send_value;
    SelectOps::Enqueue(cases[i], w);
    enqueued++;
  }
  if (Event* e = s.Record(EventKind::kSelectEnqueue)) e->arg = enqueued;
  s.Park(cases.empty() ? WaitReason::kSelectNoCases : WaitReason::kSelect, 0);
  return OpStatus::kParked;
}

OpStatus SelectFinish(Scheduler& s, std::span<const SelectCase> cases, std::span<Waiter> waiters,
                      SelectResult* out) {
  G* g = s.current();
  Waiter* winner = g->select_winner;
  CS_CHECK(winner);
  // Pass 3: leave every other channel's queue.
  for (size_t i = 0; i < cases.size(); i++)
    if (cases[i].chan && &waiters[i] != winner) SelectOps::Remove(waiters[i]);
  g->select_done = false;
  g->select_winner = nullptr;
  out->index = winner->case_index;
  RecordChoice(s, out->index, winner->chan->id(), false);
  if (cases[out->index].is_send) return AfterSendWake(*winner);
  out->value = winner->value;
  out->ok = winner->success;
  return OpStatus::kDone;
}

}  // namespace chanscope::core
