// parallel.test.cpp — CPU-bound goroutines spread over GOMAXPROCS lanes in virtual time:
// the concurrency-versus-parallelism lesson depends on the speed-up being real.
#include <doctest/doctest.h>

#include <string>

#include "core/scheduler.h"
#include "lang/driver.h"
#include "lang/vm.h"

using namespace chanscope;

namespace {

// Four goroutines each summing 20,000 numbers: long enough to be preempted many times.
constexpr const char* kCrunch = R"(package main

import "sync"

func crunch(wg *sync.WaitGroup) {
	sum := 0
	for i := 0; i < 20000; i++ {
		sum += i
	}
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go crunch(&wg)
	}
	wg.Wait()
}
)";

// Virtual nanoseconds the program takes on `procs` lanes.
int64_t VirtualDuration(int procs) {
  auto build = lang::BuildProgram("crunch.go", kCrunch);
  REQUIRE(build->program());
  core::Config config;
  config.procs = procs;
  core::Scheduler sched(config);
  lang::Vm vm(*build->program(), sched);
  vm.Start();
  const core::Outcome& outcome = sched.Run();
  REQUIRE(outcome.exit_code == 0);
  return sched.Now();
}

}  // namespace

TEST_SUITE("parallel") {
  TEST_CASE("four CPU-bound goroutines finish about four times sooner on four lanes") {
    int64_t one = VirtualDuration(1), two = VirtualDuration(2), four = VirtualDuration(4);
    CHECK(static_cast<double>(one) / two >= 1.9);
    CHECK(static_cast<double>(one) / four >= 3.3);
    CHECK(static_cast<double>(one) / four <= 4.0);
  }
}
