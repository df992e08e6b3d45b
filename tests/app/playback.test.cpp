// playback.test.cpp — the GUI's model of a run, without a window: stepping, the rows the
// views draw, restarting, and the clock text.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "playback.h"

using chanscope::ChannelCard;
using chanscope::GoroutineCard;
using chanscope::GoState;
using chanscope::Playback;
namespace core = chanscope::core;

namespace {

constexpr std::uint64_t kPlentyOfEvents = 100'000;

core::Config DemoConfig(std::uint64_t seed = 1, int procs = 1) {
  core::Config config;
  config.seed = seed;
  config.procs = procs;
  config.check_invariants = true;
  return config;
}

const GoroutineCard* FindG(const Playback& p, std::int64_t id) {
  return p.stage().FindGoroutine(id);
}

const ChannelCard* FindChannel(const std::vector<ChannelCard>& rows, const std::string& name) {
  for (const ChannelCard& row : rows)
    if (row.name == name) return &row;
  return nullptr;
}

std::string ExpectedScore() {
  std::string out;
  for (int hit = 1; hit <= 9; ++hit) out += " hits " + std::to_string(hit) + "\n";
  return out;
}

// The output without the player names: " hits 1\n hits 2\n ... game over after 9 hits\n".
std::string StripNames(const std::string& output) {
  std::string out;
  std::size_t start = 0;
  while (start < output.size()) {
    std::size_t end = output.find('\n', start) + 1;
    std::string line = output.substr(start, end - start);
    if (std::size_t at = line.find(" hits "); at != std::string::npos && line.rfind("game", 0))
      line.erase(0, at);
    out += line;
    start = end;
  }
  return out;
}

}  // namespace

TEST_SUITE("playback") {
  TEST_CASE("before the first step only main exists, runnable") {
    Playback p(DemoConfig());
    CHECK(p.step() <= 1);
    CHECK_FALSE(p.finished());
    REQUIRE(p.stage().goroutines.size() == 1);
    CHECK(p.stage().goroutines[0].id == 1);
    CHECK(p.stage().goroutines[0].function == "main.main");
    CHECK(p.stage().goroutines[0].state == GoState::kRunnable);
    CHECK(p.output().empty());
  }

  TEST_CASE("Advance adds at least the events asked for") {
    Playback p(DemoConfig());
    p.Advance(5);
    CHECK(p.step() >= 5);
    const std::uint64_t before = p.step();
    p.Advance(3);
    CHECK(p.step() >= before + 3);
  }

  TEST_CASE("the demo plays nine hits, ends with main returning, and keeps dead goroutines") {
    Playback p(DemoConfig());
    p.Advance(kPlentyOfEvents);
    REQUIRE(p.finished());
    CHECK(p.outcome().state == core::RunState::kExited);
    CHECK(p.outcome().exit_code == 0);
    CHECK(StripNames(p.output()) == ExpectedScore() + "game over after 9 hits\n");
    CHECK(p.now() >= 800'000'000);  // eight 100 ms swings between nine hits

    const auto& all = p.stage().goroutines;
    REQUIRE(all.size() == 4);
    CHECK(FindG(p, 1)->state == GoState::kFinished);
    const auto players = std::vector<GoroutineCard>(all.begin() + 1, all.end());
    CHECK(std::count_if(players.begin(), players.end(), [](const GoroutineCard& g) {
            return g.state == GoState::kFinished;
          }) == 1);
    for (const GoroutineCard& g : players) {
      CHECK(g.function == "main.player");
      if (g.state == GoState::kFinished) continue;
      CHECK(g.state == GoState::kBlocked);
      CHECK(g.wait_reason == "chan receive");
      REQUIRE(p.stage().FindChannel(g.waiting_on));
      CHECK(p.stage().FindChannel(g.waiting_on)->name == "table");
    }
  }

  TEST_CASE("channel rows carry the program's names, capacities and queues") {
    Playback p(DemoConfig());
    p.Advance(kPlentyOfEvents);
    const std::vector<ChannelCard>& rows = p.stage().channels;
    const ChannelCard* table = FindChannel(rows, "table");
    const ChannelCard* done = FindChannel(rows, "done");
    REQUIRE(table);
    REQUIRE(done);
    CHECK(table->capacity == 0);
    CHECK(done->capacity == 1);
    CHECK(done->slots.empty());
    CHECK(table->sendq.empty());
    CHECK(table->recvq.size() == 2);  // the two players still waiting for the ball
    for (const auto& w : table->recvq) CHECK(FindG(p, w.g)->state == GoState::kBlocked);
  }

  TEST_CASE("the trace window holds the newest events, oldest first") {
    Playback p(DemoConfig());
    p.Advance(30);
    const std::vector<std::string> lines = p.RecentEvents(20);
    REQUIRE(lines.size() == 20);
    const std::uint64_t last = p.step() - 1;
    CHECK(lines.back().rfind(std::to_string(last) + " ", 0) == 0);
    CHECK(lines.front().rfind(std::to_string(last - 19) + " ", 0) == 0);
  }

  TEST_CASE("Restart replays the same run: same output, same trace") {
    Playback p(DemoConfig(7, 2));
    p.Advance(kPlentyOfEvents);
    const std::string output = p.output();
    const std::vector<std::string> tail = p.RecentEvents(50);
    const std::uint64_t steps = p.step();

    p.Restart();
    CHECK(p.output().empty());
    CHECK(p.stage().goroutines.size() == 1);
    p.Advance(kPlentyOfEvents);
    CHECK(p.output() == output);
    CHECK(p.RecentEvents(50) == tail);
    CHECK(p.step() == steps);
  }

  TEST_CASE("every seed and processor count plays the same game") {
    for (int procs : {1, 2, 4}) {
      for (std::uint64_t seed : {1, 2, 3, 42}) {
        CAPTURE(procs);
        CAPTURE(seed);
        Playback p(DemoConfig(seed, procs));
        p.Advance(kPlentyOfEvents);
        CHECK(p.outcome().state == core::RunState::kExited);
        CHECK(StripNames(p.output()) == ExpectedScore() + "game over after 9 hits\n");
      }
    }
  }

  TEST_CASE("the clock reads like the Go Playground's, starting at 23:00:00") {
    CHECK(chanscope::FormatClock(0) == "23:00:00.000");
    CHECK(chanscope::FormatClock(1'500'000'000) == "23:00:01.500");
    CHECK(chanscope::FormatClock(3'723'004'000'000) == "00:02:03.004");
  }
}
