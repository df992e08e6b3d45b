// ast_string.cpp — expressions and simple statements back to Go source, for messages.
#include <string>

#include "lang/ast.h"

namespace chanscope::lang::ast {

namespace {

class Writer {
 public:
  void Expr(const ast::Expr* e);
  void Stmt(const ast::Stmt* s);
  void List(std::span<ast::Expr* const> list);
  std::string out;

 private:
  // methods: interface elements, where M(x int) is written without "func".
  void Fields(const FieldList* fl, const char* sep, bool methods = false);
  void Signature(const FuncType* f);
};

void Writer::List(std::span<ast::Expr* const> list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    Expr(list[i]);
  }
}

void Writer::Fields(const FieldList* fl, const char* sep, bool methods) {
  if (fl == nullptr) return;
  for (size_t i = 0; i < fl->list.size(); ++i) {
    const Field* f = fl->list[i];
    if (i > 0) out += sep;
    for (size_t j = 0; j < f->names.size(); ++j) {
      if (j > 0) out += ", ";
      out += f->names[j]->name;
    }
    if (auto* ft = f->type_expr ? f->type_expr->As<FuncType>() : nullptr;
        methods && ft != nullptr && !f->names.empty()) {
      Signature(ft);
      continue;
    }
    if (!f->names.empty()) out += " ";
    Expr(f->type_expr);
    if (f->tag != nullptr) {
      out += " ";
      out += f->tag->raw;
    }
  }
}

void Writer::Signature(const FuncType* f) {
  if (f->type_params != nullptr) {
    out += "[";
    Fields(f->type_params, ", ");
    out += "]";
  }
  out += "(";
  Fields(f->params, ", ");
  out += ")";
  const FieldList* r = f->results;
  if (r == nullptr || r->list.empty()) return;
  out += " ";
  if (r->list.size() == 1 && r->list[0]->names.empty()) {
    Expr(r->list[0]->type_expr);
  } else {
    out += "(";
    Fields(r, ", ");
    out += ")";
  }
}

void Writer::Expr(const ast::Expr* e) {
  if (e == nullptr) return;
  switch (e->kind) {
    case NodeKind::kBadExpr: out += "_"; break;
    case NodeKind::kIdent: out += e->Cast<Ident>()->name; break;
    case NodeKind::kBasicLit: out += e->Cast<BasicLit>()->raw; break;
    case NodeKind::kCompositeLit: {
      auto* c = e->Cast<CompositeLit>();
      Expr(c->type_expr);
      out += c->elts.empty() ? "{}" : "{…}";
      break;
    }
    case NodeKind::kFuncLit: {
      out += "func";
      Signature(e->Cast<FuncLit>()->func_type);
      out += " {…}";
      break;
    }
    case NodeKind::kParenExpr:
      out += "(";
      Expr(e->Cast<ParenExpr>()->x);
      out += ")";
      break;
    case NodeKind::kSelectorExpr: {
      auto* s = e->Cast<SelectorExpr>();
      Expr(s->x);
      out += ".";
      Expr(s->sel);
      break;
    }
    case NodeKind::kIndexExpr: {
      auto* i = e->Cast<IndexExpr>();
      Expr(i->x);
      out += "[";
      List(i->indices);
      out += "]";
      break;
    }
    case NodeKind::kSliceExpr: {
      auto* s = e->Cast<SliceExpr>();
      Expr(s->x);
      out += "[";
      Expr(s->low);
      out += ":";
      Expr(s->high);
      if (s->slice3) {
        out += ":";
        Expr(s->max);
      }
      out += "]";
      break;
    }
    case NodeKind::kTypeAssertExpr: {
      auto* t = e->Cast<TypeAssertExpr>();
      Expr(t->x);
      out += ".(";
      if (t->type_expr == nullptr) {
        out += "type";
      } else {
        Expr(t->type_expr);
      }
      out += ")";
      break;
    }
    case NodeKind::kCallExpr: {
      auto* c = e->Cast<CallExpr>();
      Expr(c->fun);
      out += "(";
      List(c->args);
      if (c->HasEllipsis()) out += "...";
      out += ")";
      break;
    }
    case NodeKind::kStarExpr:
      out += "*";
      Expr(e->Cast<StarExpr>()->x);
      break;
    case NodeKind::kUnaryExpr: {
      auto* u = e->Cast<UnaryExpr>();
      out += TokText(u->op);
      Expr(u->x);
      break;
    }
    case NodeKind::kBinaryExpr: {
      auto* b = e->Cast<BinaryExpr>();
      Expr(b->x);
      out += " ";
      out += TokText(b->op);
      out += " ";
      Expr(b->y);
      break;
    }
    case NodeKind::kKeyValueExpr: {
      auto* kv = e->Cast<KeyValueExpr>();
      Expr(kv->key);
      out += ": ";
      Expr(kv->value);
      break;
    }
    case NodeKind::kEllipsis:
      out += "...";
      Expr(e->Cast<Ellipsis>()->elt);
      break;
    case NodeKind::kArrayType: {
      auto* a = e->Cast<ArrayType>();
      out += "[";
      Expr(a->len);
      out += "]";
      Expr(a->elt);
      break;
    }
    case NodeKind::kSliceType:
      out += "[]";
      Expr(e->Cast<SliceType>()->elt);
      break;
    case NodeKind::kStructType:
      out += "struct{";
      Fields(e->Cast<StructType>()->fields, "; ");
      out += "}";
      break;
    case NodeKind::kFuncType:
      out += "func";
      Signature(e->Cast<FuncType>());
      break;
    case NodeKind::kInterfaceType:
      out += "interface{";
      Fields(e->Cast<InterfaceType>()->methods, "; ", true);
      out += "}";
      break;
    case NodeKind::kMapType: {
      auto* m = e->Cast<MapType>();
      out += "map[";
      Expr(m->key);
      out += "]";
      Expr(m->value);
      break;
    }
    case NodeKind::kChanType: {
      auto* c = e->Cast<ChanType>();
      out += c->dir == ChanDir::kRecv ? "<-chan " : c->dir == ChanDir::kSend ? "chan<- " : "chan ";
      // chan (<-chan int) needs its parentheses to keep its meaning.
      auto* inner = c->value ? c->value->As<ChanType>() : nullptr;
      bool paren = c->dir == ChanDir::kBoth && inner != nullptr && inner->dir == ChanDir::kRecv;
      if (paren) out += "(";
      Expr(c->value);
      if (paren) out += ")";
      break;
    }
    default: out += "?"; break;
  }
}

void Writer::Stmt(const ast::Stmt* s) {
  if (s == nullptr) return;
  switch (s->kind) {
    case NodeKind::kExprStmt: Expr(s->Cast<ExprStmt>()->x); break;
    case NodeKind::kSendStmt: {
      auto* snd = s->Cast<SendStmt>();
      Expr(snd->chan);
      out += " <- ";
      Expr(snd->value);
      break;
    }
    case NodeKind::kIncDecStmt: {
      auto* i = s->Cast<IncDecStmt>();
      Expr(i->x);
      out += TokText(i->tok);
      break;
    }
    case NodeKind::kAssignStmt: {
      auto* a = s->Cast<AssignStmt>();
      List(a->lhs);
      out += " ";
      out += TokText(a->tok);
      out += " ";
      List(a->rhs);
      break;
    }
    case NodeKind::kRangeStmt: {
      auto* r = s->Cast<RangeStmt>();
      if (r->key != nullptr) {
        Expr(r->key);
        if (r->value != nullptr) {
          out += ", ";
          Expr(r->value);
        }
        out += " ";
        out += TokText(r->tok);
        out += " ";
      }
      out += "range ";
      Expr(r->x);
      break;
    }
    default: out += NodeKindName(s->kind); break;
  }
}

}  // namespace

std::string ExprString(const Expr* e) {
  Writer w;
  w.Expr(e);
  return w.out;
}

std::string StmtString(const Stmt* s) {
  Writer w;
  w.Stmt(s);
  return w.out;
}

}  // namespace chanscope::lang::ast
