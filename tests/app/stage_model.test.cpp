// stage_model.test.cpp — the stage, timeline and inspector facts for small Go programs, and
// Step Back equivalence: stepping back gives exactly the model of the earlier step.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "playback.h"

using chanscope::ChannelCard;
using chanscope::GoroutineCard;
using chanscope::GoState;
using chanscope::Playback;
using chanscope::StageModel;
using chanscope::Token;
using chanscope::TokenKind;
namespace core = chanscope::core;

namespace {

core::Config TestConfig(std::uint64_t seed = 1, int procs = 1) {
  core::Config config;
  config.seed = seed;
  config.procs = procs;
  config.check_invariants = true;
  return config;
}


// Steps one event at a time until `done` holds for the stage (or the program ends).
template <typename F>
bool AdvanceUntil(Playback& p, F done) {
  for (int i = 0; i < 10'000 && !p.finished(); ++i) {
    if (done(p.stage())) return true;
    p.Advance(1);
  }
  return done(p.stage());
}

const GoroutineCard* FindByFunction(const StageModel& m, const std::string& function) {
  for (const GoroutineCard& g : m.goroutines)
    if (g.function == function) return &g;
  return nullptr;
}

const ChannelCard* FindByName(const StageModel& m, const std::string& name) {
  for (const ChannelCard& c : m.channels)
    if (c.name == name) return &c;
  return nullptr;
}

const std::string kPingPong = R"(package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for {
		ball, ok := <-in
		if !ok {
			done <- true
			return
		}
		fmt.Println(name, ball)
		if ball == 6 {
			close(out)
			done <- true
			return
		}
		out <- ball + 1
	}
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 1
	<-done
	<-done
}
)";

const std::string kBuffered = R"(package main

import "fmt"

func main() {
	jobs := make(chan string, 3)
	jobs <- "a"
	jobs <- "b"
	fmt.Println(len(jobs))
	x := <-jobs
	fmt.Println(x)
}
)";

const std::string kSync = R"(package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			time.Sleep(10 * time.Millisecond)
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
)";

const std::string kSelect = R"(package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	b <- 2
	for i := 0; i < 2; i++ {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case v := <-b:
			fmt.Println("b", v)
		}
	}
	quit := make(chan int)
	never := make(chan int)
	go func() { quit <- 7 }()
	select {
	case v := <-quit:
		fmt.Println("quit", v)
	case <-never:
	}
}
)";

// Which parts of two models differ, for the failure message.
std::string Differences(const StageModel& a, const StageModel& b) {
  std::string out;
  auto part = [&out](const char* name, bool same) {
    if (!same) out += std::string(name) + " ";
  };
  part("step", a.step == b.step);
  part("now", a.now == b.now);
  part("channels", a.channels == b.channels);
  part("mutexes", a.mutexes == b.mutexes);
  part("waitgroups", a.waitgroups == b.waitgroups);
  part("conds", a.conds == b.conds);
  part("timers", a.timers == b.timers);
  part("tokens", a.tokens == b.tokens);
  part("selects", a.selects == b.selects);
  part("arrows", a.arrows == b.arrows);
  part("processors", a.processors == b.processors);
  part("global_queue", a.global_queue == b.global_queue);
  for (std::size_t i = 0; i < std::min(a.goroutines.size(), b.goroutines.size()); ++i) {
    const GoroutineCard& x = a.goroutines[i];
    const GoroutineCard& y = b.goroutines[i];
    if (x == y) continue;
    out += "G" + std::to_string(x.id) + "(";
    if (x.stack != y.stack) {
      out += "stack ";
      for (std::size_t f = 0; f < std::min(x.stack.size(), y.stack.size()); ++f)
        for (std::size_t l = 0; l < std::min(x.stack[f].locals.size(), y.stack[f].locals.size()); ++l)
          if (!(x.stack[f].locals[l] == y.stack[f].locals[l]))
            out += x.stack[f].locals[l].name + "=" + x.stack[f].locals[l].value + "/" +
                   y.stack[f].locals[l].value + " ";
    }
    if (x.state != y.state) out += "state ";
    if (x.line != y.line) out += "line ";
    if (x.lane != y.lane) out += "lane ";
    out += ") ";
  }
  part("goroutine count", a.goroutines.size() == b.goroutines.size());
  return out;
}

}  // namespace

TEST_SUITE("stage model") {
  TEST_CASE("a handoff moves a token from the sender's card to the receiver's") {
    Playback p(TestConfig(), "prog.go", kPingPong);
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) {
      return std::any_of(m.tokens.begin(), m.tokens.end(),
                         [](const Token& t) { return t.kind == TokenKind::kHandoff; });
    }));
    const StageModel& m = p.stage();
    const Token& t = *std::find_if(m.tokens.begin(), m.tokens.end(),
                                   [](const Token& t) { return t.kind == TokenKind::kHandoff; });
    CHECK(t.value == "1");
    CHECK(t.from == 1);  // main sends the first ball
    REQUIRE(m.FindGoroutine(t.to));
    CHECK(m.FindGoroutine(t.to)->function == "main.player");
    REQUIRE(m.FindChannel(t.channel));
    CHECK(m.FindChannel(t.channel)->name == "ping");
  }

  TEST_CASE("a blocked receiver is in recvq with Go's wait reason") {
    Playback p(TestConfig(), "prog.go", kPingPong);
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) {
      const ChannelCard* pong = FindByName(m, "pong");
      return pong && !pong->recvq.empty();
    }));
    const StageModel& m = p.stage();
    const ChannelCard& pong = *FindByName(m, "pong");
    const GoroutineCard* waiting = m.FindGoroutine(pong.recvq.front().g);
    REQUIRE(waiting);
    CHECK(waiting->state == GoState::kBlocked);
    CHECK(waiting->wait_reason == "chan receive");
    CHECK(waiting->waiting_on == pong.id);
    CHECK(waiting->function == "main.player");
    CHECK(waiting->parent == 1);
    CHECK(waiting->created_by == "main.main");
    CHECK(pong.capacity == 0);
    CHECK(pong.elem_type == "int");
  }

  TEST_CASE("a buffered send fills a slot with the value; a receive takes the oldest out") {
    Playback p(TestConfig(), "prog.go", kBuffered);
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) {
      const ChannelCard* jobs = FindByName(m, "jobs");
      return jobs && jobs->slots.size() == 2;
    }));
    const ChannelCard& jobs = *FindByName(p.stage(), "jobs");
    CHECK(jobs.capacity == 3);
    CHECK(jobs.slots == std::vector<std::string>{"\"a\"", "\"b\""});
    CHECK(std::any_of(p.stage().tokens.begin(), p.stage().tokens.end(), [](const Token& t) {
      return t.kind == TokenKind::kIntoBuffer && t.value == "\"b\"" && t.from == 1;
    }));
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) {
      const ChannelCard* jobs = FindByName(m, "jobs");
      return jobs && jobs->slots.size() == 1;
    }));
    CHECK(FindByName(p.stage(), "jobs")->slots == std::vector<std::string>{"\"b\""});
    CHECK(std::any_of(p.stage().tokens.begin(), p.stage().tokens.end(), [](const Token& t) {
      return t.kind == TokenKind::kOutOfBuffer && t.value == "\"a\"" && t.to == 1;
    }));
  }

  TEST_CASE("mutex holder and waiters, WaitGroup counter, sleep timers") {
    Playback p(TestConfig(), "prog.go", kSync);
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) {
      return !m.mutexes.empty() && m.mutexes[0].waiters.size() == 2;
    }));
    const StageModel& m = p.stage();
    const auto& mu = m.mutexes[0];
    CHECK(mu.locked);
    REQUIRE(m.FindGoroutine(mu.holder));
    CHECK(m.FindGoroutine(mu.holder)->state == GoState::kSleeping);
    CHECK(m.FindGoroutine(mu.holder)->wait_reason == "sleep");
    for (std::int64_t w : mu.waiters)
      CHECK(m.FindGoroutine(w)->wait_reason == "sync.Mutex.Lock");
    REQUIRE(m.waitgroups.size() == 1);
    CHECK(m.waitgroups[0].counter == 3);
    CHECK(m.waitgroups[0].waiters == std::vector<std::int64_t>{1});
    CHECK(m.FindGoroutine(1)->wait_reason == "sync.WaitGroup.Wait");
    REQUIRE(m.timers.size() == 1);
    CHECK(m.timers[0].sleeper == mu.holder);
    CHECK(m.timers[0].remaining > 0);
    CHECK(m.timers[0].remaining <= 10'000'000);
  }

  TEST_CASE("select: random choice among ready cases, then a waiting select's candidates") {
    Playback p(TestConfig(), "prog.go", kSelect);
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) {
      return std::any_of(m.selects.begin(), m.selects.end(),
                         [](const auto& s) { return s.chosen_case >= 0; });
    }));
    const auto& first = *std::find_if(p.stage().selects.begin(), p.stage().selects.end(),
                                      [](const auto& s) { return s.chosen_case >= 0; });
    CHECK(first.random);
    CHECK(first.ready == 2);
    REQUIRE(p.stage().FindChannel(first.chosen_channel));
    const std::string chosen = p.stage().FindChannel(first.chosen_channel)->name;
    CHECK((chosen == "a" || chosen == "b"));
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) {
      return std::any_of(m.selects.begin(), m.selects.end(),
                         [](const auto& s) { return s.waiting; });
    }));
    const auto& waiting = *std::find_if(p.stage().selects.begin(), p.stage().selects.end(),
                                        [](const auto& s) { return s.waiting; });
    CHECK(waiting.g == 1);
    REQUIRE(waiting.candidates.size() == 2);
    CHECK(p.stage().FindChannel(waiting.candidates[0])->name == "quit");
    CHECK(p.stage().FindChannel(waiting.candidates[1])->name == "never");
    CHECK(p.stage().FindGoroutine(1)->wait_reason == "select");
  }

  TEST_CASE("the inspector sees each frame's locals with their values") {
    Playback p(TestConfig(), "prog.go", kPingPong);
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) { return m.FindGoroutine(3) != nullptr; }));
    p.Advance(40);
    const GoroutineCard* ping = p.stage().FindGoroutine(2);
    REQUIRE(ping);
    REQUIRE(!ping->stack.empty());
    const auto& frame = ping->stack.front();
    CHECK(frame.function == "main.player");
    auto local = [&frame](const std::string& name) -> const chanscope::lang::FrameView::Local* {
      for (const auto& l : frame.locals)
        if (l.name == name) return &l;
      return nullptr;
    };
    REQUIRE(local("name"));
    CHECK(local("name")->value == "\"ping\"");
    CHECK(local("name")->type == "string");
    REQUIRE(local("in"));
    CHECK(local("in")->type == "<-chan int");
    CHECK(local("in")->value.rfind("chan#", 0) == 0);
    const GoroutineCard* main_g = p.stage().FindGoroutine(1);
    REQUIRE(!main_g->stack.empty());
    CHECK(main_g->stack.front().function == "main.main");
  }

  TEST_CASE("the inspector shows a variable inside its block, once its line has run") {
    const std::string source = R"(package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		sq := i * i
		total += sq
	}
	ch := make(chan int)
	go func() { ch <- total }()
	<-ch
	fmt.Println(total)
}
)";
    Playback p(TestConfig(), "prog.go", source);
    REQUIRE(AdvanceUntil(p, [](const StageModel& m) {
      const GoroutineCard* g = m.FindGoroutine(1);
      return g && g->state == GoState::kBlocked && g->line == 13;
    }));
    const auto& locals = p.stage().FindGoroutine(1)->stack.front().locals;
    std::vector<std::string> shown;
    for (const auto& l : locals) shown.push_back(l.name + "=" + l.value);
    CHECK(shown == std::vector<std::string>{"total=5", "ch=chan#1"});
  }

  TEST_CASE("finished goroutines stay listed, with the step they ended at") {
    Playback p(TestConfig(), "prog.go", kPingPong);
    p.Advance(100'000);
    REQUIRE(p.finished());
    const StageModel& m = p.stage();
    REQUIRE(m.goroutines.size() == 3);
    for (const GoroutineCard& g : m.goroutines) {
      CHECK(g.colour == (g.id - 1) % chanscope::kGoroutineColours);
      CHECK(g.function == (g.id == 1 ? "main.main" : "main.player"));
      // main has returned; a player may still be on its way out when the program ends.
      CHECK((g.state == GoState::kFinished) == (g.ended_step > 0));
    }
    CHECK(m.goroutines[0].state == GoState::kFinished);
    CHECK(m.goroutines[0].stack.empty());
  }
}

TEST_SUITE("step back") {
  void CheckStepBackEquivalence(const std::string& source, core::Config config) {
    Playback forward(config, "prog.go", source);
    Playback back(config, "prog.go", source);
    REQUIRE(back.compiled());
    for (std::uint64_t k : {5, 17, 40, 90}) {
      for (std::uint64_t j : {1, 3, 12}) {
        CAPTURE(k);
        CAPTURE(j);
        back.Restart();
        for (std::uint64_t i = 0; i < k; ++i) back.Advance(1);  // step by step, as a learner
        back.stage();  // built at k, so stepping back must rebuild it
        // k or a little more (a handoff's two events are not split), or the program's end.
        const std::uint64_t reached = back.step();
        if (j >= reached) continue;
        back.StepBack(j);
        forward.SeekToStep(0);
        forward.SeekToStep(reached - j);
        CHECK(back.step() == forward.step());
        CHECK(back.output() == forward.output());
        CHECK(back.now() == forward.now());
        CHECK(Differences(back.stage(), forward.stage()) == "");
        const bool same = back.stage() == forward.stage();
        CHECK(same);
      }
    }
  }

  TEST_CASE("stepping back j events from k gives the model of k - j events") {
    CheckStepBackEquivalence(kPingPong, TestConfig());
    CheckStepBackEquivalence(kSync, TestConfig(3, 2));
    CheckStepBackEquivalence(kBuffered, TestConfig());
    CheckStepBackEquivalence(kSelect, TestConfig(5));
  }

  TEST_CASE("seeking forward after a step back continues the same run") {
    Playback a(TestConfig(9, 2), "prog.go", kSync);
    a.Advance(100'000);
    const std::string output = a.output();
    const std::uint64_t end = a.step();
    a.SeekToStep(end / 2);
    CHECK(a.step() >= end / 2);  // an event that records two (a handoff) is not split
    CHECK(a.step() <= end / 2 + 1);
    a.Advance(100'000);
    CHECK(a.output() == output);
    CHECK(a.step() == end);
  }
}

TEST_SUITE("timeline") {
  TEST_CASE("lanes hold one goroutine's states in order, without gaps") {
    Playback p(TestConfig(), "prog.go", kSync);
    p.Advance(100'000);
    const chanscope::TimelineModel& t = p.timeline();
    REQUIRE(t.lanes().size() == 4);
    for (const chanscope::Lane& lane : t.lanes()) {
      CAPTURE(lane.g);
      REQUIRE(!lane.intervals.empty());
      CHECK(lane.intervals.front().state == GoState::kRunnable);  // created, not yet run
      CHECK_FALSE(lane.open);  // every goroutine returned
      CHECK(lane.intervals.back().state == GoState::kFinished);
      for (std::size_t i = 1; i < lane.intervals.size(); ++i) {
        CHECK(lane.intervals[i].s0 == lane.intervals[i - 1].s1);
        CHECK(lane.intervals[i].t0 == lane.intervals[i - 1].t1);
        CHECK(lane.intervals[i].state != lane.intervals[i - 1].state);
      }
    }
    // Each worker sleeps 10 ms holding the lock: a sleeping stretch of 10 ms on its lane.
    for (std::size_t g = 2; g <= 4; ++g) {
      const auto& iv = t.lanes()[g - 1].intervals;
      auto sleep = std::find_if(iv.begin(), iv.end(),
                                [](const auto& i) { return i.state == GoState::kSleeping; });
      REQUIRE(sleep != iv.end());
      CHECK(sleep->t1 - sleep->t0 >= 10'000'000);
    }
  }

  TEST_CASE("send-to-receive arrows pair each message; seeking by time lands on that time") {
    Playback p(TestConfig(), "prog.go", kPingPong);
    p.Advance(100'000);
    const chanscope::TimelineModel& t = p.timeline();
    int handoffs = 0;
    for (const chanscope::FlowArrow& a : t.arrows()) {
      if (a.to == 0) continue;
      CHECK(a.s_recv >= a.s_send);
      CHECK(a.from != a.to);
      ++handoffs;
    }
    CHECK(handoffs >= 8);  // six balls and two dones, all received

    Playback s(TestConfig(), "prog.go", kSync);
    s.Advance(100'000);
    const std::int64_t mid = s.timeline().end_time() / 2;
    s.SeekToTime(mid);
    CHECK(s.now() <= mid);
    CHECK(s.timeline().TimeAtStep(s.step()) <= mid);
    CHECK(s.timeline().TimeAtStep(s.step() + 1) > mid);
    CHECK(s.timeline().end_step() > s.step());  // the explored run stays on the timeline
  }
}

TEST_SUITE("controller") {
  TEST_CASE("a program that never ends stops at the step limit, as an outcome") {
    core::Config config = TestConfig();
    config.check_invariants = false;
    config.max_steps = 5'000;
    Playback p(config, "prog.go", R"(package main

func main() {
	c := make(chan int)
	go func() {
		for {
			c <- 1
		}
	}()
	for {
		<-c
	}
}
)");
    p.Advance(1'000'000);
    CHECK(p.finished());
    CHECK(p.outcome().state == core::RunState::kStepLimit);
    CHECK(p.step() <= 5'001);
    // Without a limit of its own, a playback still has one.
    Playback q(TestConfig(), "prog.go", "package main\n\nfunc main() {}\n");
    CHECK(q.config().max_steps > 1'000'000);
  }

  TEST_CASE("manual policy: the learner picks which goroutine runs next") {
    core::Config config = TestConfig();
    config.policy = core::Policy::kManual;
    const std::string source = R"(package main

import "fmt"

func say(s string, done chan bool) {
	fmt.Println(s)
	done <- true
}

func main() {
	done := make(chan bool)
	go say("A", done)
	go say("B", done)
	<-done
	<-done
}
)";
    Playback p(config, "prog.go", source);
    // Run until a choice between the two sayers is due.
    for (int i = 0; i < 1000 && !p.finished(); ++i) {
      const auto& c = p.pending_choice();
      if (c && c->kind == core::DecisionKind::kRunG && c->options >= 2) break;
      p.Advance(1);
    }
    REQUIRE(p.pending_choice());
    const chanscope::ManualChoice choice = *p.pending_choice();
    REQUIRE(choice.goroutines.size() == choice.options);
    const auto b = std::find(choice.goroutines.begin(), choice.goroutines.end(), 3);
    REQUIRE(b != choice.goroutines.end());
    p.Choose(static_cast<std::uint32_t>(b - choice.goroutines.begin()));
    REQUIRE(p.pending_choice());
    CHECK(p.pending_choice()->chosen == static_cast<std::uint32_t>(b - choice.goroutines.begin()));
    CHECK(p.stage().FindGoroutine(3)->state == GoState::kRunning);
    // Stepping back after a choice re-runs with it: the same state as before going on.
    const StageModel chosen = p.stage();
    const std::uint64_t here = p.step();
    p.Advance(6);
    p.SeekToStep(here);
    CHECK(p.stage() == chosen);
    // Later choices: always the first option, until the end.
    for (int i = 0; i < 10'000 && !p.finished(); ++i) p.Advance(1);
    CHECK(p.output().rfind("B\n", 0) == 0);
  }
}
