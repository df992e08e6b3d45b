// compile.h — checked AST to bytecode.
//
// Reads the checker's annotations (Expr::type, Expr::constant, Ident::obj) and emits one
// Function per FuncDecl. Values are laid out in 64-bit words (see Words()); every local
// variable has fixed slots in its frame. What the compiler cannot translate yet is a
// diagnostic "chanscope: unsupported: <feature>" at its position, never a wrong program.
#pragma once

#include <memory>
#include <vector>

#include "lang/ast.h"
#include "lang/bytecode.h"
#include "lang/diagnostic.h"

namespace chanscope::lang {

struct Type;
struct Info;

// Words a value of type t occupies, or -1 when the compiler has no layout for it yet.
int Words(const Type* t);

struct CompileResult {
  std::unique_ptr<Program> program;  // null when there are diagnostics
  std::vector<Diagnostic> diagnostics;
};

CompileResult Compile(const ast::File& file, const Info& info);

}  // namespace chanscope::lang
