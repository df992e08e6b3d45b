// RunController: the one place that advances the program, so every way of moving (play, step,
// step back, breakpoints) feeds the console and checks the outcome the same way.
#include "run_controller.h"

#include <algorithm>

#include "lang/driver.h"

namespace chanscope {
namespace {

using Clock = std::chrono::steady_clock;

// The words `go run` ends with, for the console's last line.
std::string OutcomeNote(const core::Outcome& outcome) {
  switch (outcome.state) {
    case core::RunState::kRunning: return {};
    case core::RunState::kStepLimit: return "stopped: step limit reached";
    default: return "exit status " + std::to_string(outcome.exit_code);
  }
}

}  // namespace

void RunController::Load(std::string file_name, std::string source, core::Config config,
                         Breakpoints breakpoints) {
  const std::set<std::int32_t> kept =
      playback_ && breakpoints == Breakpoints::kKeep ? playback_->breakpoints() : std::set<std::int32_t>{};
  file_name_ = std::move(file_name);
  source_ = std::move(source);
  config_ = config;
  // The diagnostics are kept apart for the code panel; Playback builds its own copy to run.
  diagnostics_ = lang::BuildProgram(file_name_, source_)->diagnostics;
  ran_to_end_ = false;
  playback_.reset();  // a new program, a new Playback (and its timeline)
  Restart();
  for (std::int32_t line : kept) playback_->ToggleBreakpoint(line);
}

void RunController::Reconfigure(core::Config config) {
  config_ = config;
  playback_->SetConfig(config_);
  playing_ = false;
  pending_events_ = 0;
  ResetConsole();
}

void RunController::Restart() {
  // A new program gets a new Playback; the same one keeps its explored timeline and decisions.
  if (!playback_) {
    playback_ = std::make_unique<Playback>(config_, file_name_, source_);
  } else {
    playback_->Restart();
  }
  playing_ = false;
  pending_events_ = 0;
  ResetConsole();
}

void RunController::ResetConsole() {
  console_.Clear();
  events_checked_ = 0;
  outcome_reported_ = false;
  for (const lang::Diagnostic& d : diagnostics_)
    console_.Append(ConsoleStream::kProblem, d.Format() + "\n");
  AfterAdvance();
}

void RunController::Step(std::uint64_t events) {
  playing_ = false;
  playback_->Advance(events);
  AfterAdvance();
}

void RunController::StepLine() {
  playing_ = false;
  playback_->StepLine();
  AfterAdvance();
}

void RunController::ToggleBreakpoint(std::int32_t line) { playback_->ToggleBreakpoint(line); }

void RunController::StepBack() {
  // Stopped before a line, one step back is the last event's moment, without the stop.
  if (playback_->line_stop()) return SeekTo(playback_->step());
  // Some steps cannot be paused at (a run's last events are recorded together): go back to
  // the nearest earlier step that can.
  const std::uint64_t from = playback_->step();
  for (std::uint64_t target = from; target > 0 && playback_->step() >= from;) SeekTo(--target);
}

void RunController::Choose(std::uint32_t option) {
  playback_->Choose(option);
  ResetConsole();  // the re-run with the new choice refills the console
  AfterAdvance();
}

void RunController::SeekTo(std::uint64_t step) {
  playing_ = false;
  const bool back = step < playback_->step();
  // Re-running to an earlier step gives exactly the state the program had then.
  playback_->SeekToStep(step);
  if (back) ResetConsole();  // the console is refilled from the re-run's trace
  AfterAdvance();
}

void RunController::Update(double seconds, std::chrono::microseconds budget) {
  const Clock::time_point start = Clock::now();
  if (!playing_) {
    last_update_ = {};
    return;
  }
  if (fastest() && last_update_ != Clock::time_point{}) {
    // Drawing took the last frame's period minus its run time; the run gets the rest.
    const auto drawing = (start - last_update_) - last_spent_;
    const auto left = std::chrono::duration_cast<std::chrono::microseconds>(kFramePeriod - drawing);
    budget = std::clamp(left, std::min(kMinBudget, budget), budget);
  }
  last_update_ = start;
  const Clock::time_point deadline = start + budget;
  pending_events_ += events_per_second * seconds;
  std::uint64_t want = fastest() ? UINT64_MAX : static_cast<std::uint64_t>(pending_events_);
  pending_events_ -= fastest() ? pending_events_ : static_cast<double>(want);
  // Each slice is sized from the measured cost of an event to end by the deadline.
  for (Clock::time_point now = Clock::now(); want > 0 && now < deadline; now = Clock::now()) {
    if (!compiled() || finished()) break;
    const double fit = std::chrono::duration<double, std::micro>(deadline - now).count() /
                       std::max(0.01, micros_per_event_);
    // Never more than double the last slice: the cost of an event can jump (a goroutine bomb).
    const std::uint64_t slice = std::clamp<std::uint64_t>(
        std::min(static_cast<std::uint64_t>(fit), 2 * last_slice_ + 16), 1, want);
    last_slice_ = slice;
    const std::uint64_t before = playback_->step();
    const bool at_breakpoint = playback_->Advance(slice);
    const std::uint64_t done = std::max<std::uint64_t>(1, playback_->step() - before);
    const double spent = std::chrono::duration<double, std::micro>(Clock::now() - now).count();
    micros_per_event_ = 0.7 * micros_per_event_ + 0.3 * (spent / static_cast<double>(done));
    want -= std::min(want, done);
    // A breakpoint, or (manual policy) a choice the learner makes before the run goes on.
    if (at_breakpoint || playback_->pending_choice()) {
      playing_ = false;
      break;
    }
  }
  last_spent_ = Clock::now() - start;
  AfterAdvance();
}

void RunController::AfterAdvance() {
  const core::Trace& trace = playback_->scheduler().trace();
  // Program output comes from the trace's print events, which know stdout from stderr.
  for (; events_checked_ < trace.events.size(); ++events_checked_) {
    const core::Event& e = trace.events[events_checked_];
    if (e.kind != core::EventKind::kPrint) continue;
    console_.Append(e.arg == 2 ? ConsoleStream::kStderr : ConsoleStream::kStdout,
                    trace.texts[e.text]);
  }
  if (finished()) {
    playing_ = false;
    if (!outcome_reported_) ReportOutcome();
  }
}

void RunController::ReportOutcome() {
  outcome_reported_ = true;
  ran_to_end_ = true;
  ++runs_finished_;
  const core::Outcome& outcome = playback_->outcome();
  if (!outcome.report.empty()) {
    const std::string_view report = outcome.report;
    const std::size_t newline = report.find('\n');
    console_.Append(ConsoleStream::kProblem, report.substr(0, newline + 1));
    if (newline != std::string_view::npos)
      console_.Append(ConsoleStream::kStderr, report.substr(newline + 1));
  }
  console_.Append(ConsoleStream::kNote, OutcomeNote(outcome) + "\n");
}

int RunController::CurrentLine() const {
  if (const auto& stop = playback_->line_stop()) return stop->line;  // about to run there
  const auto& events = playback_->scheduler().trace().events;
  for (auto it = events.rbegin(); it != events.rend() && it - events.rbegin() < 64; ++it)
    if (it->pos.line > 0) return it->pos.line;
  return 0;
}

std::vector<GoroutineAt> RunController::GoroutineLines() const {
  std::vector<GoroutineAt> lines;
  for (const GoroutineCard& g : playback_->stage().goroutines) {
    if (g.state == GoState::kFinished) continue;
    // The innermost frame in this program's file: library code shows at the line calling it.
    for (const lang::FrameView& frame : g.stack) {
      if (frame.line <= 0 || frame.file != file_name_) continue;
      lines.push_back(GoroutineAt{g.id, frame.line, g.state, g.colour});
      break;
    }
  }
  return lines;
}

}  // namespace chanscope
