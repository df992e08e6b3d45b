// Read-only text panes: the program's source, its output, and the recent trace events.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fonts.h"

namespace chanscope {

// Source text (tabs already expanded) with line numbers, in the code font.
void DrawSource(std::string_view source, const Fonts& fonts);
// Program output, following the end as it grows.
void DrawOutput(const std::string& output, const Fonts& fonts);
// Trace lines, oldest first: older lines fade, the newest is highlighted.
void DrawTraceLines(const std::vector<std::string>& lines, const Fonts& fonts);

}  // namespace chanscope
