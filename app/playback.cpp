// Playback: runs the program on the kernel, re-runs it for time travel, and builds the models.
#include "playback.h"

#include <algorithm>
#include <cstdio>

#include "core/trace.h"

namespace chanscope {
namespace {

// StepLine gives up after this many events on one line (a goroutine spinning on it).
constexpr std::uint64_t kStepLineLimit = 100'000;

// A program that never ends, played as fast as possible, makes millions of events a second and
// every one is kept (trace, timeline). Unless the caller set a limit, the run stops here with
// the kernel's "step limit" outcome: a few GB at most, and re-runs of a few seconds at most.
constexpr std::uint64_t kDefaultMaxSteps = 20'000'000;

core::Config WithStepLimit(core::Config config) {
  if (config.max_steps == 0) config.max_steps = kDefaultMaxSteps;
  return config;
}

}  // namespace

Playback::Playback(core::Config config) : config_(WithStepLimit(config)) { StartRun(); }

Playback::Playback(core::Config config, const std::string& file_name, const std::string& source,
                   lang::VmLimits limits)
    : config_(WithStepLimit(config)), build_(lang::BuildProgram(file_name, source)), limits_(limits) {
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

void Playback::RunTo(std::uint64_t step) {
  if (!compiled() || sched_->finished()) return;
  const std::size_t known = log_.size();  // decisions up to here are replays, not new
  sched_->PauseAtStep(step);
  sched_->Run();
  AfterRun(known);
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
  const std::uint64_t target = sched_->step() + events;
  if (breakpoints_.empty()) {
    RunTo(target);
    return false;
  }
  // One event at a time, so the run stops right after an event at a breakpoint line.
  while (sched_->step() < target && !sched_->finished() && !pending_choice_) {
    const std::uint64_t from = sched_->step();
    RunTo(from + 1);
    if (HitBreakpoint(from)) return true;
  }
  return false;
}

bool Playback::HitBreakpoint(std::uint64_t from_event) const {
  const auto& events = sched_->trace().events;
  for (std::size_t i = from_event; i < events.size(); ++i)
    if (events[i].pos.file && breakpoints_.count(events[i].pos.line)) return true;
  return false;
}

bool Playback::StepLine() {
  const auto& events = sched_->trace().events;
  const core::Event* last = events.empty() ? nullptr : &events.back();
  const std::int64_t g = last ? last->g : 0;
  const std::int32_t line = last ? last->pos.line : 0;
  for (std::uint64_t n = 0; n < kStepLineLimit && !finished() && !pending_choice_; ++n) {
    if (Advance(1)) return true;
    const core::Event& e = sched_->trace().events.back();
    if (e.pos.file && (e.g != g || e.pos.line != line)) break;
  }
  return false;
}

void Playback::SeekToStep(std::uint64_t step) {
  if (step >= sched_->step()) {
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
  if (!breakpoints_.erase(line)) breakpoints_.insert(line);
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
