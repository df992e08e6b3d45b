// The demo run the GUI shows: a scheduler advanced a few events at a time, and the plain facts
// the views draw (compute first, draw second). No ImGui here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/scheduler.h"
#include "demo_program.h"
#include "lang/driver.h"
#include "lang/vm.h"

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
  // The built-in C++ demo.
  explicit Playback(core::Config config);
  // A Go program; when it does not build, its diagnostics become the output and nothing runs.
  Playback(core::Config config, const std::string& file_name, const std::string& source);

  void Restart();
  // Runs until `events` more trace events exist or the program ends.
  void Advance(std::uint64_t events);

  bool finished() const { return sched_->finished(); }
  const core::Outcome& outcome() const { return sched_->outcome(); }
  const core::Config& config() const { return config_; }
  std::uint64_t step() const { return sched_->step(); }
  std::int64_t now() const { return sched_->Now(); }
  const std::string& output() const { return output_; }
  // The kernel, read-only: its trace and goroutines for views the rows above do not cover.
  const core::Scheduler& scheduler() const { return *sched_; }
  // Every goroutine seen in this run, by id; dead ones stay listed.
  const std::vector<GoroutineRow>& goroutines() const { return goroutines_; }

  std::vector<ChannelRow> Channels() const;
  // The last `count` trace events in the kernel's text form, oldest first.
  std::vector<std::string> RecentEvents(std::size_t count) const;

 private:
  void RefreshGoroutines();
  std::string ObjectName(std::uint32_t id) const;

  core::Config config_;
  std::unique_ptr<lang::Build> build_;  // the Go program, when there is one
  std::unique_ptr<core::Scheduler> sched_;
  // Declared after sched_ so it goes first: its channels unregister from the scheduler.
  std::unique_ptr<lang::Vm> vm_;
  demo::ChannelNames channel_names_;  // filled by the program as it makes channels
  std::vector<GoroutineRow> goroutines_;
  std::string output_;  // stdout and stderr of the program, interleaved as printed
};

// Virtual time as the program sees it: "23:00:00.300" on 2009-11-10 (UTC).
std::string FormatClock(std::int64_t ns_since_start);

}  // namespace chanscope
