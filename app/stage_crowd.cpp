// The stage zoomed far out: a crowd of goroutine cards too small to tell apart, drawn as one
// block per run of consecutive goroutines in one state (a goroutine bomb's hundred thousand
// cards become a few dozen rectangles, which a software renderer fills in no time).
#include <algorithm>
#include <vector>

#include "stage_canvas.h"

namespace chanscope::stage {
namespace {

// Below this on screen the gaps between cards are under a pixel: the cards are a crowd.
constexpr float kCrowdGapPixels = 1.0f;
// Screen area (square pixels) a chunk of cards of one colour covers at least.
constexpr float kChunkPixels = 16.0f;

// A tiny card's colour, as DrawCard fills its tile.
ImU32 TileColour(GoState state, float alpha) {
  return palette::ToU32(palette::WithAlpha(palette::StateColour(state), static_cast<std::uint8_t>(0xd0 * alpha)));
}

}  // namespace

bool IsCrowd(const Canvas& c) { return stage_geometry::kCardGap * c.zoom < kCrowdGapPixels; }

std::vector<std::int64_t> DrawCrowd(const Canvas& c, const StageModel& m, StageViewState& state,
                                    double now, float speed) {
  using namespace stage_geometry;
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
  // Cards are taken in chunks of a few pixels each, coloured as most of their live cards (as
  // finished only when all are): states that alternate from card to card cost a rectangle per
  // chunk, not per card.
  const float cell_pixels = (kCardWidth + kCardGap) * (kCardHeight + kCardGap) * c.zoom * c.zoom;
  const auto chunk = std::max<std::int64_t>(1, static_cast<std::int64_t>(kChunkPixels / cell_pixels));
  const auto count = static_cast<std::int64_t>(m.goroutines.size());
  std::int64_t run_first = 0;
  ImU32 run_colour = 0;
  for (std::int64_t first = 1; first <= count; first += chunk) {
    const std::int64_t last = std::min(count, first + chunk - 1);
    int states[kStates] = {};
    const GoroutineCard* finished = nullptr;  // the first, for the chunk's fade
    for (std::int64_t id = first; id <= last; ++id) {
      const GoroutineCard& g = m.goroutines[id - 1];
      if (id == state.selected || (!state.moved_goroutines.empty() && state.moved_goroutines.count(id))) {
        apart.push_back(id);
        continue;
      }
      ++states[static_cast<int>(g.state)];
      if (!finished && g.state == GoState::kFinished) finished = &g;
    }
    // The live ones' commonest state: a crowd of finished cards must not hide the live among them.
    const int live = static_cast<int>(std::max_element(states, states + kStates - 1) - states);
    const int most = states[live] ? live : kStates - 1;
    const ImU32 colour = states[most] == 0                           ? 0
                         : most != static_cast<int>(GoState::kFinished) ? opaque[most]
                                                                     : TileColour(GoState::kFinished, CardAlpha(*finished, state, now, speed));
    if (run_first && colour && colour == run_colour) continue;
    flush(run_first, first - 1, run_colour);
    run_first = colour ? first : 0;
    run_colour = colour;
  }
  flush(run_first, count, run_colour);
  return apart;
}

}  // namespace chanscope::stage
