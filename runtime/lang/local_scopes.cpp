// local_scopes.cpp — line ranges of the scopes in a function body.
#include "lang/local_scopes.h"

#include <algorithm>

namespace chanscope::lang {
namespace {

// The last line any node under n starts on (clauses have no closing position of their own).
int32_t LastLine(ast::Node* n) {
  int32_t last = n->pos.line;
  ast::Inspect(n, [&last](ast::Node* k) {
    last = std::max(last, k->pos.line);
    if (const auto* b = k->As<ast::BlockStmt>()) last = std::max(last, b->rbrace.line);
    return true;
  });
  return last;
}

// The line a statement's own block closes on, 0 when it has none.
int32_t ClosingLine(ast::Node* n) {
  const ast::BlockStmt* body = nullptr;
  if (const auto* s = n->As<ast::IfStmt>()) body = s->else_stmt ? nullptr : s->body;
  if (const auto* s = n->As<ast::ForStmt>()) body = s->body;
  if (const auto* s = n->As<ast::RangeStmt>()) body = s->body;
  if (const auto* s = n->As<ast::SwitchStmt>()) body = s->body;
  if (const auto* s = n->As<ast::TypeSwitchStmt>()) body = s->body;
  if (const auto* s = n->As<ast::SelectStmt>()) body = s->body;
  if (body) return body->rbrace.line;
  if (n->As<ast::IfStmt>()) return LastLine(n);  // if/else: its scope ends with the last else
  return 0;
}

}  // namespace

std::vector<LineRange> ScopeRanges(const ast::BlockStmt* body) {
  std::vector<LineRange> scopes;
  ast::Inspect(const_cast<ast::BlockStmt*>(body), [&scopes](ast::Node* n) {
    if (n->kind == ast::NodeKind::kFuncLit) return false;  // a function of its own
    if (const auto* b = n->As<ast::BlockStmt>()) {
      scopes.push_back({b->pos.line, b->rbrace.line});
    } else if (n->As<ast::CaseClause>() || n->As<ast::CommClause>()) {
      scopes.push_back({n->pos.line, LastLine(n)});
    } else if (const int32_t closing = ClosingLine(n)) {
      scopes.push_back({n->pos.line, closing});
    }
    return true;
  });
  return scopes;
}

int32_t ScopeEnd(const std::vector<LineRange>& scopes, int32_t line) {
  const LineRange* best = nullptr;
  for (const LineRange& r : scopes) {
    if (r.first > line || r.last < line) continue;
    // The innermost: the narrowest range, the later-starting one on a tie.
    if (!best || r.last - r.first < best->last - best->first ||
        (r.last - r.first == best->last - best->first && r.first >= best->first))
      best = &r;
  }
  return best ? best->last : line;
}

}  // namespace chanscope::lang
