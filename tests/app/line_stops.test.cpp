// line_stops.test.cpp — breakpoints and Step Line: a goroutine stops before it runs the line,
// whether or not the line makes a trace event, and a run that stops at lines goes on exactly
// as a run that never stopped.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/trace.h"
#include "playback.h"
#include "run_controller.h"

using chanscope::GoState;
using chanscope::Playback;
namespace core = chanscope::core;

namespace {

// Three goroutines sum in CPU-bound loops (preempted many times with a short slice) while
// main collects their totals. Line numbers matter below.
const std::string kSpinners = R"(package main

import "fmt"

func spin(id int, n int, out chan<- int) {
	total := 0
	for i := 0; i < n; i++ {
		total += i * id
	}
	out <- total
}

func main() {
	out := make(chan int)
	for id := 1; id <= 3; id++ {
		go spin(id, 300, out)
	}
	// add them up
	sum := 0
	for k := 0; k < 3; k++ {
		sum += <-out
	}
	fmt.Println(sum)
}
)";

core::Config ShortSlices(int procs = 1) {
  core::Config config;
  config.procs = procs;
  config.slice = 200;  // preemption inside the loops, so stops must not move it
  config.check_invariants = true;
  return config;
}

// The whole trace as text, to compare runs event by event.
std::vector<std::string> TraceText(const Playback& p) {
  std::vector<std::string> lines;
  for (const core::Event& e : p.trace().events) lines.push_back(core::FormatEvent(p.trace(), e));
  return lines;
}

std::vector<std::string> RunThrough(int procs) {
  Playback p(ShortSlices(procs), "prog.go", kSpinners);
  p.Advance(1'000'000);
  REQUIRE(p.finished());
  return TraceText(p);
}

}  // namespace

TEST_SUITE("line stops") {
  TEST_CASE("a breakpoint stops a goroutine before its line runs, with no event there") {
    Playback p(ShortSlices(), "prog.go", kSpinners);
    p.ToggleBreakpoint(8);  // total += i * id: no trace event on this line
    REQUIRE(p.Advance(1'000'000));
    REQUIRE(p.line_stop());
    CHECK(p.line_stop()->line == 8);
    const std::int64_t g = p.line_stop()->g;
    CHECK(g >= 2);
    // The stopped goroutine is running, at the breakpoint's line, with i not yet past 0.
    const auto* card = p.stage().FindGoroutine(g);
    REQUIRE(card);
    CHECK(card->state == GoState::kRunning);
    CHECK(card->line == 8);
    REQUIRE(!card->stack.empty());
    CHECK(card->stack.front().line == 8);
    // Going on stops at the same line again: the next iteration, no event in between.
    const std::uint64_t step = p.step();
    REQUIRE(p.Advance(1'000'000));
    CHECK(p.line_stop()->line == 8);
    CHECK(p.step() == step);
    // Without the breakpoint the run goes to its end.
    p.ToggleBreakpoint(8);
    CHECK_FALSE(p.Advance(1'000'000));
    CHECK(p.finished());
    CHECK(p.output() == "269100\n");
  }

  TEST_CASE("a breakpoint on a comment moves to the next line with code") {
    Playback p(ShortSlices(), "prog.go", kSpinners);
    p.ToggleBreakpoint(18);  // "// add them up"
    CHECK(p.breakpoints() == std::set<std::int32_t>{19});
    REQUIRE(p.Advance(1'000'000));
    CHECK(p.line_stop()->line == 19);
    CHECK(p.line_stop()->g == 1);
    p.ToggleBreakpoint(18);  // the same click takes it away again
    CHECK(p.breakpoints().empty());
  }

  TEST_CASE("stopping at lines does not change the run") {
    for (int procs : {1, 2}) {
      CAPTURE(procs);
      const std::vector<std::string> plain = RunThrough(procs);
      Playback p(ShortSlices(procs), "prog.go", kSpinners);
      for (int line : {7, 8, 10, 16, 21, 23}) p.ToggleBreakpoint(line);
      int stops = 0;
      while (!p.finished() && stops < 10'000)
        if (p.Advance(1'000'000)) ++stops;
      CHECK(stops > 900);  // 3 x 300 iterations, and then some
      CHECK(TraceText(p) == plain);
      CHECK(p.output() == "269100\n");
    }
  }

  TEST_CASE("step line follows one goroutine line by line and changes nothing") {
    const std::vector<std::string> plain = RunThrough(1);
    Playback p(ShortSlices(), "prog.go", kSpinners);
    std::vector<std::int32_t> lines;
    for (int i = 0; i < 10'000 && !p.finished(); ++i) {
      if (!p.StepLine()) continue;
      CHECK(p.line_stop()->g == 1);  // main: the go statements do not step into spin
      lines.push_back(p.line_stop()->line);
    }
    REQUIRE(lines.size() >= 6);
    CHECK(lines.front() == 14);  // out := make(chan int)
    CHECK(lines[1] == 15);
    CHECK(lines[2] == 16);
    for (std::int32_t line : {19, 20, 21, 23}) CHECK(std::count(lines.begin(), lines.end(), line) >= 1);
    // main blocks on <-out while the spinners run; the next stop is still main's.
    CHECK(TraceText(p) == plain);
  }

  TEST_CASE("step back from a line stop re-runs to the step it stopped after") {
    Playback p(ShortSlices(), "prog.go", kSpinners);
    p.ToggleBreakpoint(10);  // out <- total
    REQUIRE(p.Advance(1'000'000));
    const std::uint64_t step = p.step();
    p.SeekToStep(step);
    CHECK_FALSE(p.line_stop());
    CHECK(p.step() == step);
    // The goroutine that was stopped is back before its stop (still in its loop or not yet there).
    Playback q(ShortSlices(), "prog.go", kSpinners);
    q.SeekToStep(step);
    CHECK(TraceText(p) == TraceText(q));
  }
}

TEST_SUITE("line stops") {
  TEST_CASE("playing stops at a breakpoint; the code panel's line is the stop's; step back leaves it") {
    chanscope::ConsoleLog console;
    chanscope::RunController run(console);
    run.Load("prog.go", kSpinners, ShortSlices());
    run.ToggleBreakpoint(10);  // out <- total
    run.events_per_second = chanscope::RunController::kMaxEventsPerSecond;
    run.SetPlaying(true);
    for (int frame = 0; frame < 100 && run.playing(); ++frame) run.Update(1.0 / 60);
    CHECK_FALSE(run.playing());
    REQUIRE(run.playback().line_stop());
    CHECK(run.CurrentLine() == 10);
    const std::uint64_t step = run.playback().step();
    run.StepBack();
    CHECK_FALSE(run.playback().line_stop());
    CHECK(run.playback().step() == step);
    CHECK(run.CurrentLine() != 10);  // the last event's line: a go statement or a receive
  }
}

TEST_SUITE("line stops") {
  TEST_CASE("step line visits a range loop's line once per iteration") {
    Playback p(ShortSlices(), "prog.go", R"(package main

func main() {
	jobs := make(chan int, 3)
	jobs <- 1
	jobs <- 2
	close(jobs)
	total := 0
	for n := range jobs {
		total += n
	}
	println(total)
}
)");
    std::vector<std::int32_t> lines;
    for (int i = 0; i < 100 && !p.finished(); ++i)
      if (p.StepLine()) lines.push_back(p.line_stop()->line);
    // for, body, for, body, for (the receive finds the channel closed and empty), println, and
    // main's closing brace (its return).
    CHECK(lines == std::vector<std::int32_t>{4, 5, 6, 7, 8, 9, 10, 9, 10, 9, 12, 13});
  }
}
