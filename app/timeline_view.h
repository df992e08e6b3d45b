// The Timeline: one lane per goroutine coloured by state over virtual time (or over events),
// arrows from each send to its receive, a playhead; click or drag to travel in time.
#pragma once

#include <cstdint>
#include <optional>

#include "fonts.h"
#include "stage_model.h"
#include "timeline_model.h"
#include "ui_text.h"

namespace chanscope {

struct TimelineViewState {
  // Settings, with defaults.
  bool by_events = false;    // x axis: events instead of virtual time
  bool show_arrows = true;
  float lane_height = 18.0f;
  bool follow = true;        // keep the whole run in view until the user zooms or pans

  // Internal: the visible range of the x axis (ns or events).
  double view_start = 0.0;
  double view_end = 1.0;
  bool seeking = false;  // a left drag is moving the playhead
};

// Draws the timeline into the rest of the current window. Returns the step to move the whole
// app to when the user clicked or dragged on it.
std::optional<std::uint64_t> DrawTimeline(const TimelineModel& timeline, const StageModel& model,
                                          TimelineViewState& state, const Fonts& fonts,
                                          const UiText& ui);

}  // namespace chanscope
