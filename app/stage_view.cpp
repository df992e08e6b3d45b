// The Stage's frame: canvas, zoom and pan, fit-to-content, dragging, then the pieces in order
// (objects under lines under cards under tokens).
#include "stage_view.h"

#include <algorithm>
#include <cmath>

#include "stage_canvas.h"

namespace chanscope {
namespace {

using stage::Canvas;
using stage::Placement;

constexpr float kMinZoom = 0.0005f;  // a hundred thousand goroutines fit (as a crowd, stage_crowd.cpp)
constexpr float kMaxZoom = 3.0f;
constexpr float kFitMargin = 24.0f;  // screen pixels around fitted content
constexpr float kFitEase = 8.0f;     // how fast zoom follows the fit (1/s)
constexpr float kMaxFitZoom = 1.3f;  // a small program is shown larger, for the back row
constexpr float kBaseFontPixels = 17.0f;  // the UI font's size at UI scale 1 (fonts.cpp)

// Zoom and origin that show every cell so far.
void FitTarget(const StageModel& model, const Canvas& c, Vec2* origin, float* zoom) {
  const Area b = ContentBounds(static_cast<std::int64_t>(model.goroutines.size()),
                              stage::ColumnObjects(model).size());
  const float w = c.screen_max.x - c.screen_min.x - 2 * kFitMargin;
  const float h = c.screen_max.y - c.screen_min.y - 2 * kFitMargin;
  const float bw = b.max.x - b.min.x, bh = b.max.y - b.min.y;
  // The UI scale (Ctrl+=, presentation mode) lets a small program grow further.
  const float ui_scale = c.fonts->ui ? c.fonts->ui->FontSize / kBaseFontPixels : 1.0f;
  *zoom = std::clamp(std::min(w / bw, h / bh), kMinZoom, kMaxFitZoom * std::max(1.0f, ui_scale));
  const Vec2 centre = b.Centre();
  *origin = {centre.x - (w * 0.5f + kFitMargin) / *zoom, centre.y - (h * 0.5f + kFitMargin) / *zoom};
}

void FollowFit(const StageModel& model, StageViewState& state, const Canvas& c) {
  Vec2 origin;
  float zoom;
  FitTarget(model, c, &origin, &zoom);
  const float t = state.fitted ? std::min(1.0f, ImGui::GetIO().DeltaTime * kFitEase) : 1.0f;
  state.fitted = true;
  state.zoom += (zoom - state.zoom) * t;
  state.origin.x += (origin.x - state.origin.x) * t;
  state.origin.y += (origin.y - state.origin.y) * t;
}

void ZoomAt(StageViewState& state, const Canvas& c, ImVec2 mouse, float factor) {
  const Vec2 anchor = c.ToWorld(mouse);
  state.zoom = std::clamp(state.zoom * factor, kMinZoom, kMaxZoom);
  state.origin = {anchor.x - (mouse.x - c.screen_min.x) / state.zoom,
                  anchor.y - (mouse.y - c.screen_min.y) / state.zoom};
  state.auto_fit = false;
}

// The goroutine whose card holds world point `p`, 0 when none.
std::int64_t CardAt(const Placement& at, Vec2 p) {
  for (std::size_t i = 0; i < at.cards.size(); ++i)
    if (at.cards[i].Contains(p)) return static_cast<std::int64_t>(i + 1);
  return 0;
}

// What is under the mouse when a drag starts: a card, an object, or the floor (pan).
void StartDrag(StageViewState& state, const Placement& at, Vec2 mouse) {
  if (const std::int64_t id = CardAt(at, mouse)) {
    state.drag = StageViewState::Drag::kGoroutine;
    state.drag_goroutine = id;
    state.selected = id;
    return;
  }
  for (const auto& [id, box] : at.objects) {
    if (!box.Contains(mouse)) continue;
    state.drag = StageViewState::Drag::kObject;
    state.drag_object = id;
    return;
  }
  state.drag = StageViewState::Drag::kPan;
}

void ContinueDrag(StageViewState& state, const Placement& at, ImVec2 delta) {
  const Vec2 d{delta.x / state.zoom, delta.y / state.zoom};
  auto move = [&d](const Area* box, Vec2& to) {
    if (box) to = {box->min.x + d.x, box->min.y + d.y};
  };
  switch (state.drag) {
    case StageViewState::Drag::kGoroutine:
      move(at.Card(state.drag_goroutine), state.moved_goroutines[state.drag_goroutine]);
      break;
    case StageViewState::Drag::kObject:
      move(at.Object(state.drag_object), state.moved_objects[state.drag_object]);
      break;
    case StageViewState::Drag::kPan:
      state.origin = {state.origin.x - d.x, state.origin.y - d.y};
      state.auto_fit = false;
      break;
    case StageViewState::Drag::kNone: break;
  }
}

void HandleInput(StageViewState& state, const Canvas& c, const Placement& at) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool hovered = ImGui::IsItemHovered();
  if (hovered && io.MouseWheel != 0.0f)
    ZoomAt(state, c, io.MousePos, std::pow(1.15f, io.MouseWheel));
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) state.auto_fit = true;
  if (ImGui::IsItemActivated()) StartDrag(state, at, c.ToWorld(io.MousePos));
  if (ImGui::IsItemActive() && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f))
    ContinueDrag(state, at, io.MouseDelta);
  if (hovered && ImGui::IsMouseDragging(ImGuiMouseButton_Right)) {
    state.drag = StageViewState::Drag::kPan;
    ContinueDrag(state, at, io.MouseDelta);
  }
  if (ImGui::IsItemDeactivated()) state.drag = StageViewState::Drag::kNone;
}

// Small cards are hard to read: the one under the mouse tells its story in a tooltip.
// Returns the goroutine shown, 0 when none.
std::int64_t HoverTooltip(const StageModel& model, const Placement& at, Vec2 mouse,
                          const UiText& ui) {
  const std::int64_t id = CardAt(at, mouse);
  if (const GoroutineCard* g = model.FindGoroutine(id)) {
    ImGui::BeginTooltip();
    ImGui::TextColored(palette::ToVec4(palette::GoroutineColour(g->colour)), "G%lld", static_cast<long long>(id));
    ImGui::SameLine();
    ImGui::TextUnformatted(g->function.c_str());
    ImGui::TextColored(palette::ToVec4(palette::StateColour(g->state)), "%s", stage::StatusLine(model, *g, ui).c_str());
    if (g->line)
      ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", Fill(ui.line_number, {std::to_string(g->line)}).c_str());
    if (g->parent)
      ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s",
                         Fill(ui.created_by, {std::to_string(g->parent), g->created_by}).c_str());
    // The innermost frame's variables: what the goroutine is working with right now.
    if (!g->stack.empty() && !g->stack.front().locals.empty()) {
      ImGui::Separator();
      constexpr std::size_t kShown = 10;
      const auto& locals = g->stack.front().locals;
      for (std::size_t i = 0; i < locals.size() && i < kShown; ++i)
        ImGui::Text("%s = %s", locals[i].name.c_str(), locals[i].value.c_str());
      if (locals.size() > kShown) ImGui::TextColored(palette::ToVec4(palette::kTextDim), "...");
    }
    ImGui::EndTooltip();
  }
  return id;
}

// The manual policy's question, as buttons over the stage; clicking an option's card also
// answers it.
std::optional<std::uint32_t> DrawChoice(const StageModel& model, const ManualChoice& choice,
                                        const Canvas& c, bool card_clicked, std::int64_t clicked) {
  const UiText& ui = *c.ui;
  ImGui::SetCursorScreenPos(ImVec2(c.screen_min.x + 10.0f, c.screen_min.y + 34.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(palette::kAccent));
  if (choice.kind == core::DecisionKind::kSelectCase) {
    ImGui::TextUnformatted(
        Fill(ui.choose_case, {std::to_string(choice.selecting), std::to_string(choice.options)}).c_str());
  } else {
    ImGui::TextUnformatted(ui.choose_goroutine);
  }
  ImGui::PopStyleColor();
  std::optional<std::uint32_t> picked;
  ImGui::SetCursorScreenPos(ImVec2(c.screen_min.x + 10.0f, ImGui::GetCursorScreenPos().y));
  for (std::uint32_t i = 0; i < choice.options; ++i) {
    if (i > 0) ImGui::SameLine();
    std::string label = Fill(ui.ready_case, {std::to_string(i + 1)});
    palette::Colour colour = palette::kAccent;
    if (i < choice.goroutines.size()) {
      label = "G" + std::to_string(choice.goroutines[i]);
      if (const GoroutineCard* g = model.FindGoroutine(choice.goroutines[i]))
        colour = palette::GoroutineColour(g->colour);
      if (card_clicked && clicked == choice.goroutines[i]) picked = i;
    }
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Button, palette::ToVec4(palette::WithAlpha(colour, i == choice.chosen ? 0xc0 : 0x50)));
    if (ImGui::Button(label.c_str())) picked = i;
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  return picked;
}

void DrawFloor(const Canvas& c) {
  c.draw->AddRectFilled(c.screen_min, c.screen_max, palette::ToU32(palette::current.stage));
  // A faint grid gives pan and zoom something to hold on to.
  const float step = 100.0f;
  if (step * c.zoom < 12.0f) return;
  const Vec2 a = c.origin, b = c.ToWorld(c.screen_max);
  const ImU32 grid = palette::ToU32(palette::current.grid);
  for (float x = std::floor(a.x / step) * step; x <= b.x; x += step) {
    const float sx = c.ToScreen({x, 0}).x;
    c.draw->AddLine(ImVec2(sx, c.screen_min.y), ImVec2(sx, c.screen_max.y), grid);
  }
  for (float y = std::floor(a.y / step) * step; y <= b.y; y += step) {
    const float sy = c.ToScreen({0, y}).y;
    c.draw->AddLine(ImVec2(c.screen_min.x, sy), ImVec2(c.screen_max.x, sy), grid);
  }
}

}  // namespace

std::optional<std::uint32_t> DrawStage(const StageModel& model, StageViewState& state,
                                       const Fonts& fonts, const UiText& ui, float speed,
                                       const ManualChoice* choice) {
  ImVec2 size = ImGui::GetContentRegionAvail();
  size = ImVec2(std::max(size.x, 50.0f), std::max(size.y, 50.0f));
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("stage", size,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  ImGui::SetItemAllowOverlap();  // the manual policy's buttons sit on top
  const bool card_clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
  Canvas c{ImGui::GetWindowDrawList(), min, ImVec2(min.x + size.x, min.y + size.y),
           state.origin, state.zoom, &fonts};
  const Placement at = stage::Place(model, state);
  HandleInput(state, c, at);
  if (state.auto_fit) FollowFit(model, state, c);
  c.origin = state.origin;
  c.zoom = state.zoom;
  c.selected = state.selected;
  c.ui = &ui;
  if (model.step < state.last_step) {  // time travelled backwards
    state.token_seen.clear();
    state.end_seen.clear();
  }
  state.previous_step = std::min(state.last_step, model.step);
  state.last_step = model.step;

  const double now = ImGui::GetTime();
  c.draw->PushClipRect(c.screen_min, c.screen_max, true);
  DrawFloor(c);
  stage::DrawObjects(c, model, at);
  stage::DrawGoArrows(c, model, at, state);
  stage::DrawQueues(c, model, at);
  stage::DrawSelects(c, model, at);
  stage::DrawCards(c, model, at, state, now, speed);
  stage::DrawTokens(c, model, at, state, now, speed);
  stage::DrawSummary(c, model);
  c.draw->PopClipRect();
  state.hovered = ImGui::IsItemHovered() && state.drag == StageViewState::Drag::kNone
                      ? HoverTooltip(model, at, c.ToWorld(ImGui::GetIO().MousePos), ui)
                      : 0;
  if (!choice) return std::nullopt;
  const bool on_card = card_clicked && state.drag == StageViewState::Drag::kGoroutine;
  return DrawChoice(model, *choice, c, on_card, state.selected);
}

}  // namespace chanscope
