// gc.test.cpp — the VM's garbage collector and run limits, on Go programs built from source.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/scheduler.h"
#include "lang/driver.h"
#include "lang/vm.h"

using namespace chanscope;

namespace {

struct GoRun {
  std::string out, err, trace;
  core::Outcome outcome;
  uint64_t collections = 0;
  uint64_t heap_bytes = 0;  // at the end of the run
};

GoRun RunGo(const char* source, lang::VmLimits limits = {}, bool trace = false) {
  auto build = lang::BuildProgram("prog.go", source);
  REQUIRE(build->program());
  core::Config config;
  config.trace = trace;
  core::Scheduler sched(config);
  GoRun r;
  sched.output = [&](int stream, std::string_view t) { (stream == 1 ? r.out : r.err) += t; };
  lang::Vm vm(*build->program(), sched, limits);
  vm.Start();
  r.outcome = sched.Run();
  r.trace = core::FormatTrace(sched.trace());
  r.collections = vm.heap().collections();
  r.heap_bytes = vm.heap().bytes();
  return r;
}

bool StartsWith(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

// About 40 MB of short-lived strings and slices; a little stays reachable in many ways.
const char* kChurn = R"(package main

import (
	"fmt"
	"strings"
)

type pair struct {
	a, b int
	s    string
}

func main() {
	keep := map[string]*pair{}
	ch := make(chan pair, 4)
	var last string
	for i := 0; i < 20000; i++ {
		s := strings.Repeat("x", 1000) + fmt.Sprint(i)
		b := make([]int, 100)
		b[0] = len(s)
		if i%5000 == 0 {
			keep[fmt.Sprint("k", i)] = &pair{i, b[0], s[1000:]}
			ch <- pair{i, i, fmt.Sprint("c", i)}
		}
		last = s[len(s)-5:]
	}
	close(ch)
	for p := range ch {
		fmt.Println(p.s, keep[fmt.Sprint("k", p.a)].s, keep[fmt.Sprint("k", p.a)].b)
	}
	fmt.Println(last)
}
)";

const char* kChurnOutput = "c0 0 1001\nc5000 5000 1004\nc10000 10000 1005\nc15000 15000 1005\n19999\n";

}  // namespace

TEST_SUITE("gc") {
  TEST_CASE("the collector frees garbage, keeps what is reachable, and bounds the heap") {
    GoRun r = RunGo(kChurn);
    CHECK(r.err == "");
    CHECK(r.out == kChurnOutput);
    CHECK(r.outcome.exit_code == 0);
    CHECK(r.collections >= 3);
    CHECK(r.heap_bytes < (uint64_t{16} << 20));  // 40 MB went through it
  }

  TEST_CASE("without collection the heap only grows (the measurement's baseline)") {
    lang::VmLimits off;
    off.collect = false;
    GoRun r = RunGo(kChurn, off);
    CHECK(r.out == kChurnOutput);
    CHECK(r.collections == 0);
    CHECK(r.heap_bytes > (uint64_t{30} << 20));
  }

  TEST_CASE("collection is invisible: the same output and the same trace") {
    lang::VmLimits off;
    off.collect = false;
    GoRun with = RunGo(kChurn, {}, /*trace=*/true);
    GoRun without = RunGo(kChurn, off, /*trace=*/true);
    CHECK(with.collections >= 1);
    CHECK(with.out == without.out);
    CHECK(with.trace == without.trace);
    CHECK(with.trace.find("val=main.pair{a:5000, b:5000, s:\"c5000\"}") != std::string::npos);
  }

  TEST_CASE("stopped timers nothing reaches are freed; pending ones and their functions stay") {
    GoRun r = RunGo(R"(package main

import "time"

func main() {
	msg := "fired " + string(rune('A'+len("xy")))
	time.AfterFunc(time.Second, func() { println(msg) })
	for i := 0; i < 100000; i++ {
		t := time.NewTimer(time.Hour)
		t.Stop()
	}
	time.Sleep(2 * time.Second)
}
)");
    CHECK(r.err == "fired C\n");
    CHECK(r.collections >= 2);
    CHECK(r.heap_bytes < (uint64_t{8} << 20));  // 100000 timers with their channels went through
  }

  TEST_CASE("runtime.GC collects at once") {
    GoRun r = RunGo(R"(package main

import "runtime"

func main() {
	runtime.GC()
	runtime.GC()
	println("ok")
}
)");
    CHECK(r.err == "ok\n");
    CHECK(r.collections == 2);
  }

  TEST_CASE("a live heap past the limit is Go's kind of fatal error") {
    lang::VmLimits limits;
    limits.max_heap_bytes = 8 << 20;
    GoRun r = RunGo(R"(package main

import "strings"

func main() {
	var all []string
	for i := 0; i < 100000; i++ {
		all = append(all, strings.Repeat("y", 1000))
	}
	println(len(all))
}
)",
                    limits);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: chanscope: heap limit of 8388608 bytes exceeded (--max-heap)\n\n"
                     "goroutine 1 [running]:\nmain.main()\n"));
    CHECK(r.err == "");
  }

  TEST_CASE("one allocation larger than the heap limit stops at once") {
    lang::VmLimits limits;
    limits.max_heap_bytes = 1 << 20;
    GoRun r = RunGo(R"(package main

func main() {
	s := make([]int, 1<<20)
	println(len(s))
}
)",
                    limits);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report, "fatal error: chanscope: heap limit of 1048576 bytes exceeded"));
  }

  TEST_CASE("so does a channel whose buffer alone is larger than the heap limit") {
    GoRun r = RunGo(R"(package main

func main() {
	ch := make(chan int, 1<<29)
	println(cap(ch))
}
)");
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report, "fatal error: chanscope: heap limit of 1073741824 bytes exceeded"));
  }
}

// Starts goroutines that block for ever until a limit stops it.
constexpr const char* kGoroutineBomb = R"(package main

func main() {
	ch := make(chan int)
	for {
		go func() { <-ch }()
	}
}
)";

TEST_SUITE("limits") {
  TEST_CASE("a runaway go statement stops at the goroutine limit") {
    lang::VmLimits limits;
    limits.max_goroutines = 50;
    GoRun r = RunGo(kGoroutineBomb,
                    limits);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: chanscope: goroutine limit of 50 exceeded (--max-goroutines)\n"));
  }

  TEST_CASE("a fatal error's dump shows 1000 other goroutines and counts the rest") {
    lang::VmLimits limits;
    limits.max_goroutines = 1500;
    GoRun r = RunGo(kGoroutineBomb,
                    limits);
    size_t dumps = 0;
    for (size_t at = 0; (at = r.outcome.report.find("\ngoroutine ", at)) != std::string::npos; at++) dumps++;
    CHECK(dumps == 1 + 1000);
    CHECK(r.outcome.report.find("\n...499 more goroutines not shown...\n") != std::string::npos);
  }

  TEST_CASE("unbounded recursion is Go's stack overflow, with 100 frames shown") {
    lang::VmLimits limits;
    limits.max_stack_words = 1 << 16;
    GoRun r = RunGo(R"(package main

func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	println(depth(0))
}
)",
                    limits);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                     "fatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.depth(...)\n"));
    size_t frames = 0;
    for (size_t at = 0; (at = r.outcome.report.find("main.depth(", at)) != std::string::npos; at++) frames++;
    CHECK(frames == 100);
    CHECK(r.outcome.report.find("...additional frames elided...\n") != std::string::npos);
  }
}

TEST_SUITE("gc") {
  TEST_CASE("goroutines blocked on channels nothing able to run can reach are found") {
    auto build = lang::BuildProgram("prog.go", R"(package main

import "time"

func leak() {
	ch := make(chan int)
	go func() { ch <- 1 }() // nobody will ever receive
}

func main() {
	leak()
	a, b := make(chan int), make(chan int)
	go func() { <-a; b <- 1 }() // these two wait on each other
	go func() { <-b; a <- 1 }()
	results := make(chan int)
	go func() { time.Sleep(time.Second); results <- 2 }()
	go func() { println(<-results) }() // the sleeping goroutine will send
	kept := make(chan string)
	go func() { kept <- "later" }() // only main holds kept
	time.Sleep(10 * time.Millisecond)
	println(len(kept))
}
)");
    REQUIRE(build->program());
    core::Config config;
    config.trace = true;  // traced runs keep every channel alive; the analysis must not care
    core::Scheduler sched(config);
    lang::Vm vm(*build->program(), sched);
    vm.Start();
    sched.Run();
    REQUIRE(sched.outcome().state == core::RunState::kExited);
    std::vector<int64_t> ids;
    for (const core::G* g : vm.BlockedForever()) ids.push_back(g->id);
    std::string shown;
    for (int64_t id : ids) shown += " G" + std::to_string(id);
    // After main returned: G5 sleeps and will wake G6; nothing will ever wake the others.
    CHECK(shown == " G2 G3 G4 G7");
  }
}

namespace {

// The corpus directory, found from this file's path (tests/lang/ -> tests/go/).
std::string CorpusDir() {
  std::string here = __FILE__;
  return here.substr(0, here.rfind("/lang/")) + "/go/";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The stdout a corpus program expects, or nothing when it expects more than stdout and
// exit status 0 (arguments, a failure, stderr).
std::optional<std::string> ExpectedStdout(const std::string& source) {
  size_t at = source.find("\n// Output:\n");
  bool args = source.rfind("// Args:", 0) == 0 || source.find("\n// Args:") != std::string::npos;
  if (at == std::string::npos || args ||
      source.find("\n// Exit:") != std::string::npos || source.find("\n// Stderr:") != std::string::npos)
    return std::nullopt;
  std::istringstream lines(source.substr(at + 12));
  std::string line, out;
  while (std::getline(lines, line)) {
    if (line == "//") {
      out += "\n";
    } else if (line.rfind("// ", 0) == 0) {
      out += line.substr(3) + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_SUITE("gc") {
  TEST_CASE("every corpus program prints the same when collected at every safe point after an allocation") {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(CorpusDir()))
      if (entry.path().extension() == ".go")
        names.push_back(std::filesystem::relative(entry.path(), CorpusDir()).string());
    std::sort(names.begin(), names.end());
    int ran = 0;
    uint64_t collections = 0;
    lang::VmLimits stress;
    stress.collect_every_bytes = 1;
    for (const std::string& name : names) {
      std::string source = ReadFile(CorpusDir() + name);
      std::optional<std::string> expected = ExpectedStdout(source);
      if (!expected) continue;
      auto build = lang::BuildProgram(name, source);
      if (!build->program()) continue;  // not this suite's business
      core::Config config;
      config.trace = false;
      core::Scheduler sched(config);
      std::string out;
      sched.output = [&](int stream, std::string_view t) {
        if (stream == 1) out += t;
      };
      lang::Vm vm(*build->program(), sched, stress);
      vm.Start();
      sched.Run();
      INFO(name);
      CHECK(out == *expected);
      CHECK(sched.outcome().exit_code == 0);
      ran++;
      collections += vm.heap().collections();
    }
    CHECK(ran > 100);
    MESSAGE(ran, " programs, ", collections, " collections");
    CHECK(collections > 5 * static_cast<uint64_t>(ran));
  }
}
