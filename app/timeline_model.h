// The timeline model: one lane per goroutine with its states over virtual time and over
// events, and an arrow from each send to its receive. Built incrementally from the trace.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/trace.h"
#include "stage_model.h"

namespace chanscope {

// One stretch of a goroutine in one state. The last interval of a live lane is open: it ends
// where the timeline ends (end_time / end_step), whatever its t1 and s1 say (they are not
// updated as the timeline grows: a hundred thousand live lanes would cost every append).
struct Interval {
  std::int64_t t0 = 0, t1 = 0;    // virtual ns
  std::uint64_t s0 = 0, s1 = 0;   // event steps
  GoState state = GoState::kRunnable;
  core::WaitReason reason = core::WaitReason::kNone;
  friend bool operator==(const Interval&, const Interval&) = default;
};

struct Lane {
  std::int64_t g = 0;
  std::string function;
  int colour = 0;
  bool open = true;  // the goroutine has not ended; its last interval runs to the end
  std::vector<Interval> intervals;
  friend bool operator==(const Lane&, const Lane&) = default;
};

// A value from a send (on the sender's lane) to its receive (on the receiver's lane).
struct FlowArrow {
  std::int64_t from = 0, to = 0;
  std::int64_t t_send = 0, t_recv = 0;
  std::uint64_t s_send = 0, s_recv = 0;
  std::uint32_t channel = 0;
  friend bool operator==(const FlowArrow&, const FlowArrow&) = default;
};

class TimelineModel {
 public:
  // Reads the trace's events not seen yet (the trace of the same run, grown).
  void Append(const core::Trace& trace);
  void Reset() { *this = TimelineModel(); }

  const std::vector<Lane>& lanes() const { return lanes_; }  // by goroutine id - 1
  // Every send, in send order; `to` stays 0 until its receive has happened.
  const std::vector<FlowArrow>& arrows() const { return arrows_; }
  std::uint64_t end_step() const { return consumed_; }  // events read
  std::int64_t end_time() const { return end_time_; }
  // Virtual time reached once `step` events have happened (a step's playhead position).
  std::int64_t TimeAtStep(std::uint64_t step) const;
  // The number of events that have happened by virtual time `t` (seeking by time).
  std::uint64_t StepAtTime(std::int64_t t) const;
  // Goroutine g's interval holding event step `step`, or null (not born yet, or ended).
  const Interval* IntervalAt(std::int64_t g, std::uint64_t step) const;
  friend bool operator==(const TimelineModel&, const TimelineModel&) = default;

 private:
  Lane& LaneOf(std::int64_t g);
  void Enter(std::int64_t g, GoState state, core::WaitReason reason, const core::Event& e);
  void End(std::int64_t g, const core::Event& e);

  std::vector<Lane> lanes_;
  std::vector<FlowArrow> arrows_;
  std::vector<std::int64_t> time_after_;  // time_after_[i]: clock reached after event i
  // Message id -> 1 + index of its send's arrow (0: none). Message ids count up from 1, so a
  // vector serves without an allocation per message.
  std::vector<std::uint32_t> send_of_msg_;
  std::uint64_t consumed_ = 0;
  std::int64_t end_time_ = 0;
};

}  // namespace chanscope
