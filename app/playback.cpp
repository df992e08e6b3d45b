// Playback: drives the demo on the kernel one event at a time and extracts plain view rows.
#include "playback.h"

#include <algorithm>
#include <cstdio>

#include "core/channel.h"
#include "core/trace.h"

namespace chanscope {

Playback::Playback(core::Config config) : config_(config) { Restart(); }

Playback::Playback(core::Config config, const std::string& file_name, const std::string& source)
    : config_(config), build_(lang::BuildProgram(file_name, source)) {
  Restart();
}

void Playback::Restart() {
  vm_.reset();     // the VM's channels unregister from the scheduler that is still there
  sched_.reset();  // the old run's goroutines refer to the old names; drop them first
  channel_names_.clear();
  goroutines_.clear();
  output_.clear();
  sched_ = std::make_unique<core::Scheduler>(config_);
  sched_->output = [this](int, std::string_view text) { output_ += text; };
  if (!build_) {
    demo::StartPingPong(*sched_, &channel_names_);
  } else if (build_->program()) {
    vm_ = std::make_unique<lang::Vm>(*build_->program(), *sched_);
    vm_->Start();
  } else {
    // Compile errors, as go build prints them; nothing runs.
    for (const lang::Diagnostic& d : build_->diagnostics) output_ += d.Format() + "\n";
  }
  RefreshGoroutines();
}

void Playback::Advance(std::uint64_t events) {
  if (build_ && !build_->program()) return;  // it did not compile
  // One event at a time, so a goroutine that starts and ends within one call is still seen.
  for (std::uint64_t i = 0; i < events && !sched_->finished(); ++i) {
    sched_->PauseAtStep(sched_->step() + 1);
    sched_->Run();
    RefreshGoroutines();
  }
}

void Playback::RefreshGoroutines() {
  // Goroutines not live any more have ended (the kernel reuses dead records).
  for (GoroutineRow& row : goroutines_) {
    row.status = core::GStatus::kDead;
    row.wait_reason.clear();
    row.waiting_on.clear();
  }
  sched_->ForEachG([this](const core::G& g) {
    auto it = std::find_if(goroutines_.begin(), goroutines_.end(),
                           [&g](const GoroutineRow& row) { return row.id == g.id; });
    if (it == goroutines_.end()) {
      it = goroutines_.emplace(goroutines_.end());
      it->id = g.id;
    }
    it->function = g.function;
    it->status = g.status;
    if (g.status == core::GStatus::kWaiting) {
      it->wait_reason = core::WaitReasonText(g.wait_reason);
      it->waiting_on = g.wait_object ? ObjectName(g.wait_object) : "";
    }
  });
}

std::string Playback::ObjectName(std::uint32_t id) const {
  if (auto it = channel_names_.find(id); it != channel_names_.end()) return it->second;
  const core::KernelObject* object = sched_->Object(id);
  const std::string kind = object ? std::string(core::ObjectKindName(object->kind())) : "object";
  return kind + " #" + std::to_string(id);
}

std::vector<ChannelRow> Playback::Channels() const {
  std::vector<ChannelRow> rows;
  sched_->ForEachObject([&](const core::KernelObject& object) {
    if (object.kind() != core::ObjectKind::kChannel) return;
    const auto& chan = static_cast<const core::Channel&>(object);
    ChannelRow row;
    row.id = chan.id();
    row.name = ObjectName(chan.id());
    row.capacity = chan.cap();
    row.closed = chan.closed();
    for (std::uint32_t i = 0; i < chan.len(); ++i)
      row.buffered.push_back(chan.Buffered(i).value.AsInt());
    chan.sendq().ForEach([&row](const core::Waiter& w) { row.senders.push_back(w.g->id); });
    chan.recvq().ForEach([&row](const core::Waiter& w) { row.receivers.push_back(w.g->id); });
    rows.push_back(std::move(row));
  });
  return rows;
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
