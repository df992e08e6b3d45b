// Stage geometry: goroutine cells on both sides of a column of channels and sync objects.
#include "stage_layout.h"

#include <algorithm>

namespace chanscope {

using namespace stage_geometry;

Vec2 GoroutineCell(std::int64_t id) {
  const std::int64_t index = std::max<std::int64_t>(id - 1, 0);
  const float column = static_cast<float>(index / kRowsPerColumn);
  const float row = static_cast<float>(index % kRowsPerColumn);
  return {-kSideMargin - kCardWidth - column * (kCardWidth + kCardGap),
          row * (kCardHeight + kCardGap)};
}

Vec2 ObjectCell(std::size_t rank) {
  return {0.0f, static_cast<float>(rank) * (kObjectHeight + kObjectGap)};
}

float ChannelWidth(std::uint32_t capacity) {
  const auto shown = static_cast<float>(std::min<std::uint32_t>(capacity, kMaxSlotsShown));
  return std::max(kColumnWidth * 0.6f, 24.0f + shown * (kSlotWidth + 4.0f));
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
  // The newest goroutine's column is the outermost; the first column is the tallest.
  grow(GoroutineCell(std::max<std::int64_t>(max_goroutine, 1)), kCardWidth, kCardHeight);
  grow(GoroutineCell(std::min<std::int64_t>(std::max<std::int64_t>(max_goroutine, 1), kRowsPerColumn)),
       kCardWidth, kCardHeight);
  if (objects > 0) grow(ObjectCell(objects - 1), kColumnWidth, kObjectHeight);
  return b;
}

}  // namespace chanscope
