// Source, output and trace panes: plain text in the code font, coloured from the palette.
#include "text_views.h"

#include <imgui.h>

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

void DrawSource(std::string_view source, const Fonts& fonts) {
  BeginScrolling("source", fonts);
  int number = 1;
  for (std::size_t start = 0; start < source.size(); ++number) {
    std::size_t end = source.find('\n', start);
    if (end == std::string_view::npos) end = source.size();
    ImGui::TextColored(palette::ToVec4(palette::kTextFaint), "%3d", number);
    ImGui::SameLine();
    ImGui::TextUnformatted(source.data() + start, source.data() + end);
    start = end + 1;
  }
  EndScrolling(false);
}

void DrawOutput(const std::string& output, const Fonts& fonts) {
  BeginScrolling("output", fonts);
  if (output.empty())
    ImGui::TextColored(palette::ToVec4(palette::kTextFaint), "(no output yet)");
  else
    ImGui::TextUnformatted(output.c_str(), output.c_str() + output.size());
  EndScrolling(true);
}

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

}  // namespace chanscope
