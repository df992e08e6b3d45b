// trace_replay.test.cpp — the trace's stable text form, determinism (same seed, same
// trace; other seeds, other interleavings), replay from a decision log, pausing at a
// step and resuming, and Replay::RunTo rebuilding an earlier step.
#include <set>

#include "core/replay.h"
#include "kernel_test_util.h"

using namespace kt;

namespace {

// ---- Programs ----

Task Receive(co::Chan c) { co_await c.Recv(); }

Task HandoffMain() {
  co::Chan c = co::MakeChan(0);
  co::Go(Receive(c), "main.receiver");
  co_await co::Sleep(kSettle);
  co_await c.Send(7);
}

struct Race {
  int64_t counter = 0;  // incremented without a lock: updates get lost
};

Task Racer(int id, Race* race, co::WG wg) {
  for (int i = 0; i < 10; i++) {
    int64_t v = race->counter;
    co::Print(std::to_string(id));
    co_await co::Gosched();
    race->counter = v + 1;
  }
  wg.Done();
}

Task RacyMain(Race* race) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(4);
  for (int i = 0; i < 4; i++) co::Go(Racer(i, race, wg), "main.racer");
  co_await wg.Wait();
  std::string total = std::to_string(race->counter);
  co::Print("\n");
  co::Print(total + "\n");
}

Task Producer(co::Chan c, int64_t base, int n) {
  for (int i = 0; i < n; i++) {
    co_await c.Send(base + i);
    if (i % 2 == 0) co_await co::Gosched();
  }
}

Task PipelineMain() {
  co::Chan c = co::MakeChan(3);
  for (int p = 0; p < 3; p++) co::Go(Producer(c, 100 * (p + 1), 5), "main.producer");
  for (int i = 0; i < 15; i++) {
    Value v = co_await c.Recv();
    co::Print(std::to_string(v.AsInt()) + " ");
  }
}

// A parallel, racy program for several processors: lanes interleave their prints.
Task Worker(int id, co::WG wg) {
  for (int i = 0; i < 8; i++) {
    co_await co::Work(1000 + 300 * id);
    co::Print(std::to_string(id));
  }
  wg.Done();
}

Task ParallelMain() {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(8);
  for (int i = 0; i < 8; i++) co::Go(Worker(i, wg), "main.worker");
  co_await wg.Wait();
}

std::string RacyOutput(Config config) {
  Race race;
  return RunProgram(config, [&] { return RacyMain(&race); }).out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(text.substr(start, nl - start));
  return out;
}

// What the trace prefix says about a channel's length and the live goroutine count.
struct StateFromTrace {
  int64_t chan_len = 0;
  int64_t live = 0;
};
StateFromTrace StateAt(const Trace& trace, size_t n, uint32_t chan) {
  StateFromTrace st;
  for (size_t i = 0; i < n; i++) {
    const Event& e = trace.events[i];
    if (e.kind == EventKind::kGoCreate) st.live++;
    if (e.kind == EventKind::kGoEnd) st.live--;
    if (e.object == chan && (e.kind == EventKind::kChanSend || e.kind == EventKind::kChanRecv))
      st.chan_len = e.arg;
  }
  return st;
}

}  // namespace

TEST_SUITE("trace_replay") {
  TEST_CASE("FormatTrace writes one line per event, each starting with its step") {
    Harness h;
    h.Run(PipelineMain());
    const Trace& trace = h.sched.trace();
    REQUIRE(trace.events.size() > 50);
    CHECK(h.sched.step() == trace.events.size());
    std::vector<std::string> lines = Lines(h.TraceText());
    REQUIRE(lines.size() == trace.events.size());
    for (size_t i = 0; i < lines.size(); i++) {
      CAPTURE(i);
      CHECK(trace.events[i].step == i);
      CHECK(StartsWith(lines[i], std::to_string(i) + " t="));
      CHECK(lines[i] == FormatEvent(trace, trace.events[i]));
    }
  }

  TEST_CASE("an event's text names kind, object, value, peer, flags and base file name") {
    Harness h;
    h.Run(HandoffMain());
    std::string send_line, block_line;
    for (const std::string& line : Lines(h.TraceText())) {
      if (Contains(line, " chan.send ")) send_line = line;
      if (Contains(line, " G2 go.block ")) block_line = line;
    }
    CAPTURE(send_line);
    CHECK(Contains(send_line, " P0 G1 chan.send obj="));
    CHECK(Contains(send_line, " val=7 msg="));
    CHECK(Contains(send_line, " peer=G2 "));
    CHECK(Contains(send_line, " handoff @trace_replay.test.cpp:"));
    CHECK_FALSE(Contains(send_line, "/"));  // file base name only: traces do not depend on paths
    CAPTURE(block_line);
    CHECK(Contains(block_line, " [chan receive]"));
    CHECK(Contains(h.TraceText(), "0 t=0 P-1 G0 go.create peer=G1\n"));
  }

  TEST_CASE("the same seed gives a byte-identical trace") {
    for (Policy policy : {Policy::kGo, Policy::kRandom}) {
      for (int procs : {1, 4}) {
        CAPTURE(PolicyName(policy));
        CAPTURE(procs);
        Config config = TestConfig(11, procs, policy);
        Race race1, race2;
        Result a = RunProgram(config, [&] { return RacyMain(&race1); });
        Result b = RunProgram(config, [&] { return RacyMain(&race2); });
        CHECK(a.trace.size() > 1000);
        CHECK(a.trace == b.trace);
        CHECK(a.out == b.out);
        CHECK(a.decisions == b.decisions);
      }
    }
  }

  TEST_CASE("two seeds give different interleavings of a racy program (random policy)") {
    std::string one = RacyOutput(TestConfig(1, 1, Policy::kRandom));
    std::string two = RacyOutput(TestConfig(2, 1, Policy::kRandom));
    CAPTURE(one);
    CAPTURE(two);
    CHECK(one != two);
    // The race loses updates in some interleavings: not every run counts to 40.
    std::set<std::string> totals;
    for (uint64_t seed = 1; seed <= 8; seed++) {
      std::string out = RacyOutput(TestConfig(seed, 1, Policy::kRandom));
      totals.insert(out.substr(out.find('\n')));
    }
    CHECK(totals.size() > 1);
  }

  TEST_CASE("two seeds give different interleavings on 4 processors") {
    std::set<std::string> outputs;
    for (uint64_t seed = 1; seed <= 8; seed++)
      outputs.insert(RunProgram(TestConfig(seed, 4), [] { return ParallelMain(); }).out);
    CHECK(outputs.size() > 1);
  }

  TEST_CASE("replaying a run's decision log reproduces its trace, whatever the seed") {
    Race race1, race2, race3;
    Config seed1 = TestConfig(1, 1, Policy::kRandom), seed2 = TestConfig(2, 1, Policy::kRandom);
    Result original = RunProgram(seed1, [&] { return RacyMain(&race1); });
    Result other = RunProgram(seed2, [&] { return RacyMain(&race2); });
    REQUIRE(original.trace != other.trace);
    Result replayed = RunProgram(
        seed2, [&] { return RacyMain(&race3); }, original.decisions);
    CHECK(replayed.trace == original.trace);
    CHECK(replayed.out == original.out);
    CHECK(replayed.decisions == original.decisions);
  }

  TEST_CASE("PauseAtStep stops at a prefix of the full trace; Run again completes it") {
    Config config = TestConfig(5, 2, Policy::kRandom);
    Result full = RunProgram(config, [] { return PipelineMain(); });
    REQUIRE(full.outcome.state == RunState::kExited);
    const uint64_t total = full.steps;
    for (uint64_t k : {uint64_t{1}, uint64_t{10}, uint64_t{37}, total / 2, total - 5, total - 1}) {
      CAPTURE(k);
      Harness h(config);
      co::Go(h.sched, PipelineMain(), "main.main");
      h.sched.PauseAtStep(k);
      const Outcome& paused = h.sched.Run();
      std::string prefix = h.TraceText();
      if (h.sched.finished()) {
        // The pause falls due at the next safe point; the program may end first.
        CHECK(k + 5 > total);
        CHECK(prefix == full.trace);
        continue;
      }
      CHECK(paused.state == RunState::kRunning);
      CHECK(h.sched.step() >= k);
      CHECK(h.sched.trace().events.size() >= k);
      CHECK(StartsWith(full.trace, prefix));
      h.sched.PauseAtStep(Scheduler::kNoPause);
      h.sched.Run();
      CHECK(h.sched.finished());
      CHECK(h.sched.outcome().state == RunState::kExited);
      CHECK(h.TraceText() == full.trace);
      CHECK(h.out == full.out);
    }
  }

  TEST_CASE("pausing repeatedly, a few steps at a time, still gives the full trace") {
    Config config = TestConfig(9, 1, Policy::kRandom);
    Result full = RunProgram(config, [] { return PipelineMain(); });
    Harness h(config);
    co::Go(h.sched, PipelineMain(), "main.main");
    int pauses = 0;
    for (uint64_t k = 7; !h.sched.finished() && pauses < 100000; k += 7, pauses++) {
      h.sched.PauseAtStep(k);
      h.sched.Run();
      CHECK(StartsWith(full.trace, h.TraceText()));
    }
    CHECK(pauses > 5);
    CHECK(h.TraceText() == full.trace);
  }

  TEST_CASE("Replay::RunTo rebuilds the state at any earlier step") {
    Replay::Program program = [](Scheduler& s) { co::Go(s, PipelineMain(), "main.main"); };
    Replay replay(program, TestConfig(3, 1, Policy::kRandom));
    Scheduler& end = replay.RunToEnd();
    REQUIRE(end.finished());
    CHECK(end.outcome().state == RunState::kExited);
    const std::string full = FormatTrace(end.trace());
    const Trace full_trace = end.trace();
    const uint64_t total = full_trace.events.size();
    uint32_t chan = EventsOf(full_trace, EventKind::kChanMake).at(0).object;
    // Step back and forth: later, earlier, earlier still, later again.
    for (uint64_t k : {total * 3 / 4, total / 2, uint64_t{5}, total / 3, total - 2}) {
      CAPTURE(k);
      Scheduler& s = replay.RunTo(k);
      CHECK_FALSE(s.finished());
      const size_t n = s.trace().events.size();
      CHECK(n >= k);
      CHECK(StartsWith(full, FormatTrace(s.trace())));
      // The objects and goroutines are as the trace up to here says.
      StateFromTrace want = StateAt(full_trace, n, chan);
      const auto* c = dynamic_cast<const Channel*>(s.Object(chan));
      REQUIRE(c != nullptr);
      CHECK(c->len() == want.chan_len);
      CHECK(s.live_goroutines() == want.live);
    }
    CHECK(FormatTrace(replay.RunToEnd().trace()) == full);
  }
}
