// parse_fuzz.cpp — libFuzzer target: any bytes through the lexer, parser and AST utilities.
//
// Built and run by tests/fuzz/run.sh (clang, -fsanitize=fuzzer,address,undefined). Besides
// "no crash, no sanitizer report", it checks what later phases rely on: every diagnostic
// has a position, and every expression of the tree can be printed and cloned.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/ast_print.h"
#include "lang/parser.h"

using namespace chanscope::lang;

namespace {

void Fail(const char* what) {
  std::fprintf(stderr, "parse_fuzz: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  ParseResult r = Parse("fuzz.go", source);
  if (r.file == nullptr) Fail("Parse returned no file");
  for (const Diagnostic& d : r.diagnostics) {
    if (d.line < 1 || d.col < 1 || d.message.empty()) Fail("diagnostic without position or text");
  }

  // Walk the whole tree: printing touches every node and child pointer. (The printer's
  // cost grows with size times depth, so big inputs skip it to keep the fuzzer fast.)
  // Each maximal expression (one whose parent is no expression) is written back and cloned.
  if (size <= 2048 && PrintAst(*r.file).empty()) Fail("empty dump");
  std::vector<ast::Node*> kids;
  for (ast::Decl* d : r.file->decls) {
    ast::Inspect(d, [&](ast::Node* n) {
      if (ast::IsExpr(n->kind)) return true;
      if (ast::IsStmt(n->kind)) ast::StmtString(static_cast<ast::Stmt*>(n));
      kids.clear();
      ast::Children(n, kids);
      for (ast::Node* k : kids) {
        if (!ast::IsExpr(k->kind)) continue;
        auto* e = static_cast<ast::Expr*>(k);
        ast::Expr* copy = ast::CloneExpr(r.file->arena, e);
        if (copy == nullptr || copy->kind != e->kind) Fail("clone changed the node kind");
        if (ast::ExprString(copy) != ast::ExprString(e)) Fail("clone differs from the original");
      }
      return true;
    });
  }
  return 0;
}
