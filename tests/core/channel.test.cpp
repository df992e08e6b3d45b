// channel.test.cpp — Go's channels: unbuffered handoff, the buffered ring, len/cap,
// close, nil channels, and the panics of misuse (and recovering from them).
#include <algorithm>
#include <string>

#include "kernel_test_util.h"

using namespace kt;

namespace {

struct Log {
  std::vector<std::string> lines;
  void Add(std::string s) { lines.push_back(std::move(s)); }
  ptrdiff_t IndexOf(const std::string& s) const {
    for (size_t i = 0; i < lines.size(); i++)
      if (lines[i] == s) return static_cast<ptrdiff_t>(i);
    return -1;
  }
};

struct Received {
  std::vector<int64_t> values;
  std::vector<bool> oks;
};

Task RecvForever(co::Chan c) { co_await c.Recv(); }

// ---- Unbuffered ----

Task LoggedSender(co::Chan c, Log* log) {
  log->Add("send start");
  co_await c.Send(42);
  log->Add("send done");
}

Task UnbufferedMain(Log* log) {
  co::Chan c = co::MakeChan(0);
  co::Go(LoggedSender(c, log), "main.sender");
  co_await co::Sleep(kSettle);
  // The sender is still blocked: nobody has received.
  CHECK(StateOf(co::Sched(), 2) == "chan send");
  CHECK(c.get()->sendq().size() == 1);
  CHECK(c.Len() == 0);
  log->Add("main recv");
  Value v = co_await c.Recv();
  CHECK(v.AsInt() == 42);
  co_await co::Sleep(kSettle);
}

Task RecvInto(co::Chan c, Received* got) {
  auto [v, ok] = co_await c.Recv2();
  got->values.push_back(v.AsInt());
  got->oks.push_back(ok);
}

Task HandoffMain(co::Chan* c, Value v, uint32_t cap) {
  *c = co::MakeChan(cap);
  Received got;
  co::Go(RecvInto(*c, &got), "main.receiver");
  co_await co::Sleep(kSettle);
  CHECK(c->get()->recvq().size() == 1);
  co_await c->Send(v);  // a receiver is waiting: the value goes straight to it
  CHECK(c->Len() == 0);
  co_await co::Sleep(kSettle);
  CHECK(got.values == std::vector<int64_t>{v.word});
  CHECK(got.oks == std::vector<bool>{true});
}

Task WholeValueReceiver(co::Chan c, Value* out) { *out = co_await c.Recv(); }

Task TwoWordMain(Value* out) {
  co::Chan c = co::MakeChan(0);
  co::Go(WholeValueReceiver(c, out), "main.receiver");
  co_await c.Send(Value{-5, 77});
}

// ---- Buffered ----

Task RingMain(std::vector<int64_t>* got, std::vector<int64_t>* sent) {
  co::Chan c = co::MakeChan(3);
  int64_t next = 100;
  for (int round = 0; round < 10; round++) {
    // Fill the ring, then take two, so head and tail travel all the way round.
    while (c.Len() < 3) {
      sent->push_back(next);
      co_await c.Send(next++);
    }
    CHECK(c.Len() == 3);
    CHECK(c.get()->Buffered(0).value.AsInt() == (*sent)[got->size()]);
    CHECK(c.get()->Buffered(2).value.AsInt() == next - 1);
    for (int i = 0; i < 2; i++) got->push_back((co_await c.Recv()).AsInt());
    CHECK(c.Len() == 1);
  }
  while (c.Len() > 0) got->push_back((co_await c.Recv()).AsInt());
}

Task LenCapMain() {
  co::Chan unbuffered = co::MakeChan(0), buffered = co::MakeChan(5), nil;
  CHECK(unbuffered.Len() == 0);
  CHECK(unbuffered.Cap() == 0);
  CHECK(nil.Len() == 0);
  CHECK(nil.Cap() == 0);
  CHECK(buffered.Cap() == 5);
  co_await buffered.Send(1);
  co_await buffered.Send(2);
  CHECK(buffered.Len() == 2);
  co_await buffered.Recv();
  CHECK(buffered.Len() == 1);
  CHECK(buffered.Cap() == 5);
}

Task SendValue(co::Chan c, int64_t v) { co_await c.Send(v); }

Task FullBufferMain(std::vector<int64_t>* got) {
  co::Chan c = co::MakeChan(2);
  co_await c.Send(1);
  co_await c.Send(2);
  co::Go(SendValue(c, 3), "main.sender3");  // 2
  co_await co::Sleep(kSettle);
  co::Go(SendValue(c, 4), "main.sender4");  // 3
  co_await co::Sleep(kSettle);
  CHECK(StateOf(co::Sched(), 2) == "chan send");
  CHECK(StateOf(co::Sched(), 3) == "chan send");
  CHECK(c.get()->sendq().size() == 2);
  CheckChannel(*c.get());
  // Taking the head moves the first waiting sender's value to the tail of the ring.
  got->push_back((co_await c.Recv()).AsInt());
  CHECK(c.Len() == 2);
  CHECK(c.get()->sendq().size() == 1);
  CHECK(c.get()->Buffered(1).value.AsInt() == 3);
  CheckChannel(*c.get());
  for (int i = 0; i < 3; i++) got->push_back((co_await c.Recv()).AsInt());
  CHECK(c.Len() == 0);
  CHECK(c.get()->sendq().empty());
}

// ---- Close ----

Task CloseWakesReceiversMain(Received* got, co::Chan* c) {
  *c = co::MakeChan(0);
  for (int i = 0; i < 3; i++) co::Go(RecvInto(*c, got), "main.receiver");
  co_await co::Sleep(kSettle);
  CHECK(c->get()->recvq().size() == 3);
  c->Close();
  CHECK(c->get()->recvq().empty());
  CHECK(c->get()->closed());
  co_await co::Sleep(kSettle);
  CHECK(co::Sched().live_goroutines() == 1);
}

Task SendOnce(co::Chan c) { co_await c.Send(7); }

Task BlockedSenderClosedMain(bool* main_went_on) {
  co::Chan c = co::MakeChan(0);
  co::Go(SendOnce(c), "main.sender");  // 2
  co_await co::Sleep(kSettle);
  c.Close();
  co_await co::Sleep(kSettle);
  *main_went_on = true;
}

Task RecoveringSender(co::Chan c, std::string* recovered) {
  try {
    co_await c.Send(7);
  } catch (const GoPanic& p) {
    *recovered = p.message;
  }
}

Task RecoverBlockedSenderMain(std::string* recovered, bool* finished) {
  co::Chan c = co::MakeChan(0);
  co::Go(RecoveringSender(c, recovered), "main.sender");
  co_await co::Sleep(kSettle);
  c.Close();
  co_await co::Sleep(kSettle);
  *finished = true;
}

Task SendOnClosedMain(bool* after) {
  co::Chan c = co::MakeChan(1);
  c.Close();
  co_await c.Send(1);
  *after = true;
}

Task CloseTwiceMain(bool* after) {
  co::Chan c = co::MakeChan(0);
  c.Close();
  c.Close();
  *after = true;
  co_return;
}

Task CloseNilMain(bool* after) {
  co::Chan nil;
  nil.Close();
  *after = true;
  co_return;
}

Task RecoverMisuseMain(std::vector<std::string>* recovered) {
  co::Chan c = co::MakeChan(2);
  c.Close();
  try {
    co_await c.Send(1);
  } catch (const GoPanic& p) {
    recovered->push_back(p.message);
  }
  try {
    c.Close();
  } catch (const GoPanic& p) {
    recovered->push_back(p.message);
  }
  try {
    co::Chan().Close();
  } catch (const GoPanic& p) {
    recovered->push_back(p.message);
  }
  co::Print("still running\n");
}

Task DrainClosedMain(Received* got) {
  co::Chan c = co::MakeChan(3);
  co_await c.Send(1);
  co_await c.Send(2);
  c.Close();
  CHECK(c.Len() == 2);
  for (int i = 0; i < 4; i++) {
    auto [v, ok] = co_await c.Recv2();
    got->values.push_back(v.AsInt());
    got->oks.push_back(ok);
  }
  CHECK(c.Len() == 0);
}

// ---- nil channels ----

Task NilBlockersMain() {
  co::Chan nil;
  co::Go(SendOnce(nil), "main.nilsend");     // 2
  co::Go(RecvForever(nil), "main.nilrecv");  // 3
  co_await co::Sleep(kSettle);
  CHECK(StateOf(co::Sched(), 2) == "chan send (nil chan)");
  CHECK(StateOf(co::Sched(), 3) == "chan receive (nil chan)");
  co_await co::Sleep(kSec);  // still blocked a virtual second later
  CHECK(StateOf(co::Sched(), 2) == "chan send (nil chan)");
  CHECK(StateOf(co::Sched(), 3) == "chan receive (nil chan)");
}

Task NilRecvMain() { co_await co::Chan().Recv(); }

// ---- Panics ----

Task Boom() {
  co_await co::Sleep(kSettle);
  throw GoPanic("boom");
}

Task PanicInGoroutineMain(bool* main_went_on) {
  co::Go(Boom(), "main.boom");
  co_await co::Sleep(kSec);
  *main_went_on = true;
}

Task Inner() {
  co_await co::Gosched();
  throw GoPanic("inner trouble");
}

Task Middle() { co_await Inner(); }

Task RecoverFromCalleeMain(std::string* recovered) {
  try {
    co_await Middle();
  } catch (const GoPanic& p) {
    *recovered = p.message;
  }
  co::Print("recovered\n");
}

// ---- Queue order ----

Task RecvLog(co::Chan c, std::vector<std::pair<int64_t, int64_t>>* got) {
  Value v = co_await c.Recv();
  got->push_back({co::Self().id, v.AsInt()});
}

Task ReceiversInOrderMain(std::vector<std::pair<int64_t, int64_t>>* got) {
  co::Chan c = co::MakeChan(0);
  for (int i = 0; i < 3; i++) {
    co::Go(RecvLog(c, got), "main.receiver");  // 2, 3, 4, queued in that order
    co_await co::Sleep(kUs);
  }
  for (int64_t v = 10; v < 13; v++) co_await c.Send(v);
  co_await co::Sleep(kSettle);
}

Task SendersInOrderMain(std::vector<int64_t>* got) {
  co::Chan c = co::MakeChan(0);
  for (int64_t v = 20; v < 23; v++) {
    co::Go(SendValue(c, v), "main.sender");
    co_await co::Sleep(kUs);
  }
  for (int i = 0; i < 3; i++) got->push_back((co_await c.Recv()).AsInt());
}

// ---- Close with several blocked senders ----

Task CloseWakesSendersMain(std::vector<std::string>* recovered, uint32_t cap,
                           std::vector<int64_t>* drained) {
  co::Chan c = co::MakeChan(cap);
  for (uint32_t i = 0; i < cap; i++) co_await c.Send(100 + i);
  std::string r1, r2;
  co::Go(RecoveringSender(c, &r1), "main.sender");
  co_await co::Sleep(kUs);
  co::Go(RecoveringSender(c, &r2), "main.sender");
  co_await co::Sleep(kUs);
  CHECK(c.get()->sendq().size() == 2);
  c.Close();
  CHECK(c.get()->sendq().empty());
  co_await co::Sleep(kSettle);
  recovered->push_back(r1);
  recovered->push_back(r2);
  // What was buffered before the close is still delivered, then the zero value.
  for (;;) {
    auto [v, ok] = co_await c.Recv2();
    if (!ok) break;
    drained->push_back(v.AsInt());
  }
}

// ---- Go's prime sieve: a chain of goroutines joined by unbuffered channels ----

Task Generate(co::Chan ch) {
  for (int64_t i = 2;; i++) co_await ch.Send(i);
}

Task Filter(co::Chan in, co::Chan out, int64_t prime) {
  for (;;) {
    int64_t i = (co_await in.Recv()).AsInt();
    if (i % prime != 0) co_await out.Send(i);
  }
}

Task SieveMain(int n) {
  co::Chan ch = co::MakeChan(0);
  co::Go(Generate(ch), "main.Generate");
  for (int i = 0; i < n; i++) {
    int64_t prime = (co_await ch.Recv()).AsInt();
    co::Print(std::to_string(prime) + "\n");
    co::Chan next = co::MakeChan(0);
    co::Go(Filter(ch, next, prime), "main.Filter");
    ch = next;
  }
}

}  // namespace

TEST_SUITE("channel") {
  TEST_CASE("unbuffered send blocks until a receiver arrives") {
    Log log;
    Result r = RunProgram(TestConfig(), [&] { return UnbufferedMain(&log); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(log.IndexOf("send start") == 0);
    CHECK(log.IndexOf("main recv") == 1);
    CHECK(log.IndexOf("send done") == 2);
  }

  TEST_CASE("a send to a waiting receiver hands the value over directly") {
    co::Chan c;
    Harness h;
    h.Run(HandoffMain(&c, Value::Int(7), 0));
    CHECK(h.sched.outcome().state == RunState::kExited);
    auto sends = EventsOf(h.sched.trace(), EventKind::kChanSend);
    auto recvs = EventsOf(h.sched.trace(), EventKind::kChanRecv);
    REQUIRE(sends.size() == 1);
    REQUIRE(recvs.size() == 1);
    CHECK(sends[0].g == 1);
    CHECK(sends[0].peer == 2);
    CHECK(sends[0].object == c.get()->id());
    CHECK(sends[0].value.word == 7);
    CHECK((sends[0].flags & kFlagHandoff) != 0);
    CHECK(recvs[0].g == 2);
    CHECK(recvs[0].peer == 1);
    CHECK((recvs[0].flags & kFlagHandoff) != 0);
    CHECK((recvs[0].flags & kFlagOk) != 0);
    CHECK(recvs[0].msg == sends[0].msg);
    CHECK(Contains(h.TraceText(),
                   "G1 chan.send obj=" + std::to_string(c.get()->id()) + " val=7 msg="));
  }

  TEST_CASE("a send on a buffered channel with a waiting receiver skips the buffer") {
    co::Chan c;
    Harness h;
    h.Run(HandoffMain(&c, Value::Int(9), 4));
    auto sends = EventsOf(h.sched.trace(), EventKind::kChanSend);
    REQUIRE(sends.size() == 1);
    CHECK((sends[0].flags & kFlagHandoff) != 0);
    CHECK(sends[0].peer == 2);
    CHECK(sends[0].arg == 0);  // len after: the value never entered the buffer
  }

  TEST_CASE("a channel carries both words of a value") {
    Value got;
    Result r = RunProgram(TestConfig(), [&] { return TwoWordMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.word == -5);
    CHECK(got.aux == 77u);
  }

  TEST_CASE("waiting receivers are served in the order they arrived") {
    std::vector<std::pair<int64_t, int64_t>> got;
    Result r = RunProgram(TestConfig(), [&] { return ReceiversInOrderMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    std::sort(got.begin(), got.end());
    CHECK(got == std::vector<std::pair<int64_t, int64_t>>{{2, 10}, {3, 11}, {4, 12}});
  }

  TEST_CASE("waiting senders are served in the order they arrived") {
    std::vector<int64_t> got;
    Result r = RunProgram(TestConfig(), [&] { return SendersInOrderMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got == std::vector<int64_t>{20, 21, 22});
  }

  TEST_CASE("close wakes every blocked sender, and each one panics") {
    std::vector<std::string> recovered;
    std::vector<int64_t> drained;
    Result r =
        RunProgram(TestConfig(), [&] { return CloseWakesSendersMain(&recovered, 0, &drained); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered ==
          std::vector<std::string>{"send on closed channel", "send on closed channel"});
    CHECK(drained.empty());
  }

  TEST_CASE("closing a full buffered channel: blocked senders panic, the buffer is kept") {
    std::vector<std::string> recovered;
    std::vector<int64_t> drained;
    Result r =
        RunProgram(TestConfig(), [&] { return CloseWakesSendersMain(&recovered, 2, &drained); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered ==
          std::vector<std::string>{"send on closed channel", "send on closed channel"});
    CHECK(drained == std::vector<int64_t>{100, 101});
  }

  TEST_CASE("a buffered channel is a FIFO ring: order holds across wrap-around") {
    std::vector<int64_t> got, sent;
    Harness h;
    h.Run(RingMain(&got, &sent));
    CHECK(h.sched.outcome().state == RunState::kExited);
    CHECK(sent.size() == 21);
    CHECK(got == sent);
    // No handoffs here; every receive pairs with the send of the same message.
    auto sends = EventsOf(h.sched.trace(), EventKind::kChanSend);
    auto recvs = EventsOf(h.sched.trace(), EventKind::kChanRecv);
    REQUIRE(sends.size() == recvs.size());
    for (size_t i = 0; i < sends.size(); i++) {
      CHECK(sends[i].flags == 0);
      CHECK(recvs[i].msg == sends[i].msg);
      CHECK(recvs[i].value == sends[i].value);
    }
  }

  TEST_CASE("len and cap, including the nil channel's") {
    Result r = RunProgram(TestConfig(), [] { return LenCapMain(); });
    CHECK(r.outcome.state == RunState::kExited);
    auto makes = 0;
    for (size_t at = r.trace.find("chan.make"); at != std::string::npos;
         at = r.trace.find("chan.make", at + 1))
      makes++;
    CHECK(makes == 2);
    CHECK(Contains(r.trace, "chan.make obj=2 arg=5"));
  }

  TEST_CASE("a full buffer blocks senders; a receive moves the first one's value into it") {
    std::vector<int64_t> got;
    Result r = RunProgram(TestConfig(), [&] { return FullBufferMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got == std::vector<int64_t>{1, 2, 3, 4});
  }

  TEST_CASE("close wakes every waiting receiver with the zero value and ok == false") {
    Received got;
    co::Chan c;
    Harness h;
    h.Run(CloseWakesReceiversMain(&got, &c));
    CHECK(h.sched.outcome().state == RunState::kExited);
    CHECK(got.values == std::vector<int64_t>{0, 0, 0});
    CHECK(got.oks == std::vector<bool>{false, false, false});
    auto recvs = EventsOf(h.sched.trace(), EventKind::kChanRecv);
    REQUIRE(recvs.size() == 3);
    for (const Event& e : recvs) CHECK((e.flags & kFlagOk) == 0);
  }

  TEST_CASE("a sender blocked when the channel is closed panics: send on closed channel") {
    bool main_went_on = false;
    Result r = RunProgram(TestConfig(), [&] { return BlockedSenderClosedMain(&main_went_on); });
    CHECK(r.outcome.state == RunState::kPanic);
    CHECK(r.outcome.exit_code == 2);
    CHECK(
        StartsWith(r.outcome.report, "panic: send on closed channel\n\ngoroutine 2 [running]:\n"));
    CHECK_FALSE(main_went_on);
    CHECK(Contains(r.trace, "G2 panic text=\"send on closed channel\""));
  }

  TEST_CASE("a blocked sender can recover from send on closed channel") {
    std::string recovered;
    bool finished = false;
    Result r =
        RunProgram(TestConfig(), [&] { return RecoverBlockedSenderMain(&recovered, &finished); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(r.outcome.exit_code == 0);
    CHECK(recovered == "send on closed channel");
    CHECK(finished);
  }

  TEST_CASE("send on a closed channel panics, even with room in the buffer") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return SendOnClosedMain(&after); });
    CHECK(r.outcome.state == RunState::kPanic);
    CHECK(r.outcome.exit_code == 2);
    CHECK(
        StartsWith(r.outcome.report, "panic: send on closed channel\n\ngoroutine 1 [running]:\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("close of closed channel panics") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return CloseTwiceMain(&after); });
    CHECK(r.outcome.state == RunState::kPanic);
    CHECK(r.outcome.exit_code == 2);
    CHECK(
        StartsWith(r.outcome.report, "panic: close of closed channel\n\ngoroutine 1 [running]:\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("close of nil channel panics") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return CloseNilMain(&after); });
    CHECK(r.outcome.state == RunState::kPanic);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report, "panic: close of nil channel\n\ngoroutine 1 [running]:\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("channel misuse panics are recoverable with Go's messages") {
    std::vector<std::string> recovered;
    Result r = RunProgram(TestConfig(), [&] { return RecoverMisuseMain(&recovered); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered == std::vector<std::string>{"send on closed channel", "close of closed channel",
                                                "close of nil channel"});
    CHECK(r.out == "still running\n");
  }

  TEST_CASE("receives on a closed buffered channel drain the buffer first") {
    Received got;
    Result r = RunProgram(TestConfig(), [&] { return DrainClosedMain(&got); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(got.values == std::vector<int64_t>{1, 2, 0, 0});
    CHECK(got.oks == std::vector<bool>{true, true, false, false});
  }

  TEST_CASE("nil channels block forever") {
    Result r = RunProgram(TestConfig(), [] { return NilBlockersMain(); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(r.outcome.exit_code == 0);
  }

  TEST_CASE("receiving from a nil channel in main deadlocks") {
    Result r = RunProgram(TestConfig(), [] { return NilRecvMain(); });
    CHECK(r.outcome.state == RunState::kDeadlock);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [chan receive (nil chan)]:\n"));
  }

  TEST_CASE("Go's prime sieve prints the first 100 primes") {
    Result r = RunProgram(TestConfig(), [] { return SieveMain(100); });
    CHECK(r.outcome.state == RunState::kExited);
    std::string want;
    int found = 0;
    for (int64_t c = 2; found < 100; c++) {
      bool prime = true;
      for (int64_t d = 2; d * d <= c; d++) prime = prime && c % d != 0;
      if (prime) {
        want += std::to_string(c) + "\n";
        found++;
      }
    }
    CHECK(r.out == want);
  }

  TEST_CASE("an unrecovered panic in any goroutine ends the program") {
    bool main_went_on = false;
    Result r = RunProgram(TestConfig(), [&] { return PanicInGoroutineMain(&main_went_on); });
    CHECK(r.outcome.state == RunState::kPanic);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report, "panic: boom\n\ngoroutine 2 [running]:\n"));
    // As Go prints a panic: only the goroutine that panicked.
    CHECK_FALSE(Contains(r.outcome.report, "goroutine 1 ["));
    CHECK_FALSE(main_went_on);
    CHECK(r.end_time < kSec);
  }

  TEST_CASE("a panic travels up through awaited Tasks and can be recovered") {
    std::string recovered;
    Result r = RunProgram(TestConfig(), [&] { return RecoverFromCalleeMain(&recovered); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered == "inner trouble");
    CHECK(r.out == "recovered\n");
  }
}
