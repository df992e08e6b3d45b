// check_complit.cpp — composite literals: structs (keyed or positional), arrays and
// slices (with indices and [...]T), maps; elided element types and &T.
#include <set>

#include "lang/check_internal.h"

namespace chanscope::lang {

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
    Error(e->pos, "missing type in composite literal");
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
    case TypeKind::kStruct: StructLit(e, t, under->As<StructType>()); break;
    case TypeKind::kArray:
    case TypeKind::kSlice: {
      const Type* array = ArrayOrSliceLit(e, under, open_array >= 0);
      if (array != nullptr) {
        t = result = array;
        if (e->type_expr != nullptr) e->type_expr->type = array;
      }
      break;
    }
    case TypeKind::kMap: MapLit(e, under->As<MapType>()); break;
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

// T{a: 1} or T{1}: each field once, all or none keyed, only this package's unexported
// fields.
void Checker::StructLit(ast::CompositeLit* e, const Type* t, const StructType* st) {
  if (e->elts.empty()) return;
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
        Error(kv->key->pos,
              key != nullptr ? "unknown field " + std::string(key->name) +
                                   " in struct literal of type " + TypeString(t)
                             : "invalid field name " + ExprString(kv->key) + " in struct literal");
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
      Expr(y, kv->value);  // struct fields never elide a literal's type
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
      Expr(y, el);  // struct fields never elide a literal's type
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
}

// [N]T{...}, [...]T{...} or []T{...}; returns the array type of a [...]T literal (its
// length counted from the elements), else nullptr.
const Type* Checker::ArrayOrSliceLit(ast::CompositeLit* e, const Type* under, bool open_array) {
  const Type* elem =
      under->kind == TypeKind::kArray ? under->As<ArrayType>()->elem : under->As<SliceType>()->elem;
  int64_t max =
      under->kind == TypeKind::kArray && !open_array ? under->As<ArrayType>()->length : -1;
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
      Error(el->pos, "index " + std::to_string(index) +
                         " is out of bounds (>= " + std::to_string(max) + ")");
    }
    if (!seen.insert(index).second) {
      auto* kv = el->As<ast::KeyValueExpr>();
      Error(kv != nullptr && kv->colon.IsValid() ? kv->colon : el->pos,
            "duplicate index " + std::to_string(index) + " in array or slice literal");
    }
    ++index;
    length = std::max(length, index);
    Operand y;
    ExprWithHint(y, value, elem);
    Assignment(y, elem, "array or slice literal");
  }
  return open_array ? store_.NewType<ArrayType>(elem, length) : nullptr;
}

// map[K]V{k: v}: every element keyed, constant keys distinct.
void Checker::MapLit(ast::CompositeLit* e, const MapType* mt) {
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
}

}  // namespace chanscope::lang
