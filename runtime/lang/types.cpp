// types.cpp — type predicates, identity, printing, interface completion and scopes.
#include "lang/types.h"

#include <algorithm>
#include <functional>

#include "lang/universe.h"

namespace chanscope::lang {

// --- Underlying types and predicates ------------------------------------------------------------

namespace {
thread_local const TypeArgMap* type_arguments = nullptr;
}  // namespace

void SetTypeArguments(const TypeArgMap* map) { type_arguments = map; }

const Type* TypeArgument(const TypeParamType* p) {
  if (type_arguments == nullptr) return nullptr;
  const Type* t = p;
  for (int depth = 0; depth < 16 && t->kind == TypeKind::kTypeParam; depth++) {
    const Type* next = nullptr;
    for (const auto& [param, arg] : *type_arguments)
      if (param == t) next = arg;
    if (next == nullptr) break;
    t = next;
  }
  return t == p ? nullptr : t;
}

const Type* Type::Underlying() const {
  const Type* t = this;
  if (auto* n = t->As<NamedType>()) {
    return n->underlying != nullptr ? n->underlying : Typ(TypeKind::kInvalid);
  }
  if (auto* p = t->As<TypeParamType>()) {
    if (const Type* arg = TypeArgument(p)) return arg->Underlying();
    return p->constraint != nullptr ? p->constraint->Underlying() : GetUniverse().any_type;
  }
  return t;
}

namespace {

TypeKind UnderKind(const Type* t) {
  return t == nullptr ? TypeKind::kInvalid : t->Underlying()->kind;
}

}  // namespace

// For a type parameter: true when every term of its type set satisfies pred.
bool AllTerms(const Type* t, bool (*pred)(const Type*)) {
  auto* p = t->As<TypeParamType>();
  if (p == nullptr) return false;
  const InterfaceType* iface = p->Iface();
  if (iface == nullptr) return false;
  iface->Complete();
  if (iface->all_types || iface->terms.empty()) return false;
  for (const Term& term : iface->terms)
    if (!pred(term.type)) return false;
  return true;
}

bool IsInteger(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsInteger);
  TypeKind k = UnderKind(t);
  return (k >= TypeKind::kInt && k <= TypeKind::kUintptr) || k == TypeKind::kUntypedInt ||
         k == TypeKind::kUntypedRune;
}

bool IsUnsigned(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsUnsigned);
  TypeKind k = UnderKind(t);
  return k >= TypeKind::kUint && k <= TypeKind::kUintptr;
}

bool IsFloat(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsFloat);
  TypeKind k = UnderKind(t);
  return k == TypeKind::kFloat32 || k == TypeKind::kFloat64 || k == TypeKind::kUntypedFloat;
}

bool IsNumeric(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsNumeric);
  return IsInteger(t) || IsFloat(t);
}

bool IsString(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsString);
  TypeKind k = UnderKind(t);
  return k == TypeKind::kString || k == TypeKind::kUntypedString;
}

bool IsBoolean(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsBoolean);
  TypeKind k = UnderKind(t);
  return k == TypeKind::kBool || k == TypeKind::kUntypedBool;
}

bool IsConstType(const Type* t) {
  if (t == nullptr || IsTypeParam(t)) return false;
  return IsNumeric(t) || IsString(t) || IsBoolean(t);
}

bool IsInterface(const Type* t) {
  return t != nullptr && !IsTypeParam(t) && UnderKind(t) == TypeKind::kInterface;
}

bool IsTypeParam(const Type* t) { return t != nullptr && t->kind == TypeKind::kTypeParam; }

int BasicBits(TypeKind k) {
  switch (k) {
    case TypeKind::kInt8:
    case TypeKind::kUint8: return 8;
    case TypeKind::kInt16:
    case TypeKind::kUint16: return 16;
    case TypeKind::kInt32:
    case TypeKind::kUint32:
    case TypeKind::kFloat32: return 32;
    default: return 64;
  }
}

const Type* TupleType::at(size_t i) const { return vars[i]->type; }

const InterfaceType* TypeParamType::Iface() const {
  if (constraint == nullptr) return GetUniverse().any_type;
  return constraint->Underlying()->As<InterfaceType>();
}

const Type* DefaultType(const Type* t) {
  if (t == nullptr) return t;
  switch (t->kind) {
    case TypeKind::kUntypedBool: return Typ(TypeKind::kBool);
    case TypeKind::kUntypedInt: return Typ(TypeKind::kInt);
    case TypeKind::kUntypedRune: return GetUniverse().rune_type;
    case TypeKind::kUntypedFloat: return Typ(TypeKind::kFloat64);
    case TypeKind::kUntypedString: return Typ(TypeKind::kString);
    default: return t;
  }
}

// --- Interfaces ---------------------------------------------------------------------------------

namespace {

// Terms of `a` that are also in `b` (identical types; ~T meets T as T).
std::vector<Term> IntersectTerms(const std::vector<Term>& a, const std::vector<Term>& b) {
  std::vector<Term> out;
  for (const Term& x : a) {
    for (const Term& y : b) {
      if (x.tilde && y.tilde && Identical(x.type, y.type)) {
        out.push_back(x);
      } else if (x.tilde && !y.tilde && Identical(x.type, y.type->Underlying())) {
        out.push_back(y);
      } else if (!x.tilde && y.tilde && Identical(x.type->Underlying(), y.type)) {
        out.push_back(x);
      } else if (!x.tilde && !y.tilde && Identical(x.type, y.type)) {
        out.push_back(x);
      }
    }
  }
  return out;
}

}  // namespace

void InterfaceType::Complete() const {
  if (complete) return;
  complete = true;  // set first: a cyclic embedding stops here instead of recursing
  all_methods = methods;
  auto restrict_to = [this](const std::vector<Term>& set) {
    if (all_types) {
      terms = set;
      all_types = false;
    } else {
      terms = IntersectTerms(terms, set);
    }
  };
  for (const Type* e : embeddeds) {
    if (e == nullptr) continue;
    if (auto* inner = e->Underlying()->As<InterfaceType>()) {
      inner->Complete();
      for (Func* m : inner->all_methods) {
        bool dup = false;
        for (Func* have : all_methods) dup = dup || have->name == m->name;
        if (!dup) all_methods.push_back(m);
      }
      if (inner->is_comparable) is_comparable = true;
      if (!inner->all_types) restrict_to(inner->terms);
    } else {
      restrict_to({Term{false, e}});
    }
  }
  for (const auto& u : unions) restrict_to(u);
  std::sort(all_methods.begin(), all_methods.end(),
            [](const Func* a, const Func* b) { return a->name < b->name; });
}

Func* InterfaceType::Method(std::string_view name) const {
  Complete();
  for (Func* m : all_methods)
    if (m->name == name) return m;
  return nullptr;
}

bool InterfaceType::IsBasicInterface() const {
  Complete();
  return all_types && !is_comparable;
}

bool InterfaceType::IsEmpty() const {
  Complete();
  return all_methods.empty() && all_types && !is_comparable;
}

Func* NamedType::Method(std::string_view name) const {
  for (Func* m : origin->methods)
    if (m->name == name) return m;
  return nullptr;
}

// --- Identity -----------------------------------------------------------------------------------

namespace {

bool IdenticalImpl(const Type* x, const Type* y, bool ignore_tags);

bool IdenticalTuples(const TupleType* x, const TupleType* y) {
  if (x == nullptr || y == nullptr) return x == y;
  if (x->size() != y->size()) return false;
  for (size_t i = 0; i < x->size(); ++i)
    if (!Identical(x->at(i), y->at(i))) return false;
  return true;
}

}  // namespace

bool Identical(const Type* x, const Type* y) { return IdenticalImpl(x, y, false); }

bool IdenticalIgnoreTags(const Type* x, const Type* y) { return IdenticalImpl(x, y, true); }

namespace {

bool IdenticalImpl(const Type* x, const Type* y, bool ignore_tags) {
  auto Identical = [ignore_tags](const Type* a, const Type* b) {
    return IdenticalImpl(a, b, ignore_tags);
  };
  if (x == y) return true;
  if (x == nullptr || y == nullptr) return false;
  if (x->IsBasic() && y->IsBasic()) return x->kind == y->kind;
  if (x->kind != y->kind) return false;
  switch (x->kind) {
    case TypeKind::kPointer:
      return Identical(x->As<PointerType>()->elem, y->As<PointerType>()->elem);
    case TypeKind::kSlice: return Identical(x->As<SliceType>()->elem, y->As<SliceType>()->elem);
    case TypeKind::kArray:
      return x->As<ArrayType>()->length == y->As<ArrayType>()->length &&
             Identical(x->As<ArrayType>()->elem, y->As<ArrayType>()->elem);
    case TypeKind::kMap:
      return Identical(x->As<MapType>()->key, y->As<MapType>()->key) &&
             Identical(x->As<MapType>()->elem, y->As<MapType>()->elem);
    case TypeKind::kChan:
      return x->As<ChanType>()->dir == y->As<ChanType>()->dir &&
             Identical(x->As<ChanType>()->elem, y->As<ChanType>()->elem);
    case TypeKind::kStruct: {
      auto* a = x->As<StructType>();
      auto* b = y->As<StructType>();
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); ++i) {
        const Var* f = a->fields[i];
        const Var* g = b->fields[i];
        if (f->name != g->name || f->embedded != g->embedded ||
            (!ignore_tags && a->tags[i] != b->tags[i]) || !Identical(f->type, g->type))
          return false;
        if (!f->Exported() && f->pkg != g->pkg) return false;
      }
      return true;
    }
    case TypeKind::kTuple: return IdenticalTuples(x->As<TupleType>(), y->As<TupleType>());
    case TypeKind::kSignature: {
      auto* a = x->As<SignatureType>();
      auto* b = y->As<SignatureType>();
      return a->variadic == b->variadic && a->type_params.size() == b->type_params.size() &&
             IdenticalTuples(a->params, b->params) && IdenticalTuples(a->results, b->results);
    }
    case TypeKind::kInterface: {
      auto* a = x->As<InterfaceType>();
      auto* b = y->As<InterfaceType>();
      a->Complete();
      b->Complete();
      if (a->all_methods.size() != b->all_methods.size() || a->all_types != b->all_types ||
          a->is_comparable != b->is_comparable || a->terms.size() != b->terms.size())
        return false;
      for (size_t i = 0; i < a->all_methods.size(); ++i) {
        if (a->all_methods[i]->name != b->all_methods[i]->name ||
            !Identical(a->all_methods[i]->type, b->all_methods[i]->type))
          return false;
      }
      for (size_t i = 0; i < a->terms.size(); ++i) {
        if (a->terms[i].tilde != b->terms[i].tilde ||
            !Identical(a->terms[i].type, b->terms[i].type))
          return false;
      }
      return true;
    }
    case TypeKind::kNamed: {
      // Distinct defined types differ; instances of one generic type compare arguments.
      auto* a = x->As<NamedType>();
      auto* b = y->As<NamedType>();
      if (a->origin != b->origin || a->type_args.empty() ||
          a->type_args.size() != b->type_args.size())
        return false;
      for (size_t i = 0; i < a->type_args.size(); ++i)
        if (!Identical(a->type_args[i], b->type_args[i])) return false;
      return true;
    }
    default: return false;
  }
}

}  // namespace

// --- Printing -----------------------------------------------------------------------------------

namespace {

void WriteType(std::string& out, const Type* t, int depth);

void WriteTuple(std::string& out, const TupleType* tuple, bool variadic, int depth) {
  out += '(';
  for (size_t i = 0; i < tuple->size(); ++i) {
    if (i > 0) out += ", ";
    const Type* elem = tuple->at(i);
    // gc names parameters when the signature does: func(x int, ys ...string).
    if (!tuple->vars[i]->name.empty()) out += tuple->vars[i]->name + " ";
    if (variadic && i + 1 == tuple->size() && elem->kind == TypeKind::kSlice) {
      out += "...";
      elem = elem->As<SliceType>()->elem;
    }
    WriteType(out, elem, depth);
  }
  out += ')';
}

void WriteSignature(std::string& out, const SignatureType* sig, int depth) {
  WriteTuple(out, sig->params, sig->variadic, depth);
  if (sig->results->size() == 0) return;
  out += ' ';
  if (sig->results->size() == 1 && sig->results->vars[0]->name.empty()) {
    WriteType(out, sig->results->at(0), depth);
  } else {
    WriteTuple(out, sig->results, false, depth);
  }
}

void WriteTermList(std::string& out, const std::vector<Term>& terms, int depth) {
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i > 0) out += " | ";
    if (terms[i].tilde) out += '~';
    WriteType(out, terms[i].type, depth);
  }
}

void WriteInterface(std::string& out, const InterfaceType* iface, int depth) {
  if (iface == GetUniverse().any_type) {
    out += "any";
    return;
  }
  if (iface->implicit && iface->methods.empty() && iface->embeddeds.empty() &&
      iface->unions.size() == 1) {
    WriteTermList(out, iface->unions[0], depth);
    return;
  }
  out += "interface{";
  bool first = true;
  auto sep = [&] {
    if (!first) out += "; ";
    first = false;
  };
  for (const Func* m : iface->methods) {
    sep();
    out += m->name;
    WriteSignature(out, m->Sig(), depth);
  }
  for (const Type* e : iface->embeddeds) {
    sep();
    WriteType(out, e, depth);
  }
  for (const auto& u : iface->unions) {
    sep();
    WriteTermList(out, u, depth);
  }
  out += '}';
}

void WriteType(std::string& out, const Type* t, int depth) {
  if (t == nullptr) {
    out += "<nil>";
    return;
  }
  if (depth > 16) {  // a recursive unnamed type cannot occur, but stay safe
    out += "...";
    return;
  }
  ++depth;
  if (auto* b = AsBasic(t)) {
    out += b->name;
    return;
  }
  switch (t->kind) {
    case TypeKind::kPointer:
      out += '*';
      WriteType(out, t->As<PointerType>()->elem, depth);
      return;
    case TypeKind::kSlice:
      out += "[]";
      WriteType(out, t->As<SliceType>()->elem, depth);
      return;
    case TypeKind::kArray:
      out += '[' + std::to_string(t->As<ArrayType>()->length) + ']';
      WriteType(out, t->As<ArrayType>()->elem, depth);
      return;
    case TypeKind::kMap:
      out += "map[";
      WriteType(out, t->As<MapType>()->key, depth);
      out += ']';
      WriteType(out, t->As<MapType>()->elem, depth);
      return;
    case TypeKind::kChan: {
      auto* c = t->As<ChanType>();
      out += c->dir == ChanDir::kRecv ? "<-chan " : c->dir == ChanDir::kSend ? "chan<- " : "chan ";
      // chan (<-chan int) needs parentheses to keep its meaning.
      auto* inner = c->elem->As<ChanType>();
      bool paren = c->dir == ChanDir::kBoth && inner != nullptr && inner->dir == ChanDir::kRecv;
      if (paren) out += '(';
      WriteType(out, c->elem, depth);
      if (paren) out += ')';
      return;
    }
    case TypeKind::kStruct: {
      auto* s = t->As<StructType>();
      out += "struct{";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i > 0) out += "; ";
        if (!s->fields[i]->embedded) out += s->fields[i]->name + " ";
        WriteType(out, s->fields[i]->type, depth);
        if (!s->tags[i].empty()) out += " \"" + s->tags[i] + "\"";
      }
      out += '}';
      return;
    }
    case TypeKind::kTuple: WriteTuple(out, t->As<TupleType>(), false, depth); return;
    case TypeKind::kSignature:
      out += "func";
      WriteSignature(out, t->As<SignatureType>(), depth);
      return;
    case TypeKind::kInterface: WriteInterface(out, t->As<InterfaceType>(), depth); return;
    case TypeKind::kNamed: {
      auto* n = t->As<NamedType>();
      if (n->obj != nullptr && n->obj->pkg != nullptr && n->obj->pkg->is_stdlib) {
        out += n->obj->pkg->name + ".";
      }
      out += n->obj != nullptr ? n->obj->name : "?";
      if (!n->type_args.empty()) {
        out += '[';
        for (size_t i = 0; i < n->type_args.size(); ++i) {
          if (i > 0) out += ",";
          WriteType(out, n->type_args[i], depth);
        }
        out += ']';
      }
      return;
    }
    case TypeKind::kTypeParam: {
      auto* p = t->As<TypeParamType>();
      out += p->obj != nullptr ? p->obj->name : "?";
      return;
    }
    default: out += "invalid type"; return;
  }
}

}  // namespace

std::string TypeString(const Type* t) {
  std::string out;
  WriteType(out, t, 0);
  return out;
}

// --- Scopes -------------------------------------------------------------------------------------

Object* Scope::Lookup(std::string_view name) const {
  auto it = names_.find(name);
  return it == names_.end() ? nullptr : it->second;
}

Object* Scope::LookupParent(std::string_view name) const {
  for (const Scope* s = this; s != nullptr; s = s->parent_) {
    if (Object* obj = s->Lookup(name)) return obj;
  }
  return nullptr;
}

Object* Scope::Insert(Object* obj) {
  // The key views the object's own name, which lives as long as the object.
  auto [it, inserted] = names_.emplace(std::string_view(obj->name), obj);
  if (!inserted) return it->second;
  objects_.push_back(obj);
  if (obj->parent == nullptr) obj->parent = this;
  return nullptr;
}

}  // namespace chanscope::lang
