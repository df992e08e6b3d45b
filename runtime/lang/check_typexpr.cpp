// check_typexpr.cpp — type expressions: names, literals, signatures, type parameters.
#include "lang/check_internal.h"

namespace chanscope::lang {

namespace {

void SetTypeMode(Info& info, ast::Expr* e, const Type* t) {
  e->type = t;
  info.modes[e] = ExprMode::kType;
}

}  // namespace

const Type* Checker::TypExpr(ast::Expr* e) {
  if (e == nullptr) return Typ(TypeKind::kInvalid);
  const Type* t = TypExprInternal(e);
  if (t == nullptr) t = Typ(TypeKind::kInvalid);
  if (auto* n = t->As<NamedType>();
      n != nullptr && !n->type_params.empty() && n->type_args.empty()) {
    std::string params;
    for (const TypeParamType* tp : n->type_params) {
      params += (params.empty() ? "" : ", ") + tp->obj->name + " " + TypeString(tp->constraint);
    }
    Error(e->pos,
          "cannot use generic type " + n->obj->name + "[" + params + "] without instantiation");
    t = Typ(TypeKind::kInvalid);
  }
  SetTypeMode(info_, e, t);
  return t;
}

const Type* Checker::GenericTypeName(ast::Expr* e) {
  const Type* t = TypExprInternal(e);
  if (t != nullptr) SetTypeMode(info_, e, t);
  return t;
}

const Type* Checker::TypExprInternal(ast::Expr* e) {
  const Type* invalid = Typ(TypeKind::kInvalid);
  switch (e->kind) {
    case ast::NodeKind::kIdent:
    case ast::NodeKind::kSelectorExpr: {
      Operand x;
      if (auto* id = e->As<ast::Ident>()) {
        IdentExpr(x, id, true);
      } else {
        SelectorExpr(x, e->As<ast::SelectorExpr>(), true);
      }
      if (x.IsInvalid()) return invalid;
      if (x.mode != ExprMode::kType) {
        Error(e->pos, ExprString(e) + " is not a type");
        return invalid;
      }
      return x.type;
    }
    case ast::NodeKind::kParenExpr: return TypExpr(e->As<ast::ParenExpr>()->x);
    case ast::NodeKind::kStarExpr: {
      const Type* elem = TypExpr(e->As<ast::StarExpr>()->x);
      if (elem->kind == TypeKind::kInvalid) return elem;
      return store_.NewType<PointerType>(elem);
    }
    case ast::NodeKind::kArrayType: {
      auto* a = e->As<ast::ArrayType>();
      if (a->len == nullptr) return store_.NewType<SliceType>(TypExpr(a->elt));
      if (a->len->kind == ast::NodeKind::kEllipsis) {
        Error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        TypExpr(a->elt);
        return invalid;
      }
      int64_t n = ArrayLength(a->len);
      const Type* elem = TypExpr(a->elt);
      if (n < 0) return invalid;
      return store_.NewType<ArrayType>(elem, n);
    }
    case ast::NodeKind::kSliceType:
      return store_.NewType<SliceType>(TypExpr(e->As<ast::SliceType>()->elt));
    case ast::NodeKind::kMapType: {
      auto* m = e->As<ast::MapType>();
      const Type* key = TypExpr(m->key);
      const Type* elem = TypExpr(m->value);
      // A key whose underlying type is still unknown (a type being declared) is
      // checked when used; others now.
      bool known =
          !(key->kind == TypeKind::kNamed && key->As<NamedType>()->underlying == nullptr) &&
          !(key->kind == TypeKind::kTypeParam && key->As<TypeParamType>()->constraint == nullptr);
      if (known && key->kind != TypeKind::kInvalid && !Comparable(key)) {
        Error(m->key->pos, "invalid map key type " + TypeString(key));
      }
      return store_.NewType<MapType>(key, elem);
    }
    case ast::NodeKind::kChanType: {
      auto* c = e->As<ast::ChanType>();
      ChanDir dir = c->dir == ast::ChanDir::kSend   ? ChanDir::kSend
                    : c->dir == ast::ChanDir::kRecv ? ChanDir::kRecv
                                                    : ChanDir::kBoth;
      return store_.NewType<ChanType>(TypExpr(c->value), dir);
    }
    case ast::NodeKind::kFuncType: {
      auto* f = e->As<ast::FuncType>();
      if (f->type_params != nullptr && !f->type_params->list.empty()) {
        Error(f->type_params->pos, "function type must have no type parameters");
      }
      Scope* s = store_.NewScope(scope_, "function type");
      return FuncTypeOf(f, nullptr, s, nullptr, nullptr);
    }
    case ast::NodeKind::kStructType: return StructTypeOf(e->As<ast::StructType>());
    case ast::NodeKind::kInterfaceType: return InterfaceTypeOf(e->As<ast::InterfaceType>());
    case ast::NodeKind::kIndexExpr: return InstantiateTypeExpr(e->As<ast::IndexExpr>());
    case ast::NodeKind::kEllipsis: Error(e->pos, "invalid use of ..."); return invalid;
    case ast::NodeKind::kBadExpr: return invalid;
    default: {
      // A value where a type belongs: check it anyway so its errors show.
      Operand x;
      RawExpr(x, e, nullptr);
      if (!x.IsInvalid() && x.mode != ExprMode::kType) {
        Error(e->pos, ExprString(e) + " is not a type");
      }
      return x.mode == ExprMode::kType ? x.type : invalid;
    }
  }
}

int64_t Checker::ArrayLength(ast::Expr* e) {
  if (auto* id = e->As<ast::Ident>()) {
    Object* obj = scope_->LookupParent(id->name);
    if (obj == nullptr) {
      Error(e->pos,
            "undefined array length " + std::string(id->name) + " or missing type constraint");
      return -1;
    }
    if (obj->kind != ObjKind::kConst) {
      MarkUsed(obj);
      Error(e->pos, "invalid array length " + std::string(id->name));
      return -1;
    }
  }
  Operand x;
  Expr(x, e);
  if (x.IsInvalid()) return -1;
  if (x.mode != ExprMode::kConstant) {
    Error(e->pos, "array length " + OperandString(x) + " must be constant");
    return -1;
  }
  if (x.type->IsUntyped() || IsInteger(x.type)) {
    auto n = x.val.ToInt64();
    if (n && *n >= 0) return *n;
    if (x.val.IsIntegral()) {
      Error(e->pos, "invalid array length " + ExprString(e) + " (untyped int constant " +
                        x.val.ToString() + ")");
      return -1;
    }
  }
  Error(e->pos, "array length " + OperandString(x) + " must be integer");
  return -1;
}

const StructType* Checker::StructTypeOf(ast::StructType* s) {
  auto* st = store_.NewType<StructType>();
  std::unordered_map<std::string, bool> seen;
  auto add = [&](std::string name, Pos pos, const Type* t, bool embedded, ast::BasicLit* tag) {
    auto* f = store_.NewObject<Var>(name, pos, t);
    f->is_field = true;
    f->embedded = embedded;
    f->pkg = pkg_.pkg;
    f->index = static_cast<int>(st->fields.size());
    if (name != "_" && !seen.emplace(name, true).second) {
      Error(pos, name + " redeclared");
    }
    st->fields.push_back(f);
    st->tags.push_back(tag != nullptr ? std::string(tag->string_value) : "");
  };
  if (s->fields == nullptr) return st;
  for (ast::Field* field : s->fields->list) {
    if (field == nullptr) continue;
    const Type* t = TypExpr(field->type_expr);
    if (!field->names.empty()) {
      for (ast::Ident* id : field->names) {
        add(std::string(id->name), id->pos, t, false, field->tag);
        id->obj = st->fields.back();
      }
      continue;
    }
    // Embedded field: T, *T, pkg.T, or an instance T[A]; its name is T's.
    ast::Expr* te = field->type_expr;
    if (auto* star = te->As<ast::StarExpr>()) te = star->x;
    if (auto* ix = te->As<ast::IndexExpr>()) te = ix->x;
    std::string name;
    if (auto* id = te->As<ast::Ident>())
      name = std::string(id->name);
    else if (auto* sel = te->As<ast::SelectorExpr>())
      name = std::string(sel->sel->name);
    else {
      Error(field->type_expr->pos, "invalid embedded field type");
      continue;
    }
    const Type* base = t;
    if (auto* p = t->As<PointerType>()) {
      base = p->elem;
      if (IsInterface(base))
        Error(field->type_expr->pos, "embedded field type cannot be a pointer to an interface");
      if (base->kind == TypeKind::kPointer)
        Error(field->type_expr->pos, "embedded field type cannot be a pointer");
    }
    add(name, field->type_expr->pos, t, true, field->tag);
  }
  return st;
}

const InterfaceType* Checker::InterfaceTypeOf(ast::InterfaceType* s) {
  auto* it = store_.NewType<InterfaceType>();
  if (s->methods == nullptr) return it;
  for (ast::Field* field : s->methods->list) {
    if (field == nullptr) continue;
    if (!field->names.empty()) {
      ast::Ident* id = field->names[0];
      auto* ft = field->type_expr != nullptr ? field->type_expr->As<ast::FuncType>() : nullptr;
      if (ft == nullptr) continue;
      auto* m = store_.NewObject<Func>(std::string(id->name), id->pos);
      m->pkg = pkg_.pkg;
      Scope* ms = store_.NewScope(scope_, "method");
      auto* sig = const_cast<SignatureType*>(FuncTypeOf(ft, nullptr, ms, nullptr, nullptr));
      sig->recv = store_.NewObject<Var>("", id->pos, it);
      m->type = sig;
      id->obj = m;
      for (Func* other : it->methods) {
        if (other->name == m->name) Error(id->pos, "duplicate method " + m->name);
      }
      it->methods.push_back(m);
      continue;
    }
    // An embedded element: an interface, or a union of (~)types.
    std::vector<ast::Expr*> terms;
    std::function<void(ast::Expr*)> flatten = [&](ast::Expr* e) {
      if (auto* b = e->As<ast::BinaryExpr>(); b != nullptr && b->op == Tok::kOr) {
        flatten(b->x);
        flatten(b->y);
      } else {
        terms.push_back(e);
      }
    };
    flatten(field->type_expr);
    std::vector<Term> unioned;
    for (ast::Expr* te : terms) {
      bool tilde = false;
      if (auto* u = te->As<ast::UnaryExpr>(); u != nullptr && u->op == Tok::kTilde) {
        tilde = true;
        te = u->x;
      }
      const Type* t = TypExpr(te);
      if (tilde && !Identical(t, t->Underlying())) {
        Error(te->pos, "invalid use of ~ (underlying type of " + TypeString(t) + " is " +
                           TypeString(t->Underlying()) + ")");
      }
      unioned.push_back(Term{tilde, t});
    }
    if (unioned.size() == 1 && !unioned[0].tilde && IsInterface(unioned[0].type)) {
      it->embeddeds.push_back(unioned[0].type);
    } else if (unioned.size() == 1 && !unioned[0].tilde &&
               unioned[0].type->kind == TypeKind::kNamed &&
               unioned[0].type->As<NamedType>()->underlying == nullptr) {
      it->embeddeds.push_back(unioned[0].type);  // resolved when completed
    } else {
      it->unions.push_back(std::move(unioned));
    }
  }
  return it;
}

// --- Signatures ---------------------------------------------------------------------------------

Var* Checker::NewParam(ast::Ident* id, Pos pos, const Type* t) {
  auto* v = store_.NewObject<Var>(id != nullptr ? std::string(id->name) : "", pos, t);
  v->is_param = true;
  v->used = true;  // parameters are never "declared and not used"
  v->pkg = pkg_.pkg;
  v->file = file_name_;
  if (id != nullptr) id->obj = v;
  return v;
}

void Checker::DeclareParam(Scope* scope, ast::Ident* id, Var* v) {
  if (scope == nullptr || id == nullptr || id->name == "_") return;
  if (scope->Insert(v) != nullptr) Error(id->pos, v->name + " redeclared in this block");
}

// The receiver of a method: T or *T, where a generic T[P] renames its type parameters
// (declared in scope, which the method's body and signature share).
Var* Checker::ReceiverVar(ast::FieldList* recv, SignatureType* sig, Scope* scope) {
  ast::Field* rf = recv->list[0];
  ast::Expr* te = rf->type_expr;
  bool pointer = false;
  while (te != nullptr) {
    if (auto* p = te->As<ast::ParenExpr>()) {
      te = p->x;
    } else if (auto* s = te->As<ast::StarExpr>()) {
      pointer = true;
      te = s->x;
    } else {
      break;
    }
  }
  const Type* rtype = Typ(TypeKind::kInvalid);
  ast::IndexExpr* inst = te != nullptr ? te->As<ast::IndexExpr>() : nullptr;
  ast::Expr* base_expr = inst != nullptr ? inst->x : te;
  const Type* base = base_expr != nullptr ? GenericTypeName(base_expr) : nullptr;
  auto* named = base != nullptr ? base->As<NamedType>() : nullptr;
  if (base == nullptr || base->kind == TypeKind::kInvalid) {
    // reported by the lookup
  } else if (named == nullptr || named->obj->pkg != pkg_.pkg) {
    Error(base_expr->pos, "cannot define new methods on non-local type " + TypeString(base));
  } else if (IsInterface(named) ||
             (named->underlying != nullptr && named->underlying->kind == TypeKind::kPointer)) {
    Error(base_expr->pos,
          "invalid receiver type " + TypeString(base) + " (pointer or interface type)");
  } else {
    rtype = named;
    if (inst != nullptr) {
      if (inst->indices.size() != named->type_params.size()) {
        Error(inst->pos, "receiver declares " + std::to_string(inst->indices.size()) +
                             " type parameters, but receiver base type declares " +
                             std::to_string(named->type_params.size()));
      }
      for (size_t i = 0; i < inst->indices.size() && i < named->type_params.size(); ++i) {
        auto* id = inst->indices[i]->As<ast::Ident>();
        if (id == nullptr) continue;
        const TypeParamType* tp = named->type_params[i];
        auto* tn = store_.NewObject<TypeName>(std::string(id->name), id->pos);
        tn->type = tp;
        id->obj = tn;
        SetTypeMode(info_, id, tp);
        if (id->name != "_") scope_->Insert(tn);
      }
      sig->type_params = named->type_params;
      // The receiver is the instance of the type with its own parameters (List[T]),
      // the same type that List[T] written in the body denotes.
      std::vector<const Type*> own(named->type_params.begin(), named->type_params.end());
      rtype = InstantiateNamed(named, own, Pos{});
      SetTypeMode(info_, inst, rtype);
    } else if (!named->type_params.empty()) {
      Error(base_expr->pos,
            "cannot use generic type " + named->obj->name + " without instantiation");
    }
    if (pointer) rtype = store_.NewType<PointerType>(rtype);
  }
  if (rf->type_expr != nullptr) SetTypeMode(info_, rf->type_expr, rtype);
  ast::Ident* rname = rf->names.empty() ? nullptr : rf->names[0];
  Var* rv = NewParam(rname, rname != nullptr ? rname->pos : rf->pos, rtype);
  DeclareParam(scope, rname, rv);
  return rv;
}

const SignatureType* Checker::FuncTypeOf(ast::FuncType* f, ast::FieldList* recv, Scope* scope,
                                         std::vector<Var*>* params_out,
                                         std::vector<Var*>* results_out) {
  auto* sig = store_.NewType<SignatureType>();
  Scope* saved = scope_;
  if (scope != nullptr) scope_ = scope;
  if (f->type_params != nullptr && !f->type_params->list.empty() && recv == nullptr) {
    sig->type_params = DeclareTypeParams(f->type_params, scope_);
  }

  // Receiver: T or *T, where T may be a generic type whose parameters it renames.
  if (recv != nullptr && !recv->list.empty() && recv->list[0] != nullptr) {
    Var* rv = ReceiverVar(recv, sig, scope);
    sig->recv = rv;
    if (params_out != nullptr) params_out->push_back(rv);
  }

  auto collect = [&](ast::FieldList* list, bool results, std::vector<Var*>* out) {
    auto* tuple = store_.NewType<TupleType>();
    if (list == nullptr) return static_cast<const TupleType*>(tuple);
    for (size_t i = 0; i < list->list.size(); ++i) {
      ast::Field* field = list->list[i];
      if (field == nullptr) continue;
      ast::Expr* te = field->type_expr;
      const Type* t = nullptr;
      if (auto* ell = te != nullptr ? te->As<ast::Ellipsis>() : nullptr) {
        if (results || i + 1 != list->list.size() || field->names.size() > 1) {
          Error(ell->pos, "can only use ... with final parameter in list");
        } else {
          sig->variadic = true;
        }
        t = store_.NewType<SliceType>(TypExpr(ell->elt));
        SetTypeMode(info_, te, t);
      } else {
        t = TypExpr(te);
      }
      if (field->names.empty()) {
        tuple->vars.push_back(NewParam(nullptr, te != nullptr ? te->pos : field->pos, t));
      }
      for (ast::Ident* id : field->names) {
        Var* v = NewParam(id, id->pos, t);
        DeclareParam(scope, id, v);
        tuple->vars.push_back(v);
      }
    }
    if (out != nullptr) out->insert(out->end(), tuple->vars.begin(), tuple->vars.end());
    return static_cast<const TupleType*>(tuple);
  };
  sig->params = collect(f->params, false, params_out);
  sig->results = collect(f->results, true, results_out);
  scope_ = saved;
  return sig;
}

std::vector<const TypeParamType*> Checker::DeclareTypeParams(ast::FieldList* list, Scope* scope) {
  std::vector<const TypeParamType*> out;
  std::vector<std::pair<TypeParamType*, ast::Expr*>> pending;
  for (ast::Field* field : list->list) {
    if (field == nullptr) continue;
    for (ast::Ident* id : field->names) {
      auto* tn = store_.NewObject<TypeName>(std::string(id->name), id->pos);
      tn->pkg = pkg_.pkg;
      auto* tp = store_.NewType<TypeParamType>();
      tp->obj = tn;
      tp->index = static_cast<int>(out.size());
      tn->type = tp;
      id->obj = tn;
      if (id->name != "_" && scope->Insert(tn) != nullptr) {
        Error(id->pos, tn->name + " redeclared in this block");
      }
      out.push_back(tp);
      pending.emplace_back(tp, field->type_expr);
    }
  }
  // Constraints may mention any of the parameters, so they come after all names.
  Scope* saved = scope_;
  scope_ = scope;
  for (auto& [tp, ce] : pending) {
    if (ce == nullptr) {
      tp->constraint = universe_.any_type;
      continue;
    }
    const Type* c = nullptr;
    bool is_term =
        ce->kind == ast::NodeKind::kBinaryExpr ||
        (ce->kind == ast::NodeKind::kUnaryExpr && ce->As<ast::UnaryExpr>()->op == Tok::kTilde);
    if (!is_term) {
      c = TypExpr(ce);
      if (c->kind != TypeKind::kInvalid && !IsInterface(c)) {
        auto* wrap = store_.NewType<InterfaceType>();
        wrap->implicit = true;
        wrap->unions.push_back({Term{false, c}});
        c = wrap;
      }
    } else {
      auto* wrap = store_.NewType<InterfaceType>();
      wrap->implicit = true;
      std::vector<ast::Expr*> terms;
      std::function<void(ast::Expr*)> flatten = [&](ast::Expr* e) {
        if (auto* b = e->As<ast::BinaryExpr>(); b != nullptr && b->op == Tok::kOr) {
          flatten(b->x);
          flatten(b->y);
        } else {
          terms.push_back(e);
        }
      };
      flatten(ce);
      std::vector<Term> u;
      for (ast::Expr* te : terms) {
        bool tilde = false;
        if (auto* un = te->As<ast::UnaryExpr>(); un != nullptr && un->op == Tok::kTilde) {
          tilde = true;
          te = un->x;
        }
        u.push_back(Term{tilde, TypExpr(te)});
      }
      wrap->unions.push_back(std::move(u));
      c = wrap;
    }
    tp->constraint = c;
  }
  scope_ = saved;
  return out;
}

const Type* Checker::InstantiateTypeExpr(ast::IndexExpr* e) {
  const Type* base = GenericTypeName(e->x);
  if (base == nullptr || base->kind == TypeKind::kInvalid) return Typ(TypeKind::kInvalid);
  auto* named = base->As<NamedType>();
  if (named == nullptr || named->type_params.empty() || !named->type_args.empty()) {
    Error(e->x->pos, TypeString(base) + " is not a generic type");
    return Typ(TypeKind::kInvalid);
  }
  std::vector<const Type*> args;
  for (ast::Expr* ie : e->indices) args.push_back(TypExpr(ie));
  if (args.size() != named->type_params.size()) {
    Error(e->pos, std::string(args.size() < named->type_params.size() ? "not enough" : "too many") +
                      " type arguments for type " + named->obj->name + ": have " +
                      std::to_string(args.size()) + ", want " +
                      std::to_string(named->type_params.size()));
    return Typ(TypeKind::kInvalid);
  }
  for (const Type* a : args)
    if (a->kind == TypeKind::kInvalid) return a;
  return InstantiateNamed(named, args, e->pos);
}

}  // namespace chanscope::lang
