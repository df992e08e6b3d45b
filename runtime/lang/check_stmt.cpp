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
      if (a->tok == Tok::kDefine)
        ShortVarDecl(a);
      else if (a->tok == Tok::kAssign)
        AssignStmt(a);
      else
        AssignOpStmt(a);
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
      if (b != nullptr &&
          (b->id == BuiltinId::kAppend || b->id == BuiltinId::kCap || b->id == BuiltinId::kLen ||
           b->id == BuiltinId::kMake || b->id == BuiltinId::kNew || b->id == BuiltinId::kMax ||
           b->id == BuiltinId::kMin)) {
        ok = false;
      }
    }
    if (info_.Mode(call->fun) == ExprMode::kType) ok = false;
  } else if (auto* u = inner->As<ast::UnaryExpr>(); u != nullptr && u->op == Tok::kArrow) {
    ok = true;
  }
  if (!ok) {
    if (x.mode == ExprMode::kPackage) {
      Error(s->x->pos, "use of package " + ExprString(s->x) + " without selector");
    } else if (x.mode == ExprMode::kType) {
      Error(s->x->pos, ExprString(s->x) + " (type) is not an expression");
    } else if (x.mode == ExprMode::kBuiltin) {
      Error(s->x->pos,
            ExprString(s->x) + " (built-in function " + ExprString(s->x) + ") must be called");
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
    if (b != nullptr &&
        (b->id == BuiltinId::kAppend || b->id == BuiltinId::kCap || b->id == BuiltinId::kLen ||
         b->id == BuiltinId::kMake || b->id == BuiltinId::kNew || b->id == BuiltinId::kMax ||
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
      Error(s->label->pos,
            std::string(is_break ? "break" : "continue") + " label not defined: " + name);
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
      bool loop =
          target->kind == ast::NodeKind::kForStmt || target->kind == ast::NodeKind::kRangeStmt;
      bool breakable = loop || target->kind == ast::NodeKind::kSwitchStmt ||
                       target->kind == ast::NodeKind::kTypeSwitchStmt ||
                       target->kind == ast::NodeKind::kSelectStmt;
      valid = is_break ? breakable : loop;
    }
    if (!valid) {
      Error(s->label->pos,
            std::string("invalid ") + (is_break ? "break" : "continue") + " label " + name);
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

// The iteration values of range x: key and value types, and how many variables the
// form allows (channels and integers one, iterator functions as many as yield takes).
bool Checker::RangeTypes(Operand& x, ast::RangeStmt* s, const Type** key, const Type** value,
                         size_t* max_vars) {
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
      *key = Typ(TypeKind::kInt);
      *value = universe_.rune_type;
      DefaultConvert(x);
      break;
    case TypeKind::kArray:
      *key = Typ(TypeKind::kInt);
      *value = core->As<ArrayType>()->elem;
      break;
    case TypeKind::kSlice:
      *key = Typ(TypeKind::kInt);
      *value = core->As<SliceType>()->elem;
      break;
    case TypeKind::kMap:
      *key = core->As<MapType>()->key;
      *value = core->As<MapType>()->elem;
      break;
    case TypeKind::kChan:
      if (core->As<ChanType>()->dir == ChanDir::kSend) {
        Error(s->x->pos, "invalid operation: range " + ExprString(s->x) +
                             " (receive from send-only channel " + TypeString(x.type) + ")");
        return false;
      }
      *key = core->As<ChanType>()->elem;
      *max_vars = 1;
      break;
    case TypeKind::kSignature: {
      // Go 1.23 iterators: func(yield func(K[, V]) bool).
      auto* sig = core->As<SignatureType>();
      const SignatureType* yield = nullptr;
      if (sig->params->size() == 1 && sig->results->size() == 0) {
        yield = sig->params->at(0)->Underlying()->As<SignatureType>();
      }
      if (yield == nullptr || yield->results->size() != 1 || !IsBoolean(yield->results->at(0)) ||
          yield->params->size() > 2) {
        Error(s->x->pos, "cannot range over " + OperandString(x));
        return false;
      }
      *max_vars = yield->params->size();
      if (*max_vars >= 1) *key = yield->params->at(0);
      if (*max_vars == 2) *value = yield->params->at(1);
      break;
    }
    default:
      if (IsInteger(x.type)) {
        if (x.type->IsUntyped()) DefaultConvert(x);
        *key = x.type;
        *max_vars = 1;
        break;
      }
      Error(s->x->pos, "cannot range over " + OperandString(x));
      return false;
  }
  return true;
}

void Checker::RangeStmt(ast::RangeStmt* s) {
  OpenScope("range");
  Operand x;
  Expr(x, s->x);
  const Type* key = nullptr;
  const Type* value = nullptr;
  size_t max_vars = 2;
  bool ok = !x.IsInvalid() && RangeTypes(x, s, &key, &value, &max_vars);
  std::vector<ast::Expr*> lhs;
  if (s->key != nullptr) lhs.push_back(s->key);
  if (s->value != nullptr) lhs.push_back(s->value);
  if (ok && lhs.size() > max_vars) {
    Error(lhs[max_vars]->pos,
          "range over " + OperandString(x) + " permits only " +
              (max_vars == 0 ? std::string("no iteration variables") : "one iteration variable"));
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
      const Type* t =
          ok && i < max_vars && types[i] != nullptr ? types[i] : Typ(TypeKind::kInvalid);
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

}  // namespace chanscope::lang
