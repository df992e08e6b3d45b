// ConsolePanel: only the visible lines are drawn (ImGuiListClipper), so a full console costs
// no more than a short one.
#include "console_panel.h"

#include <imgui.h>

#include "palette.h"

namespace chanscope {
namespace {

palette::Colour StreamColour(ConsoleStream stream) {
  switch (stream) {
    case ConsoleStream::kStdout: return palette::kText;
    case ConsoleStream::kStderr: return palette::kWarning;
    case ConsoleStream::kNote: return palette::kTextDim;
    case ConsoleStream::kProblem: return palette::kError;
  }
  return palette::kText;
}

// One line; its links are underlined and clickable. Returns the clicked link.
const SourceLink* DrawLine(const ConsoleLine& line) {
  const ImVec4 colour = palette::ToVec4(StreamColour(line.stream));
  const SourceLink* clicked = nullptr;
  std::size_t at = 0;
  for (const SourceLink& link : line.links) {
    if (link.begin > at) {
      ImGui::TextColored(colour, "%.*s", static_cast<int>(link.begin - at), line.text.c_str() + at);
      ImGui::SameLine(0, 0);
    }
    const char* begin = line.text.c_str() + link.begin;
    const char* end = line.text.c_str() + link.end;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(palette::kAccentHover));
    ImGui::TextUnformatted(begin, end);
    ImGui::PopStyleColor();
    const ImVec2 size = ImGui::GetItemRectSize();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y),
                                        palette::ToU32(palette::kAccentHover));
    if (ImGui::IsItemHovered()) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) clicked = &link;
    }
    ImGui::SameLine(0, 0);
    at = link.end;
  }
  ImGui::TextColored(colour, "%s", line.text.c_str() + at);
  return clicked;
}

}  // namespace

const SourceLink* DrawConsole(const ConsoleLog& log, const Fonts& fonts, const UiText& ui) {
  if (log.dropped() > 0) {
    ImGui::TextColored(palette::ToVec4(palette::kTextDim), ui.dropped_lines,
                       static_cast<unsigned long long>(log.dropped()));
  }
  ImGui::BeginChild("console_lines", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushFont(fonts.mono);
  const SourceLink* clicked = nullptr;
  if (log.lines().empty()) ImGui::TextColored(palette::ToVec4(palette::kTextFaint), "%s", ui.no_output);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(log.lines().size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      if (const SourceLink* link = DrawLine(log.lines()[i])) clicked = link;
  // Follow the end while the learner has not scrolled up to read (ImGui's console demo idiom:
  // the scroll limits are last frame's, when the view was at the end).
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) ImGui::SetScrollHereY(1.0f);
  ImGui::PopFont();
  ImGui::EndChild();
  return clicked;
}

}  // namespace chanscope
