// stdlib.cpp — lookup in the embedded standard library (the table is generated).
#include "lang/stdlib.h"

namespace chanscope::lang {

const StdlibFile* FindStdlib(std::string_view path) {
  for (const StdlibFile& f : StdlibFiles()) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

}  // namespace chanscope::lang
