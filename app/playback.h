// The demo run the GUI shows: a scheduler advanced a few events at a time, and the plain facts
// the views draw (compute first, draw second). No ImGui here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/scheduler.h"
#include "demo_program.h"

namespace chanscope {

struct GoroutineRow {
  std::int64_t id = 0;
  std::string function;  // entry function, e.g. "main.player"
  core::GStatus status = core::GStatus::kRunnable;
  std::string wait_reason;  // Go's words ("chan receive"); empty unless waiting
  std::string waiting_on;   // the object it waits on ("table"); empty when none
};

struct ChannelRow {
  std::uint32_t id = 0;
  std::string name;  // the program's name for it, or "chan #id"
  std::uint32_t capacity = 0;
  bool closed = false;
  std::vector<std::int64_t> buffered;   // values in the buffer, oldest first
  std::vector<std::int64_t> senders;    // goroutine ids in sendq, first to be served first
  std::vector<std::int64_t> receivers;  // goroutine ids in recvq, first to be served first
};

class Playback {
 public:
  explicit Playback(core::Config config);

  void Restart();
  // Runs until `events` more trace events exist or the program ends.
  void Advance(std::uint64_t events);

  bool finished() const { return sched_->finished(); }
  const core::Outcome& outcome() const { return sched_->outcome(); }
  const core::Config& config() const { return config_; }
  std::uint64_t step() const { return sched_->step(); }
  std::int64_t now() const { return sched_->Now(); }
  const std::string& output() const { return output_; }
  // Every goroutine seen in this run, by id; dead ones stay listed.
  const std::vector<GoroutineRow>& goroutines() const { return goroutines_; }

  std::vector<ChannelRow> Channels() const;
  // The last `count` trace events in the kernel's text form, oldest first.
  std::vector<std::string> RecentEvents(std::size_t count) const;

 private:
  void RefreshGoroutines();
  std::string ObjectName(std::uint32_t id) const;

  core::Config config_;
  std::unique_ptr<core::Scheduler> sched_;
  demo::ChannelNames channel_names_;  // filled by the program as it makes channels
  std::vector<GoroutineRow> goroutines_;
  std::string output_;  // stdout and stderr of the program, interleaved as printed
};

// Virtual time as the program sees it: "23:00:00.300" on 2009-11-10 (UTC).
std::string FormatClock(std::int64_t ns_since_start);

}  // namespace chanscope
