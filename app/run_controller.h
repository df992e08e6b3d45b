// Runs the program shown in the GUI: builds it, plays it in bounded slices per frame so the
// window never freezes, steps, restarts, stops at breakpoints, and feeds the console. No ImGui.
#pragma once

#include <chrono>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "console_log.h"
#include "core/scheduler.h"
#include "lang/diagnostic.h"
#include "playback.h"

namespace chanscope {

// Where a live goroutine is in the program shown, for the code panel's markers.
struct GoroutineAt {
  std::int64_t id = 0;
  int line = 0;
  GoState state = GoState::kRunnable;
  int colour = 0;  // the goroutine's own colour, the same in every view
};

class RunController {
 public:
  static constexpr double kMinEventsPerSecond = 0.5;
  static constexpr double kMaxEventsPerSecond = 2000.0;  // above this: "as fast as possible"
  // The longest a frame may spend running the program, so drawing keeps its share of 16 ms.
  static constexpr std::chrono::microseconds kFrameBudget{8000};
  // At full speed a frame aims at 60 Hz: the run gets what drawing the last frame left of
  // kFramePeriod, between kMinBudget and the budget asked for, so a slow renderer (software
  // OpenGL) costs the run speed rather than the window its frame rate.
  static constexpr std::chrono::microseconds kFramePeriod{14000};
  static constexpr std::chrono::microseconds kMinBudget{2000};

  explicit RunController(ConsoleLog& console) : console_(console) {}

  // Builds `source` (named `file_name` in diagnostics and dumps) and starts a fresh run. An
  // edit of the same document keeps its breakpoints; another document starts without.
  enum class Breakpoints { kKeep, kClear };
  void Load(std::string file_name, std::string source, core::Config config,
            Breakpoints breakpoints = Breakpoints::kClear);
  // Same program, new settings (seed, procs, policy): a fresh run.
  void Reconfigure(core::Config config);
  void Restart();

  void SetPlaying(bool playing) { playing_ = playing && !finished(); }
  bool playing() const { return playing_; }
  // Advances `events` events now (paused afterwards).
  void Step(std::uint64_t events = 1);
  // Runs until the goroutine followed starts another line (see Playback::StepLine).
  void StepLine();
  // Goes back one event (from a line stop: to the event before it): a fresh run to the earlier
  // step (the run is deterministic).
  void StepBack();
  // Plays `seconds` of wall time at the current speed, never for longer than `budget`.
  void Update(double seconds, std::chrono::microseconds budget = kFrameBudget);

  // Goes to the state after `step` events (the timeline's time travel): exact, by re-running.
  void SeekTo(std::uint64_t step);
  // Manual policy: takes option `option` of the choice due (the run is re-run to here).
  void Choose(std::uint32_t option);

  // Events per second while playing; at kMaxEventsPerSecond or above, as many as fit the budget.
  static constexpr double kDefaultEventsPerSecond = 8.0;
  double events_per_second = kDefaultEventsPerSecond;
  bool fastest() const { return events_per_second >= kMaxEventsPerSecond; }

  // Breakpoints by source line: playing stops before a goroutine runs such a line.
  void ToggleBreakpoint(std::int32_t line);
  const std::set<std::int32_t>& breakpoints() const { return playback_->breakpoints(); }

  bool loaded() const { return playback_ != nullptr; }  // false until the first Load
  bool compiled() const { return diagnostics_.empty(); }
  const std::vector<lang::Diagnostic>& diagnostics() const { return diagnostics_; }
  bool finished() const { return playback_ && playback_->finished(); }
  // True once a run of this program reached its end (the lesson's question is then answered).
  bool ran_to_end() const { return ran_to_end_; }
  std::uint64_t runs_finished() const { return runs_finished_; }
  const std::string& file_name() const { return file_name_; }
  const core::Config& config() const { return config_; }
  const Playback& playback() const { return *playback_; }
  Playback& playback() { return *playback_; }
  // The line the run is at, for the code panel's marker: where it stopped before a line, else
  // the newest event's line; 0 when none has a line.
  int CurrentLine() const;
  // Every live goroutine's innermost line in this program's file (goroutines inside library
  // code show at the line that called into it).
  std::vector<GoroutineAt> GoroutineLines() const;

 private:
  void AfterAdvance();  // console output and the outcome
  void ReportOutcome();
  void ResetConsole();

  ConsoleLog& console_;
  std::string file_name_;
  std::string source_;
  core::Config config_;
  std::unique_ptr<Playback> playback_;
  std::vector<lang::Diagnostic> diagnostics_;
  bool playing_ = false;
  bool ran_to_end_ = false;
  bool outcome_reported_ = false;
  std::uint64_t runs_finished_ = 0;
  double pending_events_ = 0;     // fractional events carried to the next frame
  double micros_per_event_ = 50;  // measured cost of one event, sizing the next slice
  std::uint64_t last_slice_ = 0;  // events in the last slice (the next is at most double)
  std::chrono::steady_clock::time_point last_update_{};  // when the last Update began
  std::chrono::steady_clock::duration last_spent_{};     // ... and how long it ran the program
  std::size_t events_checked_ = 0;   // trace events already read for printed output
};

}  // namespace chanscope
