// diagnostic.h — a learner-facing error: where it is and what gc would say about it.
#pragma once

#include <cstdint>
#include <string>

namespace chanscope::lang {

// Learner errors are data, never exceptions: every phase appends these to a list.
struct Diagnostic {
  std::string file;
  int32_t line = 0;  // 1-based
  int32_t col = 0;   // 1-based, counted in bytes like gc
  std::string message;

  // "file:line:col: message", the form go build prints.
  std::string Format() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message;
  }
};

}  // namespace chanscope::lang
