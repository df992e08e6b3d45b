// lesson_chart_view.cpp — the bar chart under a lesson's question, in palette colours.
#include "lesson_chart_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "palette.h"

namespace chanscope {

void DrawLessonChart(const ChartSpec& chart, const std::vector<ChartBar>& bars,
                     std::string_view language, const UiText& ui) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(palette::kAccent));
  ImGui::TextWrapped("%s", chart.title.In(language).c_str());
  ImGui::PopStyleColor();
  if (bars.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(palette::kTextDim));
    ImGui::TextWrapped("%s", ui.chart_empty);
    ImGui::PopStyleColor();
    return;
  }
  double largest = 0;
  float label_width = 0;
  for (const ChartBar& bar : bars) {
    largest = std::max(largest, bar.value);
    label_width = std::max(label_width, ImGui::CalcTextSize(bar.label.c_str()).x);
  }
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float width = ImGui::GetContentRegionAvail().x;
  const float value_width = ImGui::CalcTextSize("00000 ms").x;
  // Labels above their bars when the panel is too narrow to hold both on one line.
  const bool stacked = label_width > width * 0.45f;
  const float bar_left = stacked ? 0 : label_width + ImGui::GetStyle().ItemSpacing.x;
  const float bar_room = std::max(20.0f, width - bar_left - value_width);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const std::string unit = chart.unit.In(language);
  for (std::size_t i = 0; i < bars.size(); i++) {
    const ChartBar& bar = bars[i];
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw->AddText(at, palette::ToU32(palette::kText), bar.label.c_str());
    if (stacked) at.y += line;
    const float length = largest > 0 ? static_cast<float>(bar.value / largest) * bar_room : 0;
    const ImVec2 top(at.x + bar_left, at.y + 2), bottom(at.x + bar_left + length, at.y + line - 2);
    draw->AddRectFilled(top, bottom, palette::ToU32(palette::GoroutineColour(static_cast<int>(i))), 3);
    char value[48];
    std::snprintf(value, sizeof value, "%g %s", bar.value, unit.c_str());
    draw->AddText(ImVec2(bottom.x + 6, at.y), palette::ToU32(palette::kTextDim), value);
    ImGui::Dummy(ImVec2(width, stacked ? 2 * line : line));
  }
}

}  // namespace chanscope
