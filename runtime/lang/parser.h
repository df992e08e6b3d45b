// parser.h — Parse(): Go source text to an ast::File plus syntax errors, never throwing.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/diagnostic.h"

namespace chanscope::lang {

struct ParseResult {
  // Always non-null: after syntax errors it holds what could be parsed (with Bad*
  // nodes where the text made no sense), so later phases may still look at it.
  std::unique_ptr<ast::File> file;
  // Lexical and syntax errors in source order, gc's wording ("syntax error: ...").
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return diagnostics.empty(); }
};

// Parses one Go source file. file_name only labels positions and diagnostics.
ParseResult Parse(std::string_view file_name, std::string_view source);

}  // namespace chanscope::lang
