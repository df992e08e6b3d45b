// The GUI's command line: chanscope [FILE.go] [--screenshot OUT.png] [--frames N] ...
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace chanscope {

struct AppOptions {
  std::string program_file;     // FILE.go to open; empty opens the built-in demo
  std::string screenshot_path;  // when set: render `frames` frames, save a PNG, exit
  int frames = 60;              // frames rendered before the screenshot is taken
  std::uint64_t seed = 1;       // scheduler seed: same seed, same run
  int procs = 1;                // GOMAXPROCS lanes
};

// Parses argv. On --help or a bad flag, prints CLI11's message and returns nullopt with
// `exit_code` set (0 for --help).
std::optional<AppOptions> ParseAppOptions(int argc, char** argv, int& exit_code);

}  // namespace chanscope
