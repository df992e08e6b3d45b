// ast_print.h — a syntax tree as indented S-expressions, for tests and debugging.
//
//   (FuncDecl main
//     (FuncType (FieldList))
//     (BlockStmt
//       (SendStmt (Ident ch) (BasicLit INT 1 =1))))
//
// Each node prints as (Kind attributes... children...); a node whose children all fit
// on one line (80 columns) is printed on one line. Absent optional children that hold
// a fixed slot (for init; cond; post, s[lo:hi:max], an elided composite literal type)
// print as nil so that the slots stay recognisable.
#pragma once

#include <string>

#include "lang/ast.h"

namespace chanscope::lang {

struct AstPrintOptions {
  bool positions = false;  // append @line:col to every node's kind
};

std::string PrintAst(const ast::Node* node, AstPrintOptions options = {});
// (File name package decls...) — the whole file.
std::string PrintAst(const ast::File& file, AstPrintOptions options = {});

}  // namespace chanscope::lang
