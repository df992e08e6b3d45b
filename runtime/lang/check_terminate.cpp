// check_terminate.cpp — the spec's terminating statements, for "missing return".
#include "lang/check_internal.h"

namespace chanscope::lang {

// --- Terminating statements ---------------------------------------------------------------------

bool Checker::IsTerminatingList(std::span<ast::Stmt*> list, std::string_view label) {
  // Trailing empty statements do not count.
  for (size_t i = list.size(); i > 0; --i) {
    const ast::Stmt* s = list[i - 1];
    if (s == nullptr || s->kind == ast::NodeKind::kEmptyStmt) continue;
    return IsTerminating(s, label);
  }
  return false;
}

bool Checker::IsTerminating(const ast::Stmt* s, std::string_view label) {
  switch (s->kind) {
    case ast::NodeKind::kReturnStmt: return true;
    case ast::NodeKind::kBranchStmt: {
      Tok t = s->As<ast::BranchStmt>()->tok;
      return t == Tok::kGoto || t == Tok::kFallthrough;
    }
    case ast::NodeKind::kExprStmt: {
      ast::Expr* e = s->As<ast::ExprStmt>()->x;
      while (auto* p = e->As<ast::ParenExpr>()) e = p->x;
      auto* call = e->As<ast::CallExpr>();
      if (call == nullptr) return false;
      auto* id = call->fun->As<ast::Ident>();
      return id != nullptr && id->obj != nullptr && id->obj->kind == ObjKind::kBuiltin &&
             id->obj->As<Builtin>()->id == BuiltinId::kPanic;
    }
    case ast::NodeKind::kBlockStmt: return IsTerminatingList(s->As<ast::BlockStmt>()->list, "");
    case ast::NodeKind::kLabeledStmt: {
      auto* l = s->As<ast::LabeledStmt>();
      return l->stmt != nullptr &&
             IsTerminating(l->stmt, l->label != nullptr ? l->label->name : "");
    }
    case ast::NodeKind::kIfStmt: {
      auto* i = s->As<ast::IfStmt>();
      return i->else_stmt != nullptr && i->body != nullptr &&
             IsTerminatingList(i->body->list, "") && IsTerminating(i->else_stmt, "");
    }
    case ast::NodeKind::kForStmt: {
      auto* f = s->As<ast::ForStmt>();
      return f->cond == nullptr && !HasBreak(f->body, label, true);
    }
    case ast::NodeKind::kSwitchStmt:
    case ast::NodeKind::kTypeSwitchStmt: {
      ast::BlockStmt* body = s->kind == ast::NodeKind::kSwitchStmt
                                 ? s->As<ast::SwitchStmt>()->body
                                 : s->As<ast::TypeSwitchStmt>()->body;
      bool has_default = false;
      for (ast::Stmt* st : body->list) {
        auto* cc = st->As<ast::CaseClause>();
        if (cc == nullptr) continue;
        has_default = has_default || cc->is_default;
        if (!IsTerminatingList(cc->body, "")) return false;
        for (ast::Stmt* b : cc->body)
          if (b != nullptr && HasBreak(b, label, true)) return false;
      }
      return has_default;
    }
    case ast::NodeKind::kSelectStmt: {
      for (ast::Stmt* st : s->As<ast::SelectStmt>()->body->list) {
        auto* cc = st->As<ast::CommClause>();
        if (cc == nullptr) continue;
        if (!IsTerminatingList(cc->body, "")) return false;
        for (ast::Stmt* b : cc->body)
          if (b != nullptr && HasBreak(b, label, true)) return false;
      }
      return true;
    }
    default: return false;
  }
}

// Whether s contains a break that leaves the statement being analysed: an unlabeled
// one not nested in another breakable statement (implicit), or one naming `label`.
bool Checker::HasBreak(const ast::Stmt* s, std::string_view label, bool implicit) {
  if (s == nullptr) return false;
  switch (s->kind) {
    case ast::NodeKind::kBranchStmt: {
      auto* b = s->As<ast::BranchStmt>();
      if (b->tok != Tok::kBreak) return false;
      if (b->label == nullptr) return implicit;
      return !label.empty() && b->label->name == label;
    }
    case ast::NodeKind::kBlockStmt:
      for (ast::Stmt* c : s->As<ast::BlockStmt>()->list)
        if (HasBreak(c, label, implicit)) return true;
      return false;
    case ast::NodeKind::kLabeledStmt:
      return HasBreak(s->As<ast::LabeledStmt>()->stmt, label, implicit);
    case ast::NodeKind::kIfStmt: {
      auto* i = s->As<ast::IfStmt>();
      return HasBreak(i->body, label, implicit) || HasBreak(i->else_stmt, label, implicit);
    }
    case ast::NodeKind::kCaseClause:
      for (ast::Stmt* c : s->As<ast::CaseClause>()->body)
        if (HasBreak(c, label, implicit)) return true;
      return false;
    case ast::NodeKind::kCommClause:
      for (ast::Stmt* c : s->As<ast::CommClause>()->body)
        if (HasBreak(c, label, implicit)) return true;
      return false;
    case ast::NodeKind::kForStmt: return HasBreak(s->As<ast::ForStmt>()->body, label, false);
    case ast::NodeKind::kRangeStmt: return HasBreak(s->As<ast::RangeStmt>()->body, label, false);
    case ast::NodeKind::kSwitchStmt: return HasBreak(s->As<ast::SwitchStmt>()->body, label, false);
    case ast::NodeKind::kTypeSwitchStmt:
      return HasBreak(s->As<ast::TypeSwitchStmt>()->body, label, false);
    case ast::NodeKind::kSelectStmt: return HasBreak(s->As<ast::SelectStmt>()->body, label, false);
    default: return false;
  }
}

}  // namespace chanscope::lang
