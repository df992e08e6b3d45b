// select.h — Go's select in three passes: poll, enqueue, dequeue.
#pragma once

#include <cstdint>
#include <span>

#include "channel.h"

namespace chanscope::core {

struct SelectCase {
  Channel* chan = nullptr;  // nil: the case is never ready
  bool is_send = false;
  Value send_value;
};

struct SelectResult {
  int32_t index = -1;  // chosen case, -1 for default
  Value value;         // received value
  bool ok = false;     // received value was sent (not a close)
};

// ---- Entry points from compiled code (Go's selectgo) ----
// Pass 1 polls the cases in a random order (a seeded, recorded decision among the
// ready ones) and completes the first ready one, else default. Pass 2 enqueues one
// waiter per case (waiters[i] for cases[i], owned by the caller) and parks with
// reason "select" ("select (no cases)" when there are none).
OpStatus SelectBegin(Scheduler& sched, std::span<const SelectCase> cases,
                     std::span<Waiter> waiters, bool has_default, SelectResult* out);
// Pass 3, after the goroutine parked by SelectBegin is woken: dequeues the losing
// waiters and reports the winning case.
OpStatus SelectFinish(Scheduler& sched, std::span<const SelectCase> cases,
                      std::span<Waiter> waiters, SelectResult* out);

}  // namespace chanscope::core
