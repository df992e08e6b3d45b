// The first Chanscope window: the built-in demo running on the kernel, with playback controls.
#pragma once

#include <string>

#include "app_options.h"
#include "fonts.h"
#include "inspector_view.h"
#include "stage_view.h"
#include "timeline_view.h"
#include "playback.h"

namespace chanscope {

class DemoPanel {
 public:
  // Settings, with defaults.
  static constexpr float kDefaultEventsPerSecond = 30.0f;
  static constexpr int kTraceLines = 20;

  DemoPanel(const AppOptions& options, const Fonts& fonts);

  // Advances the run by `seconds` of playback when playing; call once per frame before Draw().
  void Update(float seconds);
  // Lays the panes out over the whole window.
  void Draw();

 private:
  void DrawToolbar();
  void DrawStatus();
  void DrawTabs();
  void HandleKeys();

  const Fonts& fonts_;
  std::string program_text_;  // the opened .go file as read (before playback_: it builds it)
  Playback playback_;
  std::string source_;        // the Go program shown, tabs expanded
  std::string source_title_;  // pane title: the file name or the demo's
  std::string notice_;        // one line about what is shown, e.g. interpreter not built yet

  InspectorViewState inspector_;
  StageViewState stage_;
  TimelineViewState timeline_;

  // Internal playback state.
  bool playing_ = true;
  float events_per_second_ = kDefaultEventsPerSecond;
  float pending_events_ = 0.0f;  // fractional events carried to the next frame
};

}  // namespace chanscope
