// timer.h — timers on the virtual clock: Sleep, time.Timer, time.Ticker, AfterFunc.
#pragma once

#include <cstdint>
#include <functional>

#include "object.h"

namespace chanscope::core {

class Channel;
struct G;

enum class TimerAction : uint8_t {
  kWake,      // ready a sleeping goroutine (time.Sleep)
  kSendTime,  // non-blocking send of the fire time on a channel of capacity 1 (Timer.C)
  kFunc,      // call a function in the scheduler (AfterFunc starts a goroutine from it)
};

// A timer lives in the scheduler's heap while active. Go 1.19 semantics: the channel
// of a Timer or Ticker has capacity 1 and a tick is dropped when it is full.
struct Timer : KernelObject {
  Timer(Scheduler& sched, TimerAction action);
  ~Timer() override;

  bool active() const { return heap_index >= 0; }

  TimerAction action;
  int64_t when = 0;     // virtual ns at which it fires
  int64_t period = 0;   // > 0 for tickers
  uint64_t seq = 0;     // orders timers with equal `when` by the time they were set
  int32_t heap_index = -1;  // position in the scheduler's heap, -1 when not active
  G* g = nullptr;            // kWake: who sleeps
  Channel* chan = nullptr;   // kSendTime: where the time goes
  std::function<void(Scheduler&)> func;  // kFunc
};

// Time values sent on timer channels are Unix nanoseconds.
// The virtual clock starts at the Go Playground's moment: 2009-11-10 23:00:00 UTC.
inline constexpr int64_t kEpochUnixNanos = 1257894000LL * 1000000000LL;

}  // namespace chanscope::core
