// run_controller.test.cpp — the GUI's runner without a window: bounded slices per frame (a
// program that never blocks cannot freeze the window), stdout and stderr kept apart, the
// outcome reported, compile errors as diagnostics, step back refilling the console.
#include <doctest/doctest.h>

#include <chrono>

#include "run_controller.h"

using namespace chanscope;

namespace {

core::Config TestConfig() {
  core::Config config;
  config.seed = 1;
  return config;
}

constexpr const char* kHello = R"(package main

import "fmt"

func main() {
	fmt.Println("to stdout")
	println("to stderr")
}
)";

// Plays until the run ends (or `frames` frames pass), a frame at a time.
void PlayFrames(RunController& run, int frames) {
  run.SetPlaying(true);
  for (int i = 0; i < frames && run.playing(); ++i) run.Update(1.0 / 60);
}

}  // namespace

TEST_SUITE("run_controller") {
  TEST_CASE("stdout and stderr reach the console apart, then the exit status") {
    ConsoleLog console;
    RunController run(console);
    run.events_per_second = RunController::kMaxEventsPerSecond;
    run.Load("main.go", kHello, TestConfig());
    REQUIRE(run.compiled());
    PlayFrames(run, 100);
    REQUIRE(run.finished());
    REQUIRE(console.lines().size() == 3);
    CHECK(console.lines()[0].text == "to stdout");
    CHECK(console.lines()[0].stream == ConsoleStream::kStdout);
    CHECK(console.lines()[1].text == "to stderr");
    CHECK(console.lines()[1].stream == ConsoleStream::kStderr);
    CHECK(console.lines()[2].text == "exit status 0");
    CHECK(console.lines()[2].stream == ConsoleStream::kNote);
    CHECK(run.ran_to_end());
  }

  TEST_CASE("a deadlock shows Go's report with a clickable line and exit status 2") {
    ConsoleLog console;
    RunController run(console);
    run.events_per_second = RunController::kMaxEventsPerSecond;
    run.Load("main.go", "package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n",
             TestConfig());
    PlayFrames(run, 100);
    REQUIRE(run.finished());
    const auto& lines = console.lines();
    REQUIRE(lines.size() >= 4);
    CHECK(lines.front().text == "fatal error: all goroutines are asleep - deadlock!");
    CHECK(lines.front().stream == ConsoleStream::kProblem);
    bool linked = false;
    for (const ConsoleLine& line : lines)
      for (const SourceLink& link : line.links) linked |= link.file == "main.go" && link.line == 5;
    CHECK(linked);
    CHECK(lines.back().text == "exit status 2");
  }

  TEST_CASE("compile errors become diagnostics and the console's first lines; nothing runs") {
    ConsoleLog console;
    RunController run(console);
    run.Load("main.go", "package main\n\nfunc main() {\n\tx := 1\n}\n", TestConfig());
    CHECK_FALSE(run.compiled());
    REQUIRE(run.diagnostics().size() == 1);
    CHECK(run.diagnostics()[0].line == 4);
    REQUIRE_FALSE(console.lines().empty());
    CHECK(console.lines()[0].stream == ConsoleStream::kProblem);
    CHECK(console.lines()[0].links.at(0).line == 4);
    run.Step(5);
    CHECK(run.playback().step() == 0);
  }

  TEST_CASE("a loop without events cannot hold a frame past its budget") {
    ConsoleLog console;
    RunController run(console);
    run.events_per_second = RunController::kMaxEventsPerSecond;
    run.Load("main.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", TestConfig());
    run.SetPlaying(true);
    for (int frame = 0; frame < 5; ++frame) {
      const auto start = std::chrono::steady_clock::now();
      run.Update(1.0 / 60, std::chrono::milliseconds(5));
      const auto spent = std::chrono::steady_clock::now() - start;
      // Generous: one slice may overrun a little; a frozen window would be seconds.
      CHECK(spent < std::chrono::milliseconds(250));
    }
    CHECK(run.playing());
    CHECK(run.playback().step() > 0);
  }

  TEST_CASE("stepping back refills the console with what was printed by then") {
    ConsoleLog console;
    RunController run(console);
    run.Load("main.go", kHello, TestConfig());
    run.Step(100);
    REQUIRE(run.finished());
    const std::size_t all = console.lines().size();
    const std::uint64_t end = run.playback().step();
    run.StepBack();
    CHECK(run.playback().step() < end);
    CHECK_FALSE(run.finished());
    CHECK(console.lines().size() < all);  // "exit status 0" is not there yet
    // Back to the start (main's creation is recorded before the first pause): nothing printed.
    for (int i = 0; i < 100 && run.playback().step() > 1; ++i) run.StepBack();
    CHECK(run.playback().step() <= 1);
    CHECK(console.lines().empty());
  }

  TEST_CASE("the code panel's goroutine lines follow the run, library calls at their caller's line") {
    ConsoleLog console;
    RunController run(console);
    run.Load("main.go", R"(package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(time.Millisecond)
		fmt.Println("slept")
		done <- true
	}()
	<-done
}
)", TestConfig());
    // Until main blocks: main at line 15, the other asleep inside time.Sleep, shown at line 11.
    const auto both_parked = [&run] {
      const auto& lines = run.GoroutineLines();
      return lines.size() == 2 && lines[0].state == GoState::kBlocked && lines[1].state == GoState::kSleeping;
    };
    for (int i = 0; i < 100 && !both_parked(); ++i) run.Step();
    REQUIRE(run.GoroutineLines().size() == 2);
    CHECK(run.GoroutineLines()[0].line == 15);
    CHECK(run.GoroutineLines()[0].state == GoState::kBlocked);
    CHECK(run.GoroutineLines()[1].line == 11);
    CHECK(run.GoroutineLines()[1].state == GoState::kSleeping);
    // Later stages give later lines: the sleeper wakes and moves on.
    bool moved = false;
    for (int i = 0; i < 100 && !run.finished() && !moved; ++i) {
      run.Step();
      const auto& lines = run.GoroutineLines();
      moved = lines.size() == 2 && lines[1].line > 11;
    }
    CHECK(moved);
  }

  TEST_CASE("a dump longer than the console keeps still ends with what happened") {
    ConsoleLog console(40);
    RunController run(console);
    run.events_per_second = RunController::kMaxEventsPerSecond;
    run.Load("main.go", R"(package main

func main() {
	block := make(chan int)
	for i := 0; i < 30; i++ {
		go func() { <-block }()
	}
	<-block
}
)", TestConfig());
    PlayFrames(run, 100);
    REQUIRE(run.finished());
    REQUIRE(console.dropped() > 0);  // 31 goroutines' stacks do not fit in 40 lines
    const auto& lines = console.lines();
    REQUIRE(lines.size() >= 2);
    CHECK(lines[lines.size() - 2].text == "fatal error: all goroutines are asleep - deadlock!");
    CHECK(lines[lines.size() - 2].stream == ConsoleStream::kProblem);
    CHECK(lines.back().text == "exit status 2");
  }
}
