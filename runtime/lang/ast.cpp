// ast.cpp — the arena, kind names, child enumeration and deep copies of syntax trees.
#include "lang/ast.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace chanscope::lang::ast {

std::string_view NodeKindName(NodeKind kind) {
  switch (kind) {
#define CHANSCOPE_AST_NAME(name) \
  case NodeKind::k##name: return #name;
    CHANSCOPE_AST_EXPRS(CHANSCOPE_AST_NAME)
    CHANSCOPE_AST_STMTS(CHANSCOPE_AST_NAME)
    CHANSCOPE_AST_OTHERS(CHANSCOPE_AST_NAME)
#undef CHANSCOPE_AST_NAME
  }
  return "?";
}

void BadCast(NodeKind have, NodeKind want, const char* file, int line) {
  std::fprintf(stderr, "chanscope: internal error: %s:%d: ast cast of %.*s to %.*s\n", file, line,
               int(NodeKindName(have).size()), NodeKindName(have).data(),
               int(NodeKindName(want).size()), NodeKindName(want).data());
  std::abort();
}

size_t FieldList::NumFields() const {
  size_t n = 0;
  for (const Field* f : list) n += f->names.empty() ? 1 : f->names.size();
  return n;
}

Ident* TypeSwitchStmt::Binding() const {
  if (const auto* a = assign->As<AssignStmt>(); a && !a->lhs.empty()) return a->lhs[0]->As<Ident>();
  return nullptr;
}

Expr* TypeSwitchStmt::Subject() const {
  Expr* guard = nullptr;
  if (const auto* a = assign->As<AssignStmt>(); a && !a->rhs.empty()) guard = a->rhs[0];
  if (const auto* e = assign->As<ExprStmt>()) guard = e->x;
  if (auto* ta = guard ? guard->As<TypeAssertExpr>() : nullptr) return ta->x;
  return nullptr;
}

// --- Arena ------------------------------------------------------------------------------------

void* Arena::Allocate(size_t size, size_t align) {
  auto aligned = [&](char* p) {
    return reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(p) + align - 1) & ~(align - 1));
  };
  char* p = next_ ? aligned(next_) : nullptr;
  if (p == nullptr || p + size > end_) {
    // Oversized requests get a block of their own so that small ones keep packing.
    size_t block = size + align > kBlockSize ? size + align : kBlockSize;
    blocks_.push_back(std::make_unique<char[]>(block));
    next_ = blocks_.back().get();
    end_ = next_ + block;
    p = aligned(next_);
  }
  next_ = p + size;
  bytes_used_ += size;
  return p;
}

std::string_view Arena::CopyString(std::string_view s) {
  if (s.empty()) return {};
  char* p = static_cast<char*>(Allocate(s.size(), 1));
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

// --- Children ---------------------------------------------------------------------------------

namespace {

template <class T>
void Add(std::vector<Node*>& out, T* n) {
  if (n != nullptr) out.push_back(n);
}
template <class T>
void AddAll(std::vector<Node*>& out, std::span<T*> list) {
  for (T* n : list) Add(out, n);
}

}  // namespace

void Children(Node* n, std::vector<Node*>& out) {
  switch (n->kind) {
    case NodeKind::kBadExpr:
    case NodeKind::kIdent:
    case NodeKind::kBasicLit:
    case NodeKind::kBadStmt:
    case NodeKind::kEmptyStmt:
    case NodeKind::kBadDecl: break;
    case NodeKind::kCompositeLit: {
      auto* c = n->Cast<CompositeLit>();
      Add(out, c->type_expr);
      AddAll(out, c->elts);
      break;
    }
    case NodeKind::kFuncLit: {
      auto* f = n->Cast<FuncLit>();
      Add(out, f->func_type);
      Add(out, f->body);
      break;
    }
    case NodeKind::kParenExpr: Add(out, n->Cast<ParenExpr>()->x); break;
    case NodeKind::kSelectorExpr: {
      auto* s = n->Cast<SelectorExpr>();
      Add(out, s->x);
      Add(out, s->sel);
      break;
    }
    case NodeKind::kIndexExpr: {
      auto* i = n->Cast<IndexExpr>();
      Add(out, i->x);
      AddAll(out, i->indices);
      break;
    }
    case NodeKind::kSliceExpr: {
      auto* s = n->Cast<SliceExpr>();
      Add(out, s->x);
      Add(out, s->low);
      Add(out, s->high);
      Add(out, s->max);
      break;
    }
    case NodeKind::kTypeAssertExpr: {
      auto* t = n->Cast<TypeAssertExpr>();
      Add(out, t->x);
      Add(out, t->type_expr);
      break;
    }
    case NodeKind::kCallExpr: {
      auto* c = n->Cast<CallExpr>();
      Add(out, c->fun);
      AddAll(out, c->args);
      break;
    }
    case NodeKind::kStarExpr: Add(out, n->Cast<StarExpr>()->x); break;
    case NodeKind::kUnaryExpr: Add(out, n->Cast<UnaryExpr>()->x); break;
    case NodeKind::kBinaryExpr: {
      auto* b = n->Cast<BinaryExpr>();
      Add(out, b->x);
      Add(out, b->y);
      break;
    }
    case NodeKind::kKeyValueExpr: {
      auto* kv = n->Cast<KeyValueExpr>();
      Add(out, kv->key);
      Add(out, kv->value);
      break;
    }
    case NodeKind::kEllipsis: Add(out, n->Cast<Ellipsis>()->elt); break;
    case NodeKind::kArrayType: {
      auto* a = n->Cast<ArrayType>();
      Add(out, a->len);
      Add(out, a->elt);
      break;
    }
    case NodeKind::kSliceType: Add(out, n->Cast<SliceType>()->elt); break;
    case NodeKind::kStructType: Add(out, n->Cast<StructType>()->fields); break;
    case NodeKind::kFuncType: {
      auto* f = n->Cast<FuncType>();
      Add(out, f->type_params);
      Add(out, f->params);
      Add(out, f->results);
      break;
    }
    case NodeKind::kInterfaceType: Add(out, n->Cast<InterfaceType>()->methods); break;
    case NodeKind::kMapType: {
      auto* m = n->Cast<MapType>();
      Add(out, m->key);
      Add(out, m->value);
      break;
    }
    case NodeKind::kChanType: Add(out, n->Cast<ChanType>()->value); break;

    case NodeKind::kDeclStmt: Add(out, n->Cast<DeclStmt>()->decl); break;
    case NodeKind::kLabeledStmt: {
      auto* l = n->Cast<LabeledStmt>();
      Add(out, l->label);
      Add(out, l->stmt);
      break;
    }
    case NodeKind::kExprStmt: Add(out, n->Cast<ExprStmt>()->x); break;
    case NodeKind::kSendStmt: {
      auto* s = n->Cast<SendStmt>();
      Add(out, s->chan);
      Add(out, s->value);
      break;
    }
    case NodeKind::kIncDecStmt: Add(out, n->Cast<IncDecStmt>()->x); break;
    case NodeKind::kAssignStmt: {
      auto* a = n->Cast<AssignStmt>();
      AddAll(out, a->lhs);
      AddAll(out, a->rhs);
      break;
    }
    case NodeKind::kGoStmt: Add(out, n->Cast<GoStmt>()->call); break;
    case NodeKind::kDeferStmt: Add(out, n->Cast<DeferStmt>()->call); break;
    case NodeKind::kReturnStmt: AddAll(out, n->Cast<ReturnStmt>()->results); break;
    case NodeKind::kBranchStmt: Add(out, n->Cast<BranchStmt>()->label); break;
    case NodeKind::kBlockStmt: AddAll(out, n->Cast<BlockStmt>()->list); break;
    case NodeKind::kIfStmt: {
      auto* i = n->Cast<IfStmt>();
      Add(out, i->init);
      Add(out, i->cond);
      Add(out, i->body);
      Add(out, i->else_stmt);
      break;
    }
    case NodeKind::kCaseClause: {
      auto* c = n->Cast<CaseClause>();
      AddAll(out, c->list);
      AddAll(out, c->body);
      break;
    }
    case NodeKind::kSwitchStmt: {
      auto* s = n->Cast<SwitchStmt>();
      Add(out, s->init);
      Add(out, s->tag);
      Add(out, s->body);
      break;
    }
    case NodeKind::kTypeSwitchStmt: {
      auto* s = n->Cast<TypeSwitchStmt>();
      Add(out, s->init);
      Add(out, s->assign);
      Add(out, s->body);
      break;
    }
    case NodeKind::kCommClause: {
      auto* c = n->Cast<CommClause>();
      Add(out, c->comm);
      AddAll(out, c->body);
      break;
    }
    case NodeKind::kSelectStmt: Add(out, n->Cast<SelectStmt>()->body); break;
    case NodeKind::kForStmt: {
      auto* f = n->Cast<ForStmt>();
      Add(out, f->init);
      Add(out, f->cond);
      Add(out, f->post);
      Add(out, f->body);
      break;
    }
    case NodeKind::kRangeStmt: {
      auto* r = n->Cast<RangeStmt>();
      Add(out, r->key);
      Add(out, r->value);
      Add(out, r->x);
      Add(out, r->body);
      break;
    }

    case NodeKind::kImportSpec: {
      auto* i = n->Cast<ImportSpec>();
      Add(out, i->name);
      Add(out, i->path);
      break;
    }
    case NodeKind::kValueSpec: {
      auto* v = n->Cast<ValueSpec>();
      AddAll(out, v->names);
      Add(out, v->type_expr);
      AddAll(out, v->values);
      break;
    }
    case NodeKind::kTypeSpec: {
      auto* t = n->Cast<TypeSpec>();
      Add(out, t->name);
      Add(out, t->type_params);
      Add(out, t->type_expr);
      break;
    }
    case NodeKind::kGenDecl: AddAll(out, n->Cast<GenDecl>()->specs); break;
    case NodeKind::kFuncDecl: {
      auto* f = n->Cast<FuncDecl>();
      Add(out, f->recv);
      Add(out, f->name);
      Add(out, f->func_type);
      Add(out, f->body);
      break;
    }
    case NodeKind::kField: {
      auto* f = n->Cast<Field>();
      AddAll(out, f->names);
      Add(out, f->type_expr);
      Add(out, f->tag);
      break;
    }
    case NodeKind::kFieldList: AddAll(out, n->Cast<FieldList>()->list); break;
  }
}

}  // namespace chanscope::lang::ast
