// Command-line parsing for the GUI, with CLI11.
#include "app_options.h"

#include <CLI/CLI.hpp>

#include <cstdio>

namespace chanscope {
namespace {

// "1280x720" to width and height; false when it is not two positive numbers.
bool ParseSize(const std::string& text, int& width, int& height) {
  char x = 0;
  return std::sscanf(text.c_str(), "%d%c%d", &width, &x, &height) == 3 && x == 'x' &&
         width >= 320 && height >= 240;
}

}  // namespace

std::optional<AppOptions> ParseAppOptions(int argc, char** argv, int& exit_code) {
  AppOptions options;
  std::string size;
  CLI::App cli{"Chanscope: watch Go goroutines and channels at work", "chanscope"};
  auto* file = cli.add_option("file", options.program_file, "Go program to open")
                   ->check(CLI::ExistingFile);
  cli.add_option("--lesson", options.lesson_id, "Open the lesson with this id (its folder name)")
      ->excludes(file);
  cli.add_option("--lang", options.language, "Interface and lesson language")
      ->check(CLI::IsMember({"en", "ko"}));
  cli.add_option("--theme", options.theme, "Colour theme")->check(CLI::IsMember({"dark", "light"}));
  cli.add_flag("--presentation", options.presentation,
               "Presentation mode: larger text, stronger contrast");
  cli.add_option("--scale", options.scale, "UI scale (1 = normal)")->check(CLI::Range(0.6, 2.5));
  cli.add_option("--size", size, "Window size, e.g. 1600x900");
  cli.add_option("--steps", options.steps, "Advance the program this many events at start");
  cli.add_option("--screenshot", options.screenshot_path,
                 "Render --frames frames, save the window as a PNG and exit");
  cli.add_option("--frames", options.frames, "Frames to render before --screenshot")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cli.add_option("--bench-frames", options.bench_frames,
                 "Play at full speed for N frames, print frame times and exit")
      ->check(CLI::PositiveNumber);
  cli.add_option("--seed", options.seed, "Scheduler seed");
  cli.add_option("--procs", options.procs, "Virtual processors (GOMAXPROCS)")
      ->check(CLI::Range(1, 8));
  cli.add_option("--max-steps", options.max_steps,
                 "Stop the run after this many events (default 5,000,000: about 1 GB kept)");
  cli.add_option("--status-file", options.status_file,
                 "Keep FILE up to date with what the window shows: events, errors, output (for "
                 "tests that drive the window with synthetic input)");
  try {
    cli.parse(argc, argv);
    if (!size.empty() && !ParseSize(size, options.width, options.height))
      throw CLI::ValidationError("--size", "expected WIDTHxHEIGHT, at least 320x240: " + size);
  } catch (const CLI::ParseError& e) {
    exit_code = cli.exit(e);
    return std::nullopt;
  }
  return options;
}

}  // namespace chanscope
