// check_switch.cpp — expression switches, type switches and select statements.
#include "lang/check_internal.h"

namespace chanscope::lang {

void Checker::SwitchStmt(ast::SwitchStmt* s) {
  OpenScope("switch");
  SimpleStmt(s->init);
  Operand tag;
  bool have_tag = s->tag != nullptr;
  if (have_tag) {
    Expr(tag, s->tag);
    DefaultConvert(tag);
  } else {
    // switch { ... } compares each case with the constant true.
    tag.mode = ExprMode::kConstant;
    tag.type = Typ(TypeKind::kBool);
    tag.val = Constant::Bool(true);
  }
  breakable_.push_back(s);
  std::vector<std::pair<Constant, const Type*>> seen;
  const ast::CaseClause* default_clause = nullptr;
  auto& clauses = s->body->list;
  for (size_t ci = 0; ci < clauses.size(); ++ci) {
    auto* cc = clauses[ci]->As<ast::CaseClause>();
    if (cc == nullptr) continue;
    if (cc->is_default) {
      if (default_clause != nullptr) {
        Error(cc->pos, "multiple defaults in switch");
      }
      default_clause = cc;
    }
    for (ast::Expr* e : cc->list) {
      Operand y;
      Expr(y, e);
      if (y.IsInvalid()) continue;
      if (tag.IsInvalid()) continue;
      Operand t = tag;
      if (!MatchTypes(t, y) ||
          !(AssignableTo(y, t.type, nullptr) || AssignableTo(t, y.type, nullptr))) {
        Error(e->pos, "invalid case " + ExprString(e) + " in switch on " +
                          (have_tag ? ExprString(s->tag) : std::string("true")) +
                          " (mismatched types " + TypeString(y.type) + " and " +
                          TypeString(tag.type) + ")");
        continue;
      }
      Operand ycopy = y;
      t.expr = have_tag ? s->tag : e;
      std::string reason;
      Comparison(t, ycopy, Tok::kEql, e->pos, nullptr, &reason);
      if (!reason.empty()) {
        Error(e->pos, "invalid case " + ExprString(e) + " in switch on " +
                          (have_tag ? ExprString(s->tag) : std::string("true")) + " (" + reason +
                          ")");
        continue;
      }
      if (y.mode == ExprMode::kConstant && have_tag) {
        for (auto& [v, ty] : seen) {
          if (v == y.val && Identical(ty, y.type)) {
            Error(e->pos, "duplicate case " + OperandString(y) + " in expression switch");
            break;
          }
        }
        seen.emplace_back(y.val, y.type);
      }
    }
    // fallthrough is allowed as the last statement of any clause but the last.
    const ast::Stmt* saved_ft = fallthrough_ok_;
    fallthrough_ok_ = nullptr;
    if (!cc->body.empty()) {
      if (auto* b = cc->body.back()->As<ast::BranchStmt>();
          b != nullptr && b->tok == Tok::kFallthrough) {
        if (ci + 1 < clauses.size())
          fallthrough_ok_ = b;
        else
          fallthrough_error_[b] = "cannot fallthrough final case in switch";
      }
    }
    OpenScope("case");
    StmtList(cc->body);
    CloseScope();
    fallthrough_ok_ = saved_ft;
  }
  breakable_.pop_back();
  CloseScope();
}

// One type in a type switch case: nil or a type, distinct from the others, and possible
// for the operand's interface. Returns nullptr for an invalid type.
const Type* Checker::TypeSwitchCase(ast::Expr* e, const Operand& x, const InterfaceType* iface,
                                    std::vector<const Type*>& seen, bool* seen_nil) {
  if (auto* id = e->As<ast::Ident>();
      id != nullptr && id->name == "nil" && scope_->LookupParent("nil") == universe_.nil) {
    id->obj = universe_.nil;
    id->type = Typ(TypeKind::kUntypedNil);
    info_.modes[id] = ExprMode::kValue;
    if (*seen_nil) Error(e->pos, "multiple nil cases in type switch");
    *seen_nil = true;
    return Typ(TypeKind::kUntypedNil);
  }
  const Type* t = TypExpr(e);
  if (t->kind == TypeKind::kInvalid) return nullptr;
  for (const Type* prev : seen) {
    if (Identical(prev, t)) {
      Error(e->pos, "duplicate case " + TypeString(t) + " in type switch");
      break;
    }
  }
  seen.push_back(t);
  if (iface == nullptr || IsInterface(t)) return t;
  bool wrong = false, ptr = false;
  if (Func* m = MissingMethod(t, iface, &wrong, &ptr)) {
    Error(e->pos, "impossible type switch case: " + OperandString(x) +
                      " cannot have dynamic type " + TypeString(t) + " (" +
                      (ptr     ? "method " + m->name + " has pointer receiver"
                       : wrong ? "wrong type for method " + m->name
                               : "missing method " + m->name) +
                      ")");
  }
  return t;
}

void Checker::TypeSwitchStmt(ast::TypeSwitchStmt* s) {
  OpenScope("type switch");
  SimpleStmt(s->init);
  ast::Ident* binding = s->Binding();
  if (binding != nullptr && binding->name == "_") {
    Error(binding->pos, "no new variable on left side of :=");
  }
  ast::Expr* subject = s->Subject();
  Operand x;
  if (subject != nullptr) Expr(x, subject);
  // Annotate the x.(type) node itself.
  if (s->assign != nullptr) {
    ast::Expr* guard = nullptr;
    if (auto* a = s->assign->As<ast::AssignStmt>(); a != nullptr && !a->rhs.empty())
      guard = a->rhs[0];
    if (auto* es = s->assign->As<ast::ExprStmt>()) guard = es->x;
    if (guard != nullptr && !x.IsInvalid()) {
      guard->type = x.type;
      info_.modes[guard] = ExprMode::kValue;
    }
  }
  bool ok = !x.IsInvalid();
  if (ok && !IsInterface(x.type)) {
    Error(subject->pos, OperandString(x) + " is not an interface");
    ok = false;
  }
  const InterfaceType* iface = ok ? x.type->Underlying()->As<InterfaceType>() : nullptr;
  breakable_.push_back(s);
  std::vector<Var*> clause_vars;
  std::vector<const Type*> seen;
  bool seen_nil = false;
  const ast::CaseClause* default_clause = nullptr;
  for (ast::Stmt* st : s->body->list) {
    auto* cc = st->As<ast::CaseClause>();
    if (cc == nullptr) continue;
    if (cc->is_default) {
      if (default_clause != nullptr) Error(cc->pos, "multiple defaults in switch");
      default_clause = cc;
    }
    const Type* single = nullptr;
    for (ast::Expr* e : cc->list) {
      const Type* t = TypeSwitchCase(e, x, iface, seen, &seen_nil);
      if (t == nullptr) continue;
      single = cc->list.size() == 1 ? t : nullptr;
    }
    if (!cc->body.empty()) {
      if (auto* b = cc->body.back()->As<ast::BranchStmt>();
          b != nullptr && b->tok == Tok::kFallthrough) {
        fallthrough_error_[b] = "cannot fallthrough in type switch";
      }
    }
    OpenScope("case");
    if (binding != nullptr && binding->name != "_") {
      // Each clause declares its own variable: of the case's type when it names one
      // type, of the switch operand's type otherwise.
      const Type* vt = single != nullptr && single->kind != TypeKind::kUntypedNil ? single : x.type;
      if (vt == nullptr) vt = Typ(TypeKind::kInvalid);
      auto* v = store_.NewObject<Var>(std::string(binding->name), binding->pos, vt);
      v->pkg = pkg_.pkg;
      v->owner = func_ != nullptr ? func_->info->node : nullptr;
      scope_->Insert(v);
      info_.implicits[cc] = v;
      clause_vars.push_back(v);
    }
    StmtList(cc->body);
    CloseScope();
  }
  if (binding != nullptr && binding->name != "_") {
    bool used = false;
    for (Var* v : clause_vars) used = used || v->used;
    // The binding's own object (for tools): the first clause's variable, if any.
    auto* bv = store_.NewObject<Var>(std::string(binding->name), binding->pos,
                                     ok ? x.type : Typ(TypeKind::kInvalid));
    bv->used = true;
    binding->obj = bv;
    if (!used && options_.report_unused) {
      Error(binding->pos, "declared and not used: " + std::string(binding->name));
    }
  }
  breakable_.pop_back();
  CloseScope();
}

void Checker::SelectStmt(ast::SelectStmt* s) {
  breakable_.push_back(s);
  bool have_default = false;
  for (ast::Stmt* st : s->body->list) {
    auto* cc = st->As<ast::CommClause>();
    if (cc == nullptr) continue;
    OpenScope("select case");
    if (cc->comm == nullptr) {
      if (have_default) Error(cc->pos, "multiple defaults in select");
      have_default = true;
    } else {
      // The communication must be a send or a receive (possibly assigned).
      ast::Expr* recv = nullptr;
      if (auto* es = cc->comm->As<ast::ExprStmt>()) recv = es->x;
      if (auto* as = cc->comm->As<ast::AssignStmt>(); as != nullptr && as->rhs.size() == 1) {
        recv = as->rhs[0];
      }
      ast::Expr* bare = recv;
      while (bare != nullptr && bare->kind == ast::NodeKind::kParenExpr)
        bare = bare->As<ast::ParenExpr>()->x;
      bool valid = cc->comm->kind == ast::NodeKind::kSendStmt ||
                   (bare != nullptr && bare->kind == ast::NodeKind::kUnaryExpr &&
                    bare->As<ast::UnaryExpr>()->op == Tok::kArrow);
      if (!valid) {
        Error(cc->comm->pos, "select case must be send or receive (possibly with assignment)");
      } else {
        Stmt(cc->comm);
      }
    }
    StmtList(cc->body);
    CloseScope();
  }
  breakable_.pop_back();
}

}  // namespace chanscope::lang
