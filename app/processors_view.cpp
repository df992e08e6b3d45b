// The Processors view: each virtual processor as a lane of chips (running, runnext, local
// queue), then the global run queue.
#include "processors_view.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "palette.h"

namespace chanscope {
namespace {

constexpr std::size_t kChipsShown = 24;  // longer queues end with "+N"

// A rounded chip "G3" in the goroutine's own colour, outlined in its state's colour.
void Chip(const StageModel& m, std::int64_t id, const UiText& ui) {
  const GoroutineCard* g = m.FindGoroutine(id);
  const std::string text = "G" + std::to_string(id);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImVec2 pad(8, 3);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 q(p.x + size.x + 2 * pad.x, p.y + size.y + 2 * pad.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const palette::Colour state = g ? palette::StateColour(g->state) : palette::kBorder;
  const palette::Colour own = g ? palette::GoroutineColour(g->colour) : palette::kText;
  draw->AddRectFilled(p, q, palette::ToU32(palette::WithAlpha(state, 0x38)), 4.0f);
  draw->AddRect(p, q, palette::ToU32(state), 4.0f, 0, 1.5f);
  draw->AddText(ImVec2(p.x + pad.x, p.y + pad.y), palette::ToU32(own), text.c_str());
  ImGui::Dummy(ImVec2(q.x - p.x, q.y - p.y));
  if (ImGui::IsItemHovered() && g) ImGui::SetTooltip("%s · %s", g->function.c_str(), ui.State(g->state));
}

// The first chips of `ids`, then "+N" for the rest of `total` (the ids listed, when 0).
void Chips(const StageModel& m, const std::vector<std::int64_t>& ids, const UiText& ui,
           std::size_t total = 0) {
  if (ids.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(palette::ToVec4(palette::kTextFaint), "%s", ui.empty);
    return;
  }
  for (std::size_t i = 0; i < ids.size() && i < kChipsShown; ++i) {
    ImGui::SameLine(0, 4);
    Chip(m, ids[i], ui);
  }
  const std::size_t shown = std::min(ids.size(), kChipsShown);
  total = std::max(total, ids.size());
  if (total > shown) {
    ImGui::SameLine();
    ImGui::TextColored(palette::ToVec4(palette::kTextDim), "+%zu", total - shown);
  }
}

void Label(const char* text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", text);
}

}  // namespace

void DrawProcessors(const StageModel& model, const UiText& ui) {
  for (const ProcessorCard& p : model.processors) {
    ImGui::PushID(p.id);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(palette::ToVec4(palette::kAccent), "P%d", p.id);
    ImGui::SameLine();
    ImGui::TextColored(palette::ToVec4(palette::kClock), "%.3f ms", static_cast<double>(p.clock) / 1e6);
    ImGui::SameLine(0, 16);
    Label(ui.State(GoState::kRunning));
    if (p.running) {
      ImGui::SameLine(0, 4);
      Chip(model, p.running, ui);
    } else {
      ImGui::SameLine();
      ImGui::TextColored(palette::ToVec4(palette::kTextFaint), "%s", ui.idle);
    }
    ImGui::SameLine(0, 16);
    Label(ui.run_next);
    Chips(model, p.runnext ? std::vector<std::int64_t>{p.runnext} : std::vector<std::int64_t>{}, ui);
    ImGui::SameLine(0, 16);
    Label(ui.local_queue);
    Chips(model, p.local, ui);
    ImGui::PopID();
  }
  ImGui::Separator();
  Label(ui.global_queue);
  Chips(model, model.global_queue, ui, model.global_queue_len);
}

}  // namespace chanscope
