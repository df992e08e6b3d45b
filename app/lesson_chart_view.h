// Draws a lesson's bar chart: one horizontal bar per matched output line, longest value
// full width, the value and unit at the bar's end.
#pragma once

#include <string_view>
#include <vector>

#include "lesson_chart.h"
#include "ui_text.h"

namespace chanscope {

void DrawLessonChart(const ChartSpec& chart, const std::vector<ChartBar>& bars,
                     std::string_view language, const UiText& ui);

}  // namespace chanscope
