// The timeline model: goroutine state intervals and send-to-receive arrows from the trace.
#include "timeline_model.h"

#include <algorithm>

namespace chanscope {

Lane& TimelineModel::LaneOf(std::int64_t g) {
  if (lanes_.size() < static_cast<std::size_t>(g)) lanes_.resize(g);
  Lane& lane = lanes_[g - 1];
  lane.g = g;
  lane.colour = static_cast<int>((g - 1) % kGoroutineColours);
  return lane;
}

void TimelineModel::Enter(std::int64_t g, GoState state, core::WaitReason reason,
                          const core::Event& e) {
  if (g < 1) return;
  Lane& lane = LaneOf(g);
  if (!lane.intervals.empty()) {
    Interval& last = lane.intervals.back();
    if (last.state == state && last.reason == reason) return;  // no change (e.g. a resume)
    last.t1 = e.time;
    last.s1 = e.step;
  }
  lane.intervals.push_back({e.time, e.time, e.step, e.step, state, reason});
}

void TimelineModel::End(std::int64_t g, const core::Event& e) {
  Enter(g, GoState::kFinished, core::WaitReason::kNone, e);
  lanes_[g - 1].open = false;
}

void TimelineModel::Append(const core::Trace& trace) {
  using core::EventKind;
  for (; consumed_ < trace.events.size(); ++consumed_) {
    const core::Event& e = trace.events[consumed_];
    end_time_ = std::max(end_time_, e.time);
    time_after_.push_back(end_time_);
    switch (e.kind) {
      case EventKind::kGoCreate:
        Enter(e.peer, GoState::kRunnable, core::WaitReason::kNone, e);
        if (static_cast<std::size_t>(e.peer) < trace.goroutines.size())
          lanes_[e.peer - 1].function = trace.goroutines[e.peer].function;
        break;
      case EventKind::kGoStart: Enter(e.g, GoState::kRunning, core::WaitReason::kNone, e); break;
      case EventKind::kGoBlock:
        Enter(e.g, e.reason == core::WaitReason::kSleep ? GoState::kSleeping : GoState::kBlocked,
              e.reason, e);
        break;
      case EventKind::kGoUnblock:
        Enter(e.peer, GoState::kRunnable, core::WaitReason::kNone, e);
        break;
      case EventKind::kGoYield:
      case EventKind::kGoPreempt:
        Enter(e.g, GoState::kRunnable, core::WaitReason::kNone, e);
        break;
      case EventKind::kGoEnd: End(e.g, e); break;
      case EventKind::kChanSend:
        if (send_of_msg_.size() <= e.msg) send_of_msg_.resize(e.msg + 1, 0);
        send_of_msg_[e.msg] = static_cast<std::uint32_t>(arrows_.size() + 1);
        arrows_.push_back({e.g, 0, e.time, 0, e.step, 0, e.object});
        break;
      case EventKind::kChanRecv:
        if (e.msg && e.msg < send_of_msg_.size() && send_of_msg_[e.msg]) {
          FlowArrow& a = arrows_[send_of_msg_[e.msg] - 1];
          a.to = e.g;
          a.t_recv = e.time;
          a.s_recv = e.step;
          send_of_msg_[e.msg] = 0;
        }
        break;
      default: break;
    }
  }
}

std::int64_t TimelineModel::TimeAtStep(std::uint64_t step) const {
  if (step == 0 || time_after_.empty()) return 0;
  return time_after_[std::min<std::size_t>(step, time_after_.size()) - 1];
}

std::uint64_t TimelineModel::StepAtTime(std::int64_t t) const {
  // Every event whose clock reading is at most t has happened.
  return static_cast<std::uint64_t>(
      std::upper_bound(time_after_.begin(), time_after_.end(), t) - time_after_.begin());
}

const Interval* TimelineModel::IntervalAt(std::int64_t g, std::uint64_t step) const {
  if (g < 1 || static_cast<std::size_t>(g) > lanes_.size()) return nullptr;
  const Lane& lane = lanes_[g - 1];
  const Interval* found = nullptr;
  for (const Interval& i : lane.intervals) {
    if (i.s0 > step) break;
    found = &i;
  }
  if (found && found->state == GoState::kFinished) return nullptr;
  return found;
}

}  // namespace chanscope
