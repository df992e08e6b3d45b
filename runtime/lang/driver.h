// driver.h — source text to a runnable program: parse, check, compile, in one call.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "lang/bytecode.h"
#include "lang/check.h"
#include "lang/compile.h"
#include "lang/diagnostic.h"
#include "lang/parser.h"

namespace chanscope::lang {

// Everything a build produced; the AST and the checker's info stay alive with it.
struct Build {
  ParseResult parse;
  CheckResult check;
  CompileResult compile;
  // The errors of the phase that stopped the build (empty when program() is set).
  std::vector<Diagnostic> diagnostics;
  const Program* program() const { return compile.program.get(); }
  Program* mutable_program() { return compile.program.get(); }  // for debugger stops
};

// Parses, checks and compiles one file of package main. Syntax errors stop before
// checking; type errors stop before compiling.
std::unique_ptr<Build> BuildProgram(std::string_view file_name, std::string_view source);

}  // namespace chanscope::lang
