// chanscope-cli: the headless tool. `demo` runs the built-in C++ demo; `run` will run Go files.
#include <CLI/CLI.hpp>

#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>

#include "core/scheduler.h"
#include "core/trace.h"
#include "demo_program.h"

namespace {

namespace core = chanscope::core;

struct DemoFlags {
  std::uint64_t seed = 1;
  int procs = 1;
  std::string policy = "go";
  bool events = false;  // print the kernel's text trace on stderr
};

// Runs the demo to completion like `go run`: program output on stdout/stderr, Go's report
// of a panic or fatal error on stderr, Go's exit status.
int RunDemo(const DemoFlags& flags) {
  core::Config config{.seed = flags.seed, .procs = flags.procs};
  if (!core::ParsePolicy(flags.policy, &config.policy)) {
    std::cerr << "chanscope-cli: unknown policy " << flags.policy << "\n";
    return 2;
  }
  core::Scheduler sched(config);
  sched.output = [](int stream, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stream == 2 ? stderr : stdout);
  };
  chanscope::demo::ChannelNames names;
  chanscope::demo::StartPingPong(sched, &names);
  const core::Outcome& outcome = sched.Run();
  std::fflush(stdout);
  if (flags.events) std::cerr << core::FormatTrace(sched.trace());
  if (!outcome.report.empty()) std::cerr << outcome.report;
  return outcome.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"Chanscope's headless tool: run programs on the deterministic scheduler",
               "chanscope-cli"};
  cli.require_subcommand(1);

  DemoFlags demo_flags;
  CLI::App* demo = cli.add_subcommand("demo", "Run the built-in ping-pong demo to completion");
  demo->add_option("--seed", demo_flags.seed, "Scheduler seed")->capture_default_str();
  demo->add_option("--procs", demo_flags.procs, "Virtual processors (GOMAXPROCS)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  demo->add_option("--policy", demo_flags.policy, "Scheduling policy")
      ->check(CLI::IsMember({"go", "random"}))
      ->capture_default_str();
  demo->add_flag("--events", demo_flags.events, "Print the kernel's text trace on stderr");

  std::string go_file;
  CLI::App* run = cli.add_subcommand("run", "Run a Go program (like go run FILE.go)");
  run->add_option("file", go_file, "Go source file")->required();

  CLI11_PARSE(cli, argc, argv);

  if (*demo) return RunDemo(demo_flags);
  std::cerr << "chanscope-cli: the Go interpreter is not built yet\n";
  return 1;
}
