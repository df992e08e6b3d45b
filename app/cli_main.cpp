// chanscope-cli: the headless tool. `run` runs a Go file like `go run`; `disasm` shows its
// bytecode; `demo` runs the built-in C++ demo.
#include <CLI/CLI.hpp>

#include <cstdint>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <fstream>
#include <sstream>

#include "core/scheduler.h"
#include "core/trace.h"
#include "demo_program.h"
#include "lang/disasm.h"
#include "lang/driver.h"
#include "lang/vm.h"
#include "trace_json.h"

namespace {

namespace core = chanscope::core;

// The scheduler's flags, the same for `demo` and `run`.
struct SchedulerFlags {
  std::uint64_t seed = 1;
  int procs = 1;
  std::string policy = "go";
  bool events = false;  // print the kernel's text trace on stderr
};

void AddSchedulerFlags(CLI::App* command, SchedulerFlags& flags) {
  command->add_option("--seed", flags.seed, "Scheduler seed")->capture_default_str();
  command->add_option("--procs", flags.procs, "Virtual processors (GOMAXPROCS)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  command->add_option("--policy", flags.policy, "Scheduling policy")
      ->check(CLI::IsMember({"go", "random"}))
      ->capture_default_str();
  command->add_flag("--events", flags.events, "Print the kernel's text trace on stderr");
}

// A scheduler configured by the flags whose program output goes to stdout and stderr.
std::unique_ptr<core::Scheduler> MakeScheduler(const SchedulerFlags& flags, core::Config config) {
  config.seed = flags.seed;
  config.procs = flags.procs;
  config.trace = config.trace || flags.events;
  if (!core::ParsePolicy(flags.policy, &config.policy)) {
    std::cerr << "chanscope-cli: unknown policy " << flags.policy << "\n";
    return nullptr;
  }
  auto sched = std::make_unique<core::Scheduler>(config);
  sched->output = [](int stream, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stream == 2 ? stderr : stdout);
  };
  return sched;
}

// Runs the demo to completion like `go run`: program output on stdout/stderr, Go's report
// of a panic or fatal error on stderr, Go's exit status.
int RunDemo(const SchedulerFlags& flags) {
  std::unique_ptr<core::Scheduler> scheduler = MakeScheduler(flags, {});
  if (!scheduler) return 2;
  core::Scheduler& sched = *scheduler;
  chanscope::demo::ChannelNames names;
  chanscope::demo::StartPingPong(sched, &names);
  const core::Outcome& outcome = sched.Run();
  std::fflush(stdout);
  if (flags.events) std::cerr << core::FormatTrace(sched.trace());
  if (!outcome.report.empty()) std::cerr << outcome.report;
  return outcome.exit_code;
}

struct RunFlags {
  std::string file;
  std::vector<std::string> args;  // os.Args[1:]
  SchedulerFlags scheduler;
  std::uint64_t max_steps = 0;
  chanscope::lang::VmLimits limits;
  bool leaks = false;      // report goroutines blocked forever after the run
  std::string trace_file;  // Chrome Trace Event JSON, when set
};

// After the run: the goroutines parked on channels that nothing able to run can reach.
void ReportBlockedForever(chanscope::lang::Vm& vm, const core::Scheduler& sched) {
  std::vector<const core::G*> blocked = vm.BlockedForever();
  if (blocked.empty()) return;
  std::cerr << "\nchanscope: " << blocked.size()
            << (blocked.size() == 1 ? " goroutine is" : " goroutines are")
            << " blocked forever: no goroutine that can run reaches the channels they wait on\n";
  for (const core::G* g : blocked) std::cerr << "\n" << sched.DumpGoroutine(*g);
}

// Reads and builds a Go file; prints its errors as FILE:LINE:COL: message.
std::unique_ptr<chanscope::lang::Build> BuildFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "chanscope-cli: cannot read " << path << "\n";
    return nullptr;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto build = chanscope::lang::BuildProgram(path, text.str());
  for (const auto& d : build->diagnostics) std::cerr << d.Format() << "\n";
  if (!build->program()) return nullptr;
  return build;
}

// Like `go run`: fmt output on stdout; print, panics and fatal errors on stderr; exit 0,
// os.Exit's code, 2 after a panic or fatal error, 1 after compile errors.
int RunFile(const RunFlags& flags) {
  auto build = BuildFile(flags.file);
  if (!build) return 1;
  core::Config config{.max_steps = flags.max_steps};
  config.trace = !flags.trace_file.empty();
  std::unique_ptr<core::Scheduler> scheduler = MakeScheduler(flags.scheduler, config);
  if (!scheduler) return 2;
  core::Scheduler& sched = *scheduler;
  chanscope::lang::Vm vm(*build->program(), sched, flags.limits);
  std::vector<std::string> args{flags.file};
  args.insert(args.end(), flags.args.begin(), flags.args.end());
  vm.SetArgs(std::move(args));
  vm.Start();
  const core::Outcome& outcome = sched.Run();
  std::fflush(stdout);
  if (flags.scheduler.events) std::cerr << core::FormatTrace(sched.trace());
  const bool trace_written =
      flags.trace_file.empty() || chanscope::WriteChromeTraceFile(sched.trace(), flags.file, flags.trace_file);
  if (!outcome.report.empty()) std::cerr << outcome.report;
  if (!trace_written) return outcome.exit_code ? outcome.exit_code : 1;
  if (flags.leaks) ReportBlockedForever(vm, sched);
  return outcome.exit_code;
}

int DisassembleFile(const std::string& path) {
  auto build = BuildFile(path);
  if (!build) return 1;
  std::cout << chanscope::lang::Disassemble(*build->program());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"Chanscope's headless tool: run programs on the deterministic scheduler",
               "chanscope-cli"};
  cli.require_subcommand(1);

  SchedulerFlags demo_flags;
  CLI::App* demo = cli.add_subcommand("demo", "Run the built-in ping-pong demo to completion");
  AddSchedulerFlags(demo, demo_flags);

  RunFlags run_flags;
  CLI::App* run = cli.add_subcommand("run", "Run a Go program (like go run FILE.go ARGS...)");
  run->add_option("file", run_flags.file, "Go source file")->required();
  run->add_option("args", run_flags.args, "Arguments for the program (os.Args[1:])");
  AddSchedulerFlags(run, run_flags.scheduler);
  run->add_option("--max-steps", run_flags.max_steps, "Stop after this many kernel events");
  run->add_option("--max-goroutines", run_flags.limits.max_goroutines,
                  "Fatal error when more goroutines than this are alive at once")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  run->add_option("--max-heap", run_flags.limits.max_heap_bytes,
                  "Fatal error when the live heap exceeds this many bytes after a collection")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  run->add_flag("--leaks", run_flags.leaks,
                "After the run, list goroutines blocked forever on channels nothing can reach");
  run->add_option("--trace", run_flags.trace_file,
                  "Write the run as Chrome Trace Event JSON (open it in Perfetto or chrome://tracing)");
  run->positionals_at_end();

  std::string disasm_file;
  CLI::App* disasm = cli.add_subcommand("disasm", "Show the bytecode of a Go program");
  disasm->add_option("file", disasm_file, "Go source file")->required();

  CLI11_PARSE(cli, argc, argv);

  if (*demo) return RunDemo(demo_flags);
  if (*disasm) return DisassembleFile(disasm_file);
  return RunFile(run_flags);
}
