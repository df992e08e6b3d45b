// kernel_test_util.h — shared helpers for the kernel tests: run a C++ program on a fresh
// scheduler and look at what it did (outcome, output, trace, goroutines).
//
// Rules for programs written in tests:
//  - Goroutine bodies are free functions returning Task; shared state is passed as a
//    pointer to a struct that lives in the test case, so it outlives the run.
//  - Inside a coroutine use CHECK, never REQUIRE: a thrown doctest failure would travel
//    through the coroutine like a Go panic.
//  - `co_await co::Sleep(kSettle)` lets every runnable goroutine run until it blocks
//    (they cost a few virtual nanoseconds; kSettle is a virtual millisecond).
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/channel.h"
#include "core/scheduler.h"
#include "core/select.h"
#include "core/sync.h"
#include "core/task.h"
#include "core/timer.h"
#include "core/trace.h"

namespace kt {

using namespace chanscope::core;  // NOLINT: test code reads better unqualified

inline constexpr int64_t kUs = 1'000;
inline constexpr int64_t kMs = 1'000'000;
inline constexpr int64_t kSec = 1'000'000'000;
inline constexpr int64_t kSettle = kMs;

// Tests check invariants after every step and record the trace.
inline Config TestConfig(uint64_t seed = 1, int procs = 1, Policy policy = Policy::kGo) {
  Config c;
  c.seed = seed;
  c.procs = procs;
  c.policy = policy;
  c.trace = true;
  c.check_invariants = true;
  return c;
}

// A scheduler plus what the program printed; keep it when the test inspects objects or
// goroutines after the run (the scheduler owns everything the program made).
struct Harness {
  explicit Harness(Config config = TestConfig()) : sched(config) {
    sched.output = [this](int stream, std::string_view text) {
      (stream == 1 ? out : err).append(text);
    };
  }
  Harness(const Harness&) = delete;
  Harness& operator=(const Harness&) = delete;

  // Starts `main` as goroutine 1 and runs to the end (or to a pause).
  const Outcome& Run(Task main) {
    co::Go(sched, std::move(main), "main.main");
    return sched.Run();
  }
  std::string TraceText() const { return FormatTrace(sched.trace()); }

  Scheduler sched;
  std::string out;
  std::string err;
};

// Everything a finished run leaves behind, for tests that only compare results.
struct Result {
  Outcome outcome;
  std::string out;
  std::string trace;
  std::vector<Decision> decisions;
  int64_t end_time = 0;
  uint64_t steps = 0;
};

// Runs the program whose main `make_main` builds (called once, before the run).
inline Result RunProgram(Config config, const std::function<Task()>& make_main,
                         std::vector<Decision> replay = {}) {
  Harness h(config);
  if (!replay.empty()) h.sched.SetDecisionLog(std::move(replay));
  Result r;
  r.outcome = h.Run(make_main());
  r.out = h.out;
  r.trace = h.TraceText();
  r.decisions = h.sched.decisions();
  r.end_time = h.sched.Now();
  r.steps = h.sched.step();
  return r;
}

inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
inline bool Contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}
inline size_t CountLines(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// The events of one kind, in order.
inline std::vector<Event> EventsOf(const Trace& trace, EventKind kind) {
  std::vector<Event> out;
  for (const Event& e : trace.events)
    if (e.kind == kind) out.push_back(e);
  return out;
}
inline size_t CountEvents(const Trace& trace, EventKind kind) {
  return EventsOf(trace, kind).size();
}

// The live goroutine with this id, or null (dead goroutines leave the list).
inline const G* FindG(const Scheduler& s, int64_t id) {
  const G* found = nullptr;
  s.ForEachG([&](const G& g) {
    if (g.id == id) found = &g;
  });
  return found;
}
// What a goroutine dump says in brackets for it: its wait reason or its status.
inline std::string StateOf(const Scheduler& s, int64_t id) {
  const G* g = FindG(s, id);
  if (!g) return "gone";
  if (g->status == GStatus::kWaiting) return std::string(WaitReasonText(g->wait_reason));
  return std::string(StatusName(g->status));
}

// Checks a channel's invariants through its public view (the same rules as
// Channel::CheckInvariants, which aborts) and then calls CheckInvariants itself.
inline void CheckChannel(const Channel& c) {
  auto live = [](const WaitQueue& q) {
    size_t n = 0;
    q.ForEach([&](const Waiter& w) { n += !w.is_select || !w.g->select_done; });
    return n;
  };
  size_t senders = live(c.sendq()), receivers = live(c.recvq());
  CHECK(c.len() <= c.cap());
  CHECK((senders == 0 || receivers == 0));
  if (receivers > 0) CHECK(c.len() == 0);
  if (senders > 0) CHECK(c.len() == c.cap());
  if (c.closed()) CHECK(senders + receivers == 0);
  c.CheckInvariants();
}

}  // namespace kt
