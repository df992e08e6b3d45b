// Where things stand on the stage, in world units (pixels at zoom 1). Pure geometry, no ImGui,
// so it is unit-tested. Stable by construction: a goroutine's cell depends only on its id and
// an object's on the order objects were made, so nothing moves when others come and go.
#pragma once

#include <cstdint>
#include <vector>

#include "stage_model.h"

namespace chanscope {

struct Vec2 {
  float x = 0, y = 0;
  friend bool operator==(const Vec2&, const Vec2&) = default;
};

struct Area {
  Vec2 min, max;
  Vec2 Centre() const { return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f}; }
  bool Contains(Vec2 p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }
  bool Overlaps(const Area& o) const {
    return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
  }
};

namespace stage_geometry {
inline constexpr float kCardWidth = 176.0f;
inline constexpr float kCardHeight = 52.0f;
inline constexpr float kCardGap = 14.0f;
inline constexpr int kRowsPerColumn = 12;     // goroutine cells per column
inline constexpr int kBandColumns = 8;        // columns of the first bands; later bands are wider
inline constexpr int kMaxBandWidenings = 5;   // ... up to 256 columns
inline constexpr float kBandGap = 40.0f;      // between bands of cells
inline constexpr int kObjectRows = 10;        // objects per column of the objects area
inline constexpr float kColumnWidth = 250.0f; // the objects column, right of the cards
inline constexpr float kSideMargin = 70.0f;   // between the objects column and the cards
inline constexpr float kObjectHeight = 76.0f; // one channel or sync object: name, pipe, queue
inline constexpr float kObjectGap = 16.0f;
inline constexpr float kSlotWidth = 34.0f;
inline constexpr int kMaxSlotsShown = 6;      // bigger buffers show the first ones and a count
}  // namespace stage_geometry

// The default cell of goroutine `id` (its card's top-left): G1 at the top of the column next
// to the objects, then downwards; full columns continue outwards to the left, and a full band
// of columns continues below, each second band twice as wide (up to 256 columns), so a
// thousand cells make a roughly square block and a hundred thousand a block twice as wide as
// tall.
Vec2 GoroutineCell(std::int64_t id);

// The areas that the cells of goroutines first..last (consecutive ids) cover, gaps between
// them included: per band of cells a part of a column, a block of whole columns and another
// part of a column at most. A crowd of cards too small to tell apart is drawn this way.
void CellRunAreas(std::int64_t first, std::int64_t last, std::vector<Area>& out);

// The objects area, right of the cards: each object's top-left by its rank in order of
// creation, in columns of kObjectRows growing rightwards, in bands like the cards'.
Vec2 ObjectCell(std::size_t rank);

// The width of a channel's box with `capacity` slots.
float ChannelWidth(std::uint32_t capacity);

// The i-th buffer slot of a channel whose box starts at `origin`.
Area SlotBox(Vec2 origin, std::uint32_t capacity, std::uint32_t i);

// The area every cell of these goroutines and `objects` objects covers (for fit-to-view).
Area ContentBounds(std::int64_t max_goroutine, std::size_t objects);

}  // namespace chanscope
