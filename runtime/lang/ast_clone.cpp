// ast_clone.cpp — deep copies of expressions, for the implicit repetition in const groups.
#include <vector>

#include "lang/ast.h"

namespace chanscope::lang::ast {

namespace {

class Cloner {
 public:
  explicit Cloner(Arena& arena) : arena_(arena) {}

  Expr* Clone(const Expr* e);

 private:
  // A fresh node with the same kind-specific fields; annotations are reset to null.
  template <class T>
  T* Copy(const T* n) {
    T* c = arena_.New<T>();
    *c = *n;
    c->type = nullptr;
    c->constant = nullptr;
    return c;
  }
  template <class T>
  T* CloneAs(const T* e) {
    return e ? static_cast<T*>(Clone(e)) : nullptr;
  }
  std::span<Expr*> CloneList(std::span<Expr*> list);
  std::span<Ident*> CloneIdents(std::span<Ident*> list);
  FieldList* CloneFields(const FieldList* fl);

  Arena& arena_;
};

std::span<Expr*> Cloner::CloneList(std::span<Expr*> list) {
  std::vector<Expr*> out;
  for (Expr* e : list) out.push_back(Clone(e));
  return arena_.Copy(out);
}

std::span<Ident*> Cloner::CloneIdents(std::span<Ident*> list) {
  std::vector<Ident*> out;
  for (Ident* e : list) out.push_back(CloneAs(e));
  return arena_.Copy(out);
}

FieldList* Cloner::CloneFields(const FieldList* fl) {
  if (fl == nullptr) return nullptr;
  auto* c = arena_.New<FieldList>();
  *c = *fl;
  std::vector<Field*> fields;
  for (const Field* f : fl->list) {
    auto* cf = arena_.New<Field>();
    *cf = *f;
    cf->names = CloneIdents(f->names);
    cf->type_expr = Clone(f->type_expr);
    cf->tag = CloneAs(f->tag);
    fields.push_back(cf);
  }
  c->list = arena_.Copy(fields);
  return c;
}

Expr* Cloner::Clone(const Expr* e) {
  if (e == nullptr) return nullptr;
  switch (e->kind) {
    case NodeKind::kBadExpr: return Copy(e->Cast<BadExpr>());
    case NodeKind::kIdent: {
      Ident* c = Copy(e->Cast<Ident>());
      c->obj = nullptr;
      return c;
    }
    case NodeKind::kBasicLit: return Copy(e->Cast<BasicLit>());
    case NodeKind::kCompositeLit: {
      CompositeLit* c = Copy(e->Cast<CompositeLit>());
      c->type_expr = Clone(c->type_expr);
      c->elts = CloneList(c->elts);
      return c;
    }
    case NodeKind::kFuncLit: {
      // Never constant, so the checker rejects it in a const anyway; the body is shared
      // rather than copied (statements have no clone).
      FuncLit* c = Copy(e->Cast<FuncLit>());
      c->func_type = CloneAs(c->func_type);
      return c;
    }
    case NodeKind::kParenExpr: {
      ParenExpr* c = Copy(e->Cast<ParenExpr>());
      c->x = Clone(c->x);
      return c;
    }
    case NodeKind::kSelectorExpr: {
      SelectorExpr* c = Copy(e->Cast<SelectorExpr>());
      c->x = Clone(c->x);
      c->sel = CloneAs(c->sel);
      return c;
    }
    case NodeKind::kIndexExpr: {
      IndexExpr* c = Copy(e->Cast<IndexExpr>());
      c->x = Clone(c->x);
      c->indices = CloneList(c->indices);
      return c;
    }
    case NodeKind::kSliceExpr: {
      SliceExpr* c = Copy(e->Cast<SliceExpr>());
      c->x = Clone(c->x);
      c->low = Clone(c->low);
      c->high = Clone(c->high);
      c->max = Clone(c->max);
      return c;
    }
    case NodeKind::kTypeAssertExpr: {
      TypeAssertExpr* c = Copy(e->Cast<TypeAssertExpr>());
      c->x = Clone(c->x);
      c->type_expr = Clone(c->type_expr);
      return c;
    }
    case NodeKind::kCallExpr: {
      CallExpr* c = Copy(e->Cast<CallExpr>());
      c->fun = Clone(c->fun);
      c->args = CloneList(c->args);
      return c;
    }
    case NodeKind::kStarExpr: {
      StarExpr* c = Copy(e->Cast<StarExpr>());
      c->x = Clone(c->x);
      return c;
    }
    case NodeKind::kUnaryExpr: {
      UnaryExpr* c = Copy(e->Cast<UnaryExpr>());
      c->x = Clone(c->x);
      return c;
    }
    case NodeKind::kBinaryExpr: {
      BinaryExpr* c = Copy(e->Cast<BinaryExpr>());
      c->x = Clone(c->x);
      c->y = Clone(c->y);
      return c;
    }
    case NodeKind::kKeyValueExpr: {
      KeyValueExpr* c = Copy(e->Cast<KeyValueExpr>());
      c->key = Clone(c->key);
      c->value = Clone(c->value);
      return c;
    }
    case NodeKind::kEllipsis: {
      Ellipsis* c = Copy(e->Cast<Ellipsis>());
      c->elt = Clone(c->elt);
      return c;
    }
    case NodeKind::kArrayType: {
      ArrayType* c = Copy(e->Cast<ArrayType>());
      c->len = Clone(c->len);
      c->elt = Clone(c->elt);
      return c;
    }
    case NodeKind::kSliceType: {
      SliceType* c = Copy(e->Cast<SliceType>());
      c->elt = Clone(c->elt);
      return c;
    }
    case NodeKind::kStructType: {
      StructType* c = Copy(e->Cast<StructType>());
      c->fields = CloneFields(c->fields);
      return c;
    }
    case NodeKind::kFuncType: {
      FuncType* c = Copy(e->Cast<FuncType>());
      c->type_params = CloneFields(c->type_params);
      c->params = CloneFields(c->params);
      c->results = CloneFields(c->results);
      return c;
    }
    case NodeKind::kInterfaceType: {
      InterfaceType* c = Copy(e->Cast<InterfaceType>());
      c->methods = CloneFields(c->methods);
      return c;
    }
    case NodeKind::kMapType: {
      MapType* c = Copy(e->Cast<MapType>());
      c->key = Clone(c->key);
      c->value = Clone(c->value);
      return c;
    }
    case NodeKind::kChanType: {
      ChanType* c = Copy(e->Cast<ChanType>());
      c->value = Clone(c->value);
      return c;
    }
    default: break;
  }
  BadCast(e->kind, NodeKind::kBadExpr, __FILE__, __LINE__);
}

}  // namespace

Expr* CloneExpr(Arena& arena, const Expr* e) { return Cloner(arena).Clone(e); }

}  // namespace chanscope::lang::ast
