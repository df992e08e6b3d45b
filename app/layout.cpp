// Tiling of the main window into fixed panes.
#include "layout.h"

namespace chanscope {
namespace {

constexpr float kGap = 6.0f;  // between tiles and around the edge
constexpr float kToolbarHeight = 50.0f;
constexpr float kLeftShare = 0.34f;     // of the width: program and output
constexpr float kProgramShare = 0.76f;  // of the left column's height
constexpr float kTopShare = 0.58f;      // of the right area's height: the stage

// The top part gets `share` of the height, the bottom the rest (minus the gap).
void SplitRows(const Rect& r, float share, Rect& top, Rect& bottom) {
  const float top_height = (r.size.y - kGap) * share;
  top = {r.pos, ImVec2(r.size.x, top_height)};
  bottom = {ImVec2(r.pos.x, r.pos.y + top_height + kGap),
            ImVec2(r.size.x, r.size.y - top_height - kGap)};
}

// The left part gets `share` of the width, the right the rest (minus the gap).
void SplitColumns(const Rect& r, float share, Rect& left, Rect& right) {
  const float left_width = (r.size.x - kGap) * share;
  left = {r.pos, ImVec2(left_width, r.size.y)};
  right = {ImVec2(r.pos.x + left_width + kGap, r.pos.y),
           ImVec2(r.size.x - left_width - kGap, r.size.y)};
}

}  // namespace

Layout ComputeLayout(ImVec2 origin, ImVec2 size) {
  const Rect all{ImVec2(origin.x + kGap, origin.y + kGap),
                 ImVec2(size.x - 2 * kGap, size.y - 2 * kGap)};
  Layout l;
  Rect body;
  SplitRows(all, kToolbarHeight / (all.size.y - kGap), l.toolbar, body);

  Rect left, right, bottom;
  SplitColumns(body, kLeftShare, left, right);
  SplitRows(left, kProgramShare, l.program, l.output);
  SplitRows(right, kTopShare, l.stage, bottom);
  SplitColumns(bottom, 0.45f, l.goroutines, l.trace);
  return l;
}

bool BeginPane(const char* title, const Rect& rect, ImGuiWindowFlags extra_flags) {
  ImGui::SetNextWindowPos(rect.pos);
  ImGui::SetNextWindowSize(rect.size);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                      ImGuiWindowFlags_NoCollapse |
                                      ImGuiWindowFlags_NoSavedSettings;
  return ImGui::Begin(title, nullptr, kFlags | extra_flags);
}

void EndPane() { ImGui::End(); }

}  // namespace chanscope
