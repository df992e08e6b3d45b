// check_generic.cpp — generics: substitution, instantiation of types and functions,
// type argument inference from call arguments, and constraint satisfaction.
#include "lang/check_internal.h"

namespace chanscope::lang {

// --- Substitution -------------------------------------------------------------------------------

const Type* Checker::Subst(const Type* t, const std::vector<const TypeParamType*>& params,
                           const std::vector<const Type*>& args) {
  if (t == nullptr) return t;
  switch (t->kind) {
    case TypeKind::kTypeParam:
      for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
        if (params[i] == t) return args[i];
      }
      return t;
    case TypeKind::kPointer: {
      const Type* e = Subst(t->As<PointerType>()->elem, params, args);
      return e == t->As<PointerType>()->elem ? t : store_.NewType<PointerType>(e);
    }
    case TypeKind::kSlice: {
      const Type* e = Subst(t->As<SliceType>()->elem, params, args);
      return e == t->As<SliceType>()->elem ? t : store_.NewType<SliceType>(e);
    }
    case TypeKind::kArray: {
      auto* a = t->As<ArrayType>();
      const Type* e = Subst(a->elem, params, args);
      return e == a->elem ? t : store_.NewType<ArrayType>(e, a->length);
    }
    case TypeKind::kMap: {
      auto* m = t->As<MapType>();
      const Type* k = Subst(m->key, params, args);
      const Type* e = Subst(m->elem, params, args);
      return k == m->key && e == m->elem ? t : store_.NewType<MapType>(k, e);
    }
    case TypeKind::kChan: {
      auto* c = t->As<ChanType>();
      const Type* e = Subst(c->elem, params, args);
      return e == c->elem ? t : store_.NewType<ChanType>(e, c->dir);
    }
    case TypeKind::kTuple: {
      auto* tu = t->As<TupleType>();
      bool changed = false;
      std::vector<const Type*> elems;
      for (Var* v : tu->vars) {
        elems.push_back(Subst(v->type, params, args));
        changed = changed || elems.back() != v->type;
      }
      if (!changed) return t;
      auto* out = store_.NewType<TupleType>();
      for (size_t i = 0; i < tu->vars.size(); ++i) {
        auto* v = store_.NewObject<Var>(tu->vars[i]->name, tu->vars[i]->pos, elems[i]);
        v->is_param = tu->vars[i]->is_param;
        out->vars.push_back(v);
      }
      return out;
    }
    case TypeKind::kSignature: {
      auto* s = t->As<SignatureType>();
      auto* out = store_.NewType<SignatureType>();
      out->recv = s->recv;
      out->params = Subst(s->params, params, args)->As<TupleType>();
      out->results = Subst(s->results, params, args)->As<TupleType>();
      out->variadic = s->variadic;
      // Instantiating removes the parameters being replaced; others stay.
      for (const TypeParamType* tp : s->type_params) {
        bool replaced = false;
        for (const TypeParamType* p : params) replaced = replaced || p == tp;
        if (!replaced) out->type_params.push_back(tp);
      }
      return out;
    }
    case TypeKind::kStruct: {
      auto* st = t->As<StructType>();
      bool changed = false;
      std::vector<const Type*> ft;
      for (Var* f : st->fields) {
        ft.push_back(Subst(f->type, params, args));
        changed = changed || ft.back() != f->type;
      }
      if (!changed) return t;
      auto* out = store_.NewType<StructType>();
      for (size_t i = 0; i < st->fields.size(); ++i) {
        Var* f = st->fields[i];
        auto* nf = store_.NewObject<Var>(f->name, f->pos, ft[i]);
        nf->is_field = true;
        nf->embedded = f->embedded;
        nf->index = f->index;
        nf->pkg = f->pkg;
        out->fields.push_back(nf);
      }
      out->tags = st->tags;
      return out;
    }
    case TypeKind::kInterface: {
      auto* it = t->As<InterfaceType>();
      auto* out = store_.NewType<InterfaceType>();
      bool changed = false;
      for (Func* m : it->methods) {
        const Type* mt = Subst(m->type, params, args);
        if (mt == m->type) {
          out->methods.push_back(m);
          continue;
        }
        changed = true;
        auto* nm = store_.NewObject<Func>(m->name, m->pos);
        nm->type = mt;
        nm->pkg = m->pkg;
        out->methods.push_back(nm);
      }
      for (const Type* e : it->embeddeds) {
        out->embeddeds.push_back(Subst(e, params, args));
        changed = changed || out->embeddeds.back() != e;
      }
      for (const auto& u : it->unions) {
        std::vector<Term> terms;
        for (const Term& term : u) {
          terms.push_back(Term{term.tilde, Subst(term.type, params, args)});
          changed = changed || terms.back().type != term.type;
        }
        out->unions.push_back(std::move(terms));
      }
      return changed ? out : t;
    }
    case TypeKind::kNamed: {
      auto* n = t->As<NamedType>();
      if (n->type_args.empty()) return t;
      bool changed = false;
      std::vector<const Type*> targs;
      for (const Type* a : n->type_args) {
        targs.push_back(Subst(a, params, args));
        changed = changed || targs.back() != a;
      }
      return changed ? InstantiateNamed(n->origin, targs, Pos{}) : t;
    }
    default: return t;
  }
}

// --- Instantiation ------------------------------------------------------------------------------

const NamedType* Checker::InstantiateNamed(const NamedType* origin,
                                           const std::vector<const Type*>& args, Pos pos) {
  for (const NamedType* inst : named_instances_) {
    if (inst->origin != origin) continue;
    bool same = true;
    for (size_t i = 0; i < args.size() && same; ++i) same = Identical(inst->type_args[i], args[i]);
    if (same) return inst;
  }
  auto* inst = store_.NewType<NamedType>();
  inst->obj = origin->obj;
  inst->origin = origin;
  inst->type_args = args;
  inst->type_params = origin->type_params;
  named_instances_.push_back(inst);
  if (origin->underlying != nullptr) {
    inst->underlying = Subst(origin->underlying, origin->type_params, args);
  } else {
    pending_instances_.push_back(inst);  // the origin is still being declared
  }
  if (pos.IsValid()) {
    for (size_t i = 0; i < args.size() && i < origin->type_params.size(); ++i) {
      const Type* c = Subst(origin->type_params[i]->constraint, origin->type_params, args);
      std::string reason;
      if (!Satisfies(args[i], c, &reason)) {
        Error(pos, TypeString(args[i]) + " does not satisfy " + TypeString(c) +
                       (reason.empty() ? "" : " (" + reason + ")"));
      }
    }
  }
  return inst;
}

void Checker::ResolvePendingInstances() {
  for (size_t i = 0; i < pending_instances_.size();) {
    NamedType* inst = pending_instances_[i];
    if (inst->origin->underlying != nullptr) {
      inst->underlying =
          Subst(inst->origin->underlying, inst->origin->type_params, inst->type_args);
      pending_instances_.erase(pending_instances_.begin() + static_cast<long>(i));
    } else {
      ++i;
    }
  }
}

const SignatureType* Checker::InstantiateSig(const SignatureType* sig,
                                             const std::vector<const Type*>& args, Pos) {
  return Subst(sig, sig->type_params, args)->As<SignatureType>();
}

void Checker::FuncInstance(Operand& x, ast::IndexExpr* e) {
  auto* sig = x.type->As<SignatureType>();
  std::vector<const Type*> targs;
  for (ast::Expr* ie : e->indices) targs.push_back(TypExpr(ie));
  for (const Type* t : targs) {
    if (t->kind == TypeKind::kInvalid) {
      x.mode = ExprMode::kInvalid;
      return;
    }
  }
  if (targs.size() > sig->type_params.size()) {
    Error(e->indices[sig->type_params.size()]->pos,
          "got " + std::to_string(targs.size()) + " type arguments but " + ExprString(e->x) +
              " has " + std::to_string(sig->type_params.size()) + " type parameters");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (targs.size() < sig->type_params.size()) {
    // Partial instantiation: the call infers the rest.
    partial_targs_[e] = targs;
    x.mode = ExprMode::kValue;
    return;
  }
  for (size_t i = 0; i < targs.size(); ++i) {
    const Type* c = Subst(sig->type_params[i]->constraint, sig->type_params, targs);
    std::string reason;
    if (!Satisfies(targs[i], c, &reason)) {
      Error(e->indices[i]->pos, TypeString(targs[i]) + " does not satisfy " + TypeString(c) +
                                    (reason.empty() ? "" : " (" + reason + ")"));
      x.mode = ExprMode::kInvalid;
      return;
    }
  }
  const SignatureType* inst = InstantiateSig(sig, targs, e->pos);
  ast::Expr* base = e->x;
  while (auto* p = base->As<ast::ParenExpr>()) base = p->x;
  ast::Ident* id = base->As<ast::Ident>();
  if (auto* s = base->As<ast::SelectorExpr>()) id = s->sel;
  if (id != nullptr) info_.instances[id] = Instance{targs, inst};
  x.mode = ExprMode::kValue;
  x.type = inst;
}

// --- Inference ----------------------------------------------------------------------------------

bool Checker::Unify(const Type* p, const Type* a, const std::vector<const TypeParamType*>& tparams,
                    std::vector<const Type*>& targs) {
  if (p == nullptr || a == nullptr) return true;
  if (auto* tp = p->As<TypeParamType>()) {
    for (size_t i = 0; i < tparams.size(); ++i) {
      if (tparams[i] != tp) continue;
      if (targs[i] == nullptr) {
        targs[i] = a;
        return true;
      }
      return Identical(targs[i], a) || Identical(targs[i]->Underlying(), a->Underlying());
    }
    return Identical(p, a);
  }
  // A defined type meets a type literal through its underlying type.
  if (p->kind != TypeKind::kNamed && a->kind == TypeKind::kNamed) a = a->Underlying();
  if (p->kind != a->kind) return false;
  switch (p->kind) {
    case TypeKind::kPointer:
      return Unify(p->As<PointerType>()->elem, a->As<PointerType>()->elem, tparams, targs);
    case TypeKind::kSlice:
      return Unify(p->As<SliceType>()->elem, a->As<SliceType>()->elem, tparams, targs);
    case TypeKind::kArray:
      return Unify(p->As<ArrayType>()->elem, a->As<ArrayType>()->elem, tparams, targs);
    case TypeKind::kMap:
      return Unify(p->As<MapType>()->key, a->As<MapType>()->key, tparams, targs) &&
             Unify(p->As<MapType>()->elem, a->As<MapType>()->elem, tparams, targs);
    case TypeKind::kChan:
      return Unify(p->As<ChanType>()->elem, a->As<ChanType>()->elem, tparams, targs);
    case TypeKind::kSignature: {
      auto* ps = p->As<SignatureType>();
      auto* as = a->As<SignatureType>();
      if (ps->params->size() != as->params->size() || ps->results->size() != as->results->size())
        return false;
      for (size_t i = 0; i < ps->params->size(); ++i)
        if (!Unify(ps->params->at(i), as->params->at(i), tparams, targs)) return false;
      for (size_t i = 0; i < ps->results->size(); ++i)
        if (!Unify(ps->results->at(i), as->results->at(i), tparams, targs)) return false;
      return true;
    }
    case TypeKind::kNamed: {
      auto* pn = p->As<NamedType>();
      auto* an = a->As<NamedType>();
      if (pn->origin != an->origin) return false;
      for (size_t i = 0; i < pn->type_args.size() && i < an->type_args.size(); ++i)
        if (!Unify(pn->type_args[i], an->type_args[i], tparams, targs)) return false;
      return true;
    }
    default: return true;
  }
}

bool Checker::Infer(const SignatureType* sig, std::vector<Operand>& args,
                    std::vector<const Type*>& targs, Pos pos, std::string_view fname) {
  const auto& tparams = sig->type_params;
  const size_t nparams = sig->params->size();
  auto param_type = [&](size_t i) -> const Type* {
    if (sig->variadic && i + 1 >= nparams) {
      const Type* last = sig->params->at(nparams - 1);
      return last->As<SliceType>()->elem;
    }
    return i < nparams ? sig->params->at(i) : nullptr;
  };
  // Typed arguments first; untyped constants only fill what remains unknown.
  for (size_t i = 0; i < args.size(); ++i) {
    const Type* pt = param_type(i);
    if (pt == nullptr || args[i].type == nullptr || args[i].type->IsUntyped()) continue;
    if (!Unify(pt, args[i].type, tparams, targs)) {
      Error(args[i].expr->pos, "type " + TypeString(args[i].type) + " of " +
                                   ExprString(args[i].expr) + " does not match " + TypeString(pt));
      return false;
    }
  }
  // Core types of constraints: S ~[]E with S known gives E.
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < tparams.size(); ++i) {
      const InterfaceType* iface = tparams[i]->Iface();
      if (iface == nullptr) continue;
      iface->Complete();
      if (iface->all_types || iface->terms.size() != 1) continue;
      const Term& term = iface->terms[0];
      if (targs[i] != nullptr) {
        Unify(term.type, term.tilde ? targs[i]->Underlying() : targs[i], tparams, targs);
      }
    }
  }
  // Untyped arguments: the "largest" kind among them decides (Max(1, 2.5) is float64).
  std::vector<const Type*> untyped(tparams.size(), nullptr);
  for (size_t i = 0; i < args.size(); ++i) {
    const Type* pt = param_type(i);
    if (pt == nullptr || args[i].type == nullptr || !args[i].type->IsUntyped()) continue;
    if (args[i].IsUntypedNil()) continue;
    if (auto* tp = pt->As<TypeParamType>()) {
      for (size_t k = 0; k < tparams.size(); ++k) {
        if (tparams[k] != tp || targs[k] != nullptr) continue;
        if (untyped[k] == nullptr || (IsNumeric(untyped[k]) && IsNumeric(args[i].type) &&
                                      args[i].type->kind > untyped[k]->kind)) {
          untyped[k] = args[i].type;
        }
      }
    }
  }
  for (size_t k = 0; k < tparams.size(); ++k) {
    if (targs[k] == nullptr && untyped[k] != nullptr) targs[k] = DefaultType(untyped[k]);
  }
  for (size_t i = 0; i < tparams.size(); ++i) {
    if (targs[i] == nullptr) {
      Error(pos, "in call to " + std::string(fname) + ", cannot infer " + tparams[i]->obj->name);
      return false;
    }
  }
  for (size_t i = 0; i < tparams.size(); ++i) {
    const Type* c = Subst(tparams[i]->constraint, tparams, targs);
    std::string reason;
    if (!Satisfies(targs[i], c, &reason)) {
      Error(pos, TypeString(targs[i]) + " does not satisfy " + TypeString(c) +
                     (reason.empty() ? "" : " (" + reason + ")"));
      return false;
    }
  }
  return true;
}

// --- Constraints --------------------------------------------------------------------------------

bool Checker::Satisfies(const Type* t, const Type* constraint, std::string* reason) {
  if (constraint == nullptr) return true;
  auto* iface = constraint->Underlying()->As<InterfaceType>();
  if (iface == nullptr) return true;
  iface->Complete();
  if (!iface->all_types) {
    bool in_set = false;
    for (const Term& term : iface->terms) {
      if (term.tilde ? Identical(t->Underlying(), term.type->Underlying())
                     : Identical(t, term.type)) {
        in_set = true;
      }
    }
    // A type parameter satisfies when every type of its own set does.
    if (!in_set) {
      if (auto* tp = t->As<TypeParamType>()) {
        const InterfaceType* own = tp->Iface();
        own->Complete();
        if (!own->all_types && !own->terms.empty()) {
          in_set = true;
          for (const Term& ot : own->terms) {
            bool found = false;
            for (const Term& term : iface->terms) {
              found =
                  found || (term.tilde ? Identical(ot.type->Underlying(), term.type->Underlying())
                                       : Identical(ot.type, term.type) && !ot.tilde);
            }
            in_set = in_set && found;
          }
        }
      }
    }
    if (!in_set) {
      std::string set;
      for (size_t i = 0; i < iface->terms.size(); ++i) {
        if (i > 0) set += " | ";
        if (iface->terms[i].tilde) set += "~";
        set += TypeString(iface->terms[i].type);
      }
      *reason = TypeString(t) + " missing in " + set;
      return false;
    }
  }
  if (iface->is_comparable && !Comparable(t)) {
    *reason = "";
    return false;
  }
  if (!iface->all_methods.empty()) {
    bool wrong = false, ptr = false;
    Func* m = MissingMethod(t, iface, &wrong, &ptr);
    if (m != nullptr) {
      *reason = ptr     ? "method " + m->name + " has pointer receiver"
                : wrong ? "wrong type for method " + m->name
                        : "missing method " + m->name;
      return false;
    }
  }
  return true;
}

}  // namespace chanscope::lang
