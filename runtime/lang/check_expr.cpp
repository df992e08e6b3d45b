// check_expr.cpp — expressions: identifiers, literals, composite literals, indexing,
// slicing, assertions, unary and binary operators. Calls live in check_call.cpp,
// selectors in check_lookup.cpp.
#include <set>

#include "lang/check_internal.h"

namespace chanscope::lang {

// --- Entry points -------------------------------------------------------------------------------

void Checker::Record(Operand& x) {
  ast::Expr* e = x.expr;
  if (e == nullptr) return;
  info_.modes[e] = x.mode;
  if (x.IsInvalid()) return;
  e->type = x.type;
  e->constant = x.mode == ExprMode::kConstant ? store_.NewConstant(x.val) : nullptr;
}

void Checker::RawExpr(Operand& x, ast::Expr* e, const Type* hint, bool allow_generic) {
  x = Operand{};
  x.expr = e;
  if (e == nullptr) return;
  ExprInternal(x, e, hint);
  x.expr = e;
  if (!allow_generic && !x.IsInvalid() && x.mode != ExprMode::kType) {
    if (auto* sig = x.type != nullptr ? x.type->As<SignatureType>() : nullptr;
        sig != nullptr && !sig->type_params.empty() && sig->recv == nullptr) {
      Error(e->pos, "cannot use generic function " + ExprString(e) + " without instantiation");
      x.mode = ExprMode::kInvalid;
    }
  }
  if (!x.IsInvalid() && x.type == nullptr) x.type = Typ(TypeKind::kInvalid);
  // A value of invalid type comes from an error already reported: stay quiet.
  if (x.mode != ExprMode::kType && x.mode != ExprMode::kBuiltin && x.mode != ExprMode::kPackage &&
      x.mode != ExprMode::kNoValue && x.type != nullptr && x.type->kind == TypeKind::kInvalid) {
    x.mode = ExprMode::kInvalid;
  }
  Record(x);
}

// Reports when x is not a single value.
static bool SingleValue(Checker& c, Operand& x) {
  switch (x.mode) {
    case ExprMode::kInvalid: return false;
    case ExprMode::kNoValue:
      c.Error(x.expr->pos, c.ExprString(x.expr) + " (no value) used as value");
      break;
    case ExprMode::kType:
      c.Error(x.expr->pos, c.ExprString(x.expr) + " (type) is not an expression");
      break;
    case ExprMode::kBuiltin:
      c.Error(x.expr->pos, c.ExprString(x.expr) + " (built-in function " +
                               c.ExprString(x.expr) + ") must be called");
      break;
    case ExprMode::kPackage:
      c.Error(x.expr->pos, "use of package " + c.ExprString(x.expr) + " without selector");
      break;
    default:
      if (x.type != nullptr && x.type->kind == TypeKind::kTuple) {
        c.Error(x.expr->pos, "multiple-value " + c.ExprString(x.expr) + " (value of type " +
                                 TypeString(x.type) + ") in single-value context");
        break;
      }
      return true;
  }
  x.mode = ExprMode::kInvalid;
  return false;
}

void Checker::Expr(Operand& x, ast::Expr* e) {
  RawExpr(x, e, nullptr);
  SingleValue(*this, x);
}

void Checker::ExprWithHint(Operand& x, ast::Expr* e, const Type* hint) {
  RawExpr(x, e, hint);
  SingleValue(*this, x);
}

void Checker::ExprOrType(Operand& x, ast::Expr* e) {
  RawExpr(x, e, nullptr, true);
  if (x.mode == ExprMode::kNoValue) {
    Error(e->pos, ExprString(e) + " (no value) used as value");
    x.mode = ExprMode::kInvalid;
  }
}

void Checker::MultiExpr(std::vector<Operand>& out, ast::Expr* e, bool allow_comma_ok) {
  out.clear();
  Operand x;
  RawExpr(x, e, nullptr);
  if (x.IsInvalid()) {
    out.push_back(x);
    return;
  }
  if (x.mode != ExprMode::kNoValue && x.type != nullptr && x.type->kind == TypeKind::kTuple) {
    const auto* tuple = x.type->As<TupleType>();
    for (size_t i = 0; i < tuple->size(); ++i) {
      Operand v;
      v.mode = ExprMode::kValue;
      v.expr = e;
      v.type = tuple->at(i);
      out.push_back(v);
    }
    return;
  }
  if (!SingleValue(*this, x)) {
    out.push_back(x);
    return;
  }
  out.push_back(x);
  if (!allow_comma_ok) return;
  // m[k], x.(T) and <-ch yield a second, untyped boolean value on request.
  ast::Expr* inner = e;
  while (auto* p = inner->As<ast::ParenExpr>()) inner = p->x;
  bool comma_ok = x.mode == ExprMode::kMapIndex || inner->kind == ast::NodeKind::kTypeAssertExpr ||
                  (inner->kind == ast::NodeKind::kUnaryExpr &&
                   inner->As<ast::UnaryExpr>()->op == Tok::kArrow);
  if (comma_ok) {
    Operand ok;
    ok.mode = ExprMode::kValue;
    ok.expr = e;
    ok.type = Typ(TypeKind::kUntypedBool);
    out.push_back(ok);
  }
}

void Checker::ExprInternal(Operand& x, ast::Expr* e, const Type* hint) {
  switch (e->kind) {
    case ast::NodeKind::kBadExpr: return;
    case ast::NodeKind::kIdent: IdentExpr(x, e->As<ast::Ident>(), false); return;
    case ast::NodeKind::kBasicLit: BasicLitExpr(x, e->As<ast::BasicLit>()); return;
    case ast::NodeKind::kFuncLit: FuncLitExpr(x, e->As<ast::FuncLit>()); return;
    case ast::NodeKind::kCompositeLit:
      CompositeLitExpr(x, e->As<ast::CompositeLit>(), hint);
      return;
    case ast::NodeKind::kParenExpr: {
      Operand inner;
      RawExpr(inner, e->As<ast::ParenExpr>()->x, hint, true);
      x = inner;
      return;
    }
    case ast::NodeKind::kSelectorExpr: SelectorExpr(x, e->As<ast::SelectorExpr>(), false); return;
    case ast::NodeKind::kIndexExpr: IndexExpr(x, e->As<ast::IndexExpr>()); return;
    case ast::NodeKind::kSliceExpr: SliceExpr(x, e->As<ast::SliceExpr>()); return;
    case ast::NodeKind::kTypeAssertExpr: TypeAssertExpr(x, e->As<ast::TypeAssertExpr>()); return;
    case ast::NodeKind::kCallExpr: CallExpr(x, e->As<ast::CallExpr>()); return;
    case ast::NodeKind::kStarExpr: StarExpr(x, e->As<ast::StarExpr>()); return;
    case ast::NodeKind::kUnaryExpr: UnaryExpr(x, e->As<ast::UnaryExpr>()); return;
    case ast::NodeKind::kBinaryExpr: {
      auto* b = e->As<ast::BinaryExpr>();
      BinaryExpr(x, b, b->x, b->y, b->op, b->op_pos);
      return;
    }
    case ast::NodeKind::kKeyValueExpr:
      Error(e->pos, "unexpected key:value expression");
      return;
    case ast::NodeKind::kEllipsis: Error(e->pos, "invalid use of ..."); return;
    case ast::NodeKind::kArrayType:
    case ast::NodeKind::kSliceType:
    case ast::NodeKind::kStructType:
    case ast::NodeKind::kFuncType:
    case ast::NodeKind::kInterfaceType:
    case ast::NodeKind::kMapType:
    case ast::NodeKind::kChanType:
      x.type = TypExpr(e);
      x.mode = x.type->kind == TypeKind::kInvalid ? ExprMode::kInvalid : ExprMode::kType;
      return;
    default: return;
  }
}

// --- Identifiers and literals -------------------------------------------------------------------

void Checker::MarkUsed(Object* obj) {
  if (auto* pn = obj->As<PkgName>()) pn->used = true;
  if (auto* v = obj->As<Var>()) UseVar(v);
}

// A variable referenced here: used, and captured when it belongs to an outer function.
void Checker::UseVar(Var* v) {
  v->used = true;
  if (v->is_global && decl_ != nullptr && v->parent == pkg_scope_) decl_->deps.push_back(v);
  if (func_ == nullptr || v->owner == nullptr || v->owner == func_->info->node) return;
  v->captured = true;
  for (FuncContext* f = func_; f != nullptr && f->info->node != v->owner; f = f->outer) {
    auto& caps = f->info->captures;
    if (std::find(caps.begin(), caps.end(), v) == caps.end()) caps.push_back(v);
  }
}

void Checker::IdentExpr(Operand& x, ast::Ident* id, bool want_type) {
  if (id->name == "_") {
    Error(id->pos, want_type ? "cannot use _ as type" : "cannot use _ as value");
    return;
  }
  Object* obj = scope_->LookupParent(id->name);
  if (obj == nullptr) {
    if (id->name == "complex" || id->name == "real" || id->name == "imag" ||
        id->name == "complex64" || id->name == "complex128") {
      Unsupported(id->pos, "complex numbers");
      return;
    }
    Error(id->pos, "undefined: " + std::string(id->name));
    return;
  }
  id->obj = obj;
  ObjDecl(obj);
  switch (obj->kind) {
    case ObjKind::kPkgName:
      obj->As<PkgName>()->used = true;
      x.mode = ExprMode::kPackage;
      x.type = Typ(TypeKind::kInvalid);
      return;
    case ObjKind::kConst:
      if (obj == universe_.iota) {
        if (!iota_) {
          Error(id->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.val = *iota_;
      } else {
        x.val = obj->As<Const>()->value;
      }
      if (obj->type == nullptr || obj->type->kind == TypeKind::kInvalid) return;
      x.mode = ExprMode::kConstant;
      x.type = obj->type;
      return;
    case ObjKind::kTypeName:
      if (obj->type == nullptr) {
        Error(id->pos, "invalid recursive type " + obj->name);
        return;
      }
      x.mode = ExprMode::kType;
      x.type = obj->type;
      return;
    case ObjKind::kVar: {
      auto* v = obj->As<Var>();
      UseVar(v);
      if (v->type == nullptr || v->type->kind == TypeKind::kInvalid) return;
      x.mode = ExprMode::kVariable;
      x.type = v->type;
      return;
    }
    case ObjKind::kFunc:
      if (decl_ != nullptr && obj->parent == pkg_scope_) decl_->deps.push_back(obj);
      if (obj->type == nullptr) return;
      x.mode = ExprMode::kValue;
      x.type = obj->type;
      return;
    case ObjKind::kBuiltin:
      x.mode = ExprMode::kBuiltin;
      x.builtin = obj->As<Builtin>()->id;
      x.type = Typ(TypeKind::kInvalid);
      return;
    case ObjKind::kNil:
      x.mode = ExprMode::kValue;
      x.type = Typ(TypeKind::kUntypedNil);
      return;
    default: return;
  }
}

void Checker::BasicLitExpr(Operand& x, ast::BasicLit* e) {
  switch (e->lit_kind) {
    case ast::LitKind::kInt: {
      auto v = ParseIntLiteral(e->raw);
      if (!v) {
        Error(e->pos, "integer constant overflow");
        return;
      }
      x.val = *v;
      x.type = Typ(TypeKind::kUntypedInt);
      break;
    }
    case ast::LitKind::kFloat: {
      auto v = ParseFloatLiteral(e->raw);
      if (!v) {
        Error(e->pos, "floating-point constant overflow");
        return;
      }
      x.val = *v;
      x.type = Typ(TypeKind::kUntypedFloat);
      break;
    }
    case ast::LitKind::kImag: Unsupported(e->pos, "complex numbers"); return;
    case ast::LitKind::kChar:
      x.val = Constant::Int(e->rune_value);
      x.type = Typ(TypeKind::kUntypedRune);
      break;
    case ast::LitKind::kString:
      x.val = Constant::String(std::string(e->string_value));
      x.type = Typ(TypeKind::kUntypedString);
      break;
  }
  x.mode = ExprMode::kConstant;
}

void Checker::FuncLitExpr(Operand& x, ast::FuncLit* e) {
  if (e->func_type == nullptr) return;
  FunctionInfo* info = NewFunctionInfo();
  info->node = e;
  info->outer = func_ != nullptr ? func_->info : nullptr;
  Scope* fscope = store_.NewScope(scope_, "function literal");
  const SignatureType* sig = FuncTypeOf(e->func_type, nullptr, fscope, &info->params, &info->results);
  info->sig = sig;
  info_.function_of[e] = info;
  pkg_.functions.push_back(info);
  if (e->body != nullptr) FuncBody(info, e->body, fscope);
  x.mode = ExprMode::kValue;
  x.type = sig;
}

// --- Composite literals -------------------------------------------------------------------------

void Checker::CompositeLitExpr(Operand& x, ast::CompositeLit* e, const Type* hint) {
  const Type* t = nullptr;
  const Type* result = nullptr;
  int64_t open_array = -1;  // [...]T: the length comes from the elements
  if (e->type_expr != nullptr) {
    auto* at = e->type_expr->As<ast::ArrayType>();
    if (at != nullptr && at->len != nullptr && at->len->kind == ast::NodeKind::kEllipsis) {
      const Type* elem = TypExpr(at->elt);
      t = store_.NewType<ArrayType>(elem, 0);
      open_array = 0;
    } else {
      t = TypExpr(e->type_expr);
    }
    result = t;
  } else if (hint != nullptr) {
    t = hint;
    result = hint;
    // &T elided: {…} stands for &T{…}; the literal's type is the pointer.
    if (auto* p = hint->Underlying()->As<PointerType>()) t = p->elem;
  } else {
    Error(e->pos, "invalid composite literal type: missing type");
  }
  auto check_elems_anyway = [&] {
    for (ast::Expr* el : e->elts) {
      Operand y;
      if (auto* kv = el->As<ast::KeyValueExpr>()) el = kv->value;
      Expr(y, el);
    }
  };
  if (t == nullptr || t->kind == TypeKind::kInvalid) {
    check_elems_anyway();
    return;
  }
  const Type* under = CoreType(t);
  if (under == nullptr) under = Typ(TypeKind::kInvalid);
  switch (under->kind) {
    case TypeKind::kStruct: {
      auto* st = under->As<StructType>();
      if (e->elts.empty()) break;
      bool keyed = e->elts[0]->kind == ast::NodeKind::kKeyValueExpr;
      if (keyed) {
        std::set<int> seen;
        for (ast::Expr* el : e->elts) {
          auto* kv = el->As<ast::KeyValueExpr>();
          if (kv == nullptr) {
            Error(el->pos, "mixture of field:value and value elements in struct literal");
            Operand y;
            Expr(y, el);
            continue;
          }
          auto* key = kv->key->As<ast::Ident>();
          int index = -1;
          if (key != nullptr) {
            for (Var* f : st->fields)
              if (f->name == key->name) index = f->index;
          }
          if (index < 0) {
            Error(kv->key->pos, key != nullptr ? "unknown field " + std::string(key->name) +
                                                     " in struct literal of type " + TypeString(t)
                                               : "invalid field name " + ExprString(kv->key) +
                                                     " in struct literal");
            Operand y;
            Expr(y, kv->value);
            continue;
          }
          Var* f = st->fields[index];
          key->obj = f;
          if (!seen.insert(index).second) {
            Error(kv->key->pos, "duplicate field name " + f->name + " in struct literal");
          }
          if (f->pkg != pkg_.pkg && !f->Exported()) {
            Error(kv->key->pos, "cannot refer to unexported field " + f->name +
                                    " in struct literal of type " + TypeString(t));
          }
          Operand y;
          ExprWithHint(y, kv->value, f->type);
          Assignment(y, f->type, "struct literal");
        }
      } else {
        size_t i = 0;
        for (ast::Expr* el : e->elts) {
          if (el->kind == ast::NodeKind::kKeyValueExpr) {
            Error(el->pos, "mixture of field:value and value elements in struct literal");
            continue;
          }
          Operand y;
          if (i >= st->fields.size()) {
            Expr(y, el);
            if (i == st->fields.size()) {
              Error(el->pos, "too many values in struct literal of type " + TypeString(t));
            }
            ++i;
            continue;
          }
          Var* f = st->fields[i++];
          ExprWithHint(y, el, f->type);
          if (f->pkg != pkg_.pkg && !f->Exported()) {
            Error(el->pos, "implicit assignment to unexported field " + f->name +
                               " in struct literal of type " + TypeString(t));
          }
          Assignment(y, f->type, "struct literal");
        }
        if (i < st->fields.size()) {
          Error(e->rbrace, "too few values in struct literal of type " + TypeString(t));
        }
      }
      break;
    }
    case TypeKind::kArray:
    case TypeKind::kSlice: {
      const Type* elem = under->kind == TypeKind::kArray ? under->As<ArrayType>()->elem
                                                         : under->As<SliceType>()->elem;
      int64_t max = under->kind == TypeKind::kArray && open_array < 0
                        ? under->As<ArrayType>()->length
                        : -1;
      int64_t index = 0;
      int64_t length = 0;
      std::set<int64_t> seen;
      for (ast::Expr* el : e->elts) {
        ast::Expr* value = el;
        if (auto* kv = el->As<ast::KeyValueExpr>()) {
          int64_t k = 0;
          if (IndexValue(kv->key, max, &k)) {
            index = k;
          } else if (info_.Mode(kv->key) != ExprMode::kConstant &&
                     info_.Mode(kv->key) != ExprMode::kInvalid) {
            Error(kv->colon.IsValid() ? kv->colon : kv->key->pos,
                  "index " + ExprString(kv->key) + " must be integer constant");
          }
          value = kv->value;
        } else if (max >= 0 && index >= max) {
          Error(el->pos, "index " + std::to_string(index) + " is out of bounds (>= " +
                             std::to_string(max) + ")");
        }
        if (!seen.insert(index).second) {
          auto* kv = el->As<ast::KeyValueExpr>();
          Error(kv != nullptr && kv->colon.IsValid() ? kv->colon : el->pos, "duplicate index " + std::to_string(index) + " in array or slice literal");
        }
        ++index;
        length = std::max(length, index);
        Operand y;
        ExprWithHint(y, value, elem);
        Assignment(y, elem, "array or slice literal");
      }
      if (open_array >= 0) {
        t = store_.NewType<ArrayType>(elem, length);
        result = t;
        if (e->type_expr != nullptr) {
          e->type_expr->type = t;
        }
      }
      break;
    }
    case TypeKind::kMap: {
      auto* mt = under->As<MapType>();
      std::vector<std::pair<Constant, const Type*>> keys;
      for (ast::Expr* el : e->elts) {
        auto* kv = el->As<ast::KeyValueExpr>();
        if (kv == nullptr) {
          Error(el->pos, "missing key in map literal");
          Operand y;
          Expr(y, el);
          continue;
        }
        Operand k;
        ExprWithHint(k, kv->key, mt->key);
        Assignment(k, mt->key, "map literal");
        if (k.mode == ExprMode::kConstant) {
          for (const auto& [prev, prev_type] : keys) {
            if (prev == k.val && Identical(prev_type, k.type)) {
              Error(kv->key->pos, "duplicate key " + ExprString(kv->key) + " in map literal");
              break;
            }
          }
          keys.emplace_back(k.val, k.type);
        }
        Operand v;
        ExprWithHint(v, kv->value, mt->elem);
        Assignment(v, mt->elem, "map literal");
      }
      break;
    }
    case TypeKind::kInvalid:  // reported where the type was declared
      check_elems_anyway();
      return;
    default:
      Error(e->pos, "invalid composite literal type " + TypeString(t));
      check_elems_anyway();
      return;
  }
  x.mode = ExprMode::kValue;
  x.type = result;
}

// --- Indexing, slicing, assertions, dereference -------------------------------------------------

bool Checker::IndexValue(ast::Expr* index, int64_t max, int64_t* value_out) {
  Operand x;
  Expr(x, index);
  if (x.IsInvalid()) return false;
  if (x.type->IsUntyped()) ConvertUntypedOrReport(x, Typ(TypeKind::kInt), "index");
  if (x.IsInvalid()) return false;
  if (!IsInteger(x.type)) {
    Error(index->pos, "invalid argument: index " + OperandString(x) + " must be integer");
    return false;
  }
  if (x.mode != ExprMode::kConstant) return false;
  auto v = x.val.ToInt64();
  if (!v) return false;
  if (*v < 0) {
    Error(index->pos, "invalid argument: index " + OperandString(x) + " must not be negative");
    return false;
  }
  if (max >= 0 && *v >= max) {
    Error(index->pos, "invalid argument: index " + ExprString(index) + " out of bounds [0:" +
                          std::to_string(max) + "]");
    return false;
  }
  *value_out = *v;
  return true;
}

void Checker::IndexExpr(Operand& x, ast::IndexExpr* e) {
  ExprOrType(x, e->x);
  if (x.IsInvalid()) {
    for (ast::Expr* i : e->indices) {
      Operand y;
      RawExpr(y, i, nullptr, true);
    }
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kType) {
    x.type = InstantiateTypeExpr(e);
    x.mode = x.type->kind == TypeKind::kInvalid ? ExprMode::kInvalid : ExprMode::kType;
    return;
  }
  if (auto* sig = x.type->As<SignatureType>(); sig != nullptr && !sig->type_params.empty()) {
    FuncInstance(x, e);
    return;
  }
  if (!SingleValue(*this, x)) return;
  if (e->indices.size() > 1) {
    Error(e->indices[1]->pos, "invalid operation: more than one index");
  }
  const Type* under = CoreType(x.type);
  ExprMode mode = ExprMode::kValue;
  const Type* elem = nullptr;
  int64_t length = -1;
  if (under != nullptr) {
    switch (under->kind) {
      case TypeKind::kString:
      case TypeKind::kUntypedString:
        elem = universe_.byte_type;
        if (x.mode == ExprMode::kConstant) length = static_cast<int64_t>(x.val.string_value().size());
        break;
      case TypeKind::kArray:
        elem = under->As<ArrayType>()->elem;
        length = under->As<ArrayType>()->length;
        mode = x.mode == ExprMode::kVariable ? ExprMode::kVariable : ExprMode::kValue;
        break;
      case TypeKind::kPointer:
        if (auto* a = CoreType(under->As<PointerType>()->elem);
            a != nullptr && a->kind == TypeKind::kArray) {
          elem = a->As<ArrayType>()->elem;
          length = a->As<ArrayType>()->length;
          mode = ExprMode::kVariable;
        }
        break;
      case TypeKind::kSlice:
        elem = under->As<SliceType>()->elem;
        mode = ExprMode::kVariable;
        break;
      case TypeKind::kMap: {
        auto* mt = under->As<MapType>();
        Operand k;
        ExprWithHint(k, e->index(), mt->key);
        Assignment(k, mt->key, "map index");
        x.mode = ExprMode::kMapIndex;
        x.type = mt->elem;
        return;
      }
      default: break;
    }
  }
  if (elem == nullptr) {
    Error(e->lbrack.IsValid() ? e->lbrack : x.expr->pos,
          "invalid operation: cannot index " + OperandString(x));
    Operand y;
    Expr(y, e->index());
    x.mode = ExprMode::kInvalid;
    return;
  }
  int64_t ignored = 0;
  IndexValue(e->index(), length, &ignored);
  x.mode = mode;
  x.type = elem;
}

void Checker::SliceExpr(Operand& x, ast::SliceExpr* e) {
  Expr(x, e->x);
  auto check_indices = [&](int64_t max) {
    int64_t prev = -1;
    for (ast::Expr* i : {e->low, e->high, e->max}) {
      if (i == nullptr) continue;
      int64_t v = -1;
      if (IndexValue(i, max >= 0 ? max + 1 : -1, &v)) {
        if (prev >= 0 && v < prev) {
          Error(i->pos, "invalid slice indices: " + std::to_string(v) + " < " + std::to_string(prev));
        }
        prev = v;
      }
    }
  };
  if (x.IsInvalid()) {
    check_indices(-1);
    return;
  }
  const Type* under = CoreType(x.type);
  TypeKind k = under != nullptr ? under->kind : TypeKind::kInvalid;
  int64_t length = -1;
  const Type* result = nullptr;
  if (k == TypeKind::kString || k == TypeKind::kUntypedString) {
    if (e->slice3) {
      Error(e->pos, "invalid operation: 3-index slice of string");
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (x.mode == ExprMode::kConstant) length = static_cast<int64_t>(x.val.string_value().size());
    result = x.type->IsUntyped() ? Typ(TypeKind::kString) : x.type;
  } else if (k == TypeKind::kArray) {
    if (x.mode != ExprMode::kVariable) {
      Error(e->pos, "invalid operation: " + ExprString(e->x) + " (slice of unaddressable value)");
      x.mode = ExprMode::kInvalid;
      return;
    }
    MarkAddressTaken(e->x);
    length = under->As<ArrayType>()->length;
    result = store_.NewType<SliceType>(under->As<ArrayType>()->elem);
  } else if (k == TypeKind::kPointer) {
    const Type* a = CoreType(under->As<PointerType>()->elem);
    if (a != nullptr && a->kind == TypeKind::kArray) {
      length = a->As<ArrayType>()->length;
      result = store_.NewType<SliceType>(a->As<ArrayType>()->elem);
    }
  } else if (k == TypeKind::kSlice) {
    result = x.type;
  }
  if (result == nullptr) {
    Error(x.expr->pos, "cannot slice " + OperandString(x));
    x.mode = ExprMode::kInvalid;
    return;
  }
  check_indices(length);
  x.mode = ExprMode::kValue;
  x.type = result;
}

void Checker::TypeAssertExpr(Operand& x, ast::TypeAssertExpr* e) {
  Expr(x, e->x);
  if (e->type_expr == nullptr) {
    Error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
    x.mode = ExprMode::kInvalid;
    return;
  }
  const Type* t = TypExpr(e->type_expr);
  if (x.IsInvalid()) return;
  if (!IsInterface(x.type)) {
    Error(e->x->pos, "invalid operation: " + OperandString(x) + " is not an interface");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (t->kind == TypeKind::kInvalid) {
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (!IsInterface(t)) {
    bool wrong = false, ptr = false;
    Func* m = MissingMethod(t, x.type->Underlying()->As<InterfaceType>(), &wrong, &ptr);
    if (m != nullptr) {
      Error(e->pos, "impossible type assertion: " + ExprString(e) + "\n\t" +
                                   TypeString(t) + " does not implement " + TypeString(x.type) +
                                   " (" + (ptr ? "method " + m->name + " has pointer receiver"
                                          : wrong ? "wrong type for method " + m->name
                                                  : "missing method " + m->name) +
                                   ")");
    }
  }
  x.mode = ExprMode::kValue;
  x.type = t;
}

void Checker::StarExpr(Operand& x, ast::StarExpr* e) {
  ExprOrType(x, e->x);
  if (x.IsInvalid()) return;
  if (x.mode == ExprMode::kType) {
    x.type = store_.NewType<PointerType>(x.type);
    return;
  }
  if (!SingleValue(*this, x)) return;
  if (x.IsUntypedNil()) {
    Error(e->pos, "invalid operation: cannot indirect nil");
    x.mode = ExprMode::kInvalid;
    return;
  }
  const Type* under = CoreType(x.type);
  if (under == nullptr || under->kind != TypeKind::kPointer) {
    Error(x.expr->pos, "invalid operation: cannot indirect " + OperandString(x));
    x.mode = ExprMode::kInvalid;
    return;
  }
  x.mode = ExprMode::kVariable;
  x.type = under->As<PointerType>()->elem;
}

// The variable whose storage &e exposes: x in &x, &x.f, &x[i] (x an array).
void Checker::MarkAddressTaken(ast::Expr* e) {
  while (e != nullptr) {
    if (auto* p = e->As<ast::ParenExpr>()) {
      e = p->x;
    } else if (auto* s = e->As<ast::SelectorExpr>()) {
      const Selection* sel = info_.SelectionOf(s);
      if (sel == nullptr || sel->indirect || sel->kind != SelectionKind::kFieldVal) return;
      e = s->x;
    } else if (auto* ix = e->As<ast::IndexExpr>()) {
      if (ix->x->type == nullptr || ix->x->type->Underlying()->kind != TypeKind::kArray) return;
      e = ix->x;
    } else if (auto* id = e->As<ast::Ident>()) {
      if (id->obj != nullptr) {
        if (auto* v = id->obj->As<Var>()) v->address_taken = true;
      }
      return;
    } else {
      return;
    }
  }
}

// --- Operators ----------------------------------------------------------------------------------

void Checker::UnaryExpr(Operand& x, ast::UnaryExpr* e) {
  if (e->op == Tok::kAnd) {
    ast::Expr* inner = e->x;
    while (auto* p = inner->As<ast::ParenExpr>()) inner = p->x;
    if (auto* cl = inner->As<ast::CompositeLit>()) {
      Expr(x, e->x);
      (void)cl;
      if (x.IsInvalid()) return;
      x.mode = ExprMode::kValue;
      x.type = store_.NewType<PointerType>(x.type);
      return;
    }
    Expr(x, e->x);
    if (x.IsInvalid()) return;
    if (x.mode != ExprMode::kVariable) {
      Error(x.expr->pos, "invalid operation: cannot take address of " + OperandString(x));
      x.mode = ExprMode::kInvalid;
      return;
    }
    MarkAddressTaken(e->x);
    x.mode = ExprMode::kValue;
    x.type = store_.NewType<PointerType>(x.type);
    return;
  }
  if (e->op == Tok::kArrow) {
    Expr(x, e->x);
    if (x.IsInvalid()) return;
    const Type* under = CoreType(x.type);
    auto* ch = under != nullptr ? under->As<ChanType>() : nullptr;
    if (ch == nullptr) {
      Error(x.expr->pos, "invalid operation: cannot receive from non-channel " + OperandString(x));
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (ch->dir == ChanDir::kSend) {
      Error(x.expr->pos, "invalid operation: cannot receive from send-only channel " + OperandString(x));
      x.mode = ExprMode::kInvalid;
      return;
    }
    x.mode = ExprMode::kValue;
    x.type = ch->elem;
    return;
  }
  if (e->op == Tok::kTilde) {
    Error(e->pos, "cannot use ~ outside of interface or type constraint");
    Expr(x, e->x);
    x.mode = ExprMode::kInvalid;
    return;
  }
  Expr(x, e->x);
  if (x.IsInvalid()) return;
  bool ok = false;
  switch (e->op) {
    case Tok::kAdd:
    case Tok::kSub: ok = IsNumeric(x.type); break;
    case Tok::kXor: ok = IsInteger(x.type); break;
    case Tok::kNot: ok = IsBoolean(x.type); break;
    default: break;
  }
  if (!ok) {
    Error(x.expr->pos, "invalid operation: operator " + std::string(TokString(e->op)) +
                      " not defined on " + OperandString(x));
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kConstant) {
    int bits = 0;
    if (IsUnsigned(x.type)) bits = BasicBits(x.type->Underlying()->kind);
    ConstOp op = e->op == Tok::kAdd   ? ConstOp::kPlus
                 : e->op == Tok::kSub ? ConstOp::kNeg
                 : e->op == Tok::kXor ? ConstOp::kBitNot
                                      : ConstOp::kNot;
    ConstResult r = UnaryOp(op, x.val, bits);
    if (!r.value) {
      Error(e->pos, r.error);
      x.mode = ExprMode::kInvalid;
      return;
    }
    x.val = *r.value;
    x.expr = e;
    CheckTypedConstOverflow(x, e);
    return;
  }
  x.mode = ExprMode::kValue;
}

// A typed constant must stay representable in its type: int8(100) * 2 overflows.
void Checker::CheckTypedConstOverflow(Operand& x, ast::Expr* e) {
  if (x.mode != ExprMode::kConstant || x.type->IsUntyped() || !x.type->IsBasic()) {
    if (x.mode == ExprMode::kConstant && x.type->kind == TypeKind::kNamed) {
      // fall through to the check on the underlying basic type
    } else {
      return;
    }
  }
  Constant rounded;
  std::string why;
  if (!RepresentableConst(x.val, x.type, &rounded, &why)) {
    Error(e->pos, ExprString(e) + " (constant " + x.val.ToString() + " of type " +
                      TypeString(x.type) + ") overflows " + TypeString(x.type));
    x.mode = ExprMode::kInvalid;
    return;
  }
  x.val = rounded;
}

void Checker::Shift(Operand& x, Operand& y, ast::Expr* e, Tok op) {
  // The count: an integer, or an untyped constant representable as uint.
  if (y.mode == ExprMode::kConstant) {
    auto n = y.val.ToInt();
    if (y.type->IsUntyped() && !y.val.IsIntegral() && y.val.kind() == ConstKind::kFloat) {
      Error(y.expr->pos, OperandString(y) + " truncated to uint");
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (!n || (y.type->IsUntyped() == false && !IsInteger(y.type))) {
      Error(y.expr->pos, "invalid operation: shift count " + OperandString(y) + " must be integer");
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (*n < 0) {
      Error(y.expr->pos, "invalid operation: negative shift count " + OperandString(y));
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (y.type->IsUntyped()) SetConstType(y, Typ(TypeKind::kUint));
    UpdateExprType(y.expr, y.type, true);
  } else if (y.type->IsUntyped()) {
    ConvertUntypedOrReport(y, Typ(TypeKind::kUint), "shift count");
  } else if (!IsInteger(y.type)) {
    Error(y.expr->pos, "invalid operation: shift count " + OperandString(y) + " must be integer");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (y.IsInvalid()) {
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kConstant) {
    if (!x.val.IsIntegral()) {
      Error(x.expr->pos, "invalid operation: shifted operand " + OperandString(x) +
                             " must be integer");
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (y.mode == ExprMode::kConstant) {
      if (x.type->kind == TypeKind::kUntypedFloat) x.type = Typ(TypeKind::kUntypedInt);
      auto count = y.val.ToUint64();
      ConstResult r = lang::Shift(Constant::Int(*x.val.ToInt()), ConstOpOf(op),
                                  count ? *count : 100000);
      if (!r.value) {
        Error(x.expr->pos, "invalid shift: " + r.error);
        x.mode = ExprMode::kInvalid;
        return;
      }
      x.val = *r.value;
      x.expr = e;
      if (IsFloat(x.type)) SetConstType(x, x.type);
      CheckTypedConstOverflow(x, e);
      return;
    }
    if (x.type->IsUntyped()) {
      // 1 << n: the untyped 1 takes the type the whole expression gets from its context
      // (and that type must be an integer: UpdateExprType checks).
      x.mode = ExprMode::kValue;
      return;
    }
  }
  if (!IsInteger(x.type)) {
    Error(x.expr->pos, "invalid operation: shifted operand " + OperandString(x) +
                           " must be integer");
    x.mode = ExprMode::kInvalid;
    return;
  }
  x.mode = ExprMode::kValue;
}

namespace {

bool IsComparison(Tok op) {
  return op == Tok::kEql || op == Tok::kNeq || op == Tok::kLss || op == Tok::kLeq ||
         op == Tok::kGtr || op == Tok::kGeq;
}

bool IsOrdered(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsOrdered);
  return IsInteger(t) || IsFloat(t) || IsString(t);
}

}  // namespace

bool IsOrderedType(const Type* t) { return IsOrdered(t); }

namespace {

bool IsNumericOrString(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsNumericOrString);
  return IsNumeric(t) || IsString(t);
}

}  // namespace

// Gives two operands one type when one or both are untyped (go/types' matchTypes).
bool Checker::MatchTypes(Operand& x, Operand& y) {
  const bool xu = x.type->IsUntyped();
  const bool yu = y.type->IsUntyped();
  if (xu && !yu) return ConvertUntyped(x, y.type) == ConvStatus::kOk;
  if (yu && !xu) return ConvertUntyped(y, x.type) == ConvStatus::kOk;
  if (xu && yu) {
    if (x.IsUntypedNil() || y.IsUntypedNil()) return x.IsUntypedNil() && y.IsUntypedNil();
    const bool xn = IsNumeric(x.type), yn = IsNumeric(y.type);
    if (xn && yn) {
      // The larger kind wins: int < rune < float.
      const Type* t = x.type->kind > y.type->kind ? x.type : y.type;
      if (x.mode == ExprMode::kConstant) SetConstType(x, t); else x.type = t;
      if (y.mode == ExprMode::kConstant) SetConstType(y, t); else y.type = t;
      return true;
    }
    return x.type->kind == y.type->kind;
  }
  return true;
}

// gc's word for a type's kind in "operator < not defined on struct".
static std::string KindName(const Type* t) {
  switch (t->Underlying()->kind) {
    case TypeKind::kPointer: return "pointer";
    case TypeKind::kSlice: return "slice";
    case TypeKind::kArray: return "array";
    case TypeKind::kMap: return "map";
    case TypeKind::kChan: return "chan";
    case TypeKind::kStruct: return "struct";
    case TypeKind::kSignature: return "func";
    case TypeKind::kInterface: return "interface";
    case TypeKind::kBool:
    case TypeKind::kUntypedBool: return "bool";
    default: return TypeString(t);
  }
}

// Whether e is the predeclared nil (its operand may already carry the other side's type).
static bool IsNilExpr(const Universe& u, const ast::Expr* e) {
  while (e != nullptr && e->kind == ast::NodeKind::kParenExpr) e = e->As<ast::ParenExpr>()->x;
  auto* id = e != nullptr ? e->As<ast::Ident>() : nullptr;
  return id != nullptr && id->obj == u.nil;
}

void Checker::Comparison(Operand& x, Operand& y, Tok op, Pos, ast::Expr* e) {
  std::string err;
  const bool eq = op == Tok::kEql || op == Tok::kNeq;
  std::string text = e != nullptr ? ExprString(e) : ExprString(x.expr) + " " +
                                                        std::string(TokString(op)) + " " +
                                                        ExprString(y.expr);
  std::string reason;
  bool ok = AssignableTo(x, y.type, nullptr) || AssignableTo(y, x.type, nullptr);
  if (!ok) {
    reason = "mismatched types " + TypeString(x.type) + " and " + TypeString(y.type);
  } else if (eq) {
    const bool xnil = x.IsUntypedNil() || IsNilExpr(universe_, x.expr);
    const bool ynil = y.IsUntypedNil() || IsNilExpr(universe_, y.expr);
    if (xnil && ynil) {
      reason = "operator " + std::string(TokString(op)) + " not defined on untyped nil";
    } else if (xnil || ynil) {
      const Operand& other = xnil ? y : x;
      TypeKind k = other.type->Underlying()->kind;
      bool nillable = k == TypeKind::kPointer || k == TypeKind::kSlice || k == TypeKind::kMap ||
                      k == TypeKind::kChan || k == TypeKind::kSignature ||
                      k == TypeKind::kInterface || k == TypeKind::kUntypedNil;
      if (IsTypeParam(other.type)) nillable = CoreType(other.type) != nullptr &&
                                             CoreType(other.type)->kind != TypeKind::kInterface &&
                                             (CoreType(other.type)->kind == TypeKind::kSlice ||
                                              CoreType(other.type)->kind == TypeKind::kMap ||
                                              CoreType(other.type)->kind == TypeKind::kPointer ||
                                              CoreType(other.type)->kind == TypeKind::kChan ||
                                              CoreType(other.type)->kind == TypeKind::kSignature);
      if (!nillable) {
        reason = "mismatched types " + TypeString(x.type) + " and " + TypeString(y.type);
      }
    } else {
      for (const Operand* o : {&x, &y}) {
        if (Comparable(o->type)) continue;
        TypeKind k = o->type->Underlying()->kind;
        if (k == TypeKind::kSlice || k == TypeKind::kMap || k == TypeKind::kSignature) {
          reason = std::string(k == TypeKind::kSlice ? "slice" : k == TypeKind::kMap ? "map" : "func") +
                   " can only be compared to nil";
        } else if (IsTypeParam(o->type)) {
          reason = "incomparable types in type set";
        } else {
          reason = TypeString(o->type) + " cannot be compared";
          if (auto* st = o->type->Underlying()->As<StructType>()) {
            for (Var* f : st->fields) {
              if (!Comparable(f->type)) {
                reason = "struct containing " + TypeString(f->type) + " cannot be compared";
                break;
              }
            }
          }
        }
        break;
      }
    }
  } else if (IsTypeParam(x.type) && !IsOrdered(x.type)) {
    reason = "type parameter " + TypeString(x.type) + " is not comparable with " +
             std::string(TokString(op));
  } else if (!IsOrdered(x.type)) {
    reason = "operator " + std::string(TokString(op)) + " not defined on " + KindName(x.type);
  } else if (!IsOrdered(y.type)) {
    reason = "operator " + std::string(TokString(op)) + " not defined on " + KindName(y.type);
  }
  if (!reason.empty()) {
    Error(x.expr->pos, "invalid operation: " + text + " (" + reason + ")");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kConstant && y.mode == ExprMode::kConstant) {
    x.val = Constant::Bool(lang::Compare(x.val, ConstOpOf(op), y.val));
    x.mode = ExprMode::kConstant;
  } else {
    x.mode = ExprMode::kValue;
    // Operands keep their (now final) types; untyped ones get their defaults.
    DefaultConvert(x);
    DefaultConvert(y);
  }
  x.type = Typ(TypeKind::kUntypedBool);
}

void Checker::BinaryExpr(Operand& x, ast::BinaryExpr* e, ast::Expr* lhs, ast::Expr* rhs, Tok op,
                         Pos op_pos) {
  Operand y;
  Expr(x, lhs);
  Expr(y, rhs);
  if (x.IsInvalid() || y.IsInvalid()) {
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (op == Tok::kShl || op == Tok::kShr) {
    Shift(x, y, e, op);
    return;
  }
  std::string text = e != nullptr ? ExprString(e) : ExprString(lhs) + " " +
                                                        std::string(TokString(op)) + " " +
                                                        ExprString(rhs);
  if (!MatchTypes(x, y)) {
    // An untyped constant that cannot take the other side's type.
    Operand& u = x.type->IsUntyped() ? x : y;
    Operand& t = x.type->IsUntyped() ? y : x;
    if (u.mode == ExprMode::kConstant && !t.type->IsUntyped() && IsConstType(t.type) &&
        ((IsNumeric(u.type) && IsNumeric(t.type)))) {
      Constant rounded;
      std::string why;
      RepresentableConst(u.val, t.type, &rounded, &why);
      if (why == "truncated") {
        Error(u.expr->pos, OperandString(u) + " truncated to " + TypeString(t.type));
      } else {
        Error(u.expr->pos, OperandString(u) + " overflows " + TypeString(t.type));
      }
    } else {
      Error(x.expr->pos, "invalid operation: " + text + " (mismatched types " +
                             TypeString(x.type) + " and " + TypeString(y.type) + ")");
    }
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (IsComparison(op)) {
    Comparison(x, y, op, op_pos, e);
    return;
  }
  if (!Identical(x.type, y.type)) {
    if (!(x.IsInvalid() || x.type->kind == TypeKind::kInvalid || y.type->kind == TypeKind::kInvalid)) {
      Error(x.expr->pos, "invalid operation: " + text + " (mismatched types " +
                             TypeString(x.type) + " and " + TypeString(y.type) + ")");
    }
    x.mode = ExprMode::kInvalid;
    return;
  }
  bool ok = false;
  switch (op) {
    case Tok::kAdd: ok = IsNumericOrString(x.type); break;
    case Tok::kSub:
    case Tok::kMul:
    case Tok::kQuo: ok = IsNumeric(x.type); break;
    case Tok::kRem:
    case Tok::kAnd:
    case Tok::kOr:
    case Tok::kXor:
    case Tok::kAndNot: ok = IsInteger(x.type); break;
    case Tok::kLAnd:
    case Tok::kLOr: ok = IsBoolean(x.type); break;
    default: break;
  }
  if (!ok) {
    Error(x.expr->pos, "invalid operation: operator " + std::string(TokString(op)) +
                           " not defined on " + OperandString(x));
    x.mode = ExprMode::kInvalid;
    return;
  }
  if ((op == Tok::kQuo || op == Tok::kRem) && y.mode == ExprMode::kConstant &&
      (x.mode == ExprMode::kConstant || IsInteger(x.type)) && y.val.kind() != ConstKind::kBool &&
      y.val.ToFloat() == 0) {
    Error(y.expr->pos, "invalid operation: division by zero");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kConstant && y.mode == ExprMode::kConstant) {
    Constant a = x.val, b = y.val;
    // Integer types divide as integers even when a value was written 6.0.
    if (IsInteger(x.type) && !x.type->IsUntyped()) {
      if (auto ai = a.ToInt()) a = Constant::Int(*ai);
      if (auto bi = b.ToInt()) b = Constant::Int(*bi);
    }
    ConstResult r = BinaryOp(a, ConstOpOf(op), b);
    if (!r.value) {
      Error(x.expr->pos, r.error);
      x.mode = ExprMode::kInvalid;
      return;
    }
    x.val = *r.value;
    x.expr = e != nullptr ? static_cast<ast::Expr*>(e) : lhs;
    if (e != nullptr) CheckTypedConstOverflow(x, e);
    if (!x.IsInvalid()) SetConstType(x, x.type);
    return;
  }
  x.mode = ExprMode::kValue;
}

}  // namespace chanscope::lang
