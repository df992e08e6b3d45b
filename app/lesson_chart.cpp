// lesson_chart.cpp — output lines to chart bars with the lesson's regular expression.
#include "lesson_chart.h"

#include <charconv>
#include <regex>

namespace chanscope {

std::vector<ChartBar> ChartBars(const ChartSpec& chart, std::string_view output) {
  std::vector<ChartBar> bars;
  std::regex pattern;
  try {
    pattern = std::regex(chart.pattern);
  } catch (const std::regex_error&) {
    return bars;  // the catalog reports a lesson's bad pattern; the chart stays empty
  }
  while (!output.empty()) {
    const std::size_t end = output.find('\n');
    const std::string line(output.substr(0, end));
    output.remove_prefix(end == std::string_view::npos ? output.size() : end + 1);
    std::smatch m;
    if (!std::regex_match(line, m, pattern) || m.size() < 3) continue;
    ChartBar bar{m[1].str(), 0};
    const std::string number = m[2].str();
    if (std::from_chars(number.data(), number.data() + number.size(), bar.value).ec == std::errc{})
      bars.push_back(std::move(bar));
  }
  return bars;
}

}  // namespace chanscope
