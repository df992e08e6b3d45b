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

constexpr int kStates = static_cast<int>(GoState::kFinished) + 1;

// A tiny card's colour, as DrawCard fills its tile.
ImU32 TileColour(GoState state, float alpha) {
  return palette::ToU32(palette::WithAlpha(palette::StateColour(state), static_cast<std::uint8_t>(0xd0 * alpha)));
}

// Paints runs of cells, each of one colour, as blocks.
class BlockPainter {
 public:
  explicit BlockPainter(const Canvas& c) : c_(c) {}
  // Cells first..last come next in colour `colour` (0: not painted).
  void Add(std::int64_t first, std::int64_t last, ImU32 colour) {
    if (run_first_ && colour && colour == run_colour_) return;
    Flush(first - 1);
    run_first_ = colour ? first : 0;
    run_colour_ = colour;
  }
  // The run so far ends at cell `last`.
  void Flush(std::int64_t last) {
    if (run_first_ < 1 || last < run_first_) return;
    areas_.clear();
    CellRunAreas(run_first_, last, areas_);
    for (const Area& b : areas_)
      if (c_.Visible(b)) c_.draw->AddRectFilled(c_.ToScreen(b.min), c_.ToScreen(b.max), run_colour_);
    run_first_ = 0;
  }

 private:
  const Canvas& c_;
  std::int64_t run_first_ = 0;
  ImU32 run_colour_ = 0;
  std::vector<Area> areas_;
};

}  // namespace

bool IsCrowd(const Canvas& c) { return stage_geometry::kCardGap * c.zoom < kCrowdGapPixels; }

std::vector<std::int64_t> DrawCrowd(const Canvas& c, const StageModel& m, StageViewState& state,
                                    double now, float speed) {
  using namespace stage_geometry;
  // Only a finished card's colour varies (it fades out); the others' are one per state.
  ImU32 opaque[kStates];
  for (int s = 0; s < kStates; ++s) opaque[s] = TileColour(static_cast<GoState>(s), 1.0f);
  // Cards are taken in chunks of a few pixels each, coloured as most of their live cards (as
  // finished only when all are: finished cards must not hide the live among them), so states
  // that alternate from card to card cost a rectangle per chunk, not per card.
  const float cell_pixels = (kCardWidth + kCardGap) * (kCardHeight + kCardGap) * c.zoom * c.zoom;
  const auto chunk = std::max<std::int64_t>(1, static_cast<std::int64_t>(kChunkPixels / cell_pixels));
  const auto count = static_cast<std::int64_t>(m.goroutines.size());
  std::vector<std::int64_t> apart;  // the selected card and the moved ones
  BlockPainter painter(c);
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
    const int live = static_cast<int>(std::max_element(states, states + kStates - 1) - states);
    ImU32 colour = 0;
    if (states[live]) {
      colour = opaque[live];
    } else if (finished) {
      colour = TileColour(GoState::kFinished, CardAlpha(*finished, state, now, speed));
    }
    painter.Add(first, last, colour);
  }
  painter.Flush(count);
  return apart;
}

}  // namespace chanscope::stage
