// check_assign.cpp — assignability, convertibility, assignments, variable
// initialisation, short variable declarations and return statements.
#include "lang/check_internal.h"

namespace chanscope::lang {

namespace {

// Predeclared, defined and type parameter types have names; literals do not.
bool HasName(const Type* t) {
  return t->IsBasic() || t->kind == TypeKind::kNamed || t->kind == TypeKind::kTypeParam;
}

// The terms of a type parameter's type set (empty when it has none: any type).
const std::vector<Term>* TermsOf(const Type* t) {
  auto* tp = t != nullptr ? t->As<TypeParamType>() : nullptr;
  if (tp == nullptr) return nullptr;
  const InterfaceType* iface = tp->Iface();
  if (iface == nullptr) return nullptr;
  iface->Complete();
  if (iface->all_types || iface->terms.empty()) return nullptr;
  return &iface->terms;
}

bool Nillable(const Type* t) {
  if (const std::vector<Term>* terms = TermsOf(t)) {
    for (const Term& term : *terms)
      if (!Nillable(term.type)) return false;
    return true;
  }
  switch (t->Underlying()->kind) {
    case TypeKind::kPointer:
    case TypeKind::kSignature:
    case TypeKind::kSlice:
    case TypeKind::kMap:
    case TypeKind::kChan:
    case TypeKind::kInterface: return !IsTypeParam(t);
    default: return false;
  }
}

bool IsCall(const ast::Expr* e) {
  while (e != nullptr && e->kind == ast::NodeKind::kParenExpr) e = e->As<ast::ParenExpr>()->x;
  return e != nullptr && e->kind == ast::NodeKind::kCallExpr;
}

}  // namespace

// --- Assignability ------------------------------------------------------------------------------

bool Checker::AssignableTo(const Operand& x, const Type* t, std::string* reason) {
  const Type* v = x.type;
  if (v == nullptr || t == nullptr) return true;
  if (v->kind == TypeKind::kInvalid || t->kind == TypeKind::kInvalid) return true;
  if (Identical(v, t)) return true;
  if (v->IsUntyped()) {
    if (x.IsUntypedNil()) return Nillable(t);
    if (IsInterface(t)) {
      Operand copy = x;
      copy.type = DefaultType(v);
      return AssignableTo(copy, t, reason);
    }
    Operand copy = x;
    Constant rounded;
    std::string why;
    if (x.mode == ExprMode::kConstant) return RepresentableConst(x.val, t, &rounded, &why);
    if (v->kind == TypeKind::kUntypedBool) return IsBoolean(t);
    return IsNumeric(t);
  }
  const Type* vu = v->Underlying();
  const Type* tu = t->Underlying();
  if (Identical(vu, tu) && (!HasName(v) || !HasName(t)) && !IsTypeParam(v) && !IsTypeParam(t)) {
    return true;
  }
  if (IsInterface(t) && !IsTypeParam(t)) {
    return Implements(v, t, reason);
  }
  if (auto* vc = vu->As<ChanType>()) {
    if (auto* tc = tu->As<ChanType>()) {
      if (vc->dir == ChanDir::kBoth && Identical(vc->elem, tc->elem) &&
          (!HasName(v) || !HasName(t)))
        return true;
    }
  }
  // Type parameters: assignable when every type of the set is (and the other side has
  // no name of its own).
  if (const std::vector<Term>* terms = TermsOf(v); terms != nullptr && !HasName(t)) {
    bool all = true;
    for (const Term& term : *terms) {
      Operand copy = x;
      copy.type = term.type;
      all = all && AssignableTo(copy, t, nullptr);
    }
    if (all) return true;
  }
  if (const std::vector<Term>* terms = TermsOf(t); terms != nullptr && !HasName(v)) {
    bool all = true;
    for (const Term& term : *terms) all = all && AssignableTo(x, term.type, nullptr);
    if (all) return true;
  }
  if (reason != nullptr && IsInterface(v) && !IsInterface(t)) {
    *reason = "need type assertion";
  }
  return false;
}

void Checker::Assignment(Operand& x, const Type* t, std::string_view context) {
  if (x.IsInvalid() || t == nullptr || t->kind == TypeKind::kInvalid) return;
  std::string ctx(context);
  if (x.type->IsUntyped()) {
    const Type* target = t;
    if (IsInterface(t) && !IsTypeParam(t) && !x.IsUntypedNil()) target = nullptr;
    ConvStatus s = target != nullptr ? ConvertUntyped(x, target) : ConvStatus::kOk;
    if (target == nullptr) DefaultConvert(x);
    if (s != ConvStatus::kOk) {
      std::string what = x.IsUntypedNil() ? "nil" : OperandString(x);
      std::string suffix = s == ConvStatus::kTruncated  ? " (truncated)"
                           : s == ConvStatus::kOverflow ? " (overflows)"
                                                        : "";
      Error(x.expr->pos,
            "cannot use " + what + " as " + TypeString(t) + " value in " + ctx + suffix);
      x.mode = ExprMode::kInvalid;
      return;
    }
  }
  std::string reason;
  if (!AssignableTo(x, t, &reason)) {
    Error(x.expr->pos, "cannot use " + OperandString(x) + " as " + TypeString(t) + " value in " +
                           ctx + (reason.empty() ? "" : ":\n\t" + reason));
    x.mode = ExprMode::kInvalid;
  }
}

bool Checker::ConvertibleTo(const Operand& x, const Type* t) {
  if (AssignableTo(x, t, nullptr)) return true;
  const Type* v = x.type;
  // Type parameters convert when every type of their sets does.
  if (const std::vector<Term>* terms = TermsOf(t)) {
    for (const Term& term : *terms)
      if (!ConvertibleTo(x, term.type)) return false;
    return true;
  }
  if (const std::vector<Term>* terms = TermsOf(v)) {
    for (const Term& term : *terms) {
      Operand copy = x;
      copy.type = term.type;
      if (!ConvertibleTo(copy, t)) return false;
    }
    return true;
  }
  if (IsTypeParam(v) || IsTypeParam(t)) return Identical(v, t);
  const Type* vu = v->Underlying();
  const Type* tu = t->Underlying();
  if (IdenticalIgnoreTags(vu, tu)) return true;
  if (auto* vp = vu->As<PointerType>()) {
    if (auto* tp = tu->As<PointerType>()) {
      if (IdenticalIgnoreTags(vp->elem->Underlying(), tp->elem->Underlying())) return true;
    }
  }
  if ((IsInteger(v) || IsFloat(v)) && (IsInteger(t) || IsFloat(t))) return true;
  auto byte_or_rune_slice = [](const Type* s) {
    auto* sl = s->Underlying()->As<SliceType>();
    if (sl == nullptr) return false;
    TypeKind k = sl->elem->Underlying()->kind;
    return k == TypeKind::kUint8 || k == TypeKind::kInt32;
  };
  if (IsString(t) && (IsInteger(v) || byte_or_rune_slice(v))) return true;
  if (IsString(v) && byte_or_rune_slice(t)) return true;
  // Slice to array or to array pointer (Go 1.17 / 1.20).
  if (auto* sl = vu->As<SliceType>()) {
    if (auto* a = tu->As<ArrayType>(); a != nullptr && Identical(sl->elem, a->elem)) return true;
    if (auto* p = tu->As<PointerType>()) {
      if (auto* a = p->elem->Underlying()->As<ArrayType>();
          a != nullptr && Identical(sl->elem, a->elem))
        return true;
    }
  }
  return false;
}

// --- Assignments --------------------------------------------------------------------------------

// Checks an assignment target; returns its type (nullptr for the blank identifier).
const Type* Checker::LhsVar(ast::Expr* lhs, Operand& z) {
  ast::Expr* bare = lhs;
  while (auto* p = bare->As<ast::ParenExpr>()) bare = p->x;
  if (auto* id = bare->As<ast::Ident>()) {
    if (id->name == "_") {
      info_.modes[lhs] = ExprMode::kVariable;
      return nullptr;
    }
    // Assigning to a local is not a use of it: keep `used` as it was.
    Object* obj = scope_->LookupParent(id->name);
    if (auto* v = obj != nullptr ? obj->As<Var>() : nullptr) {
      bool was_used = v->used;
      Expr(z, lhs);
      v->used = was_used;
      return z.IsInvalid() ? Typ(TypeKind::kInvalid) : z.type;
    }
  }
  Expr(z, lhs);
  if (z.IsInvalid()) return Typ(TypeKind::kInvalid);
  if (z.mode == ExprMode::kVariable || z.mode == ExprMode::kMapIndex) return z.type;
  if (auto* sel = bare->As<ast::SelectorExpr>()) {
    Operand base;
    ast::Expr* bx = sel->x;
    if (info_.Mode(bx) == ExprMode::kMapIndex) {
      Error(lhs->pos, "cannot assign to struct field " + ExprString(lhs) + " in map");
      return Typ(TypeKind::kInvalid);
    }
  }
  if (z.mode == ExprMode::kConstant) {
    Error(lhs->pos, "cannot assign to " + OperandString(z));
    return Typ(TypeKind::kInvalid);
  }
  Error(lhs->pos, "cannot assign to " + ExprString(lhs) +
                      " (neither addressable nor a map index expression)");
  return Typ(TypeKind::kInvalid);
}

void Checker::AssignVar(ast::Expr* lhs, Operand& x) {
  Operand z;
  const Type* t = LhsVar(lhs, z);
  if (x.IsInvalid()) return;
  if (t == nullptr) {
    // _ = x: any value, but untyped nil has no type to give it.
    if (x.IsUntypedNil()) {
      Error(x.expr->pos, "use of untyped nil in assignment");
      return;
    }
    DefaultConvert(x);
    return;
  }
  Assignment(x, t, "assignment");
}

void Checker::AssignError(std::span<ast::Expr*> rhs, size_t l, size_t r, Pos pos, bool returns) {
  (void)returns;
  std::string vars = std::to_string(l) + (l == 1 ? " variable" : " variables");
  if (rhs.size() == 1) {
    if (auto* call = rhs[0]->As<ast::CallExpr>()) {
      Error(pos, "assignment mismatch: " + vars + " but " + ExprString(call->fun) + " returns " +
                     std::to_string(r) + (r == 1 ? " value" : " values"));
      return;
    }
  }
  Error(pos, "assignment mismatch: " + vars + " but " + std::to_string(r) +
                 (r == 1 ? " value" : " values"));
}

void Checker::AssignStmt(ast::AssignStmt* s) {
  if (s->lhs.size() == 1 && s->rhs.size() == 1 && IsCall(s->rhs[0])) {
    std::vector<Operand> values;
    MultiExpr(values, s->rhs[0], false);
    if (values.size() != 1) {
      Operand z;
      LhsVar(s->lhs[0], z);
      AssignError(s->rhs, 1, values.size(), s->rhs[0]->pos, false);
      return;
    }
    AssignVar(s->lhs[0], values[0]);
    return;
  }
  if (s->lhs.size() == s->rhs.size()) {
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      Operand x;
      Operand z;
      ast::Expr* lhs = s->lhs[i];
      // The target's type guides an elided composite literal; check it first.
      Expr(x, s->rhs[i]);
      AssignVar(lhs, x);
    }
    return;
  }
  if (s->rhs.size() == 1) {
    std::vector<Operand> values;
    MultiExpr(values, s->rhs[0], s->lhs.size() == 2);
    if (values.size() == 1 && values[0].IsInvalid()) {
      for (ast::Expr* lhs : s->lhs) {
        Operand z;
        LhsVar(lhs, z);
      }
      return;
    }
    if (values.size() == s->lhs.size()) {
      if (values.size() == 2 && values[1].type->kind == TypeKind::kUntypedBool) {
        info_.comma_ok.insert(s->rhs[0]);
      }
      for (size_t i = 0; i < s->lhs.size(); ++i) AssignVar(s->lhs[i], values[i]);
      return;
    }
    for (ast::Expr* lhs : s->lhs) {
      Operand z;
      LhsVar(lhs, z);
    }
    AssignError(s->rhs, s->lhs.size(), values.size(), s->rhs[0]->pos, false);
    return;
  }
  for (ast::Expr* lhs : s->lhs) {
    Operand z;
    LhsVar(lhs, z);
  }
  for (ast::Expr* rhs : s->rhs) {
    Operand x;
    Expr(x, rhs);
  }
  AssignError(s->rhs, s->lhs.size(), s->rhs.size(), s->lhs[0]->pos, false);
}

void Checker::AssignOpStmt(ast::AssignStmt* s) {
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    Error(s->tok_pos, "assignment operation " + std::string(TokString(s->tok)) +
                          " requires single-valued expressions");
    return;
  }
  Operand x;
  BinaryExpr(x, nullptr, s->lhs[0], s->rhs[0], BinaryOpOf(s->tok), s->tok_pos);
  if (x.IsInvalid()) return;
  x.expr = s->rhs[0];
  Operand z;
  const Type* t = LhsVar(s->lhs[0], z);
  if (t != nullptr && t->kind != TypeKind::kInvalid) {
    x.type = t;  // the result has the target's type by construction
  }
}

// var a, b T = x, y — and the same for := once the new variables exist.
void Checker::InitVars(const std::vector<Var*>& lhs, std::span<ast::Expr*> rhs, Pos pos,
                       bool returns) {
  auto finish = [&] {
    for (Var* v : lhs) {
      if (v->type == nullptr || v->type->kind == TypeKind::kInvalid) {
        v->type = Typ(TypeKind::kInvalid);
        v->used = true;
      }
    }
  };
  // A variable whose initialisation failed counts as used (no follow-on error).
  auto init_one = [&](Var* v, Operand& x) {
    if (x.IsInvalid()) {
      v->used = true;
      return;
    }
    if (v->type != nullptr) {
      Assignment(x, v->type, "variable declaration");
      if (x.IsInvalid()) v->used = true;
      return;
    }
    if (x.IsUntypedNil()) {
      Error(x.expr->pos, "use of untyped nil in variable declaration");
      v->type = Typ(TypeKind::kInvalid);
      v->used = true;
      return;
    }
    DefaultConvert(x);
    v->type = x.type;
  };
  if (lhs.size() == 1 && rhs.size() == 1 && IsCall(rhs[0])) {
    std::vector<Operand> values;
    MultiExpr(values, rhs[0], false);
    if (values.size() != 1) {
      AssignError(rhs, 1, values.size(), rhs[0]->pos, returns);
      finish();
      return;
    }
    init_one(lhs[0], values[0]);
    finish();
    return;
  }
  if (lhs.size() == rhs.size()) {
    for (size_t i = 0; i < lhs.size(); ++i) {
      Operand x;
      ExprWithHint(x, rhs[i], lhs[i]->type);
      init_one(lhs[i], x);
    }
    finish();
    return;
  }
  if (rhs.size() == 1) {
    std::vector<Operand> values;
    MultiExpr(values, rhs[0], lhs.size() == 2);
    if (values.size() == lhs.size()) {
      if (values.size() == 2 && values[1].type != nullptr &&
          values[1].type->kind == TypeKind::kUntypedBool && values[1].expr == values[0].expr &&
          values[0].type != nullptr && values[0].type->kind != TypeKind::kTuple) {
        info_.comma_ok.insert(rhs[0]);
      }
      for (size_t i = 0; i < lhs.size(); ++i) init_one(lhs[i], values[i]);
      finish();
      return;
    }
    if (!(values.size() == 1 && values[0].IsInvalid())) {
      AssignError(rhs, lhs.size(), values.size(), rhs[0]->pos, returns);
    }
    finish();
    return;
  }
  for (ast::Expr* e : rhs) {
    Operand x;
    Expr(x, e);
  }
  if (rhs.size() > lhs.size()) {
    Error(rhs[lhs.size()]->pos, "assignment mismatch: " + std::to_string(lhs.size()) +
                                    (lhs.size() == 1 ? " variable" : " variables") + " but " +
                                    std::to_string(rhs.size()) + " values");
  } else {
    Error(pos, "assignment mismatch: " + std::to_string(lhs.size()) + " variables but " +
                   std::to_string(rhs.size()) + (rhs.size() == 1 ? " value" : " values"));
  }
  finish();
}

void Checker::ShortVarDecl(ast::AssignStmt* s) {
  std::vector<Var*> lhs_vars;
  std::vector<Var*> new_vars;
  std::vector<ast::Ident*> new_idents;
  std::vector<bool> is_new;
  bool bad = false;
  for (ast::Expr* e : s->lhs) {
    auto* id = e->As<ast::Ident>();
    if (id == nullptr) {
      Operand z;
      Expr(z, e);
      Error(e->pos, "non-name " + ExprString(e) + " on left side of :=");
      bad = true;
      lhs_vars.push_back(store_.NewObject<Var>("_", e->pos, nullptr));
      is_new.push_back(false);
      continue;
    }
    bool repeated = false;
    for (ast::Ident* other : new_idents)
      repeated = repeated || (other->name == id->name && id->name != "_");
    for (Var* v : lhs_vars) repeated = repeated || (v->name == id->name && id->name != "_");
    if (repeated) {
      Error(id->pos, std::string(id->name) + " repeated on left side of :=");
      bad = true;
    }
    Object* prev = id->name != "_" ? scope_->Lookup(id->name) : nullptr;
    if (auto* v = prev != nullptr ? prev->As<Var>() : nullptr) {
      // Redeclared in the same scope: an assignment to the existing variable.
      id->obj = v;
      UseVarNoRead(v);
      info_.modes[id] = ExprMode::kVariable;
      id->type = v->type;
      lhs_vars.push_back(v);
      is_new.push_back(false);
      continue;
    }
    Var* v = NewLocalVar(id, nullptr);
    lhs_vars.push_back(v);
    is_new.push_back(true);
    if (id->name != "_") {
      new_vars.push_back(v);
      new_idents.push_back(id);
    }
  }
  if (new_vars.empty() && !bad) {
    Error(s->tok_pos, "no new variables on left side of :=");
  }
  // Existing variables keep their types: assign to them; new ones infer theirs.
  std::vector<Var*> typed_lhs;
  for (size_t i = 0; i < lhs_vars.size(); ++i) typed_lhs.push_back(lhs_vars[i]);
  std::vector<const Type*> saved_types;
  for (size_t i = 0; i < lhs_vars.size(); ++i) saved_types.push_back(lhs_vars[i]->type);
  // Existing variables: set a temporary "declared type" so InitVars assigns; restore
  // `used` afterwards since := to an existing variable is not a use.
  std::vector<bool> saved_used;
  for (Var* v : lhs_vars) saved_used.push_back(v->used);
  InitVars(typed_lhs, s->rhs, s->pos, false);
  for (size_t i = 0; i < lhs_vars.size(); ++i) {
    if (!is_new[i]) lhs_vars[i]->used = saved_used[i];
  }
  for (size_t i = 0; i < new_vars.size(); ++i) {
    Declare(scope_, new_idents[i], new_vars[i]);
  }
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    if (auto* id = s->lhs[i]->As<ast::Ident>(); id != nullptr && is_new[i]) {
      id->type = lhs_vars[i]->type;
      info_.modes[id] = ExprMode::kVariable;
    }
  }
}

void Checker::ReturnStmt(ast::ReturnStmt* s) {
  if (func_ == nullptr) return;
  const TupleType* results = func_->sig->results;
  auto type_list = [&](const std::vector<Operand>& ops) {
    std::string out = "(";
    for (size_t i = 0; i < ops.size(); ++i) {
      if (i > 0) out += ", ";
      const Type* t = ops[i].type;
      if (t == nullptr || ops[i].IsInvalid())
        out += "invalid type";
      else if (t->IsUntyped() && IsNumeric(t))
        out += "number";
      else if (t->IsUntyped())
        out += TypeString(DefaultType(t)) == "untyped nil" ? "nil" : TypeString(DefaultType(t));
      else
        out += TypeString(t);
    }
    return out + ")";
  };
  auto want_list = [&] {
    std::string out = "(";
    for (size_t i = 0; i < results->size(); ++i) {
      if (i > 0) out += ", ";
      out += TypeString(results->at(i));
    }
    return out + ")";
  };
  if (s->results.empty()) {
    if (results->size() > 0 && results->vars[0]->name.empty()) {
      Error(s->pos, "not enough return values\n\thave ()\n\twant " + want_list());
    }
    // A naked return reads the named results.
    for (Var* v : results->vars) v->used = true;
    return;
  }
  std::vector<Operand> values;
  if (s->results.size() == 1 && results->size() != 1) {
    MultiExpr(values, s->results[0], false);
  } else {
    for (ast::Expr* e : s->results) {
      Operand x;
      ExprWithHint(x, e, nullptr);
      values.push_back(x);
    }
  }
  for (const Operand& v : values)
    if (v.IsInvalid()) return;
  if (values.size() != results->size()) {
    Pos at = s->pos;
    if (values.size() > results->size() && s->results.size() > results->size()) {
      at = s->results[results->size()]->pos;
    } else {
      at = s->results.back()->pos;
    }
    Error(at, std::string(values.size() > results->size() ? "too many" : "not enough") +
                  " return values\n\thave " + type_list(values) + "\n\twant " + want_list());
    return;
  }
  for (size_t i = 0; i < values.size(); ++i)
    Assignment(values[i], results->at(i), "return statement");
}

}  // namespace chanscope::lang
