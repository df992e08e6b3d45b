// replay.cpp — re-running to a step with the recorded decisions.
#include "replay.h"

#include "check.h"

namespace chanscope::core {

Replay::Replay(Program program, Config config) : program_(std::move(program)), config_(config) {}

Scheduler& Replay::RunTo(uint64_t step) {
  sched_.reset();  // the old run's goroutines go before the new one's objects exist
  sched_ = std::make_unique<Scheduler>(config_);
  sched_->SetDecisionLog(log_);
  program_(*sched_);
  sched_->PauseAtStep(step);
  sched_->Run();
  // Remember every decision made so far, so a later RunTo repeats this run exactly.
  if (sched_->decisions().size() > log_.size()) log_ = sched_->decisions();
  return *sched_;
}

void Replay::Decide(size_t index, uint32_t chosen) {
  CS_CHECK(index < log_.size() && chosen < log_[index].options);
  log_.resize(index + 1);
  log_[index].chosen = chosen;
}

}  // namespace chanscope::core
