// line_stops.cpp — patching kBreak in and out of a program's code (see line_stops.h).
#include "lang/line_stops.h"

#include <limits>

namespace chanscope::lang {
namespace {

bool Watched(const Function& fn, std::string_view file) {
  return !fn.hidden && !fn.library && fn.file == file;
}

// The first instruction of a stretch of one line: where a goroutine enters the line.
bool StartsStretch(const Function& fn, uint32_t pc) {
  return fn.lines[pc] > 0 && (pc == 0 || fn.lines[pc - 1] != fn.lines[pc]);
}

// A loop's jump back to its head on the same line (`for n := range c`): the head stops there
// an instant later, so one stop per iteration is enough.
bool JumpsToStopOnSameLine(const Function& fn, uint32_t pc) {
  const Instr& in = fn.code[pc];
  return in.op == Op::kJump && in.Target() < fn.code.size() && StartsStretch(fn, in.Target()) &&
         fn.lines[in.Target()] == fn.lines[pc];
}

// The original instructions go back where the stops were.
void ClearStops(Program& program) {
  for (const BreakSite& site : program.break_sites)
    program.functions[site.function].code[site.pc] = site.original;
  program.break_sites.clear();
}

}  // namespace

void SetLineStops(Program& program, std::string_view file, const std::set<int32_t>& breakpoints,
                  bool every_line) {
  ClearStops(program);
  for (uint32_t f = 0; f < program.functions.size(); f++) {
    Function& fn = program.functions[f];
    if (!Watched(fn, file)) continue;
    for (uint32_t pc = 0; pc < fn.code.size(); pc++) {
      if (!StartsStretch(fn, pc) || JumpsToStopOnSameLine(fn, pc)) continue;
      const int32_t line = fn.lines[pc];
      const bool breakpoint = breakpoints.contains(line);
      if (!breakpoint && !every_line) continue;
      const auto site = static_cast<uint32_t>(program.break_sites.size());
      program.break_sites.push_back({f, pc, fn.code[pc], line, breakpoint});
      fn.code[pc] = Instr::Jump(Op::kBreak, 0, site);
    }
  }
}

int32_t LineWithCode(const Program& program, std::string_view file, int32_t line) {
  int32_t best = std::numeric_limits<int32_t>::max();
  for (const Function& fn : program.functions) {
    if (!Watched(fn, file)) continue;
    for (int32_t l : fn.lines)
      if (l >= line && l < best) best = l;
  }
  return best == std::numeric_limits<int32_t>::max() ? 0 : best;
}

}  // namespace chanscope::lang
