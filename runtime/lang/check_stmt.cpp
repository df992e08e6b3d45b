// check_stmt.cpp — statements: function bodies, scopes, control flow, labels, unused
// variables and the "missing return" (terminating statement) analysis.
#include <set>

#include "lang/check_internal.h"

namespace chanscope::lang {

// --- Scopes and local variables -----------------------------------------------------------------

void Checker::OpenScope(std::string_view what) { scope_ = store_.NewScope(scope_, what); }

void Checker::CloseScope() { scope_ = scope_->parent(); }

void Checker::Declare(Scope* scope, ast::Ident* id, Object* obj) {
  if (id == nullptr || id->name == "_") return;
  if (scope->Insert(obj) != nullptr) {
    Error(id->pos, std::string(id->name) + " redeclared in this block");
  }
}

Var* Checker::NewLocalVar(ast::Ident* id, const Type* t) {
  auto* v = store_.NewObject<Var>(std::string(id->name), id->pos, t);
  v->pkg = pkg_.pkg;
  v->file = file_name_;
  v->owner = func_ != nullptr ? func_->info->node : nullptr;
  id->obj = v;
  if (id->name != "_") locals_.push_back(v);
  return v;
}

// A variable written (not read): still captured by a closure that assigns it.
void Checker::UseVarNoRead(Var* v) {
  bool was = v->used;
  UseVar(v);
  v->used = was;
}

// --- Function bodies ----------------------------------------------------------------------------

void Checker::FuncBody(FunctionInfo* info, ast::BlockStmt* body, Scope* scope) {
  FuncContext ctx;
  ctx.info = info;
  ctx.sig = info->sig;
  ctx.outer = func_;
  Scope* saved_scope = scope_;
  FuncContext* saved_func = func_;
  auto saved_breakable = std::move(breakable_);
  auto saved_loops = std::move(loops_);
  auto saved_labels = std::move(enclosing_labels_);
  const ast::Stmt* saved_ft = fallthrough_ok_;
  std::optional<Constant> saved_iota = iota_;
  iota_.reset();
  breakable_.clear();
  loops_.clear();
  enclosing_labels_.clear();
  func_ = &ctx;
  scope_ = scope;
  size_t first_local = locals_.size();
  for (Var* v : info->params) v->owner = info->node;
  for (Var* v : info->results) v->owner = info->node;
  CollectLabels(body->list);
  StmtList(body->list);
  if (info->sig->results->size() > 0 && !IsTerminatingList(body->list, "")) {
    Error(body->rbrace, "missing return");
  }
  for (auto& [name, label] : ctx.labels) {
    if (!label->used) Error(label->pos, "label " + name + " defined and not used");
  }
  if (options_.report_unused) {
    for (size_t i = first_local; i < locals_.size(); ++i) {
      Var* v = locals_[i];
      if (v->owner == info->node && !v->used && v->type != nullptr &&
          v->type->kind != TypeKind::kInvalid) {
        Error(v->pos, "declared and not used: " + v->name);
      }
    }
  }
  locals_.resize(first_local);
  func_ = saved_func;
  scope_ = saved_scope;
  breakable_ = std::move(saved_breakable);
  loops_ = std::move(saved_loops);
  enclosing_labels_ = std::move(saved_labels);
  fallthrough_ok_ = saved_ft;
  iota_ = saved_iota;
}

void Checker::CollectLabels(std::span<ast::Stmt*> list) {
  for (ast::Stmt* s : list) {
    if (s == nullptr) continue;
    ast::Inspect(s, [&](ast::Node* n) {
      if (n->kind == ast::NodeKind::kFuncLit) return false;
      if (auto* ls = n->As<ast::LabeledStmt>()) {
        if (ls->label != nullptr && ls->label->name != "_") {
          std::string name(ls->label->name);
          if (func_->labels.count(name) != 0) {
            Label* prev = func_->labels[name];
            Error(ls->label->pos, "label " + name + " already defined at " + file_name_ + ":" +
                                      std::to_string(prev->pos.line) + ":" +
                                      std::to_string(prev->pos.col));
          } else {
            auto* l = store_.NewObject<Label>(name, ls->label->pos);
            func_->labels[name] = l;
            ls->label->obj = l;
          }
        }
      }
      return true;
    });
  }
}

void Checker::StmtList(std::span<ast::Stmt*> list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i] != nullptr) Stmt(list[i]);
  }
}

void Checker::BlockStmt(ast::BlockStmt* b) {
  if (b == nullptr) return;
  OpenScope("block");
  StmtList(b->list);
  CloseScope();
}

// --- Statements ---------------------------------------------------------------------------------

void Checker::Stmt(ast::Stmt* s) {
  switch (s->kind) {
    case ast::NodeKind::kBadStmt:
    case ast::NodeKind::kEmptyStmt: return;
    case ast::NodeKind::kDeclStmt: {
      auto* d = s->As<ast::DeclStmt>();
      if (d->decl != nullptr) LocalDecl(d->decl);
      return;
    }
    case ast::NodeKind::kLabeledStmt: LabeledStmt(s->As<ast::LabeledStmt>()); return;
    case ast::NodeKind::kExprStmt: ExprStmt(s->As<ast::ExprStmt>()); return;
    case ast::NodeKind::kSendStmt: SendStmt(s->As<ast::SendStmt>()); return;
    case ast::NodeKind::kIncDecStmt: IncDecStmt(s->As<ast::IncDecStmt>()); return;
    case ast::NodeKind::kAssignStmt: {
      auto* a = s->As<ast::AssignStmt>();
      if (a->tok == Tok::kDefine) ShortVarDecl(a);
      else if (a->tok == Tok::kAssign) AssignStmt(a);
      else AssignOpStmt(a);
      return;
    }
    case ast::NodeKind::kGoStmt: GoDeferStmt(s->As<ast::GoStmt>()->call, "go"); return;
    case ast::NodeKind::kDeferStmt: GoDeferStmt(s->As<ast::DeferStmt>()->call, "defer"); return;
    case ast::NodeKind::kReturnStmt: ReturnStmt(s->As<ast::ReturnStmt>()); return;
    case ast::NodeKind::kBranchStmt: BranchStmt(s->As<ast::BranchStmt>()); return;
    case ast::NodeKind::kBlockStmt: BlockStmt(s->As<ast::BlockStmt>()); return;
    case ast::NodeKind::kIfStmt: IfStmt(s->As<ast::IfStmt>()); return;
    case ast::NodeKind::kSwitchStmt: SwitchStmt(s->As<ast::SwitchStmt>()); return;
    case ast::NodeKind::kTypeSwitchStmt: TypeSwitchStmt(s->As<ast::TypeSwitchStmt>()); return;
    case ast::NodeKind::kSelectStmt: SelectStmt(s->As<ast::SelectStmt>()); return;
    case ast::NodeKind::kForStmt: ForStmt(s->As<ast::ForStmt>()); return;
    case ast::NodeKind::kRangeStmt: RangeStmt(s->As<ast::RangeStmt>()); return;
    default: return;
  }
}

void Checker::LabeledStmt(ast::LabeledStmt* s) {
  if (s->stmt == nullptr) return;
  std::string name = s->label != nullptr ? std::string(s->label->name) : "";
  enclosing_labels_.emplace_back(name, s->stmt);
  Stmt(s->stmt);
  enclosing_labels_.pop_back();
}

void Checker::ExprStmt(ast::ExprStmt* s) {
  Operand x;
  RawExpr(x, s->x, nullptr);
  if (x.IsInvalid()) return;
  ast::Expr* inner = s->x;
  while (auto* p = inner->As<ast::ParenExpr>()) inner = p->x;
  bool ok = false;
  if (auto* call = inner->As<ast::CallExpr>()) {
    ok = true;
    // Calls of builtins that only compute a value are not statements.
    if (info_.Mode(call->fun) == ExprMode::kBuiltin) {
      auto* id = call->fun->As<ast::Ident>();
      auto* b = id != nullptr && id->obj != nullptr ? id->obj->As<Builtin>() : nullptr;
      if (b != nullptr && (b->id == BuiltinId::kAppend || b->id == BuiltinId::kCap ||
                           b->id == BuiltinId::kLen || b->id == BuiltinId::kMake ||
                           b->id == BuiltinId::kNew || b->id == BuiltinId::kMax ||
                           b->id == BuiltinId::kMin)) {
        ok = false;
      }
    }
    if (info_.Mode(call->fun) == ExprMode::kType) ok = false;
  } else if (auto* u = inner->As<ast::UnaryExpr>(); u != nullptr && u->op == Tok::kArrow) {
    ok = true;
  }
  if (!ok) {
    if (x.mode == ExprMode::kType) {
      Error(s->x->pos, ExprString(s->x) + " (type) is not an expression");
    } else if (x.mode == ExprMode::kBuiltin) {
      Error(s->x->pos, ExprString(s->x) + " (built-in function " + ExprString(s->x) +
                           ") must be called");
    } else {
      Error(s->x->pos, OperandString(x) + " is not used");
    }
  }
}

void Checker::SendStmt(ast::SendStmt* s) {
  Operand ch, v;
  Expr(ch, s->chan);
  Expr(v, s->value);
  if (ch.IsInvalid() || v.IsInvalid()) return;
  const Type* core = CoreType(ch.type);
  auto* ct = core != nullptr ? core->As<ChanType>() : nullptr;
  if (ct == nullptr) {
    Error(s->pos, "invalid operation: cannot send to non-channel " + OperandString(ch));
    return;
  }
  if (ct->dir == ChanDir::kRecv) {
    Error(s->pos, "invalid operation: cannot send to receive-only channel " + OperandString(ch));
    return;
  }
  Assignment(v, ct->elem, "send");
}

void Checker::IncDecStmt(ast::IncDecStmt* s) {
  Operand x;
  Expr(x, s->x);
  if (x.IsInvalid()) return;
  if (!IsNumeric(x.type)) {
    Error(s->x->pos, "invalid operation: " + ExprString(s->x) +
                         (s->tok == Tok::kInc ? "++" : "--") + " (non-numeric type " +
                         TypeString(x.type) + ")");
    return;
  }
  if (x.mode != ExprMode::kVariable && x.mode != ExprMode::kMapIndex) {
    Error(s->x->pos, "cannot assign to " + ExprString(s->x) +
                         " (neither addressable nor a map index expression)");
  }
}

void Checker::GoDeferStmt(ast::CallExpr* call, std::string_view what) {
  if (call == nullptr) return;
  Operand x;
  RawExpr(x, call, nullptr);
  if (x.IsInvalid()) return;
  std::string w(what);
  if (info_.Mode(call->fun) == ExprMode::kType) {
    Error(call->pos, w + " requires function call, not conversion");
    return;
  }
  if (info_.Mode(call->fun) == ExprMode::kBuiltin) {
    auto* id = call->fun->As<ast::Ident>();
    auto* b = id != nullptr && id->obj != nullptr ? id->obj->As<Builtin>() : nullptr;
    if (b != nullptr && (b->id == BuiltinId::kAppend || b->id == BuiltinId::kCap ||
                         b->id == BuiltinId::kLen || b->id == BuiltinId::kMake ||
                         b->id == BuiltinId::kNew || b->id == BuiltinId::kMax ||
                         b->id == BuiltinId::kMin)) {
      Error(call->pos, w + " discards result of " + ExprString(call));
    }
  }
  if (what == "defer" && func_ != nullptr) func_->has_defer = true;
}

// --- Branches and labels ------------------------------------------------------------------------

void Checker::BranchStmt(ast::BranchStmt* s) {
  if (s->tok == Tok::kGoto) {
    Unsupported(s->pos, "goto");
    if (s->label != nullptr && func_ != nullptr) {
      auto it = func_->labels.find(std::string(s->label->name));
      if (it != func_->labels.end()) it->second->used = true;
    }
    return;
  }
  if (s->tok == Tok::kFallthrough) {
    if (s != fallthrough_ok_) {
      Error(s->pos, fallthrough_error_.count(s) != 0 ? fallthrough_error_[s]
                                                      : "fallthrough statement out of place");
    }
    return;
  }
  const bool is_break = s->tok == Tok::kBreak;
  if (s->label != nullptr) {
    std::string name(s->label->name);
    Label* l = nullptr;
    if (func_ != nullptr) {
      auto it = func_->labels.find(name);
      if (it != func_->labels.end()) l = it->second;
    }
    if (l == nullptr) {
      Error(s->label->pos, std::string(is_break ? "break" : "continue") + " label not defined: " + name);
      return;
    }
    l->used = true;
    s->label->obj = l;
    const ast::Stmt* target = nullptr;
    for (auto& [lname, stmt] : enclosing_labels_) {
      if (lname == name) target = stmt;
    }
    bool valid = false;
    if (target != nullptr) {
      bool loop = target->kind == ast::NodeKind::kForStmt || target->kind == ast::NodeKind::kRangeStmt;
      bool breakable = loop || target->kind == ast::NodeKind::kSwitchStmt ||
                       target->kind == ast::NodeKind::kTypeSwitchStmt ||
                       target->kind == ast::NodeKind::kSelectStmt;
      valid = is_break ? breakable : loop;
    }
    if (!valid) {
      Error(s->label->pos, std::string("invalid ") + (is_break ? "break" : "continue") + " label " + name);
    }
    return;
  }
  if (is_break && breakable_.empty()) {
    Error(s->pos, "break is not in a loop, switch, or select");
  } else if (!is_break && loops_.empty()) {
    Error(s->pos, "continue is not in a loop");
  }
}

// --- Control flow -------------------------------------------------------------------------------

void Checker::IfStmt(ast::IfStmt* s) {
  OpenScope("if");
  SimpleStmt(s->init);
  if (s->cond != nullptr) {
    Operand x;
    Expr(x, s->cond);
    if (!x.IsInvalid() && !IsBoolean(x.type)) {
      Error(s->cond->pos, "non-boolean condition in if statement");
    }
    DefaultConvert(x);
  }
  BlockStmt(s->body);
  if (s->else_stmt != nullptr) Stmt(s->else_stmt);
  CloseScope();
}

void Checker::ForStmt(ast::ForStmt* s) {
  OpenScope("for");
  SimpleStmt(s->init);
  if (s->cond != nullptr) {
    Operand x;
    Expr(x, s->cond);
    if (!x.IsInvalid() && !IsBoolean(x.type)) {
      Error(s->cond->pos, "non-boolean condition in for statement");
    }
    DefaultConvert(x);
  }
  if (s->post != nullptr) {
    if (auto* a = s->post->As<ast::AssignStmt>(); a != nullptr && a->tok == Tok::kDefine) {
      Error(s->post->pos, "cannot declare in post statement of for loop");
    } else {
      Stmt(s->post);
    }
  }
  breakable_.push_back(s);
  loops_.push_back(s);
  BlockStmt(s->body);
  loops_.pop_back();
  breakable_.pop_back();
  CloseScope();
}

void Checker::RangeStmt(ast::RangeStmt* s) {
  OpenScope("range");
  Operand x;
  Expr(x, s->x);
  const Type* key = nullptr;
  const Type* value = nullptr;
  bool ok = !x.IsInvalid();
  size_t max_vars = 2;
  if (ok) {
    const Type* core = CoreType(x.type);
    TypeKind k = core != nullptr ? core->kind : TypeKind::kInvalid;
    if (k == TypeKind::kPointer) {
      const Type* pe = CoreType(core->As<PointerType>()->elem);
      if (pe != nullptr && pe->kind == TypeKind::kArray) {
        core = pe;
        k = TypeKind::kArray;
      } else {
        k = TypeKind::kInvalid;
      }
    }
    switch (k) {
      case TypeKind::kString:
      case TypeKind::kUntypedString:
        key = Typ(TypeKind::kInt);
        value = universe_.rune_type;
        DefaultConvert(x);
        break;
      case TypeKind::kArray:
        key = Typ(TypeKind::kInt);
        value = core->As<ArrayType>()->elem;
        break;
      case TypeKind::kSlice:
        key = Typ(TypeKind::kInt);
        value = core->As<SliceType>()->elem;
        break;
      case TypeKind::kMap:
        key = core->As<MapType>()->key;
        value = core->As<MapType>()->elem;
        break;
      case TypeKind::kChan:
        if (core->As<ChanType>()->dir == ChanDir::kSend) {
          Error(s->x->pos, "invalid operation: range " + ExprString(s->x) +
                               " (receive from send-only channel " + TypeString(x.type) + ")");
          ok = false;
        }
        key = core->As<ChanType>()->elem;
        max_vars = 1;
        break;
      case TypeKind::kSignature: {
        // Go 1.23 iterators: func(yield func(K[, V]) bool).
        auto* sig = core->As<SignatureType>();
        const SignatureType* yield = nullptr;
        if (sig->params->size() == 1 && sig->results->size() == 0) {
          yield = sig->params->at(0)->Underlying()->As<SignatureType>();
        }
        if (yield == nullptr || yield->results->size() != 1 ||
            !IsBoolean(yield->results->at(0)) || yield->params->size() > 2) {
          Error(s->x->pos, "cannot range over " + OperandString(x));
          ok = false;
          break;
        }
        max_vars = yield->params->size();
        if (max_vars >= 1) key = yield->params->at(0);
        if (max_vars == 2) value = yield->params->at(1);
        break;
      }
      default:
        if (IsInteger(x.type)) {
          if (x.type->IsUntyped()) DefaultConvert(x);
          key = x.type;
          max_vars = 1;
          break;
        }
        Error(s->x->pos, "cannot range over " + OperandString(x));
        ok = false;
    }
  }
  std::vector<ast::Expr*> lhs;
  if (s->key != nullptr) lhs.push_back(s->key);
  if (s->value != nullptr) lhs.push_back(s->value);
  if (ok && lhs.size() > max_vars) {
    Error(lhs[max_vars]->pos, "range over " + OperandString(x) + " permits only " +
                                  (max_vars == 0 ? std::string("no iteration variables")
                                                 : "one iteration variable"));
  }
  const Type* types[2] = {key, value};
  if (s->tok == Tok::kDefine) {
    std::vector<std::pair<ast::Ident*, Var*>> vars;
    for (size_t i = 0; i < lhs.size(); ++i) {
      auto* id = lhs[i]->As<ast::Ident>();
      if (id == nullptr) {
        Error(lhs[i]->pos, "non-name " + ExprString(lhs[i]) + " on left side of :=");
        continue;
      }
      const Type* t = ok && i < max_vars && types[i] != nullptr ? types[i] : Typ(TypeKind::kInvalid);
      Var* v = NewLocalVar(id, t);
      id->type = t;
      info_.modes[id] = ExprMode::kVariable;
      vars.emplace_back(id, v);
    }
    for (auto& [id, v] : vars) Declare(scope_, id, v);
  } else if (s->tok == Tok::kAssign) {
    for (size_t i = 0; i < lhs.size(); ++i) {
      Operand z;
      const Type* t = LhsVar(lhs[i], z);
      if (ok && t != nullptr && i < max_vars && types[i] != nullptr) {
        Operand v;
        v.mode = ExprMode::kValue;
        v.expr = lhs[i];
        v.type = types[i];
        Assignment(v, t, "range clause");
      }
    }
  }
  breakable_.push_back(s);
  loops_.push_back(s);
  BlockStmt(s->body);
  loops_.pop_back();
  breakable_.pop_back();
  CloseScope();
}

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
      Comparison(t, ycopy, Tok::kEql, e->pos, nullptr);
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
      if (auto* b = cc->body.back()->As<ast::BranchStmt>(); b != nullptr && b->tok == Tok::kFallthrough) {
        if (ci + 1 < clauses.size()) fallthrough_ok_ = b;
        else fallthrough_error_[b] = "cannot fallthrough final case in switch";
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

void Checker::TypeSwitchStmt(ast::TypeSwitchStmt* s) {
  OpenScope("type switch");
  SimpleStmt(s->init);
  ast::Ident* binding = s->Binding();
  ast::Expr* subject = s->Subject();
  Operand x;
  if (subject != nullptr) Expr(x, subject);
  // Annotate the x.(type) node itself.
  if (s->assign != nullptr) {
    ast::Expr* guard = nullptr;
    if (auto* a = s->assign->As<ast::AssignStmt>(); a != nullptr && !a->rhs.empty()) guard = a->rhs[0];
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
      const Type* t = nullptr;
      if (auto* id = e->As<ast::Ident>(); id != nullptr && id->name == "nil" &&
                                          scope_->LookupParent("nil") == universe_.nil) {
        id->obj = universe_.nil;
        id->type = Typ(TypeKind::kUntypedNil);
        info_.modes[id] = ExprMode::kValue;
        t = Typ(TypeKind::kUntypedNil);
        if (seen_nil) Error(e->pos, "multiple nil cases in type switch (first at ...)");
        seen_nil = true;
      } else {
        t = TypExpr(e);
        if (t->kind == TypeKind::kInvalid) continue;
        for (const Type* prev : seen) {
          if (Identical(prev, t)) {
            Error(e->pos, "duplicate case " + TypeString(t) + " in type switch");
            break;
          }
        }
        seen.push_back(t);
        if (ok && !IsInterface(t)) {
          bool wrong = false, ptr = false;
          Func* m = MissingMethod(t, iface, &wrong, &ptr);
          if (m != nullptr) {
            Error(e->pos, "impossible type switch case: " + OperandString(x) +
                              " cannot have dynamic type " + TypeString(t) + " (" +
                              (ptr ? "method " + m->name + " has pointer receiver"
                               : wrong ? "wrong type for method " + m->name
                                       : "missing method " + m->name) +
                              ")");
          }
        }
      }
      single = cc->list.size() == 1 ? t : nullptr;
    }
    if (!cc->body.empty()) {
      if (auto* b = cc->body.back()->As<ast::BranchStmt>(); b != nullptr && b->tok == Tok::kFallthrough) {
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
      while (bare != nullptr && bare->kind == ast::NodeKind::kParenExpr) bare = bare->As<ast::ParenExpr>()->x;
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
      return l->stmt != nullptr && IsTerminating(l->stmt, l->label != nullptr ? l->label->name : "");
    }
    case ast::NodeKind::kIfStmt: {
      auto* i = s->As<ast::IfStmt>();
      return i->else_stmt != nullptr && i->body != nullptr && IsTerminatingList(i->body->list, "") &&
             IsTerminating(i->else_stmt, "");
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
    case ast::NodeKind::kLabeledStmt: return HasBreak(s->As<ast::LabeledStmt>()->stmt, label, implicit);
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
