// The user's preferences and window layout, kept as `key = value` lines in the XDG config dir.
#pragma once

#include <filesystem>
#include <set>
#include <string>

namespace chanscope {

// Which panels show; each can be hidden from the View menu.
struct PanelVisibility {
  bool lesson = true;
  bool code = true;
  bool stage = true;
  bool inspector = true;
  bool timeline = true;
  bool console = true;
  friend bool operator==(const PanelVisibility&, const PanelVisibility&) = default;
};

// Splitter positions, each a share of the space it divides (so they survive window resizes).
struct LayoutShares {
  float lesson_width = 0.21f;     // lesson column, of the window width
  float code_width = 0.38f;       // code/console column, of what the lesson column leaves
  float console_height = 0.28f;   // console, of the code column's height
  float inspector_width = 0.38f;  // inspector, of the stage row's width
  float timeline_height = 0.30f;  // timeline, of the right area's height
  friend bool operator==(const LayoutShares&, const LayoutShares&) = default;
};

struct Settings {
  PanelVisibility panels;
  LayoutShares layout;
  std::string language = "en";  // "en" or "ko"
  std::string theme = "dark";   // "dark" or "light"
  float ui_scale = 1.0f;        // Ctrl+= / Ctrl+-; fonts are rebuilt at this scale
  bool presentation = false;    // larger type and stronger contrast for a projector
  float events_per_second = 8.0f;
  std::string last_lesson;      // reopened on the next start
  friend bool operator==(const Settings&, const Settings&) = default;
};

inline constexpr float kMinUiScale = 0.6f;
inline constexpr float kMaxUiScale = 2.5f;
inline constexpr float kScaleStepUp = 1.1f;  // one Ctrl+= press

// Missing file or unknown keys: defaults. Out-of-range values are clamped.
Settings LoadSettings(const std::filesystem::path& file);
bool SaveSettings(const std::filesystem::path& file, const Settings& settings);

// Ids of the lessons the learner has finished, one per line.
std::set<std::string> LoadCompleted(const std::filesystem::path& file);
bool SaveCompleted(const std::filesystem::path& file, const std::set<std::string>& ids);

// Writes `text` to a temporary file beside `file`, then renames it over: a crash never leaves
// half a file. Creates the parent directory.
bool WriteFileAtomically(const std::filesystem::path& file, const std::string& text);

}  // namespace chanscope
