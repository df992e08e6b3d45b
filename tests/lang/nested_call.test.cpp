// nested_call.test.cpp — natives and Go code calling each other: Go code run from inside a
// native (fmt calling String and Error methods) and natives reached through interfaces.
// What chanscope does that real Go has no counterpart for, or that the Go corpus cannot
// observe (the stack moving under a native, preemption, blocking, trace positions).
#include <doctest/doctest.h>

#include <string>

#include "core/scheduler.h"
#include "lang/driver.h"
#include "lang/vm.h"

using namespace chanscope;

namespace {

struct Run {
  std::string out, err;
  core::Outcome outcome;
  std::string trace;
};

Run RunSource(std::string_view source, core::Config config = {}) {
  std::unique_ptr<lang::Build> build = lang::BuildProgram("prog.go", source);
  REQUIRE(build->program() != nullptr);
  core::Scheduler sched(config);
  Run r;
  sched.output = [&](int stream, std::string_view t) { (stream == 1 ? r.out : r.err) += t; };
  lang::Vm vm(*build->program(), sched);
  vm.Start();
  r.outcome = sched.Run();
  r.trace = core::FormatTrace(sched.trace());
  return r;
}

}  // namespace

TEST_SUITE("lang.nested_call") {
  TEST_CASE("a String method that blocks ends the run with chanscope's unsupported message") {
    Run r = RunSource(R"(package main

import "fmt"

type Waiter struct{ ch chan string }

func (w Waiter) String() string { return <-w.ch }

func main() {
	w := Waiter{make(chan string)}
	go func() { w.ch <- "late" }()
	fmt.Println("before")
	fmt.Println(w)
	fmt.Println("never")
}
)");
    CHECK(r.out == "before\n");
    CHECK(r.outcome.report.find(
              "fatal error: chanscope: unsupported: blocking operation inside a String or Error method") !=
          std::string::npos);
    CHECK(r.outcome.exit_code == 2);
  }

  TEST_CASE("a String method that does not block may use channels and mutexes") {
    Run r = RunSource(R"(package main

import (
	"fmt"
	"sync"
)

type Box struct {
	mu *sync.Mutex
	ch chan int
}

func (b Box) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ch <- 7
	return fmt.Sprint("box ", <-b.ch)
}

func main() {
	fmt.Println(Box{&sync.Mutex{}, make(chan int, 1)})
}
)");
    CHECK(r.out == "box 7\n");
    CHECK(r.outcome.exit_code == 0);
  }

  TEST_CASE("a long-running String method is not preempted away from its native caller") {
    Run r = RunSource(R"(package main

import "fmt"

type Sum int

func (n Sum) String() string {
	total := 0
	for i := 0; i < int(n); i++ {
		total += i
	}
	return fmt.Sprint(total)
}

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("other", i)
		}
		done <- true
	}()
	fmt.Printf("%v|%d\n", Sum(200000), 42)
	<-done
}
)");
    // The other goroutine's lines never land inside the Printf line.
    CHECK(r.out.find("19999900000|42\n") != std::string::npos);
    CHECK(r.out.find("other 2\n") != std::string::npos);
  }

  TEST_CASE("a String method that grows the stack leaves the native's arguments intact") {
    Run r = RunSource(R"(package main

import "fmt"

type Deep int

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func (d Deep) String() string { return fmt.Sprint("deep ", depth(int(d))) }

func main() {
	s := fmt.Sprintf("%v %s %d", Deep(50000), "tail", 9)
	fmt.Println(s, len(s))
}
)");
    CHECK(r.out == "deep 50000 tail 9 17\n");
  }

  TEST_CASE("a panicking Error method inside a deferred call leaves the recovered panic alone") {
    Run r = RunSource(R"(package main

import "fmt"

type Bad struct{}

func (Bad) Error() string { panic("inner") }

func main() {
	defer func() {
		r := recover()
		fmt.Println(Bad{})
		fmt.Println("recovered:", r)
	}()
	panic("outer")
}
)");
    CHECK(r.out == "%!v(PANIC=Error method: inner)\nrecovered: outer\n");
    CHECK(r.outcome.exit_code == 0);
  }

  TEST_CASE("a native method called through an interface is traced at the caller's line") {
    Run r = RunSource("package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n"
                      "\tvar l sync.Locker = &mu\n\tl.Lock()\n\tl.Unlock()\n}\n");
    CHECK(r.trace.find("mutex.lock obj=1 @prog.go:8") != std::string::npos);
    CHECK(r.trace.find("mutex.unlock obj=1 @prog.go:9") != std::string::npos);
  }

  TEST_CASE("what fmt prints after calling a String method is traced at the Println's line") {
    Run r = RunSource("package main\n\nimport \"fmt\"\n\ntype T int\n\n"
                      "func (T) String() string {\n\tch := make(chan int, 1)\n\tch <- 1\n\treturn \"t\"\n}\n\n"
                      "func main() {\n\tfmt.Println(T(1))\n}\n");
    CHECK(r.out == "t\n");
    CHECK(r.trace.find("chan.send obj=1 val=1 msg=1 arg=1 @prog.go:9") != std::string::npos);
    CHECK(r.trace.find("print arg=1 text=\"t\\n\" @prog.go:14") != std::string::npos);  // not line 9
  }
}
