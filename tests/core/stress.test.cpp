// stress.test.cpp — randomized, deterministic stress: thousands of goroutines doing
// random sends, receives, selects (with and without default), mutex sections and sleeps
// on a few dozen channels of random capacities, with every invariant checked after
// every step. Nothing may be lost: every value sent is received exactly once or is
// still in a buffer at the end, and no value is received that was never sent.
#include <algorithm>
#include <array>
#include <tuple>

#include "kernel_test_util.h"

using namespace kt;

namespace {

// splitmix64: the test's own deterministic generator (the kernel's is not touched).
struct TestRng {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(Next() % n); }
};

struct StressParams {
  uint64_t seed = 1;
  int goroutines = 2000;
  int ops_each = 16;
  int channels = 32;
};

// Every value has a unique id: its index in these vectors.
struct Ledger {
  std::vector<uint8_t> offered;    // put in a send (or a select send case)
  std::vector<uint8_t> completed;  // the send returned: the value was sent
  std::vector<uint8_t> received;   // times it was received
  std::vector<co::Chan> chans;
  co::Mu mu;
  int64_t lock_ops = 0;
  int64_t counter = 0;  // changed only under mu
  int inside = 0;
  int max_inside = 0;
  int finished = 0;
  int64_t selects = 0, defaults = 0, sends = 0, recvs = 0;

  int64_t NewValue() {
    offered.push_back(1);
    completed.push_back(0);
    received.push_back(0);
    return static_cast<int64_t>(offered.size() - 1);
  }
  void Received(const Value& v, bool ok) {
    CHECK(ok);  // nothing is ever closed here
    if (v.word < 0 || v.word >= static_cast<int64_t>(received.size())) {
      FAIL_CHECK("received a value that was never sent: " << v.word);
      return;
    }
    received[v.word]++;
    recvs++;
  }
};

co::Case RandomCase(Ledger* l, TestRng& rng, bool* any_live) {
  if (rng.Below(10) == 0) return rng.Below(2) ? co::Recv(co::Chan()) : co::Send(co::Chan(), -1);
  *any_live = true;
  co::Chan c = l->chans[rng.Below(static_cast<uint32_t>(l->chans.size()))];
  if (rng.Below(2)) return co::Recv(c);
  return co::Send(c, l->NewValue());
}

// Applies a select's result to the ledger; `cases` are in argument order.
void Settle(Ledger* l, const std::vector<co::Case>& cases, const SelectResult& r) {
  l->selects++;
  if (r.index < 0 || cases[r.index].kind == co::Case::kDefault) {
    l->defaults++;
    return;
  }
  const co::Case& chosen = cases[r.index];
  if (chosen.kind == co::Case::kSend) {
    l->completed[chosen.v.word] = 1;
    l->sends++;
  } else {
    l->Received(r.value, r.ok);
  }
}

Task RandomSelect(Ledger* l, TestRng& rng, bool with_default) {
  bool any_live = false;
  std::vector<co::Case> cases;
  int n = 1 + static_cast<int>(rng.Below(3));
  for (int i = 0; i < n; i++) cases.push_back(RandomCase(l, rng, &any_live));
  if (!any_live && !with_default) {
    cases[0] = co::Recv(l->chans[0]);  // a select that can never wake would hang the test
  }
  SelectResult r;
  if (with_default) {
    cases.push_back(co::Default());
    std::swap(cases.back(), cases[rng.Below(static_cast<uint32_t>(cases.size()))]);
  }
  // co::Select takes its cases as arguments; dispatch on the count.
  switch (cases.size()) {
    case 1: r = co_await co::Select(cases[0]); break;
    case 2: r = co_await co::Select(cases[0], cases[1]); break;
    case 3: r = co_await co::Select(cases[0], cases[1], cases[2]); break;
    default: r = co_await co::Select(cases[0], cases[1], cases[2], cases[3]); break;
  }
  Settle(l, cases, r);
}

Task StressWorker(Ledger* l, uint64_t seed, int ops) {
  TestRng rng{seed};
  const uint32_t nchans = static_cast<uint32_t>(l->chans.size());
  for (int op = 0; op < ops; op++) {
    co::Chan c = l->chans[rng.Below(nchans)];
    switch (rng.Below(7)) {
      case 0: {
        int64_t v = l->NewValue();
        co_await c.Send(v);
        l->completed[v] = 1;
        l->sends++;
        break;
      }
      case 1: {
        auto [v, ok] = co_await c.Recv2();
        l->Received(v, ok);
        break;
      }
      case 2: co_await RandomSelect(l, rng, /*with_default=*/false); break;
      case 3: co_await RandomSelect(l, rng, /*with_default=*/true); break;
      case 4: {
        co_await l->mu.Lock();
        l->inside++;
        l->max_inside = std::max(l->max_inside, l->inside);
        int64_t v = l->counter;
        if (rng.Below(2)) co_await co::Gosched();
        l->counter = v + 1;
        l->lock_ops++;
        l->inside--;
        l->mu.Unlock();
        break;
      }
      case 5: co_await co::Sleep(1 + rng.Below(5000)); break;
      default: co_await co::Gosched(); break;
    }
  }
  l->finished++;
}

// Main keeps every channel moving (taking from senders and feeding receivers) until
// every worker has finished its operations, so the run cannot deadlock.
Task StressMain(Ledger* l, StressParams p) {
  Scheduler& s = co::Sched();
  TestRng rng{p.seed};
  static constexpr uint32_t kCaps[] = {0, 0, 1, 2, 4, 8};
  for (int i = 0; i < p.channels; i++) l->chans.push_back(co::MakeChan(kCaps[rng.Below(6)]));
  l->mu = co::MakeMutex(s);
  for (int i = 0; i < p.goroutines; i++)
    co::Go(StressWorker(l, p.seed * 1'000'003 + i, p.ops_each), "main.worker");
  while (l->finished < p.goroutines) {
    for (co::Chan c : l->chans) {
      int64_t fresh = l->NewValue();
      std::vector<co::Case> cases{co::Recv(c), co::Send(c, fresh), co::Default()};
      Settle(l, cases, co_await co::Select(co::Recv(c), co::Send(c, fresh), co::Default()));
    }
    co_await co::Sleep(1 + rng.Below(3000));
  }
}

void CheckNothingLost(const Ledger& l) {
  std::vector<uint8_t> buffered(l.offered.size(), 0);
  size_t in_buffers = 0;
  for (co::Chan c : l.chans) {
    CHECK(c.get()->sendq().empty());  // every worker finished: nobody waits
    CHECK(c.get()->recvq().empty());
    CheckChannel(*c.get());
    for (uint32_t i = 0; i < c.Len(); i++) {
      int64_t v = c.get()->Buffered(i).value.word;
      REQUIRE(v >= 0);
      REQUIRE(v < static_cast<int64_t>(buffered.size()));
      buffered[v]++;
      in_buffers++;
    }
  }
  size_t sent = 0, received = 0, lost = 0, duplicated = 0, phantom = 0;
  for (size_t v = 0; v < l.offered.size(); v++) {
    sent += l.completed[v];
    received += l.received[v];
    int where = l.received[v] + buffered[v];
    if (l.completed[v] && where != 1) (where == 0 ? lost : duplicated)++;
    if (!l.completed[v] && where != 0) phantom++;  // a losing select case's value got through
  }
  INFO("values sent " << sent << ", received " << received << ", left in buffers " << in_buffers
                      << "; selects " << l.selects << " (defaults " << l.defaults
                      << "); mutex sections " << l.lock_ops);
  CHECK(lost == 0);
  CHECK(duplicated == 0);
  CHECK(phantom == 0);
  CHECK(sent == received + in_buffers);
  CHECK(l.max_inside == 1);
  CHECK(l.counter == l.lock_ops);
}

void RunStress(StressParams p, Config config) {
  config.check_invariants = true;
  config.trace = false;  // the ledger checks the values; the trace would only cost memory
  Ledger ledger;
  Scheduler sched(config);
  co::Go(sched, StressMain(&ledger, p), "main.main");
  const Outcome& o = sched.Run();
  CHECK(o.state == RunState::kExited);
  CHECK(o.report.empty());
  CHECK(ledger.finished == p.goroutines);
  CHECK(sched.live_goroutines() == 0);
  CHECK(ledger.sends > p.goroutines / 2);
  CHECK(ledger.recvs > p.goroutines / 2);
  CHECK(ledger.defaults > 0);
  CHECK(ledger.lock_ops > 0);
  sched.CheckInvariants();
  CheckNothingLost(ledger);
}

// ---- Close storm: channels closed under blocked senders, receivers and selects ----

struct CloseLedger {
  std::vector<uint8_t> completed;  // the send returned normally
  std::vector<uint8_t> panicked;   // the send panicked: send on closed channel
  std::vector<uint8_t> received;
  std::vector<co::Chan> chans;
  int closed_seen = 0;  // receives that reported ok == false
  int finished = 0;

  int64_t NewValue() {
    completed.push_back(0);
    panicked.push_back(0);
    received.push_back(0);
    return static_cast<int64_t>(received.size() - 1);
  }
  void Got(Value v, bool ok) {
    if (!ok) {
      CHECK(v.word == 0);  // the zero value
      closed_seen++;
      return;
    }
    REQUIRE(v.word >= 0);
    REQUIRE(v.word < static_cast<int64_t>(received.size()));
    received[v.word]++;
  }
};

Task CloseStormWorker(CloseLedger* l, uint64_t seed, int ops) {
  TestRng rng{seed};
  const uint32_t n = static_cast<uint32_t>(l->chans.size());
  for (int op = 0; op < ops; op++) {
    co::Chan a = l->chans[rng.Below(n)], b = l->chans[rng.Below(n)];
    switch (rng.Below(4)) {
      case 0: {
        int64_t v = l->NewValue();
        try {
          co_await a.Send(v);
          l->completed[v] = 1;
        } catch (const GoPanic& p) {
          CHECK(p.message == "send on closed channel");
          CHECK(a.get()->closed());
          l->panicked[v] = 1;
        }
        break;
      }
      case 1: {
        auto [v, ok] = co_await a.Recv2();
        if (!ok) CHECK(a.get()->closed());
        l->Got(v, ok);
        break;
      }
      case 2: {
        SelectResult r = co_await co::Select(co::Recv(a), co::Recv(b));
        l->Got(r.value, r.ok);
        break;
      }
      default: {
        int64_t v = l->NewValue();
        try {
          SelectResult r = co_await co::Select(co::Send(a, v), co::Recv(b));
          if (r.index == 0) {
            l->completed[v] = 1;
          } else {
            l->Got(r.value, r.ok);
          }
        } catch (const GoPanic& p) {
          CHECK(p.message == "send on closed channel");
          l->panicked[v] = 1;
        }
        break;
      }
    }
  }
  l->finished++;
}

Task CloseStormMain(CloseLedger* l, uint64_t seed, int goroutines) {
  TestRng rng{seed};
  static constexpr uint32_t kCaps[] = {0, 0, 1, 3};
  for (int i = 0; i < 24; i++) l->chans.push_back(co::MakeChan(kCaps[rng.Below(4)]));
  for (int i = 0; i < goroutines; i++)
    co::Go(CloseStormWorker(l, seed * 7919 + i, 6), "main.worker");
  // Close the channels one by one, in a random order, while the workers run.
  std::vector<co::Chan> order = l->chans;
  for (size_t i = order.size(); i > 1; i--) std::swap(order[i - 1], order[rng.Below(i)]);
  for (co::Chan c : order) {
    co_await co::Sleep(1 + rng.Below(20 * kUs));
    c.Close();
    CheckChannel(*c.get());
  }
  while (l->finished < goroutines) co_await co::Sleep(kMs);
  // Whatever is still buffered is received now.
  for (co::Chan c : l->chans) {
    for (;;) {
      auto [v, ok] = co_await c.Recv2();
      if (!ok) break;
      l->Got(v, ok);
    }
  }
}

// ---- Mutex, RWMutex and timers under load ----

struct LockStress {
  co::Mu mu;
  co::RWMu rw;
  int inside = 0;
  int readers = 0;
  int writers = 0;
  int violations = 0;
  bool saw_starving = false;
  int64_t early_wakes = 0;
  int finished = 0;
};

Task LockStressWorker(LockStress* st, uint64_t seed) {
  TestRng rng{seed};
  for (int i = 0; i < 12; i++) {
    switch (rng.Below(3)) {
      case 0: {
        // Two sections back to back: the second Lock barges in ahead of the waiter the
        // first Unlock woke, which is how waiters come to starve.
        for (int k = 0; k < 2; k++) {
          co_await st->mu.Lock();
          st->violations += st->inside++ != 0;
          st->saw_starving = st->saw_starving || st->mu.get()->starving();
          co_await co::Sleep(rng.Below(300 * kUs));
          st->inside--;
          st->mu.Unlock();
        }
        break;
      }
      case 1: {
        co_await st->rw.RLock();
        st->readers++;
        st->violations += st->writers != 0;
        co_await co::Sleep(rng.Below(100 * kUs));
        st->readers--;
        st->rw.RUnlock();
        break;
      }
      default: {
        co_await st->rw.Lock();
        st->violations += st->writers != 0 || st->readers != 0;
        st->writers++;
        co_await co::Sleep(rng.Below(100 * kUs));
        st->writers--;
        st->rw.Unlock();
        break;
      }
    }
    // Sleepers never wake early.
    int64_t d = rng.Below(200 * kUs);
    int64_t start = co::Sched().Now();
    co_await co::Sleep(d);
    st->early_wakes += co::Sched().Now() - start < d;
  }
  st->finished++;
}

Task LockStressMain(LockStress* st, uint64_t seed, int goroutines) {
  Scheduler& s = co::Sched();
  st->mu = co::MakeMutex(s);
  st->rw = co::MakeRWMutex(s);
  for (int i = 0; i < goroutines; i++) co::Go(LockStressWorker(st, seed * 31 + i), "main.worker");
  while (st->finished < goroutines) co_await co::Sleep(kMs);
}

}  // namespace

TEST_SUITE("stress") {
  TEST_CASE("stress: 5000 goroutines, go policy, 1 processor") {
    RunStress({.seed = 1, .goroutines = 5000}, TestConfig(1, 1, Policy::kGo));
  }

  TEST_CASE("stress: 5000 goroutines, go policy, 4 processors") {
    RunStress({.seed = 2, .goroutines = 5000}, TestConfig(2, 4, Policy::kGo));
  }

  TEST_CASE("stress: 2000 goroutines, random policy, 1 processor") {
    RunStress({.seed = 3, .goroutines = 2000}, TestConfig(3, 1, Policy::kRandom));
  }

  TEST_CASE("stress: 2000 goroutines, random policy, 4 processors, tiny time slices") {
    Config config = TestConfig(4, 4, Policy::kRandom);
    config.slice = 3;
    RunStress({.seed = 4, .goroutines = 2000}, config);
  }

  TEST_CASE("stress: 3000 goroutines on 4 channels (heavy contention)") {
    RunStress({.seed = 5, .goroutines = 3000, .ops_each = 10, .channels = 4},
              TestConfig(5, 2, Policy::kGo));
  }

  TEST_CASE("stress: channels closed under blocked senders, receivers and selects") {
    for (auto [seed, procs, policy] :
         {std::tuple{11u, 1, Policy::kGo}, std::tuple{12u, 4, Policy::kGo},
          std::tuple{13u, 2, Policy::kRandom}}) {
      CAPTURE(seed);
      CloseLedger l;
      Config config = TestConfig(seed, procs, policy);
      config.trace = false;
      Scheduler sched(config);
      co::Go(sched, CloseStormMain(&l, seed, 1500), "main.main");
      const Outcome& o = sched.Run();
      CHECK(o.state == RunState::kExited);
      CHECK(l.finished == 1500);
      size_t completed = 0, panicked = 0, lost = 0, duplicated = 0, phantom = 0;
      for (size_t v = 0; v < l.received.size(); v++) {
        completed += l.completed[v];
        panicked += l.panicked[v];
        CHECK_FALSE((l.completed[v] && l.panicked[v]));
        if (l.completed[v] && l.received[v] == 0) lost++;
        if (l.received[v] > 1) duplicated++;
        if (!l.completed[v] && l.received[v] != 0) phantom++;
      }
      CHECK(lost == 0);
      CHECK(duplicated == 0);
      CHECK(phantom == 0);
      CHECK(completed > 100);
      CHECK(panicked > 20);
      CHECK(l.closed_seen > 100);
      for (co::Chan c : l.chans) {
        CHECK(c.get()->closed());
        CHECK(c.Len() == 0);
        CheckChannel(*c.get());
      }
    }
  }

  TEST_CASE("stress: Mutex (into starvation mode), RWMutex and sleepers") {
    for (auto [seed, procs, policy] :
         {std::tuple{21u, 1, Policy::kGo}, std::tuple{22u, 4, Policy::kGo},
          std::tuple{23u, 2, Policy::kRandom}}) {
      CAPTURE(seed);
      LockStress st;
      Config config = TestConfig(seed, procs, policy);
      config.trace = false;
      Scheduler sched(config);
      co::Go(sched, LockStressMain(&st, seed, 400), "main.main");
      const Outcome& o = sched.Run();
      CHECK(o.state == RunState::kExited);
      CHECK(st.finished == 400);
      CHECK(st.violations == 0);
      CHECK(st.early_wakes == 0);
      CHECK(st.saw_starving);
      CHECK_FALSE(st.mu.get()->locked());
      CHECK(st.rw.get()->readers() == 0);
      CHECK_FALSE(st.rw.get()->writer_holds());
    }
  }

  TEST_CASE("stress: the same seed gives the same run") {
    auto run = [](uint64_t seed) {
      Config config = TestConfig(seed, 2, Policy::kRandom);
      Ledger ledger;
      StressParams p{.seed = seed, .goroutines = 200};
      Harness h(config);
      h.Run(StressMain(&ledger, p));
      CHECK(h.sched.outcome().state == RunState::kExited);
      return h.TraceText();
    };
    std::string a = run(7), b = run(7), c = run(8);
    CHECK(a == b);
    CHECK(a != c);
  }
}
