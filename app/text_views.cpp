// Text views: the trace pane in the code font, and a line that gives way where it does not fit.
#include "text_views.h"

#include <imgui.h>

#include <string>

#include "palette.h"

namespace chanscope {
namespace {

constexpr std::size_t kBrightTraceLines = 8;  // the newest lines keep full-strength text

constexpr float kCodeLineSpacing = 2.0f;  // code reads best with tight lines

void BeginScrolling(const char* id, const Fonts& fonts) {
  ImGui::BeginChild(id, ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushFont(fonts.mono);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                      ImVec2(ImGui::GetStyle().ItemSpacing.x, kCodeLineSpacing));
}

void EndScrolling(bool follow_end) {
  if (follow_end && ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f)
    ImGui::SetScrollHereY(1.0f);
  ImGui::PopStyleVar();
  ImGui::PopFont();
  ImGui::EndChild();
}

}  // namespace

void DrawTraceLines(const std::vector<std::string>& lines, const Fonts& fonts) {
  BeginScrolling("trace", fonts);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t age = lines.size() - 1 - i;  // 0 = newest
    const palette::Colour ink = age == 0                  ? palette::kAccentHover
                                : age < kBrightTraceLines ? palette::kText
                                                          : palette::kTextDim;
    ImGui::TextColored(palette::ToVec4(ink), "%s", lines[i].c_str());
  }
  EndScrolling(true);
}

void TextOrShorter(palette::Colour colour, const std::string& text, const std::string& shorter,
                   const std::string& whole) {
  const bool fits = ImGui::CalcTextSize(text.c_str()).x <= ImGui::GetContentRegionAvail().x;
  ImGui::TextColored(palette::ToVec4(colour), "%s", fits ? text.c_str() : shorter.c_str());
  if (!fits && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", whole.c_str());
}

}  // namespace chanscope
