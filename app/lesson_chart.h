// A lesson's bar chart (lesson.json's "chart"): the program's output lines that match the
// pattern, as labelled values. No ImGui here; lesson_chart_view draws it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lesson_catalog.h"

namespace chanscope {

struct ChartBar {
  std::string label;  // the pattern's first group
  double value = 0;   // its second group
};

// Every line of `output` that `chart.pattern` matches whole, in output order; an invalid
// pattern matches nothing.
std::vector<ChartBar> ChartBars(const ChartSpec& chart, std::string_view output);

}  // namespace chanscope
