// Go syntax colouring for the code panel: source lines to runs of token kinds. No ImGui here.
#pragma once

#include <string_view>
#include <vector>

namespace chanscope {

enum class CodeKind { kPlain, kKeyword, kType, kBuiltin, kString, kNumber, kComment, kOperator };

struct CodeRun {
  int begin = 0;  // byte offset in the line
  int end = 0;    // one past the last byte
  CodeKind kind = CodeKind::kPlain;
  friend bool operator==(const CodeRun&, const CodeRun&) = default;
};

// One vector of runs per source line ('\n' separated), covering each line without gaps.
// Block comments and raw strings may span lines.
std::vector<std::vector<CodeRun>> HighlightGo(std::string_view source);

}  // namespace chanscope
