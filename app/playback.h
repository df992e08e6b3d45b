// The playback controller: one run of a program (the built-in demo or a Go file) that can be
// advanced, stepped by line, stepped back and sought to any step or virtual time, with
// breakpoints and the manual scheduling policy. It hands the views plain models (compute
// first, draw second). No ImGui here.
//
// Time travel is re-running: (program, Config, decision log) determine the run, so the state
// at step N is what a fresh run paused at step N holds — exact, locals and buffers included.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/scheduler.h"
#include "demo_program.h"
#include "lang/driver.h"
#include "lang/vm.h"
#include "stage_model.h"
#include "timeline_model.h"

namespace chanscope {

// A choice the learner makes under the manual policy: which runnable goroutine runs next, or
// which of several ready select cases fires. The run is paused right after the scheduler took
// option `chosen` provisionally; Playback::Choose takes another instead.
struct ManualChoice {
  std::size_t index = 0;  // in the run's decision log
  core::DecisionKind kind = core::DecisionKind::kRunG;
  std::uint32_t options = 0;
  std::uint32_t chosen = 0;
  std::vector<std::int64_t> goroutines;  // kRunG: the goroutine each option runs
  std::int64_t selecting = 0;            // kSelectCase: the goroutine in the select
};

class Playback {
 public:
  // The built-in C++ demo.
  explicit Playback(core::Config config);
  // A Go program; when it does not build, its diagnostics become the output and nothing runs.
  Playback(core::Config config, const std::string& file_name, const std::string& source);
  // The scheduler's output sink points back here: not copyable, not movable.
  Playback(const Playback&) = delete;
  Playback& operator=(const Playback&) = delete;

  // ---- Controls ----
  // Back to step 0 with the same configuration and decisions.
  void Restart();
  // Runs until `events` more trace events exist, the program ends, a goroutine reaches a
  // breakpoint's line or (manual policy) a choice is due. True when a breakpoint stopped it.
  bool Advance(std::uint64_t events);
  // Runs until the goroutine followed (the one stopped at a line, else the one of the last
  // event) starts another line, or a breakpoint stops the run. True when it stopped at a line.
  bool StepLine();
  // Re-runs to `events` events before the current step.
  void StepBack(std::uint64_t events = 1);
  // The state after `step` events (forward by running on, backward by re-running).
  void SeekToStep(std::uint64_t step);
  // The state once virtual time `t` is reached, as far as the run has been explored.
  void SeekToTime(std::int64_t t);
  // A new seed, GOMAXPROCS or policy: forgets the decisions and restarts.
  void SetConfig(core::Config config);

  // Breakpoints by source line: a goroutine about to run such a line stops the run before it
  // does (the stop comes between events: step() stays). A line without code gives its
  // breakpoint to the next line with code.
  void ToggleBreakpoint(std::int32_t line);
  const std::set<std::int32_t>& breakpoints() const { return breakpoints_; }
  // Where the run is stopped between events (a breakpoint, a step to the next line), if it is.
  const std::optional<lang::Vm::LineStop>& line_stop() const { return line_stop_; }

  // The choice due under the manual policy, if the run is paused at one.
  const std::optional<ManualChoice>& pending_choice() const { return pending_choice_; }
  // Takes option `option` of the pending choice instead (re-runs to the same step).
  void Choose(std::uint32_t option);

  // ---- State ----
  bool compiled() const { return !build_ || build_->program(); }
  bool finished() const { return sched_->finished(); }
  const core::Outcome& outcome() const { return sched_->outcome(); }
  const core::Config& config() const { return config_; }
  std::uint64_t step() const { return sched_->step(); }
  std::int64_t now() const { return sched_->Now(); }
  const std::string& output() const { return output_; }
  const core::Trace& trace() const { return sched_->trace(); }
  const core::Scheduler& scheduler() const { return *sched_; }
  // The stage at the current step (built on first use after each change).
  const StageModel& stage() const;
  // The run as far as it has been explored (it may extend past the current step).
  const TimelineModel& timeline() const { return timeline_; }
  // The last `count` trace events in the kernel's text form, oldest first.
  std::vector<std::string> RecentEvents(std::size_t count) const;

 private:
  void StartRun();
  // One Run of the scheduler, pausing at `step`, or earlier at the line stops asked for
  // (breakpoints; a goroutine to follow to its next line). True when a line stop paused it.
  bool RunTo(std::uint64_t step, bool at_breakpoints = false, std::int64_t stepping = 0);
  void AfterRun(std::size_t known_decisions);
  void PlaceLineStops(bool every_line);
  // The learner's view of decision `index`, made just now.
  std::optional<ManualChoice> ChoiceAt(std::size_t index) const;

  core::Config config_;
  std::string file_name_;               // the Go program's, for its line stops
  std::unique_ptr<lang::Build> build_;  // the Go program, when there is one
  std::unique_ptr<core::Scheduler> sched_;
  // Declared after sched_ so it goes first: its channels unregister from the scheduler.
  std::unique_ptr<lang::Vm> vm_;
  demo::ChannelNames channel_names_;  // filled by the demo as it makes channels
  std::vector<core::Decision> log_;   // decisions replayed by every re-run
  std::set<std::int32_t> breakpoints_;
  std::optional<lang::Vm::LineStop> line_stop_;
  std::optional<ManualChoice> pending_choice_;
  std::string output_;  // stdout and stderr of the program, interleaved as printed
  TimelineModel timeline_;
  // The stage cache: rebuilt when the step (or the run) changed.
  mutable StageBuilder builder_;
  mutable StageModel stage_;
  mutable bool stage_valid_ = false;
};

// Virtual time as the program sees it: "23:00:00.300" on 2009-11-10 (UTC).
std::string FormatClock(std::int64_t ns_since_start);

}  // namespace chanscope
