// timer.test.cpp — the virtual clock: Sleep, the jump to the next timer, After, Tick,
// Timer and Ticker with Go's Stop/Reset results, AfterFunc, and determinism.
#include <chrono>
#include <thread>

#include "kernel_test_util.h"

using namespace kt;

namespace {

struct Times {
  std::vector<int64_t> at;      // Now() at interesting moments
  std::vector<int64_t> values;  // values received from timer channels
  std::vector<bool> results;    // Stop/Reset results
};

// ---- Sleep and the clock ----

Task SleepMain(Times* t) {
  Scheduler& s = co::Sched();
  t->at.push_back(s.Now());
  co_await co::Sleep(1500 * kMs);
  t->at.push_back(s.Now());
  co_await co::Sleep(kUs);
  t->at.push_back(s.Now());
}

Task HourMain() { co_await co::Sleep(3600 * kSec); }

Task NonPositiveSleepMain(Times* t) {
  t->at.push_back(co::Sched().Now());
  co_await co::Sleep(0);
  co_await co::Sleep(-kSec);
  t->at.push_back(co::Sched().Now());
}

Task SleepThenLog(int64_t d, std::vector<int64_t>* order) {
  co_await co::Sleep(d);
  order->push_back(co::Self().id);
}

Task WakeOrderMain(std::vector<int64_t>* order) {
  co::Go(SleepThenLog(3 * kMs, order), "main.c");   // 2
  co::Go(SleepThenLog(1 * kMs, order), "main.a");   // 3
  co::Go(SleepThenLog(2 * kMs, order), "main.b");   // 4
  co::Go(SleepThenLog(2 * kMs, order), "main.b2");  // 5
  co_await co::Sleep(10 * kMs);
}

Task SendAfterSleep(co::Chan c) {
  co_await co::Sleep(kSec);
  co_await c.Send(1);
}

Task SleeperIsNotDeadlockMain(Times* t) {
  co::Chan c = co::MakeChan(0);
  co::Go(SendAfterSleep(c), "main.sleeper");
  co_await c.Recv();
  t->at.push_back(co::Sched().Now());
}

// ---- After and Tick ----

Task AfterMain(Times* t) {
  Scheduler& s = co::Sched();
  co_await co::Sleep(kMs);
  int64_t start = s.Now();
  co::Chan c = co::After(5 * kMs);
  CHECK(c.Cap() == 1);
  t->values.push_back((co_await c.Recv()).AsInt());
  t->at.push_back(s.Now() - start);
  // It fires once: nothing more arrives.
  co_await co::Sleep(100 * kMs);
  CHECK(c.Len() == 0);
  SelectResult r = co_await co::Select(co::Recv(c), co::Default());
  CHECK(r.index == 1);
  t->at.push_back(start);
}

Task TickerMain(Times* t) {
  Scheduler& s = co::Sched();
  co::TimerHandle ticker = co::NewTicker(10 * kMs);
  for (int i = 0; i < 3; i++) {
    t->values.push_back((co_await ticker.C().Recv()).AsInt());
    t->at.push_back(s.Now());
  }
  CHECK(ticker.Stop());
}

Task TickerDropsMain(Times* t) {
  Scheduler& s = co::Sched();
  co::TimerHandle ticker = co::NewTicker(10 * kMs);
  co_await co::Sleep(35 * kMs);  // ticks at 10 (kept), 20 and 30 (dropped: C is full)
  CHECK(ticker.C().Len() == 1);
  t->values.push_back((co_await ticker.C().Recv()).AsInt());
  t->values.push_back((co_await ticker.C().Recv()).AsInt());  // the tick at 40
  t->at.push_back(s.Now());
  ticker.Stop();
}

Task TickerStopMain(Times* t) {
  co::TimerHandle ticker = co::NewTicker(10 * kMs);
  co_await ticker.C().Recv();
  t->results.push_back(ticker.Stop());  // true: it was running
  t->results.push_back(ticker.Stop());  // false: already stopped
  co_await co::Sleep(100 * kMs);
  CHECK(ticker.C().Len() == 0);  // no tick after Stop, and C is not closed
  CHECK_FALSE(ticker.C().get()->closed());
}

Task TickerResetMain(Times* t) {
  Scheduler& s = co::Sched();
  co::TimerHandle ticker = co::NewTicker(10 * kMs);
  co_await ticker.C().Recv();  // at 10ms
  ticker.Reset(3 * kMs);
  int64_t reset_at = s.Now();
  for (int i = 0; i < 2; i++) {
    co_await ticker.C().Recv();
    t->at.push_back(s.Now() - reset_at);
  }
  ticker.Stop();
}

Task TickMain(Times* t) {
  Scheduler& s = co::Sched();
  co::Chan c = co::Tick(kSec);
  for (int i = 0; i < 2; i++) {
    co_await c.Recv();
    t->at.push_back(s.Now());
  }
  CHECK(co::Tick(0).get() == nullptr);  // Go: Tick(d <= 0) returns nil
  CHECK(co::Tick(-1).get() == nullptr);
}

// ---- Timer.Stop and Timer.Reset ----

Task TimerStopMain(Times* t) {
  co::TimerHandle timer = co::NewTimer(10 * kMs);
  t->results.push_back(timer.Stop());  // true: stopped an active timer
  t->results.push_back(timer.Stop());  // false: already stopped
  co_await co::Sleep(20 * kMs);
  CHECK(timer.C().Len() == 0);  // it never fired
  co::TimerHandle fired = co::NewTimer(kMs);
  co_await fired.C().Recv();
  t->results.push_back(fired.Stop());  // false: it had fired
  co::TimerHandle undrained = co::NewTimer(kMs);
  co_await co::Sleep(2 * kMs);
  t->results.push_back(undrained.Stop());  // false: fired; the value waits in C
  CHECK(undrained.C().Len() == 1);
}

Task TimerResetMain(Times* t) {
  Scheduler& s = co::Sched();
  co::TimerHandle timer = co::NewTimer(10 * kMs);
  co_await co::Sleep(2 * kMs);
  t->results.push_back(timer.Reset(20 * kMs));  // true: it was active
  int64_t reset_at = s.Now();
  t->values.push_back((co_await timer.C().Recv()).AsInt());
  t->at.push_back(s.Now() - reset_at);         // 20ms after the Reset, not 10 after the start
  t->results.push_back(timer.Reset(5 * kMs));  // false: it had fired
  reset_at = s.Now();
  co_await timer.C().Recv();
  t->at.push_back(s.Now() - reset_at);
  t->results.push_back(timer.Stop());
  t->results.push_back(timer.Reset(kMs));  // false: it had been stopped
  co_await timer.C().Recv();
}

// ---- AfterFunc ----

struct FuncRun {
  int runs = 0;
  int64_t id = 0;
  int64_t parent = -1;
  int64_t at = -1;
};

Task Callback(FuncRun* f, co::Chan done) {
  f->runs++;
  f->id = co::Self().id;
  f->parent = co::Self().parent_id;
  f->at = co::Sched().Now();
  co_await done.Send(1);
}

Task AfterFuncMain(FuncRun* f) {
  co::Chan done = co::MakeChan(0);
  co::TimerHandle h = co::AfterFunc(10 * kMs, [f, done] { return Callback(f, done); });
  CHECK(h.get() != nullptr);
  co_await done.Recv();  // a sleeping timer is pending: not a deadlock
}

Task AfterFuncStopMain(FuncRun* f, Times* t) {
  co::Chan done = co::MakeChan(1);
  co::TimerHandle h = co::AfterFunc(10 * kMs, [f, done] { return Callback(f, done); });
  co_await co::Sleep(5 * kMs);
  t->results.push_back(h.Stop());  // true: f will not run
  co_await co::Sleep(20 * kMs);
  t->results.push_back(h.Stop());  // false
}

Task StoppedTimerMain() {
  co::TimerHandle timer = co::NewTimer(kSec);
  timer.Stop();
  co_await timer.C().Recv();  // nothing will ever come: deadlock, not a wait
}

// ---- Determinism ----

Task Napper(int64_t d, co::Chan out) {
  for (int i = 0; i < 3; i++) {
    co_await co::Sleep(d);
    co_await out.Send(d);
  }
}

Task TimersProgramMain() {
  co::Chan out = co::MakeChan(2);
  co::Go(Napper(3 * kMs, out), "main.n3");
  co::Go(Napper(5 * kMs, out), "main.n5");
  co::Chan tick = co::Tick(4 * kMs);
  co::Chan timeout = co::After(30 * kMs);
  for (;;) {
    SelectResult r = co_await co::Select(co::Recv(out), co::Recv(tick), co::Recv(timeout));
    co::Print(std::to_string(r.index) + ":" + std::to_string(co::Sched().Now()) + "\n");
    if (r.index == 2) break;
  }
}

Task TimeoutMain(Times* t) {
  co::Chan never = co::MakeChan(0);
  int64_t start = co::Sched().Now();
  SelectResult r = co_await co::Select(co::Recv(never), co::Recv(co::After(250 * kMs)));
  t->results.push_back(r.index == 1);
  t->at.push_back(co::Sched().Now() - start);
}

Task AfterFuncResetMain(FuncRun* f, Times* t) {
  co::Chan done = co::MakeChan(2);
  co::TimerHandle h = co::AfterFunc(kMs, [f, done] { return Callback(f, done); });
  co_await done.Recv();
  t->results.push_back(h.Reset(5 * kMs));  // false: it had fired; f runs again later
  int64_t reset_at = co::Sched().Now();
  co_await done.Recv();
  t->at.push_back(co::Sched().Now() - reset_at);
}

Task TickerForeverMain() {
  co::TimerHandle ticker = co::NewTicker(kSec);
  (void)ticker;
  co_await co::MakeChan(0).Recv();  // blocked, but a ticker is still pending
}

Task ImmediateTimersMain(Times* t) {
  Scheduler& s = co::Sched();
  int64_t start = s.Now();
  co_await co::NewTimer(0).C().Recv();
  co_await co::NewTimer(-kSec).C().Recv();
  co_await co::After(-1).Recv();
  t->at.push_back(s.Now() - start);
}

Task NewTickerZeroMain(std::string* recovered) {
  try {
    co::NewTicker(0);
  } catch (const GoPanic& p) {
    *recovered = p.message;
  }
  co_return;
}

Task TickerResetZeroMain(std::string* recovered) {
  co::TimerHandle ticker = co::NewTicker(kMs);
  try {
    ticker.Reset(0);
  } catch (const GoPanic& p) {
    *recovered = p.message;
  }
  ticker.Stop();
  co_return;
}

}  // namespace

TEST_SUITE("timer") {
  TEST_CASE("Sleep advances the virtual clock by exactly its duration") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return SleepMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    REQUIRE(t.at.size() == 3);
    CHECK(t.at[0] == 0);  // the clock starts at 0
    CHECK(t.at[1] - t.at[0] == 1500 * kMs);
    CHECK(t.at[2] - t.at[1] == kUs);
  }

  TEST_CASE("the clock jumps to the next timer when nothing can run") {
    Harness h;
    h.Run(HourMain());
    CHECK(h.sched.outcome().state == RunState::kExited);
    CHECK(h.sched.Now() == 3600 * kSec);
    CHECK(h.sched.trace().events.size() < 20);  // one jump, not an hour of steps
  }

  TEST_CASE("Sleep of zero or a negative duration returns at once") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return NonPositiveSleepMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    REQUIRE(t.at.size() == 2);
    CHECK(t.at[1] - t.at[0] < kUs);
    CHECK_FALSE(Contains(r.trace, "[sleep]"));
  }

  TEST_CASE("sleepers wake in the order of their wake-up times") {
    std::vector<int64_t> order;
    Result r = RunProgram(TestConfig(), [&] { return WakeOrderMain(&order); });
    CHECK(r.outcome.state == RunState::kExited);
    // 5 ran first (runnext), so its 2ms timer was set, and fires, a little before 4's.
    CHECK(order == std::vector<int64_t>{3, 5, 4, 2});
  }

  TEST_CASE("a sleeping goroutine is not a deadlock") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return SleeperIsNotDeadlockMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    REQUIRE(t.at.size() == 1);
    CHECK(t.at[0] >= kSec);
    CHECK(t.at[0] < kSec + kUs);
  }

  TEST_CASE("After sends the time once, as Unix nanoseconds from 2009-11-10 23:00:00 UTC") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return AfterMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    REQUIRE(t.at.size() == 2);
    CHECK(t.at[0] == 5 * kMs);
    REQUIRE(t.values.size() == 1);
    CHECK(kEpochUnixNanos == 1257894000LL * kSec);
    CHECK(t.values[0] == kEpochUnixNanos + t.at[1] + 5 * kMs);
  }

  TEST_CASE("a Ticker ticks every period") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return TickerMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(t.values == std::vector<int64_t>{kEpochUnixNanos + 10 * kMs, kEpochUnixNanos + 20 * kMs,
                                           kEpochUnixNanos + 30 * kMs});
    CHECK(t.at == std::vector<int64_t>{10 * kMs, 20 * kMs, 30 * kMs});
  }

  TEST_CASE("a Ticker drops ticks while its channel is full") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return TickerDropsMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(t.values == std::vector<int64_t>{kEpochUnixNanos + 10 * kMs, kEpochUnixNanos + 40 * kMs});
    CHECK(t.at == std::vector<int64_t>{40 * kMs});
  }

  TEST_CASE("Ticker.Stop: true once, and no more ticks") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return TickerStopMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(t.results == std::vector<bool>{true, false});
  }

  TEST_CASE("Ticker.Reset changes the period") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return TickerResetMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(t.at == std::vector<int64_t>{3 * kMs, 6 * kMs});
  }

  TEST_CASE("Tick returns a ticking channel, nil for a non-positive period") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return TickMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(t.at == std::vector<int64_t>{kSec, 2 * kSec});
  }

  TEST_CASE("Timer.Stop is true only when it stops an active timer") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return TimerStopMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(t.results == std::vector<bool>{true, false, false, false});
  }

  TEST_CASE("Timer.Reset reports whether the timer had been active, and re-arms it") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return TimerResetMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(t.results == std::vector<bool>{true, false, false, false});
    CHECK(t.at == std::vector<int64_t>{20 * kMs, 5 * kMs});
    CHECK(t.values == std::vector<int64_t>{kEpochUnixNanos + 22 * kMs});
  }

  TEST_CASE("a timer of zero or negative duration fires at once") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return ImmediateTimersMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    REQUIRE(t.at.size() == 1);
    CHECK(t.at[0] < kUs);
  }

  TEST_CASE("NewTicker with a non-positive period panics") {
    std::string recovered;
    Result r = RunProgram(TestConfig(), [&] { return NewTickerZeroMain(&recovered); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered == "non-positive interval for NewTicker");
  }

  TEST_CASE("Ticker.Reset with a non-positive period panics") {
    std::string recovered;
    Result r = RunProgram(TestConfig(), [&] { return TickerResetZeroMain(&recovered); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered == "non-positive interval for Ticker.Reset");
  }

  TEST_CASE("AfterFunc starts f in a new goroutine when the time comes") {
    FuncRun f;
    Result r = RunProgram(TestConfig(), [&] { return AfterFuncMain(&f); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(f.runs == 1);
    CHECK(f.id == 2);
    CHECK(f.parent == 0);  // started by the timer, not by a goroutine
    CHECK(f.at == 10 * kMs);
  }

  TEST_CASE("AfterFunc's Stop before it fires means f never runs") {
    FuncRun f;
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return AfterFuncStopMain(&f, &t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(f.runs == 0);
    CHECK(t.results == std::vector<bool>{true, false});
  }

  TEST_CASE("select with time.After times out at exactly that time") {
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return TimeoutMain(&t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(t.results == std::vector<bool>{true});
    CHECK(t.at == std::vector<int64_t>{250 * kMs});
  }

  TEST_CASE("AfterFunc's Reset after it fired returns false and runs f again") {
    FuncRun f;
    Times t;
    Result r = RunProgram(TestConfig(), [&] { return AfterFuncResetMain(&f, &t); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(f.runs == 2);
    CHECK(t.results == std::vector<bool>{false});
    REQUIRE(t.at.size() == 1);
    CAPTURE(t.at[0]);
    CHECK(t.at[0] >= 5 * kMs);  // plus the few instructions f runs before it sends
    CHECK(t.at[0] < 5 * kMs + kUs);
  }

  TEST_CASE("a running ticker is a pending timer: blocked main is not a deadlock") {
    // Go would wait forever; here virtual time runs on until the step limit.
    Config config = TestConfig();
    config.max_steps = 300;
    Result r = RunProgram(config, [] { return TickerForeverMain(); });
    CHECK(r.outcome.state == RunState::kStepLimit);
    CHECK(r.end_time >= 10 * kSec);
  }

  TEST_CASE("a stopped timer is not pending: waiting on its channel deadlocks") {
    Result r = RunProgram(TestConfig(), [] { return StoppedTimerMain(); });
    CHECK(r.outcome.state == RunState::kDeadlock);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [chan receive]:\n"));
  }

  TEST_CASE("timer events are in the trace with the time they fire") {
    Harness h;
    Times t;
    h.Run(AfterMain(&t));
    auto sets = EventsOf(h.sched.trace(), EventKind::kTimerSet);
    auto fires = EventsOf(h.sched.trace(), EventKind::kTimerFire);
    REQUIRE(fires.size() >= 2);  // main's sleep, then the After timer
    for (const Event& e : fires) {
      // Each firing happened at the time its timer was set for.
      bool matched = false;
      for (const Event& s : sets)
        matched = matched || (s.object == e.object && s.value.word == e.time);
      CHECK(matched);
    }
  }

  TEST_CASE("the kernel never reads the wall clock: same program, same trace") {
    Result first = RunProgram(TestConfig(), [] { return TimersProgramMain(); });
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    Result second = RunProgram(TestConfig(), [] { return TimersProgramMain(); });
    CHECK(first.outcome.state == RunState::kExited);
    CHECK(first.out.size() > 20);
    CHECK(first.trace == second.trace);
    CHECK(first.out == second.out);
    CHECK(Contains(first.out, "2:30000000\n"));  // the timeout case, at 30ms
  }
}
