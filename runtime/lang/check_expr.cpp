// check_expr.cpp — expressions: entry points, identifiers, literals, function literals,
// indexing, slicing, assertions and dereference. Composite literals live in
// check_complit.cpp, operators in check_ops.cpp, calls in check_call.cpp, selectors in
// check_lookup.cpp.
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
      c.Error(x.expr->pos, c.ExprString(x.expr) + " (built-in function " + c.ExprString(x.expr) +
                               ") must be called");
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
  bool comma_ok =
      x.mode == ExprMode::kMapIndex || inner->kind == ast::NodeKind::kTypeAssertExpr ||
      (inner->kind == ast::NodeKind::kUnaryExpr && inner->As<ast::UnaryExpr>()->op == Tok::kArrow);
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
    case ast::NodeKind::kKeyValueExpr: Error(e->pos, "unexpected key:value expression"); return;
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
  const SignatureType* sig =
      FuncTypeOf(e->func_type, nullptr, fscope, &info->params, &info->results);
  info->sig = sig;
  info_.function_of[e] = info;
  pkg_.functions.push_back(info);
  if (e->body != nullptr) FuncBody(info, e->body, fscope);
  x.mode = ExprMode::kValue;
  x.type = sig;
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
    Error(index->pos, "invalid argument: index " + ExprString(index) +
                          " out of bounds [0:" + std::to_string(max) + "]");
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
        if (x.mode == ExprMode::kConstant)
          length = static_cast<int64_t>(x.val.string_value().size());
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
          Error(i->pos,
                "invalid slice indices: " + std::to_string(v) + " < " + std::to_string(prev));
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
      Error(e->pos, "impossible type assertion: " + ExprString(e) + "\n\t" + TypeString(t) +
                        " does not implement " + TypeString(x.type) + " (" +
                        (ptr     ? "method " + m->name + " has pointer receiver"
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

}  // namespace chanscope::lang
