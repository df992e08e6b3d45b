// The goroutine inspector: a table (id, function, state, wait reason, line, created by);
// expanding a row shows the goroutine's call stack with its local variables.
#pragma once

#include <cstdint>
#include <set>

#include "fonts.h"
#include "stage_model.h"
#include "ui_text.h"

namespace chanscope {

struct InspectorViewState {
  bool show_finished = true;     // list goroutines that have returned
  std::int64_t selected = 0;     // goroutine highlighted (shared with the stage), 0 = none
  std::set<std::int64_t> expanded;  // rows showing their call stack
};

// Draws into the current window.
void DrawInspector(const StageModel& model, InspectorViewState& state, const Fonts& fonts,
                   const UiText& ui);

}  // namespace chanscope
