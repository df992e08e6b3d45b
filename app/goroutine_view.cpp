// Draws GoroutineRow facts as a table; the state is a coloured dot plus Go's status word.
#include "goroutine_view.h"

#include <imgui.h>

#include <string>

#include "palette.h"
#include "state_colours.h"

namespace chanscope {
namespace {

void DrawStateCell(core::GStatus status) {
  const float radius = ImGui::GetTextLineHeight() * 0.28f;
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 centre(cursor.x + radius + 1, cursor.y + ImGui::GetTextLineHeight() * 0.5f);
  ImGui::GetWindowDrawList()->AddCircleFilled(centre, radius, palette::ToU32(StateColour(status)));
  ImGui::SetCursorScreenPos(ImVec2(cursor.x + 2 * radius + 8, cursor.y));
  const std::string_view name = core::StatusName(status);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(StateColour(status)));
  ImGui::TextUnformatted(name.data(), name.data() + name.size());
  ImGui::PopStyleColor();
}

void DrawWaitCell(const GoroutineRow& row) {
  if (row.wait_reason.empty()) return;
  ImGui::TextUnformatted(row.wait_reason.c_str());
  if (row.waiting_on.empty()) return;
  ImGui::SameLine();
  ImGui::TextColored(palette::ToVec4(palette::kChannel), "%s", row.waiting_on.c_str());
}

}  // namespace

void DrawGoroutineTable(const std::vector<GoroutineRow>& goroutines) {
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("goroutines", 4, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("G", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.0f);
  ImGui::TableSetupColumn("function", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5.5f);
  ImGui::TableSetupColumn("waiting for", ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableHeadersRow();

  for (const GoroutineRow& row : goroutines) {
    const bool dead = row.status == core::GStatus::kDead;
    if (dead) ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(palette::kTextFaint));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(row.id));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.function.c_str());
    ImGui::TableNextColumn();
    DrawStateCell(row.status);
    ImGui::TableNextColumn();
    DrawWaitCell(row);
    if (dead) ImGui::PopStyleColor();
  }
  ImGui::EndTable();
}

}  // namespace chanscope
