// stage_layout.test.cpp — the stage's geometry: cells never overlap, never move as others come,
// the content bounds hold every cell, and token animation eases in and out.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "stage_layout.h"
#include "stage_model.h"

using chanscope::Area;
using chanscope::ContentBounds;
using chanscope::GoroutineCell;
using chanscope::ObjectCell;
using chanscope::Vec2;
namespace geometry = chanscope::stage_geometry;

namespace {

bool Overlap(Vec2 a, Vec2 b, float w, float h) {
  return std::fabs(a.x - b.x) < w && std::fabs(a.y - b.y) < h;
}

bool Inside(const Area& area, Vec2 p, float w, float h) {
  return p.x >= area.min.x && p.y >= area.min.y && p.x + w <= area.max.x && p.y + h <= area.max.y;
}

}  // namespace

TEST_SUITE("stage layout") {
  TEST_CASE("goroutine cells are distinct, left of the objects, and fixed by id") {
    constexpr std::int64_t kCount = 1200;
    std::vector<Vec2> cells;
    for (std::int64_t id = 1; id <= kCount; ++id) cells.push_back(GoroutineCell(id));
    int overlaps = 0, right_of_margin = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      right_of_margin += cells[i].x + geometry::kCardWidth > -geometry::kSideMargin + 0.01f;
      for (std::size_t j = i + 1; j < cells.size(); ++j)
        overlaps += Overlap(cells[i], cells[j], geometry::kCardWidth, geometry::kCardHeight);
    }
    CHECK(overlaps == 0);
    CHECK(right_of_margin == 0);
    // A pure function of the id: the same answer however many goroutines exist.
    CHECK(GoroutineCell(7) == cells[6]);
    CHECK(GoroutineCell(1) == Vec2{-geometry::kSideMargin - geometry::kCardWidth, 0.0f});
  }

  TEST_CASE("a thousand cells make a block about as tall as it is wide") {
    const Area b = ContentBounds(1000, 0);
    const float w = b.max.x - b.min.x, h = b.max.y - b.min.y;
    CHECK(w / h > 0.5f);
    CHECK(w / h < 2.5f);
  }

  TEST_CASE("content bounds hold every goroutine cell and every object") {
    for (std::int64_t n : {1, 5, 12, 13, 97, 100, 250, 1000}) {
      for (std::size_t objects : {std::size_t{0}, std::size_t{3}, std::size_t{11}, std::size_t{200}}) {
        CAPTURE(n);
        CAPTURE(objects);
        const Area b = ContentBounds(n, objects);
        for (std::int64_t id = 1; id <= n; ++id)
          REQUIRE(Inside(b, GoroutineCell(id), geometry::kCardWidth, geometry::kCardHeight));
        for (std::size_t r = 0; r < objects; ++r)
          REQUIRE(Inside(b, ObjectCell(r), geometry::kColumnWidth, geometry::kObjectHeight));
      }
    }
  }

  TEST_CASE("object cells do not overlap and sit right of the cards") {
    int overlaps = 0, left = 0;
    for (std::size_t i = 0; i < 200; ++i) {
      left += ObjectCell(i).x < 0.0f;
      for (std::size_t j = i + 1; j < 200; ++j)
        overlaps += Overlap(ObjectCell(i), ObjectCell(j), geometry::kColumnWidth, geometry::kObjectHeight);
    }
    CHECK(overlaps == 0);
    CHECK(left == 0);
  }

  TEST_CASE("buffer slots lie inside the channel's box, oldest on the receiving (right) side") {
    const Vec2 origin{10, 20};
    for (std::uint32_t cap : {1u, 2u, 5u, 8u, 100u}) {
      const float width = chanscope::ChannelWidth(cap);
      const std::uint32_t shown = std::min<std::uint32_t>(cap, geometry::kMaxSlotsShown);
      for (std::uint32_t i = 0; i < shown; ++i) {
        const Area s = chanscope::SlotBox(origin, cap, i);
        CHECK(s.min.x >= origin.x);
        CHECK(s.max.x <= origin.x + width);
        if (i > 0) CHECK(s.max.x <= chanscope::SlotBox(origin, cap, i - 1).min.x);
      }
    }
  }

  TEST_CASE("tokens ease in and out over a few hundred milliseconds, scaled by speed") {
    using chanscope::TokenProgress;
    CHECK(TokenProgress(0.0f, 1.0f) == 0.0f);
    CHECK(TokenProgress(chanscope::kTokenSeconds, 1.0f) == doctest::Approx(1.0f));
    CHECK(TokenProgress(chanscope::kTokenSeconds / 2, 1.0f) == doctest::Approx(0.5f));
    // Slow at the ends, fast in the middle.
    const float start = TokenProgress(0.05f, 1.0f);
    const float middle = TokenProgress(chanscope::kTokenSeconds / 2 + 0.05f, 1.0f) -
                         TokenProgress(chanscope::kTokenSeconds / 2, 1.0f);
    CHECK(start < middle);
    // Twice the speed: done in half the time.
    CHECK(TokenProgress(chanscope::kTokenSeconds / 2, 2.0f) == doctest::Approx(1.0f));
    CHECK(chanscope::kTokenSeconds >= 0.2f);
    CHECK(chanscope::kTokenSeconds <= 0.8f);
  }

  TEST_CASE("a run of cells is covered by its areas, and no other cell is touched") {
    constexpr std::int64_t kCells = 30'000;  // bands of different widths, then of the widest
    for (auto [first, last] : {std::pair<std::int64_t, std::int64_t>{1, 1}, {1, 12}, {5, 30}, {1, kCells},
                               {90, 1000}, {96, 97}, {200, 2600}, {5000, 29'000}}) {
      CAPTURE(first);
      CAPTURE(last);
      std::vector<Area> areas;
      chanscope::CellRunAreas(first, last, areas);
      CHECK(areas.size() <= 3 * 30);
      for (std::int64_t id = 1; id <= kCells; ++id) {
        const Vec2 c = GoroutineCell(id);
        const Vec2 centre{c.x + geometry::kCardWidth / 2, c.y + geometry::kCardHeight / 2};
        const bool covered = std::any_of(areas.begin(), areas.end(), [&](const Area& a) {
          return Inside(a, c, geometry::kCardWidth, geometry::kCardHeight);
        });
        const bool touched = std::any_of(areas.begin(), areas.end(), [&](const Area& a) { return a.Contains(centre); });
        CHECK(covered == (id >= first && id <= last));
        CHECK(touched == (id >= first && id <= last));
      }
    }
  }

  TEST_CASE("a hundred thousand cells make a block, not a strip") {
    const Area b = ContentBounds(100'000, 1);
    const float ratio = (b.max.x - b.min.x) / (b.max.y - b.min.y);
    CHECK(ratio > 0.5f);
    CHECK(ratio < 3.0f);
    // Cells of the widest bands are still distinct: the next band's cell below, not on top.
    CHECK_FALSE(Overlap(GoroutineCell(60'000), GoroutineCell(60'000 + 12 * 256), geometry::kCardWidth,
                        geometry::kCardHeight));
  }
}
