// shell_layout.test.cpp — the panel layout: shares, hidden panels, splitters.
#include <doctest/doctest.h>

#include "shell_layout.h"

using namespace chanscope;

namespace {

bool Overlap(const Box& a, const Box& b) {
  return !a.empty() && !b.empty() && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h &&
         b.y < a.y + a.h;
}

bool Inside(const Box& inner, const Box& outer) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w + 0.5f &&
         inner.y + inner.h <= outer.y + outer.h + 0.5f;
}

}  // namespace

TEST_SUITE("shell_layout") {
  const Box kArea{0, 40, 1600, 860};

  TEST_CASE("all panels shown: six boxes inside the area, none overlapping, five splitters") {
    const ShellLayout l = ComputeShellLayout(kArea, {}, {});
    const Box boxes[] = {l.lesson, l.code, l.console, l.stage, l.inspector, l.timeline};
    for (const Box& a : boxes) {
      CHECK_FALSE(a.empty());
      CHECK(Inside(a, kArea));
      for (const Box& b : boxes)
        if (&a != &b) CHECK_FALSE(Overlap(a, b));
    }
    CHECK(l.splitters.size() == 5);
    CHECK(l.lesson.w == doctest::Approx((1600 - kPanelGap) * LayoutShares{}.lesson_width).epsilon(0.01));
    CHECK(l.code.x == l.console.x);
    CHECK(l.stage.y == l.inspector.y);
    CHECK(l.timeline.x == l.stage.x);
  }

  TEST_CASE("a hidden panel gives its space to its neighbours") {
    PanelVisibility visible;
    visible.lesson = false;
    visible.console = false;
    const ShellLayout l = ComputeShellLayout(kArea, visible, {});
    CHECK(l.lesson.empty());
    CHECK(l.console.empty());
    CHECK(l.code.x == kArea.x);
    CHECK(l.code.h == kArea.h);
    CHECK(l.splitters.size() == 3);
    visible = PanelVisibility{false, false, true, false, false, false};
    const ShellLayout only_stage = ComputeShellLayout(kArea, visible, {});
    CHECK(only_stage.stage.w == kArea.w);
    CHECK(only_stage.stage.h == kArea.h);
    CHECK(only_stage.splitters.empty());
  }

  TEST_CASE("dragging a splitter to where it is keeps the share") {
    LayoutShares shares;
    const ShellLayout l = ComputeShellLayout(kArea, {}, shares);
    for (const Splitter& s : l.splitters) {
      const float at = s.vertical ? s.bar.x : s.bar.y;
      CHECK(s.ShareAt(at) == doctest::Approx(shares.*(s.share)).epsilon(0.01));
    }
    CHECK(l.splitters[0].ShareAt(-1000) > 0.0f);  // clamped, never collapses a panel
  }
}
