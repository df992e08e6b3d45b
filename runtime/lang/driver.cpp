// driver.cpp — the phases of a build, stopping at the first that reports errors.
#include "lang/driver.h"

namespace chanscope::lang {

std::unique_ptr<Build> BuildProgram(std::string_view file_name, std::string_view source) {
  auto b = std::make_unique<Build>();
  b->parse = Parse(file_name, source);
  if (!b->parse.ok()) {
    b->diagnostics = b->parse.diagnostics;
    return b;
  }
  b->check = Check(*b->parse.file);
  if (!b->check.ok()) {
    b->diagnostics = b->check.diagnostics;
    return b;
  }
  b->compile = Compile(*b->parse.file, *b->check.info);
  b->diagnostics = b->compile.diagnostics;
  return b;
}

}  // namespace chanscope::lang
