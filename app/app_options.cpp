// Command-line parsing for the GUI, with CLI11.
#include "app_options.h"

#include <CLI/CLI.hpp>

namespace chanscope {

std::optional<AppOptions> ParseAppOptions(int argc, char** argv, int& exit_code) {
  AppOptions options;
  CLI::App cli{"Chanscope: watch Go goroutines and channels at work", "chanscope"};
  cli.add_option("file", options.program_file, "Go program to open (default: built-in demo)")
      ->check(CLI::ExistingFile);
  cli.add_option("--screenshot", options.screenshot_path,
                 "Render --frames frames, save the window as a PNG and exit");
  cli.add_option("--frames", options.frames, "Frames to render before --screenshot")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cli.add_option("--seed", options.seed, "Scheduler seed")->capture_default_str();
  cli.add_option("--procs", options.procs, "Virtual processors (GOMAXPROCS)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    exit_code = cli.exit(e);
    return std::nullopt;
  }
  return options;
}

}  // namespace chanscope
