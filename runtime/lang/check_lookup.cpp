// check_lookup.cpp — selectors: package members, fields and methods through embedding,
// method values and expressions; method sets and interface satisfaction.
#include <set>

#include "lang/check_internal.h"

namespace chanscope::lang {

// --- Field and method lookup --------------------------------------------------------------------

// Breadth-first through embedded fields, as the spec's "shallowest depth" rule says:
// a name found once at the shallowest depth wins; twice at that depth is ambiguous.
Checker::LookupResult Checker::LookupFieldOrMethod(const Type* t, bool, std::string_view name) {
  LookupResult result;
  if (t == nullptr || name == "_") return result;
  struct Entry {
    const Type* type;
    std::vector<int> path;
    bool indirect;
  };
  bool indirect = false;
  bool fields_only = false;
  if (auto* p = t->As<PointerType>()) {
    // *T: look in T (not for pointers to interfaces or to pointers).
    const Type* elem = p->elem;
    if (elem->Underlying()->kind != TypeKind::kInterface &&
        elem->Underlying()->kind != TypeKind::kPointer) {
      t = elem;
      indirect = true;
    }
  } else if (auto* np =
                 t->kind == TypeKind::kNamed ? t->Underlying()->As<PointerType>() : nullptr) {
    // A defined pointer type (type P *T): x.f means (*x).f for fields, never methods.
    t = np->elem;
    indirect = true;
    fields_only = true;
  }
  std::vector<Entry> current{{t, {}, indirect}};
  std::set<const Type*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    int found = 0;
    for (Entry& e : current) {
      const Type* typ = e.type;
      if (auto* named = typ->As<NamedType>()) {
        if (!seen.insert(named->origin).second) continue;
        if (Func* m = fields_only ? nullptr : named->Method(name)) {
          ObjDecl(m);
          if (found++ == 0) result = LookupResult{m, e.path, e.indirect, false};
          continue;
        }
      }
      const Type* under = typ->kind == TypeKind::kTypeParam ? typ->Underlying() : typ->Underlying();
      if (auto* st = under->As<StructType>()) {
        for (Var* f : st->fields) {
          std::vector<int> path = e.path;
          path.push_back(f->index);
          if (f->name == name) {
            if (found++ == 0) result = LookupResult{f, path, e.indirect, false};
            continue;
          }
          if (f->embedded) {
            const Type* ft = f->type;
            bool ind = e.indirect;
            if (auto* fp = ft->As<PointerType>()) {
              ft = fp->elem;
              ind = true;
            }
            next.push_back(Entry{ft, path, ind});
          }
        }
      } else if (auto* it = fields_only ? nullptr : under->As<InterfaceType>()) {
        if (Func* m = it->Method(name)) {
          if (found++ == 0) result = LookupResult{m, e.path, e.indirect, false};
        }
      }
    }
    if (found > 1) {
      result = LookupResult{};
      result.ambiguous = true;
      return result;
    }
    if (found == 1) return result;
    current = std::move(next);
  }
  return result;
}

const SignatureType* Checker::MethodSig(Func* m, const Type* recv_type) {
  ObjDecl(m);
  const SignatureType* sig = m->Sig();
  if (sig == nullptr) return nullptr;
  // Methods of a generic type: substitute the instance's type arguments.
  const Type* r = recv_type;
  if (auto* p = r != nullptr ? r->As<PointerType>() : nullptr) r = p->elem;
  auto* named = r != nullptr ? r->As<NamedType>() : nullptr;
  if (named != nullptr && !named->type_args.empty() && !sig->type_params.empty()) {
    return InstantiateSig(sig, named->type_args, m->pos);
  }
  return sig;
}

// --- Selectors ----------------------------------------------------------------------------------

void Checker::SelectorExpr(Operand& x, ast::SelectorExpr* e, bool) {
  if (PackageMember(x, e)) return;
  ExprOrType(x, e->x);
  if (x.IsInvalid()) return;
  if (x.mode == ExprMode::kPackage) {
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kType) return MethodExpr(x, e);
  FieldOrMethod(x, e);
}

// pkg.Name: an exported member of an imported package. False when e.x is no package.
bool Checker::PackageMember(Operand& x, ast::SelectorExpr* e) {
  std::string sel(e->sel->name);
  auto* id = e->x->As<ast::Ident>();
  Object* obj = id != nullptr ? scope_->LookupParent(id->name) : nullptr;
  auto* pn = obj != nullptr ? obj->As<PkgName>() : nullptr;
  if (pn == nullptr) return false;
  pn->used = true;
  id->obj = pn;
  info_.modes[id] = ExprMode::kPackage;
  if (pn->imported->is_unsupported) return true;  // reported at the import
  Object* member = pn->imported->scope->Lookup(sel);
  if (member == nullptr || !member->Exported()) {
    if (member != nullptr) {
      Error(e->sel->pos, "name " + sel + " not exported by package " + pn->imported->name);
    } else {
      Error(e->sel->pos, "undefined: " + std::string(id->name) + "." + sel);
    }
    return true;
  }
  e->sel->obj = member;
  switch (member->kind) {
    case ObjKind::kConst:
      x.mode = ExprMode::kConstant;
      x.type = member->type;
      x.val = member->As<Const>()->value;
      break;
    case ObjKind::kTypeName:
      x.mode = ExprMode::kType;
      x.type = member->type;
      break;
    case ObjKind::kVar:
      x.mode = ExprMode::kVariable;
      x.type = member->type;
      break;
    case ObjKind::kFunc:
      x.mode = ExprMode::kValue;
      x.type = member->type;
      break;
    default: return true;
  }
  if (x.type == nullptr) x.mode = ExprMode::kInvalid;
  e->sel->type = x.type;
  info_.modes[e->sel] = x.mode;
  return true;
}

// T.m or (*T).m: a method expression, a function taking the receiver first.
void Checker::MethodExpr(Operand& x, ast::SelectorExpr* e) {
  std::string sel(e->sel->name);
  const Type* t = x.type;
  LookupResult r = LookupFieldOrMethod(t, false, sel);
  Func* m = r.obj != nullptr ? r.obj->As<Func>() : nullptr;
  if (m == nullptr) {
    Error(e->sel->pos,
          ExprString(e) + " undefined (type " + TypeString(t) + " has no method " + sel + ")");
    x.mode = ExprMode::kInvalid;
    return;
  }
  bool iface = IsInterface(t);
  if (!iface && m->pointer_recv && t->kind != TypeKind::kPointer && !r.indirect) {
    Error(e->sel->pos, "invalid method expression " + ExprString(e) +
                           " (needs pointer receiver (*" + TypeString(t) + ")." + sel + ")");
    x.mode = ExprMode::kInvalid;
    return;
  }
  const SignatureType* msig = MethodSig(m, t);
  auto* fsig = store_.NewType<SignatureType>();
  auto* params = store_.NewType<TupleType>();
  params->vars.push_back(store_.NewObject<Var>("", e->pos, t));
  for (Var* v : msig->params->vars) params->vars.push_back(v);
  fsig->params = params;
  fsig->results = msig->results;
  fsig->variadic = msig->variadic;
  e->sel->obj = m;
  Selection s;
  s.kind = SelectionKind::kMethodExpr;
  s.obj = m;
  s.recv = t;
  s.path = r.path;
  s.indirect = r.indirect;
  s.pointer_recv = m->pointer_recv;
  s.interface_method = iface;
  info_.selections[e] = s;
  if (decl_ != nullptr && m->pkg == pkg_.pkg) decl_->deps.push_back(m);
  x.mode = ExprMode::kValue;
  x.type = fsig;
}

// x.f or x.m: a field (through embedded fields) or a method value.
void Checker::FieldOrMethod(Operand& x, ast::SelectorExpr* e) {
  std::string sel(e->sel->name);
  if (x.mode == ExprMode::kNoValue || x.mode == ExprMode::kBuiltin) {
    Error(e->pos, ExprString(e->x) + " (no value) used as value");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.IsUntypedNil()) {
    Error(e->pos, "use of untyped nil");
    x.mode = ExprMode::kInvalid;
    return;
  }
  const Type* t = x.type;
  if (t->kind == TypeKind::kInvalid ||
      (t->kind == TypeKind::kPointer && t->As<PointerType>()->elem->kind == TypeKind::kInvalid)) {
    x.mode = ExprMode::kInvalid;  // already reported
    return;
  }
  LookupResult r = LookupFieldOrMethod(t, x.mode == ExprMode::kVariable, sel);
  if (r.ambiguous) {
    Error(e->sel->pos, "ambiguous selector " + ExprString(e));
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (r.obj == nullptr) {
    std::string why = "type " + TypeString(t) + " has no field or method " + sel;
    if (auto* p = t->As<PointerType>(); p != nullptr && IsInterface(p->elem)) {
      why = "type " + TypeString(t) + " is pointer to interface, not interface";
    } else if (!sel.empty()) {
      // A differently capitalised name is a common slip: point at it.
      std::string alt = sel;
      alt[0] = static_cast<char>(alt[0] >= 'a' && alt[0] <= 'z'   ? alt[0] - 32
                                 : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32
                                                                  : alt[0]);
      LookupResult r2 = LookupFieldOrMethod(t, false, alt);
      if (r2.obj != nullptr && alt != sel) {
        why += ", but does have " +
               std::string(r2.obj->kind == ObjKind::kFunc ? "method " : "field ") + alt;
      }
    }
    Error(e->sel->pos, ExprString(e) + " undefined (" + why + ")");
    x.mode = ExprMode::kInvalid;
    return;
  }
  e->sel->obj = r.obj;
  Selection s;
  s.obj = r.obj;
  s.recv = t;
  s.path = r.path;
  s.indirect = r.indirect;
  if (auto* f = r.obj->As<Var>()) {
    s.kind = SelectionKind::kFieldVal;
    info_.selections[e] = s;
    if (f->pkg != pkg_.pkg && !f->Exported()) {
      Error(e->sel->pos,
            ExprString(e) + " undefined (cannot refer to unexported field " + sel + ")");
      x.mode = ExprMode::kInvalid;
      return;
    }
    x.mode = (x.mode == ExprMode::kVariable || r.indirect) ? ExprMode::kVariable : ExprMode::kValue;
    x.type = f->type;
    e->sel->type = f->type;
    return;
  }
  auto* m = r.obj->As<Func>();
  if (m == nullptr) {
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (m->pkg != pkg_.pkg && !m->Exported()) {
    Error(e->sel->pos,
          ExprString(e) + " undefined (cannot refer to unexported method " + sel + ")");
    x.mode = ExprMode::kInvalid;
    return;
  }
  // The method's receiver: find the type that declares it, to instantiate generics.
  const Type* holder = t;
  if (!r.path.empty()) {
    const Type* cur = t;
    for (int idx : r.path) {
      if (auto* p = cur->As<PointerType>()) cur = p->elem;
      auto* st = cur->Underlying()->As<StructType>();
      if (st == nullptr || idx >= static_cast<int>(st->fields.size())) break;
      cur = st->fields[idx]->type;
    }
    holder = cur;
  }
  bool iface = IsInterface(holder) || IsTypeParam(holder);
  s.kind = SelectionKind::kMethodVal;
  s.pointer_recv = !iface && m->pointer_recv;
  s.interface_method = iface;
  if (s.pointer_recv && !r.indirect && holder->kind != TypeKind::kPointer) {
    if (x.mode != ExprMode::kVariable) {
      Error(e->sel->pos, "cannot call pointer method " + sel + " on " + TypeString(holder));
      x.mode = ExprMode::kInvalid;
      return;
    }
    MarkAddressTaken(e->x);
  }
  info_.selections[e] = s;
  if (decl_ != nullptr && m->pkg == pkg_.pkg) decl_->deps.push_back(m);
  const SignatureType* msig = iface ? m->Sig() : MethodSig(m, holder);
  if (msig == nullptr) {
    x.mode = ExprMode::kInvalid;
    return;
  }
  x.mode = ExprMode::kValue;
  x.type = msig;
  e->sel->type = msig;
}

// --- Interfaces ---------------------------------------------------------------------------------

Func* Checker::MissingMethod(const Type* t, const InterfaceType* iface, bool* wrong_type,
                             bool* ptr_recv) {
  *wrong_type = false;
  *ptr_recv = false;
  if (iface == nullptr) return nullptr;
  iface->Complete();
  for (Func* want : iface->all_methods) {
    if (auto* ti = t->Underlying()->As<InterfaceType>(); ti != nullptr && !IsTypeParam(t)) {
      Func* have = ti->Method(want->name);
      if (have == nullptr) return want;
      if (!Identical(have->type, want->type)) {
        *wrong_type = true;
        return want;
      }
      continue;
    }
    LookupResult r = LookupFieldOrMethod(t, false, want->name);
    auto* have = r.obj != nullptr ? r.obj->As<Func>() : nullptr;
    if (have == nullptr) return want;
    // Through an embedded interface the method has no receiver of its own.
    const Type* holder = t;
    if (!r.path.empty()) {
      const Type* cur = t;
      for (int idx : r.path) {
        if (auto* p = cur->As<PointerType>()) cur = p->elem;
        auto* st = cur->Underlying()->As<StructType>();
        if (st == nullptr) break;
        cur = st->fields[idx]->type;
      }
      holder = cur;
    }
    bool from_iface = IsInterface(holder);
    const SignatureType* sig = from_iface ? have->Sig() : MethodSig(have, holder);
    if (sig == nullptr || !Identical(sig, want->type)) {
      *wrong_type = true;
      return want;
    }
    if (!from_iface && have->pointer_recv && !r.indirect && t->kind != TypeKind::kPointer &&
        holder->kind != TypeKind::kPointer) {
      *ptr_recv = true;
      return want;
    }
  }
  return nullptr;
}

bool Checker::Implements(const Type* t, const Type* iface_type, std::string* reason) {
  auto* iface = iface_type->Underlying()->As<InterfaceType>();
  if (iface == nullptr) return false;
  bool wrong = false, ptr = false;
  Func* m = MissingMethod(t, iface, &wrong, &ptr);
  if (m == nullptr) return true;
  if (reason != nullptr) {
    std::string base = TypeString(t) + " does not implement " + TypeString(iface_type);
    if (ptr) {
      *reason = base + " (method " + m->name + " has pointer receiver)";
    } else if (wrong) {
      LookupResult r = LookupFieldOrMethod(t, false, m->name);
      std::string have;
      if (auto* hf = r.obj != nullptr ? r.obj->As<Func>() : nullptr) {
        const SignatureType* hs = hf->Sig();
        have = hs != nullptr ? m->name + TypeString(hs).substr(4) : "";
      }
      *reason = base + " (wrong type for method " + m->name + ")\n\t\thave " + have +
                "\n\t\twant " + m->name + TypeString(m->type).substr(4);
    } else {
      *reason = base + " (missing method " + m->name + ")";
    }
  }
  return false;
}

}  // namespace chanscope::lang
