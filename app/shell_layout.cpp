// ComputeShellLayout: split the area into columns, then each column into rows; every split
// between two visible parts leaves a gap holding a splitter.
#include "shell_layout.h"

#include <algorithm>
#include <cmath>

namespace chanscope {
namespace {

constexpr float kMinShare = 0.08f;
constexpr float kMaxShare = 0.92f;

// Splits `area` into `first` and `second` along x (vertical bar) or y. `share` is the first
// part's (or, with share_after, the second part's) fraction. A hidden side gives all to the other.
void Split(const Box& area, bool vertical, float share, bool share_after, bool first_shown,
           bool second_shown, float gap, Box& first, Box& second,
           float LayoutShares::*member, std::vector<Splitter>& splitters) {
  first = second = Box{};
  if (!first_shown || !second_shown) {
    (first_shown ? first : second) = first_shown || second_shown ? area : Box{};
    return;
  }
  const float extent = (vertical ? area.w : area.h) - gap;
  const float first_share = share_after ? 1.0f - share : share;
  const float a = std::round(extent * first_share);
  first = second = area;
  if (vertical) {
    first.w = a;
    second.x = area.x + a + gap;
    second.w = extent - a;
    splitters.push_back({{area.x + a, area.y, gap, area.h}, member, true, area.x, extent, share_after});
  } else {
    first.h = a;
    second.y = area.y + a + gap;
    second.h = extent - a;
    splitters.push_back({{area.x, area.y + a, area.w, gap}, member, false, area.y, extent, share_after});
  }
}

}  // namespace

float Splitter::ShareAt(float mouse) const {
  const float share = (mouse - start) / extent;
  return std::clamp(share_after ? 1.0f - share : share, kMinShare, kMaxShare);
}

ShellLayout ComputeShellLayout(const Box& area, const PanelVisibility& visible,
                               const LayoutShares& shares, float gap) {
  ShellLayout l;
  const bool middle = visible.code || visible.console;
  const bool top_row = visible.stage || visible.inspector;
  const bool right = top_row || visible.timeline;

  Box rest, middle_column, right_column, top;
  Split(area, true, shares.lesson_width, false, visible.lesson, middle || right, gap, l.lesson,
        rest, &LayoutShares::lesson_width, l.splitters);
  Split(rest, true, shares.code_width, false, middle, right, gap, middle_column, right_column,
        &LayoutShares::code_width, l.splitters);
  Split(middle_column, false, shares.console_height, true, visible.code, visible.console, gap,
        l.code, l.console, &LayoutShares::console_height, l.splitters);
  Split(right_column, false, shares.timeline_height, true, top_row, visible.timeline, gap, top,
        l.timeline, &LayoutShares::timeline_height, l.splitters);
  Split(top, true, shares.inspector_width, true, visible.stage, visible.inspector, gap, l.stage,
        l.inspector, &LayoutShares::inspector_width, l.splitters);
  return l;
}

}  // namespace chanscope
