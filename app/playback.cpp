// Playback: runs the program on the kernel, re-runs it for time travel, and builds the models.
#include "playback.h"

#include <algorithm>
#include <cstdio>

#include "core/trace.h"
#include "lang/line_stops.h"

namespace chanscope {
namespace {

// StepLine gives up after this many events without the goroutine followed reaching a new line
// (it is blocked while others run on).
constexpr std::uint64_t kStepLineLimit = 100'000;

// A program that never ends, played as fast as possible, makes a million events a second and
// every one is kept (trace, timeline): about 200 bytes each (7.7M events: 1.5 GB of RSS).
// Unless the caller set a limit, the run stops here with the kernel's "step limit" outcome:
// about 1 GB at most, on a classroom laptop too, and re-runs of a few seconds at most. The
// lessons need under 100,000.
constexpr std::uint64_t kDefaultMaxSteps = 5'000'000;

core::Config WithStepLimit(core::Config config) {
  if (config.max_steps == 0) config.max_steps = kDefaultMaxSteps;
  return config;
}

}  // namespace

Playback::Playback(core::Config config) : config_(WithStepLimit(config)) { StartRun(); }

Playback::Playback(core::Config config, const std::string& file_name, const std::string& source,
                   lang::VmLimits limits)
    : config_(WithStepLimit(config)),
      file_name_(file_name),
      build_(lang::BuildProgram(file_name, source)),
      limits_(limits) {
  StartRun();
}

void Playback::StartRun() {
  vm_.reset();     // the VM's channels unregister from the scheduler that is still there
  sched_.reset();  // the old run's goroutines refer to the old names; drop them first
  channel_names_.clear();
  output_.clear();
  builder_.Reset();
  stage_valid_ = false;
  pending_choice_.reset();
  line_stop_.reset();
  sched_ = std::make_unique<core::Scheduler>(config_);
  sched_->output = [this](int, std::string_view text) { output_ += text; };
  sched_->SetDecisionLog(log_);
  if (!build_) {
    demo::StartPingPong(*sched_, &channel_names_);
  } else if (build_->program()) {
    vm_ = std::make_unique<lang::Vm>(*build_->program(), *sched_, limits_);
    vm_->Start();
  } else {
    // Compile errors, as go build prints them; nothing runs.
    for (const lang::Diagnostic& d : build_->diagnostics) output_ += d.Format() + "\n";
  }
}

void Playback::Restart() { StartRun(); }

void Playback::SetConfig(core::Config config) {
  config_ = WithStepLimit(config);
  log_.clear();
  timeline_.Reset();
  StartRun();
}

bool Playback::RunTo(std::uint64_t step, bool at_breakpoints, std::int64_t stepping) {
  line_stop_.reset();
  if (!compiled() || sched_->finished()) return false;
  const std::size_t known = log_.size();  // decisions up to here are replays, not new
  if (vm_) vm_->SetStopping(at_breakpoints, stepping);
  sched_->PauseAtStep(step);
  sched_->Run();
  if (vm_) line_stop_ = vm_->TakeLineStop();
  AfterRun(known);
  return line_stop_.has_value();
}

void Playback::AfterRun(std::size_t known_decisions) {
  stage_valid_ = false;
  const auto& decisions = sched_->decisions();
  // Remember every decision, so a re-run repeats this run exactly.
  if (decisions.size() > log_.size()) log_ = decisions;
  if (sched_->trace().events.size() > timeline_.end_step()) timeline_.Append(sched_->trace());
  // Under the manual policy a new decision paused the run: the learner is to choose.
  pending_choice_.reset();
  if (config_.policy == core::Policy::kManual && decisions.size() > known_decisions)
    pending_choice_ = ChoiceAt(decisions.size() - 1);
}

bool Playback::Advance(std::uint64_t events) {
  pending_choice_.reset();
  if (!compiled()) return false;
  return RunTo(sched_->step() + events, true);
}

bool Playback::StepLine() {
  pending_choice_.reset();
  if (!vm_) return Advance(1);  // the C++ demo has no lines to stop at: one event
  // Follow the goroutine stopped at a line, else the last event's; if that one has ended,
  // whichever runs next.
  std::int64_t g = line_stop_ ? line_stop_->g : 0;
  const auto& events = sched_->trace().events;
  if (!g && !events.empty()) g = events.back().g;
  const GoroutineCard* card = stage().FindGoroutine(g);
  const bool alive = card && card->state != GoState::kFinished;
  PlaceLineStops(true);
  const bool stopped = RunTo(sched_->step() + kStepLineLimit, true, alive ? g : lang::Vm::kAnyGoroutine);
  PlaceLineStops(false);
  return stopped;
}

void Playback::PlaceLineStops(bool every_line) {
  if (build_ && build_->program())
    lang::SetLineStops(*build_->mutable_program(), file_name_, breakpoints_, every_line);
}

void Playback::SeekToStep(std::uint64_t step) {
  // Stopped at a line, the state is past `step` events: re-run to be exactly there.
  if (step >= sched_->step() && !(line_stop_ && step == sched_->step())) {
    if (step > sched_->step()) RunTo(step);
    return;
  }
  StartRun();
  RunTo(step);
}

void Playback::StepBack(std::uint64_t events) {
  SeekToStep(sched_->step() - std::min(events, sched_->step()));
}

void Playback::SeekToTime(std::int64_t t) { SeekToStep(timeline_.StepAtTime(t)); }

void Playback::ToggleBreakpoint(std::int32_t line) {
  if (build_ && build_->program())
    line = lang::LineWithCode(*build_->program(), file_name_, line);
  if (line <= 0) return;
  if (!breakpoints_.erase(line)) breakpoints_.insert(line);
  PlaceLineStops(false);
}

std::optional<ManualChoice> Playback::ChoiceAt(std::size_t index) const {
  const core::Decision& d = sched_->decisions()[index];
  if (sched_->finished() || d.kind == core::DecisionKind::kSteal) return std::nullopt;
  ManualChoice choice{index, d.kind, d.options, d.chosen, {}, 0};
  // The goroutine that took the chosen option is the one running now.
  std::int64_t running = 0;
  sched_->ForEachG([&running](const core::G& g) {
    if (g.status == core::GStatus::kRunning) running = g.id;
  });
  if (d.kind == core::DecisionKind::kSelectCase) {
    choice.selecting = running;
    return choice;
  }
  // The options in the order the policy listed them: each lane's runnext and local queue,
  // then the global queue, with the chosen goroutine (taken out to run) at its index.
  for (const core::Processor& p : sched_->processors()) {
    if (p.runnext) choice.goroutines.push_back(p.runnext->id);
    for (const core::G* g : p.local) choice.goroutines.push_back(g->id);
  }
  for (const core::G* g : sched_->GlobalQueue()) choice.goroutines.push_back(g->id);
  choice.goroutines.insert(
      choice.goroutines.begin() + std::min<std::size_t>(d.chosen, choice.goroutines.size()),
      running);
  return choice;
}

void Playback::Choose(std::uint32_t option) {
  if (!pending_choice_ || option >= pending_choice_->options) return;
  const std::size_t index = pending_choice_->index;
  const std::uint64_t here = sched_->step();
  log_.resize(index + 1);
  log_[index].chosen = option;
  timeline_.Reset();  // the future after this choice is a different one
  StartRun();
  RunTo(here);
  // Still due: the learner may change their mind until the run goes on.
  if (index < sched_->decisions().size()) pending_choice_ = ChoiceAt(index);
}

const StageModel& Playback::stage() const {
  if (!stage_valid_) {
    StageSources sources;
    sources.vm = vm_.get();
    sources.channel_names = &channel_names_;
    sources.detailed = &detailed_;
    builder_.Build(*sched_, sources);
    stage_valid_ = true;
    ++stage_version_;
  }
  return builder_.model();
}

void Playback::SetDetailed(std::vector<std::int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids == detailed_) return;
  detailed_ = std::move(ids);
  stage_valid_ = false;
}

std::vector<std::string> Playback::RecentEvents(std::size_t count) const {
  const core::Trace& trace = sched_->trace();
  const std::size_t first = trace.events.size() > count ? trace.events.size() - count : 0;
  std::vector<std::string> lines;
  for (std::size_t i = first; i < trace.events.size(); ++i)
    lines.push_back(core::FormatEvent(trace, trace.events[i]));
  return lines;
}

std::string FormatClock(std::int64_t ns_since_start) {
  constexpr std::int64_t kStartSecondOfDay = 23 * 3600;  // the Playground's 23:00:00 UTC
  const std::int64_t seconds = kStartSecondOfDay + ns_since_start / 1'000'000'000;
  const std::int64_t millis = (ns_since_start / 1'000'000) % 1000;
  char text[48];
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld.%03lld",
                static_cast<long long>(seconds / 3600 % 24),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60),
                static_cast<long long>(millis));
  return text;
}

}  // namespace chanscope
