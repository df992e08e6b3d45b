// select.test.cpp — Go's select: the three passes, uniform random choice, default,
// select {}, waking and leaving the other channels' queues, and closed channels.
#include "core/replay.h"
#include "kernel_test_util.h"

using namespace kt;

namespace {

struct Chosen {
  int32_t index = -2;
  int64_t value = -1;
  bool ok = false;
  std::string panic;
};

Task SelectRecvAB(co::Chan a, co::Chan b, Chosen* out) {
  SelectResult r = co_await co::Select(co::Recv(a), co::Recv(b));
  out->index = r.index;
  out->value = r.value.AsInt();
  out->ok = r.ok;
}

// ---- The three passes ----

Task ParkedSelectMain(co::Chan* a, co::Chan* b, Chosen* got) {
  *a = co::MakeChan(0);
  *b = co::MakeChan(0);
  co::Go(SelectRecvAB(*a, *b, got), "main.selector");  // 2
  co_await co::Sleep(kSettle);
  CHECK(StateOf(co::Sched(), 2) == "select");
  CHECK(a->get()->recvq().size() == 1);
  CHECK(b->get()->recvq().size() == 1);
  co_await b->Send(9);
  co_await co::Sleep(kSettle);
  // Pass 3 took the loser's waiter out of a's queue.
  CHECK(a->get()->recvq().empty());
  CHECK(b->get()->recvq().empty());
  CheckChannel(*a->get());
  CheckChannel(*b->get());
}

// ---- Uniform choice ----

Task FairnessMain(int n, int* counts) {
  co::Chan a = co::MakeChan(1), b = co::MakeChan(1);
  co_await a.Send(1);
  co_await b.Send(2);
  for (int i = 0; i < n; i++) {
    SelectResult r = co_await co::Select(co::Recv(a), co::Recv(b));
    counts[r.index]++;
    // Refill the channel that was drained, so both cases stay ready.
    co_await (r.index == 0 ? a : b).Send(r.value);
  }
}

// ---- default ----

Task DefaultMain(std::vector<int32_t>* picks) {
  co::Chan a = co::MakeChan(1), b = co::MakeChan(1), nil;
  SelectResult r = co_await co::Select(co::Recv(a), co::Default(), co::Recv(b));
  picks->push_back(r.index);  // nothing ready: default, at position 1
  co_await b.Send(5);
  r = co_await co::Select(co::Recv(a), co::Default(), co::Recv(b));
  picks->push_back(r.index);  // b is ready: position 2, default not taken
  CHECK(r.value.AsInt() == 5);
  CHECK(r.ok);
  r = co_await co::Select(co::Default(), co::Send(a, 1));
  picks->push_back(r.index);  // room in a: the send at position 1
  CHECK(a.Len() == 1);
  r = co_await co::Select(co::Default(), co::Send(a, 2));
  picks->push_back(r.index);  // a is full: default at position 0
  CHECK(a.Len() == 1);
  r = co_await co::Select(co::Recv(nil), co::Send(nil, 1), co::Default());
  picks->push_back(r.index);  // nil channels are never ready
  // Default never parks.
  CHECK(CountEvents(co::Sched().trace(), EventKind::kGoBlock) == 0);
}

Task SelectNilCases() { co_await co::Select(co::Recv(co::Chan()), co::Send(co::Chan(), 1)); }

Task NilCasesMain() {
  co::Go(SelectNilCases(), "main.nilselect");
  co_await co::Sleep(kSettle);
  CHECK(StateOf(co::Sched(), 2) == "select");
  co_await co::Sleep(kSec);
  CHECK(StateOf(co::Sched(), 2) == "select");
}

Task SelectForeverMain() { co_await co::Select(); }

// ---- Waking a parked select ----

Task StaleWaiterMain(Chosen* got, int32_t* main_pick) {
  co::Chan a = co::MakeChan(0), b = co::MakeChan(0);
  co::Go(SelectRecvAB(a, b, got), "main.selector");  // 2
  co_await co::Sleep(kSettle);
  co_await b.Send(1);  // wins goroutine 2's select; it has not run pass 3 yet
  CheckChannel(*a.get());
  // Its waiter on a is stale: a send on a finds no receiver.
  SelectResult r = co_await co::Select(co::Send(a, 2), co::Default());
  *main_pick = r.index;
  co_await co::Sleep(kSettle);
  CHECK(a.get()->recvq().empty());
  CheckChannel(*a.get());
}

Task SelectSendOrRecv(co::Chan a, co::Chan b, Chosen* out) {
  try {
    SelectResult r = co_await co::Select(co::Send(a, 5), co::Recv(b));
    out->index = r.index;
    out->ok = r.ok;
  } catch (const GoPanic& p) {
    out->panic = p.message;
  }
}

Task SendCaseMain(Chosen* got, int64_t* received) {
  co::Chan a = co::MakeChan(0), b = co::MakeChan(0);
  co::Go(SelectSendOrRecv(a, b, got), "main.selector");
  co_await co::Sleep(kSettle);
  CHECK(a.get()->sendq().size() == 1);
  CHECK(b.get()->recvq().size() == 1);
  *received = (co_await a.Recv()).AsInt();
  co_await co::Sleep(kSettle);
  CHECK(b.get()->recvq().empty());
  CheckChannel(*b.get());
}

Task TwoSendCases(co::Chan a, co::Chan b, Chosen* out) {
  SelectResult r = co_await co::Select(co::Send(a, 1), co::Send(b, 2));
  out->index = r.index;
}

Task OnlyChosenValueSentMain(Chosen* got, int64_t* received, int32_t* later) {
  co::Chan a = co::MakeChan(0), b = co::MakeChan(0);
  co::Go(TwoSendCases(a, b, got), "main.selector");
  co_await co::Sleep(kSettle);
  *received = (co_await b.Recv()).AsInt();
  co_await co::Sleep(kSettle);
  // The value offered on a was never sent.
  SelectResult r = co_await co::Select(co::Recv(a), co::Default());
  *later = r.index;
  CHECK(a.get()->sendq().empty());
}

// ---- Closed channels ----

Task SendCaseOnClosedMain(std::string* recovered, int32_t* index) {
  co::Chan c = co::MakeChan(1);
  c.Close();
  try {
    SelectResult r = co_await co::Select(co::Send(c, 1), co::Default());
    *index = r.index;
  } catch (const GoPanic& p) {
    *recovered = p.message;
  }
}

Task SendCaseOnClosedUnrecoveredMain() {
  co::Chan c = co::MakeChan(0), other = co::MakeChan(0);
  c.Close();
  co_await co::Select(co::Recv(other), co::Send(c, 1));
}

Task RecvCaseOnClosedMain(Chosen* got) {
  co::Chan closed = co::MakeChan(0), empty = co::MakeChan(0);
  closed.Close();
  SelectResult r = co_await co::Select(co::Recv(empty), co::Recv(closed));
  got->index = r.index;
  got->value = r.value.AsInt();
  got->ok = r.ok;
}

Task CloseWakesSelectMain(Chosen* got) {
  co::Chan a = co::MakeChan(0), b = co::MakeChan(0);
  co::Go(SelectRecvAB(a, b, got), "main.selector");
  co_await co::Sleep(kSettle);
  a.Close();
  co_await co::Sleep(kSettle);
  CHECK(b.get()->recvq().empty());
  CheckChannel(*a.get());
  CheckChannel(*b.get());
}

Task CloseWakesSendingSelectMain(Chosen* got) {
  co::Chan a = co::MakeChan(0), b = co::MakeChan(0);
  co::Go(SelectSendOrRecv(a, b, got), "main.selector");
  co_await co::Sleep(kSettle);
  a.Close();
  co_await co::Sleep(kSettle);
}

// ---- Sending and receiving on one channel in one select ----

Task SendOrRecvSameChannel(co::Chan c, Chosen* out) {
  SelectResult r = co_await co::Select(co::Send(c, 1), co::Recv(c));
  out->index = r.index;
}

Task SameChannelMain(Chosen* got, int64_t* received) {
  co::Chan c = co::MakeChan(0);
  co::Go(SendOrRecvSameChannel(c, got), "main.selector");
  co_await co::Sleep(kSettle);
  // One goroutine waits in both queues of c: Go's one allowed exception to the
  // "one queue is empty" invariant.
  CHECK(c.get()->sendq().size() == 1);
  CHECK(c.get()->recvq().size() == 1);
  c.get()->CheckInvariants();  // the kernel's own check knows the exception
  *received = (co_await c.Recv()).AsInt();
  co_await co::Sleep(kSettle);
  CHECK(c.get()->sendq().empty());
  CHECK(c.get()->recvq().empty());
}

// ---- Only ready cases are candidates ----

Task ReadyOnlyMain(int n, int* counts) {
  co::Chan a = co::MakeChan(1), never = co::MakeChan(0), b = co::MakeChan(1);
  co_await a.Send(1);
  co_await b.Send(2);
  for (int i = 0; i < n; i++) {
    SelectResult r = co_await co::Select(co::Recv(a), co::Recv(never), co::Recv(b));
    counts[r.index]++;
    co_await (r.index == 0 ? a : b).Send(r.value);
  }
}

// ---- Manual policy ----

Task TwoReadyMain(int32_t* index) {
  co::Chan a = co::MakeChan(1), b = co::MakeChan(1);
  co_await a.Send(1);
  co_await b.Send(2);
  SelectResult r = co_await co::Select(co::Recv(a), co::Recv(b));
  *index = r.index;
}

Task CloseAfterClaimMain(Chosen* got) {
  co::Chan a = co::MakeChan(0), b = co::MakeChan(0);
  co::Go(SelectRecvAB(a, b, got), "main.selector");
  co_await co::Sleep(kSettle);
  co_await b.Send(4);  // wins the select
  a.Close();           // before the selector runs: its waiter on a is stale
  co_await co::Sleep(kSettle);
  CheckChannel(*a.get());
}

}  // namespace

TEST_SUITE("select") {
  TEST_CASE("a select that must wait runs poll, enqueue and, once woken, choose") {
    co::Chan a, b;
    Chosen got;
    Harness h;
    h.Run(ParkedSelectMain(&a, &b, &got));
    CHECK(h.sched.outcome().state == RunState::kExited);
    CHECK(got.index == 1);
    CHECK(got.value == 9);
    CHECK(got.ok);
    std::vector<Event> mine;
    for (const Event& e : h.sched.trace().events)
      if (e.g == 2 && (e.kind == EventKind::kSelectPoll || e.kind == EventKind::kSelectEnqueue ||
                       e.kind == EventKind::kSelectChoose || e.kind == EventKind::kGoBlock))
        mine.push_back(e);
    REQUIRE(mine.size() == 4);
    CHECK(mine[0].kind == EventKind::kSelectPoll);
    CHECK(mine[0].arg == 0);  // nothing ready
    CHECK(mine[1].kind == EventKind::kSelectEnqueue);
    CHECK(mine[1].arg == 2);  // waits on both channels
    CHECK(mine[2].kind == EventKind::kGoBlock);
    CHECK(mine[2].reason == WaitReason::kSelect);
    CHECK(mine[3].kind == EventKind::kSelectChoose);
    CHECK(mine[3].arg == 1);
    CHECK(Contains(h.TraceText(), "G2 select.poll"));
    CHECK(Contains(h.TraceText(), "G2 select.enqueue"));
    CHECK(Contains(h.TraceText(), "G2 select.choose"));
  }

  TEST_CASE("select chooses uniformly among ready cases (10,000 selects, 45-55%)") {
    int counts[2] = {0, 0};
    const int n = 10000;
    Config config = TestConfig(42);
    config.check_invariants = false;  // 10,000 rounds; invariants are the stress test's job
    Harness h(config);
    h.Run(FairnessMain(n, counts));
    CHECK(h.sched.outcome().state == RunState::kExited);
    CHECK(counts[0] + counts[1] == n);
    CAPTURE(counts[0]);
    CHECK(counts[0] >= n * 45 / 100);
    CHECK(counts[0] <= n * 55 / 100);
    // Each choice is a recorded decision between two options, flagged random.
    size_t select_decisions = 0;
    for (const Decision& d : h.sched.decisions()) {
      if (d.kind != DecisionKind::kSelectCase) continue;
      select_decisions++;
      CHECK(d.options == 2);
    }
    CHECK(select_decisions == static_cast<size_t>(n));
    size_t random_choices = 0;
    for (const Event& e : EventsOf(h.sched.trace(), EventKind::kSelectChoose))
      random_choices += (e.flags & kFlagRandom) != 0;
    CHECK(random_choices == static_cast<size_t>(n));
  }

  TEST_CASE("select's random choices come from the seeded generator") {
    int counts[2] = {0, 0};
    Result r1 = RunProgram(TestConfig(1), [&] { return FairnessMain(64, counts); });
    Result again = RunProgram(TestConfig(1), [&] { return FairnessMain(64, counts); });
    Result r2 = RunProgram(TestConfig(2), [&] { return FairnessMain(64, counts); });
    CHECK(r1.decisions.size() == 64);
    CHECK(r1.decisions == again.decisions);
    CHECK(r1.trace == again.trace);
    CHECK(r1.decisions != r2.decisions);
  }

  TEST_CASE("one select may wait to send and to receive on the same channel") {
    Chosen got;
    int64_t received = -1;
    Result r = RunProgram(TestConfig(), [&] { return SameChannelMain(&got, &received); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.index == 0);  // its send case met main's receive
    CHECK(received == 1);
  }

  TEST_CASE("only ready cases are candidates") {
    int counts[3] = {0, 0, 0};
    Config config = TestConfig(8);
    config.check_invariants = false;
    Result r = RunProgram(config, [&] { return ReadyOnlyMain(1000, counts); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(counts[1] == 0);
    CHECK(counts[0] > 400);
    CHECK(counts[2] > 400);
  }

  TEST_CASE("manual policy: a person picks the select case") {
    int32_t index = -2;
    Replay::Program program = [&index](Scheduler& s) {
      index = -2;
      co::Go(s, TwoReadyMain(&index), "main.main");
    };
    for (uint32_t pick : {0u, 1u, 0u}) {
      CAPTURE(pick);
      Replay replay(program, TestConfig(1, 1, Policy::kManual));
      Scheduler& paused = replay.RunToEnd();
      CHECK_FALSE(paused.finished());  // paused at the select's choice
      REQUIRE(replay.decisions().size() == 1);
      CHECK(replay.decisions()[0].kind == DecisionKind::kSelectCase);
      CHECK(replay.decisions()[0].options == 2);
      replay.Decide(0, pick);
      Scheduler& done = replay.RunToEnd();
      CHECK(done.finished());
      CHECK(done.outcome().state == RunState::kExited);
      CHECK(index == static_cast<int32_t>(pick));
    }
  }

  TEST_CASE("default is taken when no case is ready, and only then") {
    std::vector<int32_t> picks;
    Result r = RunProgram(TestConfig(), [&] { return DefaultMain(&picks); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(picks == std::vector<int32_t>{1, 2, 1, 0, 2});
    size_t defaults = 0;
    for (const std::string& line : {r.trace}) {
      for (size_t at = line.find("select.choose arg=-1"); at != std::string::npos;
           at = line.find("select.choose arg=-1", at + 1))
        defaults++;
    }
    CHECK(defaults == 3);
  }

  TEST_CASE("a select whose cases are all nil channels blocks with reason select") {
    Result r = RunProgram(TestConfig(), [] { return NilCasesMain(); });
    CHECK(r.outcome.state == RunState::kExited);
  }

  TEST_CASE("select {} blocks forever: select (no cases) in the deadlock dump") {
    Result r = RunProgram(TestConfig(), [] { return SelectForeverMain(); });
    CHECK(r.outcome.state == RunState::kDeadlock);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [select (no cases)]:\n"));
  }

  TEST_CASE("a woken select's waiters on the other channels are stale, then removed") {
    Chosen got;
    int32_t main_pick = -2;
    Result r = RunProgram(TestConfig(), [&] { return StaleWaiterMain(&got, &main_pick); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.index == 1);
    CHECK(got.value == 1);
    CHECK(main_pick == 1);  // default: the stale waiter did not take the value
  }

  TEST_CASE("a select already won ignores a close of its other channel") {
    Chosen got;
    Result r = RunProgram(TestConfig(), [&] { return CloseAfterClaimMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.index == 1);
    CHECK(got.value == 4);
    CHECK(got.ok);
  }

  TEST_CASE("a select send case completes when a receiver arrives") {
    Chosen got;
    int64_t received = -1;
    Result r = RunProgram(TestConfig(), [&] { return SendCaseMain(&got, &received); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.index == 0);
    CHECK(received == 5);
    CHECK(got.panic.empty());
  }

  TEST_CASE("only the chosen send case's value is sent") {
    Chosen got;
    int64_t received = -1;
    int32_t later = -2;
    Result r =
        RunProgram(TestConfig(), [&] { return OnlyChosenValueSentMain(&got, &received, &later); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.index == 1);
    CHECK(received == 2);
    CHECK(later == 1);
  }

  TEST_CASE("a select send case on a closed channel panics, even with default") {
    std::string recovered;
    int32_t index = -2;
    Result r = RunProgram(TestConfig(), [&] { return SendCaseOnClosedMain(&recovered, &index); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered == "send on closed channel");
    CHECK(index == -2);
  }

  TEST_CASE("an unrecovered select send on a closed channel ends the program") {
    Result r = RunProgram(TestConfig(), [] { return SendCaseOnClosedUnrecoveredMain(); });
    CHECK(r.outcome.state == RunState::kPanic);
    CHECK(r.outcome.exit_code == 2);
    CHECK(
        StartsWith(r.outcome.report, "panic: send on closed channel\n\ngoroutine 1 [running]:\n"));
  }

  TEST_CASE("a select receive case on a closed channel is ready with ok == false") {
    Chosen got;
    Result r = RunProgram(TestConfig(), [&] { return RecvCaseOnClosedMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.index == 1);
    CHECK(got.value == 0);
    CHECK_FALSE(got.ok);
  }

  TEST_CASE("closing a channel wakes a select receiving on it") {
    Chosen got;
    Result r = RunProgram(TestConfig(), [&] { return CloseWakesSelectMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.index == 0);
    CHECK(got.value == 0);
    CHECK_FALSE(got.ok);
  }

  TEST_CASE("closing a channel wakes a select sending on it, which panics") {
    Chosen got;
    Result r = RunProgram(TestConfig(), [&] { return CloseWakesSendingSelectMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.panic == "send on closed channel");
    CHECK(got.index == -2);
  }
}
