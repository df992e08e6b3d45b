// The stage zoomed far out: a crowd of goroutine cards too small to tell apart, drawn as one
// block per run of consecutive goroutines in one state (a goroutine bomb's hundred thousand
// cards become a few dozen rectangles, which a software renderer fills in no time).
#include <vector>

#include "stage_canvas.h"

namespace chanscope::stage {
namespace {

// Below this on screen the gaps between cards are under a pixel: the cards are a crowd.
constexpr float kCrowdGapPixels = 1.0f;

// A tiny card's colour, as DrawCard fills its tile.
ImU32 TileColour(GoState state, float alpha) {
  return palette::ToU32(palette::WithAlpha(palette::StateColour(state), static_cast<std::uint8_t>(0xd0 * alpha)));
}

}  // namespace

bool IsCrowd(const Canvas& c) { return stage_geometry::kCardGap * c.zoom < kCrowdGapPixels; }

std::vector<std::int64_t> DrawCrowd(const Canvas& c, const StageModel& m, StageViewState& state,
                                    double now, float speed) {
  std::vector<std::int64_t> apart;  // the selected card and the moved ones
  std::vector<Area> areas;
  const auto flush = [&](std::int64_t first, std::int64_t last, ImU32 colour) {
    if (first < 1 || last < first) return;
    areas.clear();
    CellRunAreas(first, last, areas);
    for (const Area& b : areas)
      if (c.Visible(b)) c.draw->AddRectFilled(c.ToScreen(b.min), c.ToScreen(b.max), colour);
  };
  // Only a finished card's colour varies (it fades out); the others' are one per state.
  constexpr int kStates = static_cast<int>(GoState::kFinished) + 1;
  ImU32 opaque[kStates];
  for (int s = 0; s < kStates; ++s) opaque[s] = TileColour(static_cast<GoState>(s), 1.0f);
  std::int64_t run_first = 0;
  ImU32 run_colour = 0;
  for (const GoroutineCard& g : m.goroutines) {
    const bool alone = g.id == state.selected ||
                       (!state.moved_goroutines.empty() && state.moved_goroutines.count(g.id));
    const ImU32 colour = alone                               ? 0
                         : g.state != GoState::kFinished ? opaque[static_cast<int>(g.state)]
                                                         : TileColour(g.state, CardAlpha(g, state, now, speed));
    if (alone) apart.push_back(g.id);
    if (run_first && !alone && colour == run_colour) continue;
    flush(run_first, g.id - 1, run_colour);
    run_first = alone ? 0 : g.id;
    run_colour = colour;
  }
  if (run_first) flush(run_first, static_cast<std::int64_t>(m.goroutines.size()), run_colour);
  return apart;
}

}  // namespace chanscope::stage
