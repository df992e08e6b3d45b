// The Processors view: one lane per virtual processor (GOMAXPROCS) with the goroutine on it,
// its runnext and local run queue, and the global run queue.
#pragma once

#include "stage_model.h"
#include "ui_text.h"

namespace chanscope {

void DrawProcessors(const StageModel& model, const UiText& ui);

}  // namespace chanscope
