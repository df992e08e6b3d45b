// scheduler.test.cpp — goroutine ids, statuses and wait reasons, the end of a run,
// run queues (runnext), preemption, processors, policies, decisions, deadlock.
#include <algorithm>
#include <map>

#include "core/replay.h"
#include "kernel_test_util.h"

using namespace kt;

namespace {

// ---- Goroutine ids ----

struct IdLog {
  std::vector<int64_t> ran;              // ids in the order the goroutines ran
  std::map<int64_t, int64_t> parent_of;  // id -> parent id
  std::vector<int64_t> spawned;          // ids returned by go statements in main
  int64_t grandchild = 0;
};

Task RecordSelf(IdLog* log) {
  log->ran.push_back(co::Self().id);
  log->parent_of[co::Self().id] = co::Self().parent_id;
  co_return;
}

Task SpawnGrandchild(IdLog* log) {
  log->ran.push_back(co::Self().id);
  log->parent_of[co::Self().id] = co::Self().parent_id;
  log->grandchild = co::Go(RecordSelf(log), "main.grandchild")->id;
  co_return;
}

Task IdsMain(IdLog* log) {
  log->ran.push_back(co::Self().id);
  CHECK(co::Self().is_main);
  log->spawned.push_back(co::Go(RecordSelf(log), "main.a")->id);
  log->spawned.push_back(co::Go(SpawnGrandchild(log), "main.b")->id);
  log->spawned.push_back(co::Go(RecordSelf(log), "main.c")->id);
  co_await co::Sleep(kSettle);
  log->spawned.push_back(co::Go(RecordSelf(log), "main.d")->id);
  co_await co::Sleep(kSettle);
}

// ---- Blocking in every way, for statuses and wait reasons ----

Task RecvForever(co::Chan c) { co_await c.Recv(); }
Task SendForever(co::Chan c) { co_await c.Send(1); }
Task SleepAnHour() { co_await co::Sleep(3600 * kSec); }
Task LockForever(co::Mu mu) { co_await mu.Lock(); }
Task WaitForever(co::WG wg) { co_await wg.Wait(); }
Task SelectForever(co::Chan a, co::Chan b) { co_await co::Select(co::Recv(a), co::Recv(b)); }
Task SelectNoCases() { co_await co::Select(); }
Task RLockForever(co::RWMu rw) { co_await rw.RLock(); }
Task WLockForever(co::RWMu rw) { co_await rw.Lock(); }

struct Expect {
  int64_t id;
  const char* state;
};

Task StatusesMain(std::vector<Expect>* seen_ok) {
  Scheduler& s = co::Sched();
  co::Chan c = co::MakeChan(0), d = co::MakeChan(0), a = co::MakeChan(0), b = co::MakeChan(0);
  co::Mu held = co::MakeMutex(s);
  co::WG wg = co::MakeWaitGroup(s);
  co::RWMu rw = co::MakeRWMutex(s);
  co_await held.Lock();
  wg.Add(1);
  co_await rw.Lock();
  co::Go(RecvForever(c), "main.recv");              // 2
  co::Go(SendForever(d), "main.send");              // 3
  co::Go(RecvForever(co::Chan()), "main.nilrecv");  // 4
  co::Go(SendForever(co::Chan()), "main.nilsend");  // 5
  co::Go(SleepAnHour(), "main.sleep");              // 6
  co::Go(LockForever(held), "main.lock");           // 7
  co::Go(WaitForever(wg), "main.wait");             // 8
  co::Go(SelectForever(a, b), "main.select");       // 9
  co::Go(SelectNoCases(), "main.block");            // 10
  co::Go(RLockForever(rw), "main.rlock");           // 11
  co::Go(WLockForever(rw), "main.wlock");           // 12
  co_await co::Sleep(kSettle);
  const Expect want[] = {
      {1, "running"},
      {2, "chan receive"},
      {3, "chan send"},
      {4, "chan receive (nil chan)"},
      {5, "chan send (nil chan)"},
      {6, "sleep"},
      {7, "sync.Mutex.Lock"},
      {8, "sync.WaitGroup.Wait"},
      {9, "select"},
      {10, "select (no cases)"},
      {11, "sync.RWMutex.RLock"},
      {12, "sync.RWMutex.Lock"},
  };
  for (const Expect& e : want) {
    CAPTURE(e.id);
    CHECK(StateOf(s, e.id) == e.state);
    const G* g = FindG(s, e.id);
    if (!g) continue;
    CHECK(g->status == (e.id == 1 ? GStatus::kRunning : GStatus::kWaiting));
    std::string dump = s.DumpGoroutine(*g);
    std::string head = "goroutine " + std::to_string(e.id) + " [" + e.state + "]:\n";
    CHECK(StartsWith(dump, head));
    CHECK(Contains(dump, "scheduler.test.cpp:"));  // frames carry file:line
    if (StartsWith(dump, head)) seen_ok->push_back(e);
  }
  // A goroutine that has not run yet is runnable.
  G* fresh = co::Go(RecvForever(c), "main.fresh");
  CHECK(fresh->id == 13);
  CHECK(fresh->status == GStatus::kRunnable);
  CHECK(StartsWith(s.DumpGoroutine(*fresh), "goroutine 13 [runnable]:\n"));
  CHECK(s.live_goroutines() == 13);
}

Task ReturnAtOnce() { co_return; }

Task FinishedMain(int64_t* live_after) {
  co::Go(ReturnAtOnce(), "main.quick");
  co_await co::Sleep(kSettle);
  CHECK(FindG(co::Sched(), 2) == nullptr);
  *live_after = co::Sched().live_goroutines();
}

// ---- The end of a run ----

Task PrintForever() {
  for (;;) {
    co_await co::Sleep(kMs);
    co::Print("tick\n");
  }
}

Task EndsMain(co::Chan* never) {
  *never = co::MakeChan(0);
  co::Go(RecvForever(*never), "main.blocked");
  co::Go(PrintForever(), "main.printer");
  co::Go(SleepAnHour(), "main.sleeper");
  co_await co::Sleep(10 * kMs);
  co::Print("main done\n");
}

Task ExitMain(bool* after) {
  co::Go(SleepAnHour(), "main.sleeper");
  co::Sched().Exit(3);
  co_await co::Gosched();
  *after = true;
}

Task PrintMain() {
  co::Print("hello, ");
  co::Print("world\n");
  co_return;
}

// ---- Run queues ----

struct Order {
  std::vector<int64_t> ids;
};

Task LogSelf(Order* order, co::WG wg) {
  order->ids.push_back(co::Self().id);
  wg.Done();
  co_return;
}

Task GoStatementMain(Order* order) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(3);
  co::Go(LogSelf(order, wg), "main.a");  // 2
  co::Go(LogSelf(order, wg), "main.b");  // 3
  co::Go(LogSelf(order, wg), "main.c");  // 4
  co_await wg.Wait();
}

Task WakeThenLog(co::Chan c, Order* order, co::WG wg) {
  co_await c.Recv();
  order->ids.push_back(co::Self().id);
  wg.Done();
}

Task RunnextMain(Order* order) {
  co::Chan c = co::MakeChan(0);
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(3);
  co::Go(WakeThenLog(c, order, wg), "main.woken");  // 2, parks on c
  co_await co::Sleep(kSettle);
  co::Go(LogSelf(order, wg), "main.a");  // 3
  co::Go(LogSelf(order, wg), "main.b");  // 4
  co_await c.Send(1);                    // readies 2: it goes to runnext, ahead of 3 and 4
  co_await wg.Wait();
}

// ---- Preemption ----

struct Hog {
  int64_t iterations = 0;
  int64_t seen_by_main = -1;
  int64_t main_woke_at = -1;
};

Task Busy(Hog* hog, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    co_await co::Work(10);
    hog->iterations++;
  }
}

Task Witness(Hog* hog, co::Chan done) {
  hog->seen_by_main = hog->iterations;
  co_await done.Send(1);
}

// The witness is queued behind the busy goroutine (which is in runnext): it can only
// run before the busy loop ends if the busy goroutine is preempted.
Task HogThenWitnessMain(Hog* hog, int64_t n) {
  co::Chan done = co::MakeChan(0);
  co::Go(Witness(hog, done), "main.witness");
  co::Go(Busy(hog, n), "main.busy");
  co_await done.Recv();
}

Task SleepBesideHogMain(Hog* hog, int64_t n) {
  co::Go(Busy(hog, n), "main.busy");
  co_await co::Sleep(kMs);
  hog->main_woke_at = co::Sched().Now();
  hog->seen_by_main = hog->iterations;
}

// ---- Processors ----

Task Crunch(co::WG wg) {
  for (int i = 0; i < 100; i++) co_await co::Work(10000);
  wg.Done();
}

Task ParallelMain(int64_t* elapsed) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  int64_t start = co::Sched().Now();
  wg.Add(4);
  for (int i = 0; i < 4; i++) co::Go(Crunch(wg), "main.crunch");
  co_await wg.Wait();
  *elapsed = co::Sched().Now() - start;
}

int64_t ParallelTime(int procs) {
  Config config = TestConfig(1, procs);
  int64_t elapsed = 0;
  Result r = RunProgram(config, [&] { return ParallelMain(&elapsed); });
  CHECK(r.outcome.state == RunState::kExited);
  return elapsed;
}

// ---- Policies and decisions ----

Task Chatter(int64_t id, co::WG wg) {
  for (int i = 0; i < 5; i++) {
    co::Print(std::to_string(id));
    co_await co::Gosched();
  }
  wg.Done();
}

Task ChatterMain(int n) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(n);
  for (int i = 0; i < n; i++) co::Go(Chatter(i, wg), "main.chatter");
  co_await wg.Wait();
}

Task PingForever(co::Chan in, co::Chan out) {
  for (;;) co_await out.Send(co_await in.Recv());
}

Task PingPongForeverMain() {
  co::Chan ping = co::MakeChan(0), pong = co::MakeChan(0);
  co::Go(PingForever(ping, pong), "main.ponger");
  co_await ping.Send(1);
  for (;;) co_await ping.Send(co_await pong.Recv());
}

// ---- Deadlock ----

Task DeadlockMain() {
  Scheduler& s = co::Sched();
  co::Mu mu = co::MakeMutex(s);
  co::WG wg = co::MakeWaitGroup(s);
  co_await mu.Lock();
  wg.Add(1);
  co::Go(LockForever(mu), "main.locker");               // 2
  co::Go(WaitForever(wg), "main.waiter");               // 3
  co::Go(SendForever(co::MakeChan(0)), "main.sender");  // 4
  co_await co::MakeChan(0).Recv();
}

// ---- Causality across lanes ----

struct Causality {
  int received = 0;
  int from_the_future = 0;
  int64_t worst = 0;  // how far ahead of the receiver's clock a send happened
};

Task StampedProducer(co::Chan c, int id) {
  for (int i = 0; i < 50; i++) {
    co_await co::Work(100 + 977 * ((i * 7 + id) % 13));
    co_await c.Send(co::Sched().Now());  // the time of the send
  }
}

Task CausalityMain(Causality* st) {
  co::Chan c = co::MakeChan(64);
  for (int i = 0; i < 4; i++) co::Go(StampedProducer(c, i), "main.producer");
  for (int i = 0; i < 200; i++) {
    int64_t sent_at = (co_await c.Recv()).AsInt();
    int64_t now = co::Sched().Now();
    st->received++;
    if (now < sent_at) {
      st->from_the_future++;
      st->worst = std::max(st->worst, sent_at - now);
    }
  }
}

}  // namespace

TEST_SUITE("scheduler") {
  TEST_CASE("goroutine ids: main is 1, then 2, 3, ... in creation order") {
    IdLog log;
    Result r = RunProgram(TestConfig(), [&] { return IdsMain(&log); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(log.spawned == std::vector<int64_t>{2, 3, 4, 6});
    CHECK(log.grandchild == 5);  // created by goroutine 3 before main's fourth go statement
    std::vector<int64_t> ran = log.ran;
    std::sort(ran.begin(), ran.end());
    CHECK(ran == std::vector<int64_t>{1, 2, 3, 4, 5, 6});
    CHECK(log.parent_of[2] == 1);
    CHECK(log.parent_of[3] == 1);
    CHECK(log.parent_of[5] == 3);
    CHECK(log.parent_of[6] == 1);
  }

  TEST_CASE("statuses and Go's wait-reason strings, in the goroutine dump") {
    std::vector<Expect> seen_ok;
    Result r = RunProgram(TestConfig(), [&] { return StatusesMain(&seen_ok); });
    CHECK(seen_ok.size() == 12);
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(StatusName(GStatus::kRunnable) == "runnable");
    CHECK(StatusName(GStatus::kRunning) == "running");
    CHECK(StatusName(GStatus::kWaiting) == "waiting");
    CHECK(StatusName(GStatus::kDead) == "dead");
  }

  TEST_CASE("a goroutine that returns leaves the goroutine list") {
    int64_t live_after = -1;
    Harness h;
    h.Run(FinishedMain(&live_after));
    CHECK(live_after == 1);
    auto ends = EventsOf(h.sched.trace(), EventKind::kGoEnd);
    REQUIRE(ends.size() == 2);
    CHECK(ends[0].g == 2);
    CHECK(ends[1].g == 1);
  }

  TEST_CASE("main returning ends the run with exit 0; other goroutines just stop") {
    co::Chan never;
    Harness h;
    const Outcome& o = h.Run(EndsMain(&never));
    CHECK(o.state == RunState::kExited);
    CHECK(o.exit_code == 0);
    CHECK(o.report.empty());
    CHECK(h.sched.finished());
    // The printer ticked about ten times in 10ms; nothing ran after main returned.
    CHECK(StartsWith(h.out, "tick\n"));
    size_t ticks = CountLines(h.out) - 1;
    CHECK(ticks >= 9);
    CHECK(ticks <= 10);
    CHECK(h.out.substr(h.out.size() - 10) == "main done\n");
    CHECK(h.sched.Now() < 11 * kMs);  // the hour-long sleep was not waited for
    CHECK(never.get()->recvq().size() == 1);
  }

  TEST_CASE("os.Exit ends the run with its code and nothing after it runs") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return ExitMain(&after); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(r.outcome.exit_code == 3);
    CHECK_FALSE(after);
    CHECK(r.end_time < kSec);
  }

  TEST_CASE("Print goes to the output sink and into the trace") {
    Harness h;
    h.Run(PrintMain());
    CHECK(h.out == "hello, world\n");
    auto prints = EventsOf(h.sched.trace(), EventKind::kPrint);
    REQUIRE(prints.size() == 2);
    CHECK(prints[1].g == 1);
    CHECK(prints[1].arg == 1);
    CHECK(h.sched.trace().texts[prints[1].text] == "world\n");
    CHECK(Contains(h.TraceText(), "print arg=1 text=\"world\\n\""));
  }

  TEST_CASE("go policy: the newest goroutine runs next, as Go's runnext does") {
    // go a(); go b(); go c() on one processor runs c first, then a and b (Go 1.19 too).
    Order order;
    Result r = RunProgram(TestConfig(), [&] { return GoStatementMain(&order); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(order.ids == std::vector<int64_t>{4, 2, 3});
  }

  TEST_CASE("go policy: a goroutine woken by a send runs next, before older runnable ones") {
    Order order;
    Result r = RunProgram(TestConfig(), [&] { return RunnextMain(&order); });
    CHECK(r.outcome.state == RunState::kExited);
    // As Go 1.19 prints it; without runnext the woken goroutine would run last.
    CHECK(order.ids == std::vector<int64_t>{2, 3, 4});
  }

  TEST_CASE("preemption: a goroutine that never blocks cannot starve another") {
    Config config = TestConfig();
    config.slice = 100;
    Hog hog;
    const int64_t n = 20000;
    Harness h(config);
    h.Run(HogThenWitnessMain(&hog, n));
    CHECK(h.sched.outcome().state == RunState::kExited);
    CHECK(hog.seen_by_main > 0);
    CHECK(hog.seen_by_main < n);  // the witness ran long before the busy loop finished
    auto preempts = EventsOf(h.sched.trace(), EventKind::kGoPreempt);
    REQUIRE(!preempts.empty());
    CHECK(preempts[0].g == 3);
  }

  TEST_CASE("preemption: a timer fires while another goroutine computes") {
    Hog hog;
    const int64_t n = 200000;  // 2M instructions: 4ms of virtual time at 2ns each
    Result r = RunProgram(TestConfig(), [&] { return SleepBesideHogMain(&hog, n); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(hog.seen_by_main < n);
    CHECK(hog.main_woke_at >= kMs);
    CHECK(hog.main_woke_at < kMs + 100 * kUs);  // within a few time slices of the timer
  }

  TEST_CASE("procs: CPU-bound work on 4 lanes takes about a quarter of the virtual time") {
    int64_t one = ParallelTime(1);
    int64_t four = ParallelTime(4);
    // 4 goroutines x 1M instructions x 2ns: 8ms on one lane.
    CHECK(one >= 8 * kMs);
    CHECK(one < 8 * kMs + 100 * kUs);
    CAPTURE(one);
    CAPTURE(four);
    CHECK(four * 3 < one);
    CHECK(four * 5 > one);
  }

  TEST_CASE("procs: work spreads over every lane") {
    int64_t elapsed = 0;
    Harness h(TestConfig(1, 4));
    h.Run(ParallelMain(&elapsed));
    CHECK(h.sched.processors().size() == 4);
    std::vector<bool> used(4, false);
    for (const Event& e : h.sched.trace().events)
      if (e.kind == EventKind::kGoStart && e.p >= 0 && e.p < 4) used[e.p] = true;
    CHECK(used == std::vector<bool>{true, true, true, true});
  }

  // Each lane keeps its own clock; a receive raises the receiver's to the send's time.
  TEST_CASE("procs: a value is never received at a virtual time before it was sent") {
    Causality st;
    Result r = RunProgram(TestConfig(1, 4), [&] { return CausalityMain(&st); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(st.received == 200);
    CAPTURE(st.worst);
    CHECK(st.from_the_future == 0);
  }

  TEST_CASE("policies have the names go, random and manual") {
    Policy p = Policy::kGo;
    CHECK(PolicyName(Policy::kGo) == "go");
    CHECK(PolicyName(Policy::kRandom) == "random");
    CHECK(PolicyName(Policy::kManual) == "manual");
    CHECK(ParsePolicy("random", &p));
    CHECK(p == Policy::kRandom);
    CHECK(ParsePolicy("manual", &p));
    CHECK(p == Policy::kManual);
    CHECK(ParsePolicy("go", &p));
    CHECK(p == Policy::kGo);
    CHECK_FALSE(ParsePolicy("fifo", &p));
    CHECK(p == Policy::kGo);
  }

  TEST_CASE("random policy: every choice of goroutine is a recorded decision") {
    Harness h(TestConfig(7, 1, Policy::kRandom));
    h.Run(ChatterMain(4));
    CHECK(h.sched.outcome().state == RunState::kExited);
    const auto& decisions = h.sched.decisions();
    CHECK(decisions.size() >= 10);
    auto events = EventsOf(h.sched.trace(), EventKind::kDecision);
    REQUIRE(events.size() == decisions.size());
    for (size_t i = 0; i < decisions.size(); i++) {
      CAPTURE(i);
      CHECK(decisions[i].kind == DecisionKind::kRunG);
      CHECK(decisions[i].options >= 2);
      CHECK(decisions[i].chosen < decisions[i].options);
      CHECK(events[i].arg == static_cast<int32_t>(decisions[i].chosen));
      CHECK(events[i].value.word == static_cast<int64_t>(decisions[i].options));
    }
    // The random policy really mixes the chatter (a fixed order would print 0000011111...).
    CHECK(h.out.size() == 20);
    CHECK(h.out != "00000111112222233333");
  }

  TEST_CASE("go policy with one processor makes no run decisions") {
    Harness h(TestConfig(7));
    h.Run(ChatterMain(4));
    for (const Decision& d : h.sched.decisions()) CHECK(d.kind != DecisionKind::kRunG);
  }

  TEST_CASE("manual policy: the run pauses at each choice and follows the person's pick") {
    std::string out;
    Replay::Program program = [&out](Scheduler& s) {
      out.clear();
      s.output = [&out](int, std::string_view text) { out.append(text); };
      co::Go(s, ChatterMain(2), "main.main");
    };
    auto run_choosing = [&](bool last) {
      Replay replay(program, TestConfig(1, 1, Policy::kManual));
      int pauses = 0;
      for (; pauses < 1000; pauses++) {
        Scheduler& s = replay.RunToEnd();
        if (s.finished()) break;
        // Paused at the newest decision: make it.
        REQUIRE(!replay.decisions().empty());
        size_t i = replay.decisions().size() - 1;
        CHECK(s.outcome().state == RunState::kRunning);
        replay.Decide(i, last ? replay.decisions()[i].options - 1 : 0);
      }
      CHECK(pauses >= 2);
      CHECK(replay.current().outcome().state == RunState::kExited);
      for (const Decision& d : replay.decisions()) CHECK(d.chosen == (last ? d.options - 1 : 0));
      return out;
    };
    std::string first = run_choosing(false);
    std::string last = run_choosing(true);
    CHECK(first.size() == 10);
    CHECK(last.size() == 10);
    CHECK(first != last);
  }

  TEST_CASE("deadlock: Go's message, exit 2, and every goroutine with its wait reason") {
    Result r = RunProgram(TestConfig(), [] { return DeadlockMain(); });
    CHECK(r.outcome.state == RunState::kDeadlock);
    CHECK(r.outcome.exit_code == 2);
    const std::string& rep = r.outcome.report;
    CHECK(StartsWith(rep,
                     "fatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [chan receive]:\n"));
    size_t g2 = rep.find("\ngoroutine 2 [sync.Mutex.Lock]:\n");
    size_t g3 = rep.find("\ngoroutine 3 [sync.WaitGroup.Wait]:\n");
    size_t g4 = rep.find("\ngoroutine 4 [chan send]:\n");
    CHECK(g2 != std::string::npos);
    CHECK(g3 != std::string::npos);
    CHECK(g4 != std::string::npos);
    CHECK(g2 < g3);
    CHECK(g3 < g4);
    CHECK(Contains(rep, "scheduler.test.cpp:"));
  }

  TEST_CASE("a step limit stops a program that runs forever") {
    Config config = TestConfig();
    config.max_steps = 500;
    Result r = RunProgram(config, [] { return PingPongForeverMain(); });
    CHECK(r.outcome.state == RunState::kStepLimit);
    CHECK(r.steps >= 500);
    CHECK(r.steps < 520);
  }
}
