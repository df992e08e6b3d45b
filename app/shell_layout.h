// The window's fixed, resizable layout (ImGui 1.86 has no docking): lesson column, code over
// console, stage beside inspector over timeline. Pure arithmetic, no ImGui: unit-tested.
#pragma once

#include <vector>

#include "settings.h"

namespace chanscope {

struct Box {
  float x = 0, y = 0, w = 0, h = 0;
  bool empty() const { return w <= 0 || h <= 0; }
};

// A draggable bar between two panels; dragging it moves `share`.
struct Splitter {
  Box bar;
  float LayoutShares::*share = nullptr;
  bool vertical = true;       // a vertical bar, dragged left and right
  float start = 0;            // where the divided span begins (x or y)
  float extent = 1;           // its length
  bool share_after = false;   // the share belongs to the panel after the bar (right or below)

  // The share that puts the bar at `mouse` (x for vertical bars, else y).
  float ShareAt(float mouse) const;
};

struct ShellLayout {
  Box lesson, code, console, stage, inspector, timeline;  // empty when hidden
  std::vector<Splitter> splitters;
};

inline constexpr float kPanelGap = 6.0f;  // between panels; the splitters live in these gaps

ShellLayout ComputeShellLayout(const Box& area, const PanelVisibility& visible,
                               const LayoutShares& shares, float gap = kPanelGap);

}  // namespace chanscope
