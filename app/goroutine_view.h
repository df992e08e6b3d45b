// The goroutine table: id, entry function, state in its colour, and what it waits for.
#pragma once

#include <vector>

#include "playback.h"

namespace chanscope {

void DrawGoroutineTable(const std::vector<GoroutineRow>& goroutines);

}  // namespace chanscope
