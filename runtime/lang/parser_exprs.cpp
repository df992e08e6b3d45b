// parser_exprs.cpp — expressions: operators by precedence, operands, primary expressions.
#include "lang/literal.h"
#include "lang/parser_impl.h"

namespace chanscope::lang {

namespace {

ast::Expr* Unparen(ast::Expr* x) {
  while (auto* p = x->As<ast::ParenExpr>()) x = p->x;
  return x;
}

// Whether x must be a value (and so cannot be the type of a composite literal).
bool IsValue(const ast::Expr* x) {
  switch (x->kind) {
    case ast::NodeKind::kBasicLit:
    case ast::NodeKind::kCompositeLit:
    case ast::NodeKind::kFuncLit:
    case ast::NodeKind::kSliceExpr:
    case ast::NodeKind::kTypeAssertExpr:
    case ast::NodeKind::kCallExpr:
    case ast::NodeKind::kUnaryExpr:
    case ast::NodeKind::kBinaryExpr: return true;
    case ast::NodeKind::kParenExpr: return IsValue(x->Cast<ast::ParenExpr>()->x);
    case ast::NodeKind::kIndexExpr: {
      auto* i = x->Cast<ast::IndexExpr>();
      return IsValue(i->x) || (i->indices.size() == 1 && IsValue(i->indices[0]));
    }
    default: return false;  // names, *T, type literals: maybe a type
  }
}

}  // namespace

ast::Expr* Parser::Expr() { return BinaryExpr(nullptr, 0); }

std::vector<ast::Expr*> Parser::ExprList() {
  std::vector<ast::Expr*> list{Expr()};
  while (Got(Tok::kComma)) list.push_back(Expr());
  return list;
}

// Expression = UnaryExpr | Expression binary_op Expression .
ast::Expr* Parser::BinaryExpr(ast::Expr* x, int prec) {
  Nesting nesting(this);
  if (x == nullptr) x = UnaryExpr();
  for (int p = Precedence(tok_.tok); p > prec; p = Precedence(tok_.tok)) {
    if (nesting.Deeper()) break;
    auto* b = New<ast::BinaryExpr>(x->pos);
    b->op = tok_.tok;
    b->op_pos = tok_.pos;
    Next();
    b->x = x;
    b->y = BinaryExpr(nullptr, p);
    x = b;
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
ast::Expr* Parser::UnaryExpr() {
  Nesting nesting(this);
  if (nesting.TooDeep()) return BadExpr();
  Pos pos = tok_.pos;
  switch (tok_.tok) {
    case Tok::kMul: {
      Next();
      auto* s = New<ast::StarExpr>(pos);
      s->x = UnaryExpr();
      return s;
    }
    case Tok::kAdd:
    case Tok::kSub:
    case Tok::kNot:
    case Tok::kXor:
    case Tok::kAnd:
    case Tok::kTilde: {
      auto* u = New<ast::UnaryExpr>(pos);
      u->op = tok_.tok;
      Next();
      u->x = UnaryExpr();
      return u;
    }
    case Tok::kArrow: {
      // A receive <-x, or a receive-only channel type <-chan E: known only after x.
      Next();
      ast::Expr* x = UnaryExpr();
      if (auto* outer = x->As<ast::ChanType>()) {
        // Re-associate: <-(chan E) is (<-chan E); <-(chan<- E) is (<-chan (<-E)).
        ast::ChanDir dir = ast::ChanDir::kSend;
        ast::Expr* t = x;
        while (dir == ast::ChanDir::kSend) {
          auto* c = t->As<ast::ChanType>();
          if (c == nullptr) break;
          dir = c->dir;
          if (dir == ast::ChanDir::kRecv) {
            SyntaxError("unexpected <-, expected chan");  // <-<-chan E
          }
          c->dir = ast::ChanDir::kRecv;
          t = c->value;
        }
        if (dir == ast::ChanDir::kSend) {
          SyntaxError("unexpected " + ast::ExprString(t) + ", expected chan");  // <-chan<- E
        }
        outer->pos = pos;
        outer->arrow = pos;
        return x;
      }
      auto* u = New<ast::UnaryExpr>(pos);
      u->op = Tok::kArrow;
      u->x = x;
      return u;
    }
    default: return PrimaryExpr(nullptr);
  }
}

// Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" ; also type literals
// (for conversions and composite literals) and function literals.
ast::Expr* Parser::Operand() {
  Pos pos = tok_.pos;
  switch (tok_.tok) {
    case Tok::kIdent: return Name();
    case Tok::kInt:
    case Tok::kFloat:
    case Tok::kImag:
    case Tok::kChar:
    case Tok::kString: return Literal();
    case Tok::kLParen: {
      // Parentheses are kept (go/ast does): messages print expressions as written.
      Next();
      auto* p = New<ast::ParenExpr>(pos);
      ++xnest_;
      p->x = Expr();
      --xnest_;
      p->rparen = tok_.pos;
      Want(Tok::kRParen);
      return p;
    }
    case Tok::kFunc: {
      Next();
      ast::FuncType* type = FuncType("function type");
      type->pos = pos;
      if (tok_.tok != Tok::kLBrace) return type;
      auto* f = New<ast::FuncLit>(pos);
      f->func_type = type;
      ++xnest_;
      f->body = FuncBody();
      --xnest_;
      return f;
    }
    case Tok::kLBrack:
    case Tok::kChan:
    case Tok::kMap:
    case Tok::kStruct:
    case Tok::kInterface: return Type();
    default: {
      ast::Expr* x = BadExpr();
      SyntaxError("expected expression");
      Advance({Tok::kRParen, Tok::kRBrack, Tok::kRBrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index | Slice |
//               TypeAssertion | Arguments ) ; composite literals are parsed here too,
// since their type may be a qualified or instantiated name.
ast::Expr* Parser::PrimaryExpr(ast::Expr* x) {
  Nesting nesting(this);
  if (x == nullptr) x = Operand();
  for (;;) {
    bool extends = tok_.tok == Tok::kPeriod || tok_.tok == Tok::kLBrack ||
                   tok_.tok == Tok::kLParen || tok_.tok == Tok::kLBrace;
    if (!extends || nesting.Deeper()) return x;
    Pos pos = tok_.pos;
    switch (tok_.tok) {
      case Tok::kPeriod: {
        Next();
        if (tok_.tok == Tok::kIdent) {
          auto* s = New<ast::SelectorExpr>(x->pos);
          s->x = x;
          s->sel = Name();
          x = s;
        } else if (tok_.tok == Tok::kLParen) {
          auto* t = New<ast::TypeAssertExpr>(x->pos);
          t->x = x;
          t->lparen = tok_.pos;
          Next();
          if (Got(Tok::kType)) {
            guards_.push_back(t);  // x.(type): valid only as a type switch guard
          } else {
            t->type_expr = Type();
          }
          t->rparen = tok_.pos;
          Want(Tok::kRParen);
          x = t;
        } else {
          SyntaxError("expected name or (");
          Advance({Tok::kSemicolon, Tok::kRParen});
        }
        break;
      }
      case Tok::kLBrack: {
        Next();
        std::vector<ast::Expr*> index;
        if (tok_.tok != Tok::kColon) {
          bool comma = false;
          if (tok_.tok == Tok::kRBrack) {
            SyntaxError("expected operand");  // x[]: accepted but reported
            index.push_back(BadExpr());
          } else {
            index = TypeList(false, &comma);
          }
          if (comma || tok_.tok == Tok::kRBrack) {
            auto* i = New<ast::IndexExpr>(x->pos);
            i->x = x;
            i->lbrack = pos;
            i->indices = Freeze(index);
            i->rbrack = tok_.pos;
            Want(Tok::kRBrack);
            x = i;
            break;
          }
        }
        // x[i:...
        if (!Got(Tok::kColon)) {
          SyntaxError("expected comma, : or ]");
          Advance({Tok::kComma, Tok::kColon, Tok::kRBrack});
        }
        ++xnest_;
        auto* s = New<ast::SliceExpr>(x->pos);
        s->x = x;
        s->lbrack = pos;
        s->low = index.empty() ? nullptr : index[0];
        if (tok_.tok != Tok::kColon && tok_.tok != Tok::kRBrack) s->high = Expr();
        if (tok_.tok == Tok::kColon) {
          s->slice3 = true;
          if (s->high == nullptr) {
            Error("middle index required in 3-index slice");
            s->high = BadExpr();
          }
          Next();
          if (tok_.tok != Tok::kRBrack) {
            s->max = Expr();
          } else {
            Error("final index required in 3-index slice");
            s->max = BadExpr();
          }
        }
        --xnest_;
        s->rbrack = tok_.pos;
        Want(Tok::kRBrack);
        x = s;
        break;
      }
      case Tok::kLParen: {
        auto* c = New<ast::CallExpr>(x->pos);
        c->lparen = pos;
        Next();
        c->fun = x;
        c->args = Freeze(ArgList(&c->ellipsis, &c->rparen));
        x = c;
        break;
      }
      case Tok::kLBrace: {
        // Does '{' open a composite literal or a block? In if/for/switch headers
        // (xnest_ < 0) a bare name followed by '{' is the block.
        ast::Expr* t = Unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case ast::NodeKind::kIdent:
          case ast::NodeKind::kSelectorExpr: complit_ok = xnest_ >= 0; break;
          case ast::NodeKind::kIndexExpr: complit_ok = xnest_ >= 0 && !IsValue(t); break;
          case ast::NodeKind::kArrayType:
          case ast::NodeKind::kSliceType:
          case ast::NodeKind::kStructType:
          case ast::NodeKind::kMapType: complit_ok = true; break;
          default: break;
        }
        if (!complit_ok) return x;
        if (t != x) SyntaxError("cannot parenthesize type in composite literal");
        x = ComplitExpr(x);
        break;
      }
      default: return x;
    }
  }
}

// Element = Expression | LiteralValue .
ast::Expr* Parser::BareComplitExpr() {
  if (tok_.tok == Tok::kLBrace) return ComplitExpr(nullptr);
  return Expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" ; type is nullptr when elided.
ast::CompositeLit* Parser::ComplitExpr(ast::Expr* type) {
  Nesting nesting(this);
  auto* c = New<ast::CompositeLit>(type != nullptr ? type->pos : tok_.pos);
  c->type_expr = type;
  c->lbrace = tok_.pos;
  if (nesting.TooDeep()) return c;
  ++xnest_;
  Want(Tok::kLBrace);
  std::vector<ast::Expr*> elts;
  c->rbrace = List("composite literal", Tok::kComma, Tok::kRBrace, [&] {
    ast::Expr* e = BareComplitExpr();
    if (tok_.tok == Tok::kColon) {
      auto* kv = New<ast::KeyValueExpr>(e->pos);
      kv->colon = tok_.pos;
      Next();
      kv->key = e;
      kv->value = BareComplitExpr();
      e = kv;
    }
    elts.push_back(e);
    return false;
  });
  --xnest_;
  c->elts = Freeze(elts);
  return c;
}

ast::BasicLit* Parser::Literal() {
  ast::LitKind kind;
  switch (tok_.tok) {
    case Tok::kInt: kind = ast::LitKind::kInt; break;
    case Tok::kFloat: kind = ast::LitKind::kFloat; break;
    case Tok::kImag: kind = ast::LitKind::kImag; break;
    case Tok::kChar: kind = ast::LitKind::kChar; break;
    case Tok::kString: kind = ast::LitKind::kString; break;
    default: return nullptr;
  }
  auto* b = New<ast::BasicLit>(tok_.pos);
  b->lit_kind = kind;
  b->raw = tok_.lit;
  switch (kind) {
    case ast::LitKind::kInt: {
      IntLiteral v = DecodeIntLiteral(b->raw);
      b->int_value = v.value;
      b->int_overflow = v.overflow;
      break;
    }
    case ast::LitKind::kFloat: b->float_value = DecodeFloatLiteral(b->raw); break;
    case ast::LitKind::kImag: b->float_value = DecodeImagLiteral(b->raw); break;
    case ast::LitKind::kChar: b->rune_value = DecodeRuneLiteral(b->raw); break;
    case ast::LitKind::kString: {
      std::string s = DecodeStringLiteral(b->raw);
      // Most strings have no escapes: point into the source instead of copying.
      std::string_view body = b->raw.size() >= 2 ? b->raw.substr(1, b->raw.size() - 2) : "";
      b->string_value = s == body ? body : file_->arena.CopyString(s);
      break;
    }
  }
  Next();
  return b;
}

ast::Ident* Parser::Name() {
  if (tok_.tok == Tok::kIdent) {
    ast::Ident* id = NewIdent(tok_.pos, tok_.lit);
    Next();
    return id;
  }
  ast::Ident* id = NewIdent(tok_.pos, "_");
  SyntaxError("expected name");
  Advance();
  return id;
}

// IdentifierList = identifier { "," identifier } ; the first is given.
std::vector<ast::Ident*> Parser::NameList(ast::Ident* first) {
  std::vector<ast::Ident*> list{first};
  while (Got(Tok::kComma)) list.push_back(Name());
  return list;
}

// TypeName = identifier | QualifiedIdent, then [ TypeArgs ] ; name, if given, is the first.
ast::Expr* Parser::QualifiedName(ast::Ident* name) {
  ast::Expr* x = name;
  if (x == nullptr) {
    if (tok_.tok == Tok::kIdent) {
      x = Name();
    } else {
      x = NewIdent(tok_.pos, "_");
      SyntaxError("expected name");
      Advance({Tok::kPeriod, Tok::kSemicolon, Tok::kRBrace});
    }
  }
  if (tok_.tok == Tok::kPeriod) {
    auto* s = New<ast::SelectorExpr>(x->pos);
    Next();
    s->x = x;
    s->sel = Name();
    x = s;
  }
  if (tok_.tok == Tok::kLBrack) x = TypeInstance(x);
  return x;
}

// TypeList = arg { "," Type } [ "," ] ; the first may be any expression unless strict.
std::vector<ast::Expr*> Parser::TypeList(bool strict, bool* comma) {
  ++xnest_;
  std::vector<ast::Expr*> list{strict ? Type() : Expr()};
  if (Got(Tok::kComma)) {
    *comma = true;
    while (ast::Expr* t = TypeOrNull()) {
      list.push_back(t);
      if (!Got(Tok::kComma)) break;
    }
  }
  --xnest_;
  return list;
}

// Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" ; "(" is consumed.
std::vector<ast::Expr*> Parser::ArgList(Pos* ellipsis, Pos* rparen) {
  ++xnest_;
  std::vector<ast::Expr*> list;
  *rparen = List("argument list", Tok::kComma, Tok::kRParen, [&] {
    list.push_back(Expr());
    if (tok_.tok == Tok::kEllipsis) {
      *ellipsis = tok_.pos;
      Next();
      return true;  // nothing may follow f(xs...) but ")"
    }
    return false;
  });
  --xnest_;
  return list;
}

}  // namespace chanscope::lang
