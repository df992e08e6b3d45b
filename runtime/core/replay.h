// replay.h — time travel: rebuild a run at any step by re-running it from the start.
//
// A run is fully determined by (program, Config, decision log), so the state at
// step N is whatever a fresh run paused at step N holds. Stepping back is RunTo with
// a smaller step; choosing differently at a decision (manual policy) is Decide.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "scheduler.h"

namespace chanscope::core {

class Replay {
 public:
  // Creates the program's objects and spawns main on a fresh scheduler.
  using Program = std::function<void(Scheduler&)>;

  Replay(Program program, Config config);

  // A fresh run paused once `step` events exist (or finished before that).
  Scheduler& RunTo(uint64_t step);
  Scheduler& RunToEnd() { return RunTo(Scheduler::kNoPause); }
  // Keeps decisions before `index`, takes `chosen` there; later ones are made anew.
  void Decide(size_t index, uint32_t chosen);
  const std::vector<Decision>& decisions() const { return log_; }
  Scheduler& current() { return *sched_; }

 private:
  Program program_;
  Config config_;
  std::vector<Decision> log_;  // decisions to replay, from earlier runs or Decide
  std::unique_ptr<Scheduler> sched_;
};

}  // namespace chanscope::core
