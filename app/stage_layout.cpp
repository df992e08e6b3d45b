// Stage geometry: goroutine cells on both sides of a column of channels and sync objects.
#include "stage_layout.h"

#include <algorithm>

namespace chanscope {

using namespace stage_geometry;

namespace {

struct Cell {
  std::int64_t band, column, row;
};

// Columns of band `band` in a grid whose first bands have `first_columns`: each second band is
// twice as wide, up to kMaxBandWidenings times (so a hundred thousand cells still make a block,
// not a strip).
std::int64_t BandColumns(std::int64_t first_columns, std::int64_t band) {
  return first_columns << std::min<std::int64_t>(band / 2, kMaxBandWidenings);
}

// Cell `index` of a grid filled column by column (`rows` per column) in bands of columns stacked
// downwards (BandColumns wide).
Cell BandCell(std::int64_t index, std::int64_t rows, std::int64_t first_columns) {
  std::int64_t band = 0;
  for (;; ++band) {
    const std::int64_t size = rows * BandColumns(first_columns, band);
    if (band / 2 >= kMaxBandWidenings) {  // every band from here on is as wide
      band += index / size;
      index %= size;
      break;
    }
    if (index < size) break;
    index -= size;
  }
  return {band, index / rows, index % rows};
}

}  // namespace

Vec2 GoroutineCell(std::int64_t id) {
  const Cell c = BandCell(std::max<std::int64_t>(id - 1, 0), kRowsPerColumn, kBandColumns);
  const float band_height = kRowsPerColumn * (kCardHeight + kCardGap) + kBandGap;
  return {-kSideMargin - kCardWidth - static_cast<float>(c.column) * (kCardWidth + kCardGap),
          static_cast<float>(c.band) * band_height + static_cast<float>(c.row) * (kCardHeight + kCardGap)};
}

void CellRunAreas(std::int64_t first, std::int64_t last, std::vector<Area>& out) {
  const float pitch_x = kCardWidth + kCardGap, pitch_y = kCardHeight + kCardGap;
  // Columns [c0, c1] and rows [r0, r1] of a band, cell (c0, r0) at `corner` (its top-left).
  const auto block = [&](Vec2 corner, std::int64_t c0, std::int64_t c1, std::int64_t r0, std::int64_t r1) {
    out.push_back({{corner.x - static_cast<float>(c1 - c0) * pitch_x, corner.y},
                   {corner.x + kCardWidth, corner.y + static_cast<float>(r1 - r0) * pitch_y + kCardHeight}});
  };
  while (first <= last) {
    const Cell a = BandCell(first - 1, kRowsPerColumn, kBandColumns);
    // The band's last cell, or the run's.
    const std::int64_t band_left = BandColumns(kBandColumns, a.band) * kRowsPerColumn -
                                   a.column * kRowsPerColumn - a.row;
    const std::int64_t end = std::min(last, first + band_left - 1);
    const Cell b = BandCell(end - 1, kRowsPerColumn, kBandColumns);
    const Vec2 at = GoroutineCell(first);
    if (a.column == b.column) {
      block(at, a.column, a.column, a.row, b.row);
    } else {
      // The first column's rest, the whole columns between, the last column's start.
      block(at, a.column, a.column, a.row, kRowsPerColumn - 1);
      const Vec2 top{at.x - pitch_x, at.y - static_cast<float>(a.row) * pitch_y};
      if (b.column - a.column > 1) block(top, a.column + 1, b.column - 1, 0, kRowsPerColumn - 1);
      block({top.x - static_cast<float>(b.column - a.column - 1) * pitch_x, top.y}, b.column, b.column, 0, b.row);
    }
    first = end + 1;
  }
}

Vec2 ObjectCell(std::size_t rank) {
  const Cell c = BandCell(static_cast<std::int64_t>(rank), kObjectRows, kBandColumns);
  const float band_height = kObjectRows * (kObjectHeight + kObjectGap) + kBandGap;
  return {static_cast<float>(c.column) * (kColumnWidth + kSideMargin),
          static_cast<float>(c.band) * band_height + static_cast<float>(c.row) * (kObjectHeight + kObjectGap)};
}

float ChannelWidth(std::uint32_t capacity) {
  const auto shown = static_cast<float>(std::min<std::uint32_t>(capacity, kMaxSlotsShown));
  // Room for the slots plus "in" and "out" at the pipe's ends.
  return std::max(kColumnWidth * 0.6f, 64.0f + shown * (kSlotWidth + 4.0f));
}

Area SlotBox(Vec2 origin, std::uint32_t capacity, std::uint32_t i) {
  // Slots are centred in the pipe; the oldest value (the next to be received) on the right,
  // where the receivers' side is.
  const float width = ChannelWidth(capacity);
  const auto shown = std::min<std::uint32_t>(capacity, kMaxSlotsShown);
  const float slots_width = static_cast<float>(shown) * (kSlotWidth + 4.0f) - 4.0f;
  const float left = origin.x + (width - slots_width) * 0.5f;
  const float x = left + static_cast<float>(shown - 1 - std::min(i, shown - 1)) * (kSlotWidth + 4.0f);
  const float top = origin.y + 24.0f;  // inside the pipe (22 to 54 below the name)
  return {{x, top}, {x + kSlotWidth, top + 28.0f}};
}

Area ContentBounds(std::int64_t max_goroutine, std::size_t objects) {
  Area b{{0, 0}, {kColumnWidth, kObjectHeight}};
  auto grow = [&b](Vec2 p, float w, float h) {
    b.min = {std::min(b.min.x, p.x), std::min(b.min.y, p.y)};
    b.max = {std::max(b.max.x, p.x + w), std::max(b.max.y, p.y + h)};
  };
  // Cells only grow outwards: the last one and the corners of the bands before it bound them.
  const std::int64_t last = std::max<std::int64_t>(max_goroutine, 1);
  grow(GoroutineCell(last), kCardWidth, kCardHeight);
  for (std::int64_t band = 0, first = 1; first <= last; ++band) {
    const std::int64_t columns = BandColumns(kBandColumns, band);
    const std::int64_t end = first + columns * kRowsPerColumn - 1;  // the band's last cell
    grow(GoroutineCell(std::min(last, first + kRowsPerColumn - 1)), kCardWidth, kCardHeight);
    grow(GoroutineCell(std::min(last, end)), kCardWidth, kCardHeight);
    first = end + 1;
  }
  for (std::size_t rank = 0; rank < objects; rank += kObjectRows) {
    grow(ObjectCell(rank), kColumnWidth, kObjectHeight);
    grow(ObjectCell(std::min(objects - 1, rank + kObjectRows - 1)), kColumnWidth, kObjectHeight);
  }
  return b;
}

}  // namespace chanscope
