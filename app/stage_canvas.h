// The stage's drawing surface: world-to-screen transform, scaled text and the shapes the stage
// is made of. Shared by stage_view.cpp (frame and input) and stage_draw.cpp (the pieces).
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "fonts.h"
#include "palette.h"
#include "stage_layout.h"
#include "stage_model.h"
#include "stage_view.h"
#include "ui_text.h"

namespace chanscope::stage {

struct Canvas {
  ImDrawList* draw = nullptr;
  ImVec2 screen_min, screen_max;  // the canvas on screen
  Vec2 origin;                    // world point at screen_min
  float zoom = 1.0f;
  const Fonts* fonts = nullptr;
  std::int64_t selected = 0;      // the selected goroutine: its lines are always drawn
  const UiText* ui = nullptr;     // the words, in the interface's language

  ImVec2 ToScreen(Vec2 w) const {
    return ImVec2(screen_min.x + (w.x - origin.x) * zoom, screen_min.y + (w.y - origin.y) * zoom);
  }
  Vec2 ToWorld(ImVec2 s) const {
    return {origin.x + (s.x - screen_min.x) / zoom, origin.y + (s.y - screen_min.y) / zoom};
  }
  bool Visible(const Area& b) const {
    const ImVec2 a = ToScreen(b.min), c = ToScreen(b.max);
    return c.x >= screen_min.x && a.x <= screen_max.x && c.y >= screen_min.y && a.y <= screen_max.y;
  }
  // Text of world size `size` at world point `at`; skipped when too small to read.
  void Text(Vec2 at, float size, palette::Colour colour, std::string_view text,
            bool mono = false) const;
  // Text centred on world point `at`.
  void TextCentred(Vec2 at, float size, palette::Colour colour, std::string_view text,
                   bool mono = false) const;
  float TextWidth(float size, std::string_view text, bool mono = false) const;
  void Rect(const Area& b, palette::Colour fill, palette::Colour outline, float rounding,
            float thickness = 1.0f) const;
  void Line(Vec2 a, Vec2 b, palette::Colour colour, float thickness, bool dashed = false) const;
  void Arrow(Vec2 a, Vec2 b, palette::Colour colour, float thickness) const;
};

// Where everything is this frame: card boxes by goroutine id, object boxes by object id.
struct Placement {
  std::vector<Area> cards;  // by goroutine id - 1 (ids are dense)
  std::unordered_map<std::uint32_t, Area> objects;
  const Area* Card(std::int64_t id) const {
    return id >= 1 && static_cast<std::size_t>(id) <= cards.size() ? &cards[id - 1] : nullptr;
  }
  const Area* Object(std::uint32_t id) const {
    auto it = objects.find(id);
    return it == objects.end() ? nullptr : &it->second;
  }
};

// Object ids in the objects column, in order of creation (their ranks).
std::vector<std::uint32_t> ColumnObjects(const StageModel& model);
// Cells depend only on ids, so they are computed once per id and kept in `state`.
Placement Place(const StageModel& model, StageViewState& state);

// The second line of a card: "chan receive · ping", "sleep · 8.0ms left", "running on P0".
std::string StatusLine(const StageModel& model, const GoroutineCard& g, const UiText& ui);

// Opacity of a goroutine's card: finished ones fade out to a faint trace.
float CardAlpha(const GoroutineCard& g, StageViewState& state, double now, float speed);

void DrawObjects(const Canvas& c, const StageModel& model, const Placement& at);
void DrawQueues(const Canvas& c, const StageModel& model, const Placement& at);
void DrawSelects(const Canvas& c, const StageModel& model, const Placement& at);
void DrawGoArrows(const Canvas& c, const StageModel& model, const Placement& at,
                  const StageViewState& state);
void DrawCards(const Canvas& c, const StageModel& model, const Placement& at,
               StageViewState& state, double now, float speed);
// Zoomed so far out that cards cannot be told apart (stage_crowd.cpp)...
bool IsCrowd(const Canvas& c);
// ... runs of goroutines in one state are drawn as blocks. Returns the cards left for DrawCard:
// the selected one and those the user moved.
std::vector<std::int64_t> DrawCrowd(const Canvas& c, const StageModel& model, StageViewState& state,
                                    double now, float speed);
void DrawTokens(const Canvas& c, const StageModel& model, const Placement& at,
                StageViewState& state, double now, float speed);
// Counts per state in the corner: what a screenful of tiny cards adds up to.
void DrawSummary(const Canvas& c, const StageModel& model);

}  // namespace chanscope::stage
