// natives_time.cpp — time: the virtual clock, timers and tickers on the kernel, Duration.String.
#include <cstring>
#include <string>

#include "core/timer.h"
#include "lang/natives.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

// A Timer or Ticker value: {C <-chan Time, impl *core.Timer}.
core::Timer* StartTimer(NativeCall& c, int64_t d, int64_t period, bool with_channel) {
  core::Timer* t = c.vm.MakeTimer(core::TimerAction::kSendTime);
  if (with_channel) t->chan = c.vm.MakeChannel(1, 1);
  t->when = c.sched.Now() + d;
  t->period = period;
  c.sched.AddTimer(t);
  return t;
}

uint64_t* TimerValue(NativeCall& c, core::Timer* t) {
  uint64_t* v = c.vm.Alloc(2);
  v[0] = reinterpret_cast<uintptr_t>(t->chan);
  v[1] = reinterpret_cast<uintptr_t>(t);
  return v;
}

core::Timer* TimerOf(NativeCall& c) { return reinterpret_cast<core::Timer*>(reinterpret_cast<uint64_t*>(c.args[0])[1]); }

// Go's time.Duration.String: "1h2m3.5s", "1.5ms", "0s".
std::string DurationString(int64_t d) {
  if (d == 0) return "0s";
  bool neg = d < 0;
  uint64_t u = neg ? static_cast<uint64_t>(0) - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
  auto frac = [](uint64_t v, int prec, std::string& out) {
    // Digits after the point, trailing zeros dropped; returns v / 10^prec.
    std::string digits;
    bool print = false;
    for (int i = 0; i < prec; i++) {
      int digit = static_cast<int>(v % 10);
      print = print || digit != 0;
      if (print) digits.insert(digits.begin(), static_cast<char>('0' + digit));
      v /= 10;
    }
    if (print) out = "." + digits + out;
    return v;
  };
  std::string out;
  if (u < 1000000000ULL) {
    // Less than a second: ns, µs or ms with a fraction.
    int prec;
    std::string unit;
    if (u < 1000ULL) {
      return (neg ? "-" : "") + std::to_string(u) + "ns";
    } else if (u < 1000000ULL) {
      prec = 3;
      unit = "µs";
    } else {
      prec = 6;
      unit = "ms";
    }
    out = unit;
    u = frac(u, prec, out);
    out = std::to_string(u) + out;
  } else {
    out = "s";
    u = frac(u, 9, out);
    out = std::to_string(u % 60) + out;
    u /= 60;
    if (u > 0) {
      out = std::to_string(u % 60) + "m" + out;
      u /= 60;
      if (u > 0) out = std::to_string(u) + "h" + out;
    }
  }
  return (neg ? "-" : "") + out;
}

}  // namespace

NativeFn FindTimeNative(std::string_view name) {
  static const std::pair<std::string_view, NativeFn> kTable[] = {
      {"time.Now",
       [](NativeCall& c) {
         c.args[0] = static_cast<uint64_t>(core::kEpochUnixNanos + c.sched.Now());
         return OpStatus::kDone;
       }},
      {"time.After",
       [](NativeCall& c) {
         c.args[0] = reinterpret_cast<uintptr_t>(StartTimer(c, static_cast<int64_t>(c.args[0]), 0, true)->chan);
         return OpStatus::kDone;
       }},
      {"time.Tick",
       [](NativeCall& c) {
         int64_t d = static_cast<int64_t>(c.args[0]);
         c.args[0] = d <= 0 ? 0 : reinterpret_cast<uintptr_t>(StartTimer(c, d, d, true)->chan);
         return OpStatus::kDone;
       }},
      {"time.NewTimer",
       [](NativeCall& c) {
         c.args[0] = reinterpret_cast<uintptr_t>(TimerValue(c, StartTimer(c, static_cast<int64_t>(c.args[0]), 0, true)));
         return OpStatus::kDone;
       }},
      {"time.NewTicker",
       [](NativeCall& c) {
         int64_t d = static_cast<int64_t>(c.args[0]);
         if (d <= 0) {
           c.panic = "non-positive interval for NewTicker";
           return OpStatus::kDone;
         }
         c.args[0] = reinterpret_cast<uintptr_t>(TimerValue(c, StartTimer(c, d, d, true)));
         return OpStatus::kDone;
       }},
      {"time.Timer.Stop",
       [](NativeCall& c) {
         c.args[0] = c.sched.StopTimer(TimerOf(c));
         return OpStatus::kDone;
       }},
      {"time.Timer.Reset",
       [](NativeCall& c) {
         core::Timer* t = TimerOf(c);
         bool was_active = c.sched.StopTimer(t);
         t->when = c.sched.Now() + static_cast<int64_t>(c.args[1]);
         c.sched.AddTimer(t);
         c.args[0] = was_active;
         return OpStatus::kDone;
       }},
      {"time.Ticker.Stop",
       [](NativeCall& c) {
         c.sched.StopTimer(TimerOf(c));
         return OpStatus::kDone;
       }},
      {"time.Ticker.Reset",
       [](NativeCall& c) {
         int64_t d = static_cast<int64_t>(c.args[1]);
         if (d <= 0) {
           c.panic = "non-positive interval for Ticker.Reset";
           return OpStatus::kDone;
         }
         core::Timer* t = TimerOf(c);
         c.sched.StopTimer(t);
         t->period = d;
         t->when = c.sched.Now() + d;
         c.sched.AddTimer(t);
         return OpStatus::kDone;
       }},
      {"time.AfterFunc",
       [](NativeCall& c) {
         VmTimer* t = c.vm.MakeTimer(core::TimerAction::kFunc);
         auto* closure = reinterpret_cast<uint64_t*>(c.args[1]);
         t->closure = closure;  // the collector's view of what t->func holds
         Vm* vm = &c.vm;
         // When it fires, f runs in a goroutine of its own, as Go's AfterFunc does.
         t->func = [vm, closure](core::Scheduler&) {
           const Function& fn = vm->program().functions[closure[0]];
           vm->Spawn(static_cast<uint32_t>(closure[0]), nullptr, 0, closure,
                     core::SrcPos{fn.file.c_str(), fn.lines.empty() ? 0 : fn.lines[0]}, "time.goFunc");
         };
         t->when = c.sched.Now() + static_cast<int64_t>(c.args[0]);
         c.sched.AddTimer(t);
         c.args[0] = reinterpret_cast<uintptr_t>(TimerValue(c, t));
         return OpStatus::kDone;
       }},
      {"time.Duration.String",
       [](NativeCall& c) {
         ReturnString(c, DurationString(static_cast<int64_t>(c.args[0])));
         return OpStatus::kDone;
       }},
  };
  for (const auto& [n, f] : kTable)
    if (n == name) return f;
  return nullptr;
}

}  // namespace chanscope::lang
