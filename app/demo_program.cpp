// Ping-pong as C++ coroutines on the kernel: main serves one ball to three players who hit it
// back and forth over one shared, unbuffered table; the ninth hit ends the game.
#include "demo_program.h"

#include "core/task.h"

namespace chanscope::demo {

const std::string_view kPingPongGoSource = R"(package main

import (
	"fmt"
	"time"
)

func player(name string, table chan int, done chan<- int) {
	for {
		ball := <-table // wait for the ball
		ball++
		fmt.Println(name, "hits", ball)
		if ball == 9 {
			done <- ball // game point: leave the table
			return
		}
		time.Sleep(100 * time.Millisecond)
		table <- ball // hit it back
	}
}

func main() {
	table := make(chan int)
	done := make(chan int, 1)
	go player("ping", table, done)
	go player("pong", table, done)
	go player("pang", table, done)
	table <- 0 // serve
	hits := <-done
	fmt.Println("game over after", hits, "hits")
}
)";

namespace {

using core::Task;
namespace co = core::co;

constexpr std::int64_t kLastHit = 9;
constexpr std::int64_t kSwing = 100'000'000;  // 100 ms of virtual time between hits

// Parameters are copied into the coroutine frame; `name` points at a string literal.
Task Player(const char* name, co::Chan table, co::Chan done) {
  for (;;) {
    std::int64_t ball = (co_await table.Recv()).AsInt();  // wait for the ball
    ++ball;
    co::Print(std::string(name) + " hits " + std::to_string(ball) + "\n");
    if (ball == kLastHit) {
      co_await done.Send(ball);  // game point: leave the table
      co_return;
    }
    co_await co::Sleep(kSwing);
    co_await table.Send(ball);  // hit it back; the longest waiter gets it
  }
}

Task Main(ChannelNames* names) {
  co::Chan table = co::MakeChan();
  co::Chan done = co::MakeChan(1);
  (*names)[table.get()->id()] = "table";
  (*names)[done.get()->id()] = "done";
  co::Go(Player("ping", table, done), "main.player");
  co::Go(Player("pong", table, done), "main.player");
  co::Go(Player("pang", table, done), "main.player");
  co_await table.Send(0);  // serve
  const std::int64_t hits = (co_await done.Recv()).AsInt();
  co::Print("game over after " + std::to_string(hits) + " hits\n");
}

}  // namespace

void StartPingPong(core::Scheduler& sched, ChannelNames* names) {
  co::Go(sched, Main(names), "main.main");
}

}  // namespace chanscope::demo
