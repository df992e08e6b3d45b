// The Stage: goroutines as cards, channels as pipes with slots, sync objects, values moving
// between them. Draws a StageModel; owns only view state (zoom, pan, dragged positions,
// animation clocks).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "fonts.h"
#include "playback.h"
#include "stage_layout.h"
#include "stage_model.h"
#include "ui_text.h"

namespace chanscope {

struct StageViewState {
  // Settings, with defaults.
  bool auto_fit = true;     // zoom and pan follow the content until the user zooms or pans
  bool show_go_arrows = true;
  float fade_seconds = 1.2f;  // finished goroutines fade over this long (at normal speed)

  // Shared with the inspector: the goroutine clicked last, 0 = none.
  std::int64_t selected = 0;
  // The card under the mouse (its tooltip shows locals, so its stack is asked for), 0 = none.
  std::int64_t hovered = 0;

  // Internal: the view transform (world point at the canvas's top-left, and the scale).
  Vec2 origin{-300.0f, -40.0f};
  float zoom = 1.0f;
  bool fitted = false;  // the first fit snaps; later ones ease
  // Internal: positions the user dragged things to.
  std::unordered_map<std::int64_t, Vec2> moved_goroutines;
  std::unordered_map<std::uint32_t, Vec2> moved_objects;
  // Internal: wall-clock seconds when a token (by event step) or a goroutine's end was first
  // shown, for animation.
  std::unordered_map<std::uint64_t, double> token_seen;
  // Goroutines whose end is fading out now; an end older than the last frame drawn is not
  // kept (its card is faint already).
  std::unordered_map<std::int64_t, double> end_seen;
  std::uint64_t last_step = 0;      // the model's step this frame
  std::uint64_t previous_step = 0;  // ... and at the frame before
  // Internal: each goroutine's default cell by id - 1, grown as goroutines appear.
  std::vector<Area> cells;
  // Internal: what a mouse drag moves.
  enum class Drag : std::uint8_t { kNone, kGoroutine, kObject, kPan } drag = Drag::kNone;
  std::int64_t drag_goroutine = 0;
  std::uint32_t drag_object = 0;
};

// Draws the stage filling the rest of the current window. `speed` scales animation time
// (1 = normal; larger is faster). Under the manual policy `choice` is the decision due: the
// stage offers its options (buttons, and the cards of runnable goroutines) and returns the
// option the learner picked.
std::optional<std::uint32_t> DrawStage(const StageModel& model, StageViewState& state,
                                       const Fonts& fonts, const UiText& ui, float speed,
                                       const ManualChoice* choice = nullptr);

}  // namespace chanscope
