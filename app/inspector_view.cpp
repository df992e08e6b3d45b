// The goroutine inspector: one table row per goroutine, a tree of frames and locals below it.
#include "inspector_view.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "palette.h"

namespace chanscope {
namespace {

void TextIn(palette::Colour colour, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(colour));
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopStyleColor();
}

// A dot in the goroutine's own colour, then the state word in the state's colour.
void DrawStateCell(const GoroutineCard& g, const UiText& ui) {
  const float radius = ImGui::GetTextLineHeight() * 0.28f;
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 centre(cursor.x + radius + 1, cursor.y + ImGui::GetTextLineHeight() * 0.5f);
  ImGui::GetWindowDrawList()->AddCircleFilled(centre, radius,
                                              palette::ToU32(palette::StateColour(g.state)));
  ImGui::SetCursorScreenPos(ImVec2(cursor.x + 2 * radius + 8, cursor.y));
  TextIn(palette::StateColour(g.state), ui.State(g.state));
}

void DrawFrames(const GoroutineCard& g, const Fonts& fonts, const UiText& ui) {
  ImGui::PushFont(fonts.mono);
  for (const lang::FrameView& f : g.stack) {
    const std::string label = f.function + "  " + Fill(ui.line_number, {std::to_string(f.line)});
    if (ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      // name = value, the type on hover: a narrow panel still shows the values.
      for (const lang::FrameView::Local& local : f.locals) {
        TextIn(palette::kText, local.name);
        ImGui::SameLine(0, 0);
        TextIn(palette::kValue, " = " + local.value);
        if (ImGui::IsItemHovered())
          ImGui::SetTooltip("%s %s = %s", local.name.c_str(), local.type.c_str(), local.value.c_str());
      }
      if (f.locals.empty()) TextIn(palette::kTextFaint, ui.no_locals);
      ImGui::TreePop();
    }
  }
  if (g.stack.empty()) TextIn(palette::kTextFaint, ui.no_frames);
  ImGui::PopFont();
}

void DrawRow(const StageModel& model, const GoroutineCard& g, InspectorViewState& state,
             const Fonts& fonts, const UiText& ui) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushID(static_cast<int>(g.id));
  const std::string id = "G" + std::to_string(g.id);
  const ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_SpanFullWidth |
                                   (state.selected == g.id ? ImGuiTreeNodeFlags_Selected : 0);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(palette::GoroutineColour(g.colour)));
  // A row opened by this frame's click shows its stack from the next frame on, drawn apart
  // from the clipped rows (the clipper needs rows of one height).
  const bool was_open = state.expanded.count(g.id) > 0;
  ImGui::SetNextItemOpen(was_open);
  const bool open = ImGui::TreeNodeEx(id.c_str(), flags);
  ImGui::PopStyleColor();
  if (open) {
    state.expanded.insert(g.id);
  } else {
    state.expanded.erase(g.id);
  }
  if (ImGui::IsItemClicked()) state.selected = g.id;
  ImGui::TableNextColumn();
  TextIn(g.state == GoState::kFinished ? palette::kTextFaint : palette::kText, g.function);
  ImGui::TableNextColumn();
  DrawStateCell(g, ui);
  ImGui::TableNextColumn();
  TextIn(palette::kText, g.wait_reason);
  if (const ChannelCard* c = model.FindChannel(g.waiting_on)) {
    ImGui::SameLine();
    TextIn(palette::kChannel, c->name);
  }
  ImGui::TableNextColumn();
  if (g.line) ImGui::Text("%d", g.line);
  ImGui::TableNextColumn();
  if (g.parent) {
    TextIn(palette::kTextDim, "G" + std::to_string(g.parent) + " " + g.created_by);
  }
  if (open && was_open) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    DrawFrames(g, fonts, ui);
  }
  if (open) ImGui::TreePop();
  ImGui::PopID();
}

// Rows [from, to) of `rows`, none of them open: only those in view are drawn.
void DrawClosedRows(const StageModel& model, const std::vector<const GoroutineCard*>& rows,
                    std::size_t from, std::size_t to, InspectorViewState& state, const Fonts& fonts,
                    const UiText& ui) {
  if (from >= to) return;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(to - from));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      DrawRow(model, *rows[from + static_cast<std::size_t>(i)], state, fonts, ui);
}

}  // namespace

void DrawInspector(const StageModel& model, InspectorViewState& state, const Fonts& fonts,
                   const UiText& ui) {
  ImGui::Checkbox(ui.show_finished, &state.show_finished);
  // Fixed columns that scroll sideways: a narrow panel still shows whole words.
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                     ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("inspector", 6, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("G", ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
  ImGui::TableSetupColumn(ui.column_function, ImGuiTableColumnFlags_WidthFixed, em * 5.3f);
  ImGui::TableSetupColumn(ui.column_state, ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
  ImGui::TableSetupColumn(ui.column_waiting, ImGuiTableColumnFlags_WidthFixed, em * 9.0f);
  ImGui::TableSetupColumn(ui.column_line, ImGuiTableColumnFlags_WidthFixed, em * 2.5f);
  ImGui::TableSetupColumn(ui.column_created, ImGuiTableColumnFlags_WidthFixed, em * 8.0f);
  ImGui::TableHeadersRow();
  std::vector<const GoroutineCard*> rows;
  rows.reserve(model.goroutines.size());
  for (const GoroutineCard& g : model.goroutines)
    if (state.show_finished || g.state != GoState::kFinished) rows.push_back(&g);
  // Only the visible rows are drawn, so a hundred thousand goroutines cost what a screenful
  // does. The clipper needs rows of one height: an open row (taller, with its stack) is drawn
  // on its own, between clipped runs of closed rows. Rows are in id order, like `expanded`.
  const std::vector<std::int64_t> open(state.expanded.begin(), state.expanded.end());
  std::size_t from = 0;
  for (std::size_t k = 0; k <= open.size(); ++k) {
    const std::size_t to =
        k < open.size() ? static_cast<std::size_t>(
                              std::lower_bound(rows.begin() + static_cast<std::ptrdiff_t>(from), rows.end(), open[k],
                                               [](const GoroutineCard* g, std::int64_t id) { return g->id < id; }) -
                              rows.begin())
                        : rows.size();
    DrawClosedRows(model, rows, from, to, state, fonts, ui);
    const bool listed = to < rows.size() && k < open.size() && rows[to]->id == open[k];
    if (listed) DrawRow(model, *rows[to], state, fonts, ui);
    from = listed ? to + 1 : to;
  }
  ImGui::EndTable();
}

}  // namespace chanscope
