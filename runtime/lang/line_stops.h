// line_stops.h — debugger stops at source lines, free while none are set. As a debugger writes
// int3, the first instruction of each stretch of a watched line is swapped for kBreak; the VM
// runs the instruction it replaced (Program::break_sites) unless the run is to stop there.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>

#include "lang/bytecode.h"

namespace chanscope::lang {

// Puts the program's stops where they are asked for, undoing earlier ones first: at every
// entry into each of `breakpoints`, and into every line when `every_line` (a step to the next
// line). Only functions of `file` are touched: never the standard library, never the hidden
// entry code.
void SetLineStops(Program& program, std::string_view file, const std::set<int32_t>& breakpoints,
                  bool every_line);

// The first line at or after `line` in `file` where some instruction begins (a breakpoint on a
// comment or a blank line moves there, as in Delve), or 0 when there is none.
int32_t LineWithCode(const Program& program, std::string_view file, int32_t line);

}  // namespace chanscope::lang
