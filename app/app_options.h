// The GUI's command line: chanscope [FILE.go | --lesson ID] [--lang en|ko] [--size WxH]
// [--steps N] [--frames N] [--screenshot OUT.png] [--bench-frames N] [--seed N] [--procs N]
// [--status-file FILE].
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace chanscope {

struct AppOptions {
  std::string program_file;     // FILE.go to open; empty: --lesson, else the last or first lesson
  std::string lesson_id;        // --lesson ID
  std::string language;         // "en" or "ko"; empty keeps the saved preference
  std::string theme;            // "dark" or "light"; empty keeps the saved preference
  bool presentation = false;    // start in presentation mode
  float scale = 0;              // UI scale; 0 keeps the saved preference
  int width = 1600;             // --size WxH: the window's size
  int height = 900;
  std::uint64_t steps = 0;      // events to advance before the first frame
  std::string screenshot_path;  // when set: render `frames` frames, save a PNG, exit
  int frames = 3;               // frames rendered before the screenshot is taken
  int bench_frames = 0;         // > 0: play at full speed this many frames, print frame times, exit
  std::optional<std::uint64_t> seed;  // overrides the lesson's seed
  std::optional<int> procs;           // overrides the lesson's GOMAXPROCS
  std::uint64_t max_steps = 0;        // the run's step limit; 0: the GUI's own (Playback)
  std::string status_file;  // kept up to date with Shell::Status(), for tests that drive the window

  // Screenshots and benchmarks run unattended: fixed frame time, no saved preferences.
  bool automated() const { return !screenshot_path.empty() || bench_frames > 0; }
};

// Parses argv. On --help or a bad flag, prints CLI11's message and returns nullopt with
// `exit_code` set (0 for --help).
std::optional<AppOptions> ParseAppOptions(int argc, char** argv, int& exit_code);

}  // namespace chanscope
