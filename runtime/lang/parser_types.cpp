// parser_types.cpp — type expressions, struct and interface bodies, parameter lists.
#include "lang/parser_impl.h"

namespace chanscope::lang {

namespace {

// Whether x is, syntactically, certainly a type element and not a value expression.
bool IsTypeElem(const ast::Expr* x) {
  if (ast::IsTypeLiteral(x->kind)) return true;
  if (auto* b = x->As<ast::BinaryExpr>()) return IsTypeElem(b->x) || IsTypeElem(b->y);
  if (auto* u = x->As<ast::UnaryExpr>()) return u->op == Tok::kTilde || IsTypeElem(u->x);
  if (auto* s = x->As<ast::StarExpr>()) return IsTypeElem(s->x);
  if (auto* p = x->As<ast::ParenExpr>()) return IsTypeElem(p->x);
  return false;
}

ast::Expr* Unparen(ast::Expr* x) {
  while (auto* p = x->As<ast::ParenExpr>()) x = p->x;
  return x;
}

}  // namespace

ast::Expr* Parser::Type() {
  ast::Expr* t = TypeOrNull();
  if (t == nullptr) {
    t = BadExpr();
    SyntaxError("expected type");
    Advance({Tok::kComma, Tok::kColon, Tok::kSemicolon, Tok::kRParen, Tok::kRBrack, Tok::kRBrace});
  }
  return t;
}

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" ; nullptr when there is none.
ast::Expr* Parser::TypeOrNull() {
  Nesting nesting(this);
  if (nesting.TooDeep()) return BadExpr();
  Pos pos = tok_.pos;
  switch (tok_.tok) {
    case Tok::kMul: {
      Next();
      auto* s = New<ast::StarExpr>(pos);
      s->x = Type();
      return s;
    }
    case Tok::kArrow: {
      Next();
      Want(Tok::kChan);
      auto* c = New<ast::ChanType>(pos);
      c->dir = ast::ChanDir::kRecv;
      c->arrow = pos;
      c->value = ChanElem();
      return c;
    }
    case Tok::kFunc: {
      Next();
      ast::FuncType* f = FuncType("function type");
      f->pos = pos;
      return f;
    }
    case Tok::kLBrack:
      Next();
      if (Got(Tok::kRBrack)) return SliceType(pos);
      return ArrayType(pos, nullptr);
    case Tok::kChan: {
      Next();
      auto* c = New<ast::ChanType>(pos);
      if (tok_.tok == Tok::kArrow) {
        c->arrow = tok_.pos;
        c->dir = ast::ChanDir::kSend;
        Next();
      }
      c->value = ChanElem();
      return c;
    }
    case Tok::kMap: {
      Next();
      auto* m = New<ast::MapType>(pos);
      Want(Tok::kLBrack);
      m->key = Type();
      Want(Tok::kRBrack);
      m->value = Type();
      return m;
    }
    case Tok::kStruct: return StructType();
    case Tok::kInterface: return InterfaceType();
    case Tok::kIdent: return QualifiedName(nullptr);
    case Tok::kLParen: {
      // Parentheses around a type change nothing; like gc, don't keep them.
      Next();
      ast::Expr* t = Type();
      Want(Tok::kRParen);
      return t;
    }
    default: return nullptr;
  }
}

// T[A, B]: the instantiation of a generic type; '[' is the current token.
ast::Expr* Parser::TypeInstance(ast::Expr* type) {
  auto* x = New<ast::IndexExpr>(type->pos);
  x->x = type;
  x->lbrack = tok_.pos;
  Want(Tok::kLBrack);
  if (tok_.tok == Tok::kRBrack) {
    SyntaxError("expected type argument list");
    x->indices = Freeze(std::vector<ast::Expr*>{BadExpr()});
  } else {
    bool comma = false;
    x->indices = Freeze(TypeList(true, &comma));
  }
  x->rbrack = tok_.pos;
  Want(Tok::kRBrack);
  return x;
}

// Signature after "func" (and a function's name): [TypeParams] Parameters [Result].
ast::FuncType* Parser::FuncType(const char* context) {
  auto* f = New<ast::FuncType>(tok_.pos);
  if (tok_.tok == Tok::kLBrack) {
    Pos lbrack = tok_.pos;
    Next();
    if (context[0] != '\0') {
      SyntaxErrorAt(f->pos, std::string(context) + " must have no type parameters");
    }
    if (tok_.tok == Tok::kRBrack) {
      SyntaxError("empty type parameter list");
      Next();
    } else {
      f->type_params = ParamList(lbrack, nullptr, nullptr, Tok::kRBrack, true, false);
    }
  }
  Pos lparen = tok_.pos;
  Want(Tok::kLParen);
  f->params = ParamList(lparen, nullptr, nullptr, Tok::kRParen, false, true);
  f->results = FuncResult();
  return f;
}

// "[" is consumed (at lbrack); len is an already parsed length, if any.
ast::Expr* Parser::ArrayType(Pos lbrack, ast::Expr* len) {
  if (len == nullptr) {
    if (tok_.tok == Tok::kEllipsis) {
      len = New<ast::Ellipsis>(tok_.pos);
      Next();
    } else {
      ++xnest_;
      len = Expr();
      --xnest_;
    }
  }
  if (tok_.tok == Tok::kComma) {
    // Trailing commas are fine in type parameter lists but not in array lengths.
    SyntaxError("unexpected comma; expected ]");
    Next();
  }
  Want(Tok::kRBrack);
  auto* a = New<ast::ArrayType>(lbrack);
  a->len = len;
  a->elt = Type();
  return a;
}

// "[" and "]" are consumed; lbrack is the position of "[".
ast::Expr* Parser::SliceType(Pos lbrack) {
  auto* s = New<ast::SliceType>(lbrack);
  s->elt = Type();
  return s;
}

ast::Expr* Parser::ChanElem() {
  ast::Expr* t = TypeOrNull();
  if (t == nullptr) {
    t = BadExpr();
    SyntaxError("missing channel element type");  // assume it is just absent: no advance
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
ast::StructType* Parser::StructType() {
  auto* s = New<ast::StructType>(tok_.pos);
  Want(Tok::kStruct);
  s->fields = New<ast::FieldList>(tok_.pos);
  Want(Tok::kLBrace);
  std::vector<ast::Field*> fields;
  s->fields->closing = List("struct type", Tok::kSemicolon, Tok::kRBrace, [&] {
    FieldDecl(fields);
    return false;
  });
  s->fields->list = Freeze(fields);
  return s;
}

// InterfaceType = "interface" "{" { ( MethodElem | TypeElem ) ";" } "}" .
ast::InterfaceType* Parser::InterfaceType() {
  auto* t = New<ast::InterfaceType>(tok_.pos);
  Want(Tok::kInterface);
  t->methods = New<ast::FieldList>(tok_.pos);
  Want(Tok::kLBrace);
  std::vector<ast::Field*> elems;
  t->methods->closing = List("interface type", Tok::kSemicolon, Tok::kRBrace, [&] {
    ast::Field* f = tok_.tok == Tok::kIdent ? MethodDecl() : nullptr;
    if (f == nullptr || f->names.empty()) f = EmbeddedElem(f);
    elems.push_back(f);
    return false;
  });
  t->methods->list = Freeze(elems);
  return t;
}

// Result = Parameters | Type ; nullptr when there is none.
ast::FieldList* Parser::FuncResult() {
  if (tok_.tok == Tok::kLParen) {
    Pos lparen = tok_.pos;
    Next();
    return ParamList(lparen, nullptr, nullptr, Tok::kRParen, false, false);
  }
  Pos pos = tok_.pos;
  ast::Expr* t = TypeOrNull();
  if (t == nullptr) return nullptr;
  auto* list = New<ast::FieldList>(pos);
  list->list = Freeze(std::vector<ast::Field*>{NewField(pos, nullptr, t)});
  return list;
}

ast::Field* Parser::NewField(Pos pos, ast::Ident* name, ast::Expr* type) {
  auto* f = New<ast::Field>(pos);
  if (name != nullptr) f->names = Freeze(std::vector<ast::Ident*>{name});
  f->type_expr = type;
  return f;
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
void Parser::FieldDecl(std::vector<ast::Field*>& fields) {
  Pos pos = tok_.pos;
  auto tag = [&]() -> ast::BasicLit* { return tok_.tok == Tok::kString ? Literal() : nullptr; };
  auto embedded = [&](ast::Expr* type) {
    ast::Field* f = NewField(pos, nullptr, type);
    f->tag = tag();
    fields.push_back(f);
  };
  switch (tok_.tok) {
    case Tok::kIdent: {
      ast::Ident* name = Name();
      if (tok_.tok == Tok::kPeriod || tok_.tok == Tok::kString || tok_.tok == Tok::kSemicolon ||
          tok_.tok == Tok::kRBrace) {
        embedded(QualifiedName(name));
        return;
      }
      std::vector<ast::Ident*> names = NameList(name);
      ast::Expr* type = nullptr;
      if (names.size() == 1 && tok_.tok == Tok::kLBrack) {
        // An embedded generic T[A, B], or a field T of type [N]E or []E.
        type = ArrayOrTypeArgs();
        if (auto* inst = type->As<ast::IndexExpr>()) {
          inst->x = name;
          inst->pos = name->pos;
          embedded(inst);
          return;
        }
      } else {
        type = Type();
      }
      auto* f = New<ast::Field>(pos);
      f->names = Freeze(names);
      f->type_expr = type;
      f->tag = tag();
      fields.push_back(f);
      return;
    }
    case Tok::kMul: {
      Next();
      ast::Expr* type = nullptr;
      if (tok_.tok == Tok::kLParen) {
        SyntaxError("cannot parenthesize embedded type");
        Next();
        type = QualifiedName(nullptr);
        Got(Tok::kRParen);  // no need to complain if missing
      } else {
        type = QualifiedName(nullptr);
      }
      auto* star = New<ast::StarExpr>(pos);
      star->x = type;
      embedded(star);
      return;
    }
    case Tok::kLParen: {
      SyntaxError("cannot parenthesize embedded type");
      Next();
      ast::Expr* type = nullptr;
      if (tok_.tok == Tok::kMul) {
        auto* star = New<ast::StarExpr>(tok_.pos);
        Next();
        star->x = QualifiedName(nullptr);
        type = star;
      } else {
        type = QualifiedName(nullptr);
      }
      Got(Tok::kRParen);
      embedded(type);
      return;
    }
    default:
      SyntaxError("expected field name or embedded type");
      Advance({Tok::kSemicolon, Tok::kRBrace});
  }
}

// After a name: [N]E (an array type) or [A, B] (type arguments; x filled in by the caller).
ast::Expr* Parser::ArrayOrTypeArgs() {
  Pos lbrack = tok_.pos;
  Want(Tok::kLBrack);
  if (Got(Tok::kRBrack)) return SliceType(lbrack);
  bool comma = false;
  std::vector<ast::Expr*> args = TypeList(false, &comma);
  Pos rbrack = tok_.pos;
  Want(Tok::kRBrack);
  if (!comma) {
    if (ast::Expr* elem = TypeOrNull()) {
      auto* a = New<ast::ArrayType>(lbrack);
      a->len = args[0];
      a->elt = elem;
      return a;
    }
  }
  auto* x = New<ast::IndexExpr>(lbrack);
  x->lbrack = lbrack;
  x->indices = Freeze(args);
  x->rbrack = rbrack;
  return x;
}

// MethodElem = MethodName Signature ; or an embedded (possibly generic) interface name.
ast::Field* Parser::MethodDecl() {
  auto* f = New<ast::Field>(tok_.pos);
  ast::Ident* name = Name();
  constexpr const char* kContext = "interface method";
  auto method = [&] {
    f->names = Freeze(std::vector<ast::Ident*>{name});
    f->type_expr = FuncType(kContext);
  };
  switch (tok_.tok) {
    case Tok::kLParen: method(); break;
    case Tok::kLBrack: {
      // A generic method m[T C](x T) (accepted, then reported) or an embedded T[A, B].
      Pos lbrack = tok_.pos;
      Next();
      if (tok_.tok == Tok::kRBrack) {
        Pos rbrack = tok_.pos;
        Next();
        if (tok_.tok == Tok::kLParen) {
          ErrorAt(rbrack, "empty type parameter list");
          method();
        } else {
          ErrorAt(rbrack, "empty type argument list");
          f->type_expr = name;
        }
        break;
      }
      ast::FieldList* list = ParamList(lbrack, nullptr, nullptr, Tok::kRBrack, false, false);
      if (list->list.empty()) {
        if (tok_.tok == Tok::kLParen) {
          method();
        } else {
          f->type_expr = name;
        }
        break;
      }
      if (!list->list[0]->names.empty()) {
        method();
        ErrorAt(lbrack, "interface method must have no type parameters");
        break;
      }
      auto* inst = New<ast::IndexExpr>(name->pos);
      inst->x = name;
      inst->lbrack = lbrack;
      inst->rbrack = list->closing;
      std::vector<ast::Expr*> args;
      for (ast::Field* p : list->list) args.push_back(p->type_expr);
      inst->indices = Freeze(args);
      f->type_expr = inst;
      break;
    }
    default: f->type_expr = QualifiedName(name);
  }
  return f;
}

// TypeElem = TypeTerm { "|" TypeTerm } ; f, when given, holds the first term already.
ast::Field* Parser::EmbeddedElem(ast::Field* f) {
  if (f == nullptr) {
    f = New<ast::Field>(tok_.pos);
    f->type_expr = EmbeddedTerm();
  }
  f->type_expr = UnionRest(f->type_expr);
  return f;
}

ast::Expr* Parser::UnionRest(ast::Expr* x) {
  Nesting nesting(this);
  while (tok_.tok == Tok::kOr) {
    if (nesting.Deeper()) break;
    auto* b = New<ast::BinaryExpr>(x->pos);
    b->op = Tok::kOr;
    b->op_pos = tok_.pos;
    Next();
    b->x = x;
    b->y = EmbeddedTerm();
    x = b;
  }
  return x;
}

// TypeTerm = Type | "~" Type .
ast::Expr* Parser::EmbeddedTerm() {
  if (tok_.tok == Tok::kTilde) {
    auto* u = New<ast::UnaryExpr>(tok_.pos);
    u->op = Tok::kTilde;
    Next();
    u->x = Type();
    return u;
  }
  ast::Expr* t = TypeOrNull();
  if (t == nullptr) {
    t = BadExpr();
    SyntaxError("expected ~ term or type");
    Advance({Tok::kOr, Tok::kSemicolon, Tok::kRParen, Tok::kRBrack, Tok::kRBrace});
  }
  return t;
}

std::pair<ast::Ident*, ast::Expr*> Parser::ExtractName(ast::Expr* x, bool force) {
  if (auto* id = x->As<ast::Ident>()) return {id, nullptr};
  if (auto* b = x->As<ast::BinaryExpr>()) {
    if (b->op == Tok::kMul) {
      // P *C: the name P, then the pointer type *C.
      auto* name = b->x->As<ast::Ident>();
      if (name != nullptr && (force || IsTypeElem(b->y))) {
        auto* star = New<ast::StarExpr>(b->op_pos);
        star->x = b->y;
        return {name, star};
      }
    } else if (b->op == Tok::kOr) {
      // P A|B: split the leftmost operand, keep the union.
      auto [name, lhs] = ExtractName(b->x, force || IsTypeElem(b->y));
      if (name != nullptr && lhs != nullptr) {
        auto* u = New<ast::BinaryExpr>(lhs->pos);
        *u = *b;
        u->pos = lhs->pos;
        u->x = lhs;
        return {name, u};
      }
    }
  } else if (auto* c = x->As<ast::CallExpr>()) {
    // P(C): the name P with the (parenthesized) constraint C.
    auto* name = c->fun->As<ast::Ident>();
    if (name != nullptr && c->args.size() == 1 && !c->HasEllipsis() &&
        (force || IsTypeElem(c->args[0]))) {
      return {name, Unparen(c->args[0])};
    }
  }
  return {nullptr, x};
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type ; one name or type at a time.
bool Parser::ParamDecl(ast::Ident* name, Tok follow, Param* out) {
  bool type_sets_ok = follow == Tok::kRBrack;  // constraints may be unions or ~T
  out->pos = name != nullptr ? name->pos : tok_.pos;
  if (name == nullptr && type_sets_ok && tok_.tok == Tok::kTilde) {
    out->type = EmbeddedElem(nullptr)->type_expr;
    return true;
  }
  auto union_ok = [&] { return type_sets_ok && tok_.tok == Tok::kOr; };
  if (tok_.tok == Tok::kIdent || name != nullptr) {
    if (name == nullptr) name = Name();
    if (tok_.tok == Tok::kLBrack) {
      // name[A, B] (a generic type) or name [N]E (a name and an array type).
      ast::Expr* t = ArrayOrTypeArgs();
      if (auto* inst = t->As<ast::IndexExpr>()) {
        inst->x = name;
        inst->pos = name->pos;
      } else {
        out->name = name;
      }
      out->type = union_ok() ? UnionRest(t) : t;
      return true;
    }
    if (tok_.tok == Tok::kPeriod) {
      ast::Expr* t = QualifiedName(name);
      out->type = union_ok() ? UnionRest(t) : t;
      return true;
    }
    if (union_ok()) {
      out->type = UnionRest(name);
      return true;
    }
    out->name = name;
  }
  if (tok_.tok == Tok::kEllipsis) {
    auto* dots = New<ast::Ellipsis>(tok_.pos);
    Next();
    dots->elt = TypeOrNull();
    if (dots->elt == nullptr) {
      out->type = BadExpr();
      SyntaxError("... is missing type");
    } else {
      out->type = dots;
    }
    return true;
  }
  if (type_sets_ok && tok_.tok == Tok::kTilde) {
    out->type = EmbeddedElem(nullptr)->type_expr;
    return true;
  }
  out->type = TypeOrNull();
  if (out->type != nullptr && union_ok()) out->type = UnionRest(out->type);
  if (out->name != nullptr || out->type != nullptr) return true;
  SyntaxError("expected " + TokString(follow));
  Advance({Tok::kComma, follow});
  return false;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" (or "[" ... "]" for type parameters).
// The opening token is consumed; name and type, if given, are the first parameter's.
// Either every parameter has a name or none has; "a, b int" shares one Field.
ast::FieldList* Parser::ParamList(Pos open, ast::Ident* name, ast::Expr* type, Tok close,
                                  bool require_names, bool dots_ok) {
  auto* fields = New<ast::FieldList>(open);
  std::vector<Param> list;
  if (name != nullptr && type != nullptr && tok_.tok == close) {
    fields->closing = tok_.pos;
    Next();
    list.push_back(Param{name->pos, name, type});
  } else {
    size_t named = 0;  // parameters with a name and a type
    size_t typed = 0;  // parameters with a type
    fields->closing = List("parameter list", Tok::kComma, close, [&] {
      Param par;
      bool ok = true;
      if (type != nullptr) {
        par = Param{name->pos, name, type};
      } else {
        ok = ParamDecl(name, close, &par);
      }
      name = nullptr;  // the first name and type are used up
      type = nullptr;
      if (ok) {
        if (par.name != nullptr && par.type != nullptr) ++named;
        if (par.type != nullptr) ++typed;
        list.push_back(par);
      }
      return false;
    });
    if (list.empty()) return fields;

    if (named == 0 && !require_names) {
      // All unnamed: the names seen are type names.
      for (Param& par : list) {
        if (par.name != nullptr) {
          par.type = par.name;
          par.name = nullptr;
        }
      }
    } else if (named != list.size()) {
      // Some named: all need names and types. Distribute types from right to left.
      Pos err;
      ast::Expr* t = nullptr;
      for (size_t i = list.size(); i-- > 0;) {
        Param& par = list[i];
        if (par.type != nullptr) {
          t = par.type;
          if (par.name == nullptr) {
            err = t->pos;
            par.name = NewIdent(err, "_");
          }
        } else if (t != nullptr) {
          par.type = t;
        } else {
          err = par.name->pos;
          auto* bad = New<ast::BadExpr>(err);
          bad->to = err;
          par.type = bad;
        }
      }
      if (err.IsValid()) {
        std::string msg;
        if (named == typed) {
          // Types are missing at the end of the list: point at the closing token.
          err = fields->closing;
          msg = require_names ? "missing type constraint" : "missing parameter type";
        } else if (require_names) {
          msg = list.size() == 1 ? "missing type parameter name or invalid array length"
                                 : "missing type parameter name";
        } else {
          msg = "missing parameter name";
        }
        SyntaxErrorAt(err, msg);
      }
    }
  }

  // "..." only before the type of the final parameter of a signature.
  bool first = true;
  for (size_t i = 0; i < list.size(); ++i) {
    auto* dots = list[i].type ? list[i].type->As<ast::Ellipsis>() : nullptr;
    if (dots != nullptr && (!dots_ok || i + 1 < list.size())) {
      if (first) {
        ErrorAt(dots->pos,
                dots_ok ? "can only use ... with final parameter" : "invalid use of ...");
        first = false;
      }
      list[i].type = dots->elt;
    }
  }

  // Group consecutive names that share one type expression: a, b int.
  std::vector<ast::Field*> out;
  for (size_t i = 0; i < list.size();) {
    std::vector<ast::Ident*> names;
    size_t j = i;
    if (list[i].name != nullptr) {
      while (j < list.size() && list[j].name != nullptr && list[j].type == list[i].type) {
        names.push_back(list[j++].name);
      }
    } else {
      ++j;
    }
    auto* f = New<ast::Field>(list[i].pos);
    f->names = Freeze(names);
    f->type_expr = list[i].type;
    out.push_back(f);
    i = j;
  }
  fields->list = Freeze(out);
  return fields;
}

}  // namespace chanscope::lang
