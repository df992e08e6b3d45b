// ast_print.cpp — S-expression dump of syntax trees (see ast_print.h for the format).
#include "lang/ast_print.h"

#include <cstdio>
#include <vector>

namespace chanscope::lang {

namespace {

using namespace ast;

constexpr size_t kLineWidth = 80;

// Go-style quoting of decoded bytes, so that tests can see what an escape produced.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  return out + "\"";
}

std::string Number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

const char* LitKindName(LitKind k) {
  switch (k) {
    case LitKind::kInt: return "INT";
    case LitKind::kFloat: return "FLOAT";
    case LitKind::kImag: return "IMAG";
    case LitKind::kChar: return "CHAR";
    case LitKind::kString: return "STRING";
  }
  return "?";
}

class Printer {
 public:
  explicit Printer(AstPrintOptions options) : options_(options) {}
  std::string Print(const Node* n);

 private:
  // The attributes after the kind name, e.g. the operator of a BinaryExpr.
  std::string Attributes(const Node* n);
  // Children in source order; nullptr entries are fixed slots printed as "nil".
  std::vector<const Node*> Slots(const Node* n, bool* with_nil);
  std::string Assemble(std::string head, const std::vector<std::string>& kids);

  AstPrintOptions options_;
};

std::string Printer::Assemble(std::string head, const std::vector<std::string>& kids) {
  size_t width = head.size() + 2;
  bool flat = true;
  for (const std::string& k : kids) {
    width += k.size() + 1;
    if (k.find('\n') != std::string::npos) flat = false;
  }
  std::string out = "(" + head;
  if (flat && width <= kLineWidth) {
    for (const std::string& k : kids) out += " " + k;
    return out + ")";
  }
  for (const std::string& k : kids) {
    out += "\n  ";
    for (char c : k) {
      out += c;
      if (c == '\n') out += "  ";
    }
  }
  return out + ")";
}

std::string Printer::Print(const Node* n) {
  if (n == nullptr) return "nil";
  std::string head(NodeKindName(n->kind));
  if (options_.positions) {
    // (Appended piecewise: "@" + std::string&& trips a GCC 12 -Wrestrict false positive.)
    head += '@';
    head += std::to_string(n->pos.line);
    head += ':';
    head += std::to_string(n->pos.col);
  }
  std::string attrs = Attributes(n);
  if (!attrs.empty()) head += " " + attrs;
  bool with_nil = false;
  std::vector<std::string> kids;
  for (const Node* k : Slots(n, &with_nil)) {
    if (k != nullptr || with_nil) kids.push_back(Print(k));
  }
  return Assemble(std::move(head), kids);
}

std::string Printer::Attributes(const Node* n) {
  switch (n->kind) {
    case NodeKind::kIdent: return std::string(n->Cast<Ident>()->name);
    case NodeKind::kBasicLit: {
      auto* b = n->Cast<BasicLit>();
      std::string s = std::string(LitKindName(b->lit_kind)) + " " + std::string(b->raw) + " =";
      switch (b->lit_kind) {
        case LitKind::kInt: s += b->int_overflow ? "overflow" : std::to_string(b->int_value); break;
        case LitKind::kFloat: s += Number(b->float_value); break;
        case LitKind::kImag: s += Number(b->float_value) + "i"; break;
        case LitKind::kChar: s += std::to_string(b->rune_value); break;
        case LitKind::kString: s += Quote(b->string_value); break;
      }
      return s;
    }
    case NodeKind::kUnaryExpr: return std::string(TokText(n->Cast<UnaryExpr>()->op));
    case NodeKind::kBinaryExpr: return std::string(TokText(n->Cast<BinaryExpr>()->op));
    case NodeKind::kCallExpr: return n->Cast<CallExpr>()->HasEllipsis() ? "..." : "";
    case NodeKind::kSliceExpr: return n->Cast<SliceExpr>()->slice3 ? "3" : "";
    case NodeKind::kTypeAssertExpr:
      return n->Cast<TypeAssertExpr>()->type_expr == nullptr ? "(type)" : "";
    case NodeKind::kChanType: {
      ChanDir d = n->Cast<ChanType>()->dir;
      return d == ChanDir::kSend ? "send" : d == ChanDir::kRecv ? "recv" : "both";
    }
    case NodeKind::kEmptyStmt: return n->Cast<EmptyStmt>()->implicit ? "implicit" : "";
    case NodeKind::kIncDecStmt: return std::string(TokText(n->Cast<IncDecStmt>()->tok));
    case NodeKind::kAssignStmt: return std::string(TokText(n->Cast<AssignStmt>()->tok));
    case NodeKind::kBranchStmt: return std::string(TokText(n->Cast<BranchStmt>()->tok));
    case NodeKind::kCaseClause: return n->Cast<CaseClause>()->is_default ? "default" : "";
    case NodeKind::kCommClause: return n->Cast<CommClause>()->comm == nullptr ? "default" : "";
    case NodeKind::kRangeStmt: {
      Tok t = n->Cast<RangeStmt>()->tok;
      return t == Tok::kIllegal ? "" : std::string(TokText(t));
    }
    case NodeKind::kGenDecl: return std::string(TokText(n->Cast<GenDecl>()->tok));
    case NodeKind::kValueSpec: {
      auto* v = n->Cast<ValueSpec>();
      std::string s = "iota=" + std::to_string(v->iota);
      return v->implicit ? s + " implicit" : s;
    }
    case NodeKind::kTypeSpec: return n->Cast<TypeSpec>()->IsAlias() ? "alias" : "";
    default: return "";
  }
}

std::vector<const Node*> Printer::Slots(const Node* n, bool* with_nil) {
  // Nodes with fixed slots list them all; the others list their present children.
  switch (n->kind) {
    case NodeKind::kCompositeLit: {
      auto* c = n->Cast<CompositeLit>();
      std::vector<const Node*> v{c->type_expr};
      for (Expr* e : c->elts) v.push_back(e);
      *with_nil = true;
      return v;
    }
    case NodeKind::kSliceExpr: {
      auto* s = n->Cast<SliceExpr>();
      *with_nil = true;
      if (s->slice3) return {s->x, s->low, s->high, s->max};
      return {s->x, s->low, s->high};
    }
    case NodeKind::kFuncType: {
      auto* f = n->Cast<FuncType>();
      std::vector<const Node*> v;
      if (f->type_params != nullptr) v.push_back(f->type_params);
      v.push_back(f->params);
      if (f->results != nullptr) v.push_back(f->results);
      return v;
    }
    case NodeKind::kIfStmt: {
      auto* i = n->Cast<IfStmt>();
      *with_nil = true;
      if (i->else_stmt != nullptr) return {i->init, i->cond, i->body, i->else_stmt};
      return {i->init, i->cond, i->body};
    }
    case NodeKind::kSwitchStmt: {
      auto* s = n->Cast<SwitchStmt>();
      *with_nil = true;
      return {s->init, s->tag, s->body};
    }
    case NodeKind::kTypeSwitchStmt: {
      auto* s = n->Cast<TypeSwitchStmt>();
      *with_nil = true;
      return {s->init, s->assign, s->body};
    }
    case NodeKind::kForStmt: {
      auto* f = n->Cast<ForStmt>();
      *with_nil = true;
      return {f->init, f->cond, f->post, f->body};
    }
    case NodeKind::kRangeStmt: {
      auto* r = n->Cast<RangeStmt>();
      *with_nil = true;
      return {r->key, r->value, r->x, r->body};
    }
    case NodeKind::kFuncDecl: {
      auto* f = n->Cast<FuncDecl>();
      *with_nil = true;
      return {f->recv, f->name, f->func_type, f->body};
    }
    case NodeKind::kValueSpec: {
      auto* v = n->Cast<ValueSpec>();
      std::vector<const Node*> out(v->names.begin(), v->names.end());
      out.push_back(v->type_expr);
      out.insert(out.end(), v->values.begin(), v->values.end());
      *with_nil = true;
      return out;
    }
    default: {
      std::vector<Node*> kids;
      Children(const_cast<Node*>(n), kids);
      return {kids.begin(), kids.end()};
    }
  }
}

}  // namespace

std::string PrintAst(const ast::Node* node, AstPrintOptions options) {
  return Printer(options).Print(node);
}

std::string PrintAst(const ast::File& file, AstPrintOptions options) {
  Printer p(options);
  std::string out = "(File " + file.name;
  if (file.package_name != nullptr) out += " package " + std::string(file.package_name->name);
  for (const ast::Decl* d : file.decls) {
    out += "\n  ";
    for (char c : p.Print(d)) {
      out += c;
      if (c == '\n') out += "  ";
    }
  }
  return out + ")";
}

}  // namespace chanscope::lang
