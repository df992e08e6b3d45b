// local_scopes.h — the lines over which a function's local variables are in scope, for the
// debug info the goroutine inspector reads (a variable is shown only inside its block).
#pragma once

#include <cstdint>
#include <vector>

#include "lang/ast.h"

namespace chanscope::lang {

struct LineRange {
  int32_t first = 0;
  int32_t last = 0;
};

// Every block-like scope of `body` (blocks, if/for/range/switch/select statements with their
// init variables, case and comm clauses) as a range of lines.
std::vector<LineRange> ScopeRanges(const ast::BlockStmt* body);

// The last line of the innermost scope holding a variable declared at `line`.
int32_t ScopeEnd(const std::vector<LineRange>& scopes, int32_t line);

}  // namespace chanscope::lang
