// parser_stmts.cpp — statements: simple statements, blocks, if/for/switch/select, branches.
#include <algorithm>

#include "lang/parser_impl.h"

namespace chanscope::lang {

namespace {

ast::Expr* Unparen(ast::Expr* x) {
  while (auto* p = x->As<ast::ParenExpr>()) x = p->x;
  return x;
}

// gc's "emphasize": a binary expression in parentheses, to show where '=' is.
std::string Emphasized(std::span<ast::Expr*> list) {
  std::string s;
  for (ast::Expr* e : list) {
    if (!s.empty()) s += ", ";
    s += ast::ExprString(e);
  }
  if (list.size() == 1 && list[0]->kind == ast::NodeKind::kBinaryExpr) return "(" + s + ")";
  return s;
}

bool IsGuard(const ast::Expr* e) {
  auto* t = e->As<ast::TypeAssertExpr>();
  return t != nullptr && t->type_expr == nullptr;
}

}  // namespace

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment |
//              ShortVarDecl ; lhs, when not empty, is already parsed. keyword is kFor in
// a for header (where a range clause may follow) and kSwitch in a switch header.
ast::Stmt* Parser::SimpleStmt(std::vector<ast::Expr*> lhs, Tok keyword) {
  if (keyword == Tok::kFor && tok_.tok == Tok::kRange) return RangeClause({}, Tok::kIllegal, Pos{});
  if (lhs.empty()) lhs = ExprList();

  if (lhs.size() == 1 && tok_.tok != Tok::kAssign && tok_.tok != Tok::kDefine) {
    Pos pos = tok_.pos;
    if (IsAssignOp(tok_.tok)) {
      auto* a = New<ast::AssignStmt>(lhs[0]->pos);
      a->tok = tok_.tok;
      a->tok_pos = pos;
      Next();
      a->lhs = Freeze(lhs);
      a->rhs = Freeze(std::vector<ast::Expr*>{Expr()});
      return a;
    }
    if (tok_.tok == Tok::kInc || tok_.tok == Tok::kDec) {
      auto* s = New<ast::IncDecStmt>(lhs[0]->pos);
      s->x = lhs[0];
      s->tok = tok_.tok;
      s->tok_pos = pos;
      Next();
      return s;
    }
    if (tok_.tok == Tok::kArrow) {
      auto* s = New<ast::SendStmt>(lhs[0]->pos);
      s->chan = lhs[0];
      s->arrow = pos;
      Next();
      s->value = Expr();
      return s;
    }
    auto* s = New<ast::ExprStmt>(lhs[0]->pos);
    s->x = lhs[0];
    return s;
  }

  if (tok_.tok == Tok::kAssign || tok_.tok == Tok::kDefine) {
    Tok op = tok_.tok;
    Pos pos = tok_.pos;
    Next();
    if (keyword == Tok::kFor && tok_.tok == Tok::kRange) return RangeClause(lhs, op, pos);
    auto* a = New<ast::AssignStmt>(lhs[0]->pos);
    a->lhs = Freeze(lhs);
    a->tok = op;
    a->tok_pos = pos;
    a->rhs = Freeze(ExprList());
    return a;
  }

  SyntaxError("expected := or = or comma");
  Advance({Tok::kSemicolon, Tok::kRBrace});
  auto* s = New<ast::ExprStmt>(lhs[0]->pos);  // make the best of what we have
  s->x = lhs[0];
  return s;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
ast::Stmt* Parser::RangeClause(std::vector<ast::Expr*> lhs, Tok tok, Pos tok_pos) {
  auto* r = New<ast::RangeStmt>(lhs.empty() ? tok_.pos : lhs[0]->pos);
  r->range_pos = tok_.pos;
  Next();  // range
  r->tok = tok;
  r->tok_pos = tok_pos;
  if (!lhs.empty()) r->key = lhs[0];
  if (lhs.size() >= 2) r->value = lhs[1];
  if (lhs.size() > 2) ErrorAt(lhs[2]->pos, "range clause permits at most two iteration variables");
  r->x = Expr();
  return r;
}

ast::Stmt* Parser::LabeledStmt(ast::Ident* label) {
  auto* s = New<ast::LabeledStmt>(label->pos);
  s->label = label;
  Pos colon = tok_.pos;
  Want(Tok::kColon);
  if (tok_.tok == Tok::kRBrace) {
    // A label right before '}' labels an (implicit) empty statement.
    auto* e = New<ast::EmptyStmt>(tok_.pos);
    e->implicit = true;
    s->stmt = e;
    return s;
  }
  s->stmt = StmtOrNull();
  if (s->stmt != nullptr) return s;
  SyntaxErrorAt(colon, "missing statement after label");
  return nullptr;  // avoids follow-on errors
}

// Block = "{" StatementList "}" ; context names the construct for "expected { after ...".
ast::BlockStmt* Parser::BlockStmt(const char* context) {
  Nesting nesting(this);
  auto* b = New<ast::BlockStmt>(tok_.pos);
  if (nesting.TooDeep()) return b;
  // People coming from C may forget that braces are mandatory in Go.
  if (!Got(Tok::kLBrace)) {
    SyntaxError(std::string("expected { after ") + context);
    Advance({Tok::kIdent, Tok::kRBrace});
    b->rbrace = tok_.pos;
    if (Got(Tok::kRBrace)) return b;
  }
  b->list = Freeze(StmtList());
  b->rbrace = tok_.pos;
  Want(Tok::kRBrace);
  return b;
}

ast::Stmt* Parser::DeclStmt(Tok keyword, SpecFn spec) {
  auto* s = New<ast::DeclStmt>(tok_.pos);
  s->decl = GroupDecl(keyword, spec);
  return s;
}

ast::Stmt* Parser::ForStmt() {
  Pos pos = tok_.pos;
  Header h = ParseHeader(Tok::kFor);
  if (auto* r = h.init ? h.init->As<ast::RangeStmt>() : nullptr) {
    r->pos = pos;  // as go/ast: a range statement starts at "for"
    r->body = BlockStmt("for clause");
    return r;
  }
  auto* f = New<ast::ForStmt>(pos);
  f->init = h.init;
  f->cond = CondExpr(h.cond);
  f->post = h.post;
  f->body = BlockStmt("for clause");
  return f;
}

// The header of if, for and switch: [ init ";" ] cond, or init; cond; post for loops.
// Composite literals with a bare type name need parentheses here (xnest_ = -1).
Parser::Header Parser::ParseHeader(Tok keyword) {
  Header h;
  Want(keyword);
  if (tok_.tok == Tok::kLBrace) {
    if (keyword == Tok::kIf) {
      SyntaxError("missing condition in if statement");
      h.bad_cond = BadExpr();
    }
    return h;
  }
  int outer = xnest_;
  xnest_ = -1;

  if (tok_.tok != Tok::kSemicolon) {
    // Accept a var declaration (and complain), for better recovery.
    if (Got(Tok::kVar)) {
      SyntaxError("var declaration not allowed in " + std::string(TokText(keyword)) +
                  " initializer");
    }
    h.init = SimpleStmt({}, keyword);
    if (h.init->kind == ast::NodeKind::kRangeStmt) {
      xnest_ = outer;
      return h;
    }
  }

  Pos semi_pos;
  std::string_view semi_lit;
  if (tok_.tok != Tok::kLBrace) {
    if (tok_.tok == Tok::kSemicolon) {
      semi_pos = tok_.pos;
      semi_lit = tok_.lit;
      Next();
    } else {
      // Asking for '{' rather than ';' here gives the better message.
      Want(Tok::kLBrace);
      if (tok_.tok != Tok::kLBrace) Advance({Tok::kLBrace, Tok::kRBrace});
    }
    if (keyword == Tok::kFor) {
      bool no_cond = false;
      if (tok_.tok != Tok::kSemicolon) {
        if (tok_.tok == Tok::kLBrace) {
          SyntaxError("expected for loop condition");
          no_cond = true;
        } else {
          h.cond = SimpleStmt({}, Tok::kIllegal);
        }
      }
      if (!no_cond) {
        Want(Tok::kSemicolon);
        if (tok_.tok != Tok::kLBrace) {
          h.post = SimpleStmt({}, Tok::kIllegal);
          auto* a = h.post->As<ast::AssignStmt>();
          if (a != nullptr && a->tok == Tok::kDefine) {
            SyntaxErrorAt(a->tok_pos, "cannot declare in post statement of for loop");
          }
        }
      }
    } else if (tok_.tok != Tok::kLBrace) {
      h.cond = SimpleStmt({}, keyword);
    }
  } else {
    h.cond = h.init;
    h.init = nullptr;
  }

  if (h.cond == nullptr && keyword == Tok::kIf && semi_pos.IsValid()) {
    if (semi_lit != "semicolon") {
      SyntaxErrorAt(semi_pos,
                    "unexpected " + std::string(semi_lit) + ", expected { after if clause");
    } else {
      SyntaxErrorAt(semi_pos, "missing condition in if statement");
    }
    h.bad_cond = New<ast::BadExpr>(semi_pos);
  }
  xnest_ = outer;
  return h;
}

// The expression of a header's condition statement; an assignment (a common slip for
// ==) or other statement is reported as gc does.
ast::Expr* Parser::CondExpr(ast::Stmt* s) {
  if (s == nullptr) return nullptr;
  if (auto* e = s->As<ast::ExprStmt>()) return e->x;
  std::string str;
  Pos pos = s->pos;
  if (auto* a = s->As<ast::AssignStmt>()) {
    pos = a->tok_pos;
    if (a->tok == Tok::kAssign) {
      str = "assignment " + Emphasized(a->lhs) + " = " + Emphasized(a->rhs);
    }
  } else if (auto* i = s->As<ast::IncDecStmt>()) {
    pos = i->tok_pos;
  } else if (auto* snd = s->As<ast::SendStmt>()) {
    pos = snd->arrow;
  }
  if (str.empty()) str = ast::StmtString(s);
  SyntaxErrorAt(pos, "cannot use " + str + " as value");
  auto* bad = New<ast::BadExpr>(s->pos);
  bad->to = pos;
  return bad;
}

ast::Stmt* Parser::IfStmt() {
  Nesting nesting(this);  // else-if chains recurse here
  auto* s = New<ast::IfStmt>(tok_.pos);
  if (nesting.TooDeep()) return s;
  Header h = ParseHeader(Tok::kIf);
  s->init = h.init;
  s->cond = h.bad_cond != nullptr ? h.bad_cond : CondExpr(h.cond);
  if (s->cond == nullptr) s->cond = BadExpr();  // only after a reported error
  s->body = BlockStmt("if clause");
  if (Got(Tok::kElse)) {
    if (tok_.tok == Tok::kIf) {
      s->else_stmt = IfStmt();
    } else if (tok_.tok == Tok::kLBrace) {
      s->else_stmt = BlockStmt("");
    } else {
      SyntaxError("else must be followed by if or statement block");
      Advance({Tok::kIdent, Tok::kRBrace});
    }
  }
  return s;
}

bool Parser::IsTypeSwitchGuard(const ast::Stmt* s) const {
  if (s == nullptr) return false;
  if (auto* e = s->As<ast::ExprStmt>()) return IsGuard(e->x);
  auto* a = s->As<ast::AssignStmt>();
  return a != nullptr && a->tok == Tok::kDefine && a->lhs.size() == 1 &&
         a->lhs[0]->kind == ast::NodeKind::kIdent && a->rhs.size() == 1 && IsGuard(a->rhs[0]);
}

ast::Stmt* Parser::SwitchStmt() {
  Pos pos = tok_.pos;
  Header h = ParseHeader(Tok::kSwitch);
  auto* body = New<ast::BlockStmt>(tok_.pos);
  if (!Got(Tok::kLBrace)) {
    SyntaxError("missing { after switch clause");
    Advance({Tok::kCase, Tok::kDefault, Tok::kRBrace});
  }
  std::vector<ast::Stmt*> clauses;
  while (tok_.tok != Tok::kEOF && tok_.tok != Tok::kRBrace) clauses.push_back(CaseClause());
  body->list = Freeze(clauses);
  body->rbrace = tok_.pos;
  Want(Tok::kRBrace);

  if (IsTypeSwitchGuard(h.cond)) {
    auto* ts = New<ast::TypeSwitchStmt>(pos);
    ts->init = h.init;
    ts->assign = h.cond;
    ts->body = body;
    if (auto* e = h.cond->As<ast::ExprStmt>()) {
      accepted_guards_.push_back(e->x->Cast<ast::TypeAssertExpr>());
    } else {
      accepted_guards_.push_back(
          h.cond->Cast<ast::AssignStmt>()->rhs[0]->Cast<ast::TypeAssertExpr>());
    }
    return ts;
  }
  auto* s = New<ast::SwitchStmt>(pos);
  s->init = h.init;
  s->tag = CondExpr(h.cond);
  s->body = body;
  return s;
}

ast::Stmt* Parser::SelectStmt() {
  auto* s = New<ast::SelectStmt>(tok_.pos);
  Want(Tok::kSelect);
  auto* body = New<ast::BlockStmt>(tok_.pos);
  if (!Got(Tok::kLBrace)) {
    SyntaxError("missing { after select clause");
    Advance({Tok::kCase, Tok::kDefault, Tok::kRBrace});
  }
  std::vector<ast::Stmt*> clauses;
  while (tok_.tok != Tok::kEOF && tok_.tok != Tok::kRBrace) clauses.push_back(CommClause());
  body->list = Freeze(clauses);
  body->rbrace = tok_.pos;
  Want(Tok::kRBrace);
  s->body = body;
  return s;
}

ast::CaseClause* Parser::CaseClause() {
  auto* c = New<ast::CaseClause>(tok_.pos);
  if (tok_.tok == Tok::kCase) {
    Next();
    c->list = Freeze(ExprList());
  } else if (tok_.tok == Tok::kDefault) {
    Next();
    c->is_default = true;
  } else {
    SyntaxError("expected case or default or }");
    Advance({Tok::kColon, Tok::kCase, Tok::kDefault, Tok::kRBrace});
  }
  c->colon = tok_.pos;
  Want(Tok::kColon);
  c->body = Freeze(StmtList());
  return c;
}

// CommClause = ( "case" ( SendStmt | RecvStmt ) | "default" ) ":" StatementList .
// Any simple statement is accepted here; the checker rejects the wrong ones.
ast::CommClause* Parser::CommClause() {
  auto* c = New<ast::CommClause>(tok_.pos);
  if (tok_.tok == Tok::kCase) {
    Next();
    c->comm = SimpleStmt({}, Tok::kIllegal);
  } else if (tok_.tok == Tok::kDefault) {
    Next();
  } else {
    SyntaxError("expected case or default or }");
    Advance({Tok::kColon, Tok::kCase, Tok::kDefault, Tok::kRBrace});
  }
  c->colon = tok_.pos;
  Want(Tok::kColon);
  c->body = Freeze(StmtList());
  return c;
}

// GoStmt = "go" Expression ; DeferStmt = "defer" Expression (a call, not parenthesized).
ast::Stmt* Parser::CallStmt() {
  Pos pos = tok_.pos;
  Tok keyword = tok_.tok;
  std::string word(TokText(keyword));
  Next();
  ast::Expr* x = PrimaryExpr(nullptr);
  if (ast::Expr* t = Unparen(x); t != x) {
    ErrorAt(x->pos, "expression in " + word + " must not be parenthesized");
    x = t;
  }
  auto* call = x->As<ast::CallExpr>();
  if (call == nullptr) {
    ErrorAt(x->pos, "expression in " + word + " must be function call");
    call = New<ast::CallExpr>(x->pos);  // assume the common slip: missing ()
    call->fun = x;
  }
  if (keyword == Tok::kGo) {
    auto* g = New<ast::GoStmt>(pos);
    g->call = call;
    return g;
  }
  auto* d = New<ast::DeferStmt>(pos);
  d->call = call;
  return d;
}

// Statement, or nullptr when the current token cannot start one.
ast::Stmt* Parser::StmtOrNull() {
  Nesting nesting(this);
  if (nesting.TooDeep()) return nullptr;
  Pos pos = tok_.pos;
  // Most statements start with a name; look for that first.
  if (tok_.tok == Tok::kIdent) {
    std::vector<ast::Expr*> lhs = ExprList();
    if (lhs.size() == 1 && lhs[0]->kind == ast::NodeKind::kIdent && tok_.tok == Tok::kColon) {
      return LabeledStmt(lhs[0]->Cast<ast::Ident>());
    }
    return SimpleStmt(std::move(lhs), Tok::kIllegal);
  }
  switch (tok_.tok) {
    case Tok::kVar: return DeclStmt(Tok::kVar, &Parser::VarSpec);
    case Tok::kConst: return DeclStmt(Tok::kConst, &Parser::ConstSpec);
    case Tok::kType: return DeclStmt(Tok::kType, &Parser::TypeSpec);
    case Tok::kLBrace: return BlockStmt("");
    case Tok::kAdd:
    case Tok::kSub:
    case Tok::kMul:
    case Tok::kAnd:
    case Tok::kXor:
    case Tok::kNot:  // unary operators
    case Tok::kInt:
    case Tok::kFloat:
    case Tok::kImag:
    case Tok::kChar:
    case Tok::kString:
    case Tok::kFunc:
    case Tok::kLParen:  // operands
    case Tok::kLBrack:
    case Tok::kStruct:
    case Tok::kMap:
    case Tok::kChan:
    case Tok::kInterface:  // composite types
    case Tok::kArrow:      // receive
      return SimpleStmt({}, Tok::kIllegal);
    case Tok::kFor: return ForStmt();
    case Tok::kSwitch: return SwitchStmt();
    case Tok::kSelect: return SelectStmt();
    case Tok::kIf: return IfStmt();
    case Tok::kFallthrough: {
      auto* b = New<ast::BranchStmt>(pos);
      b->tok = Tok::kFallthrough;
      Next();
      return b;
    }
    case Tok::kBreak:
    case Tok::kContinue: {
      auto* b = New<ast::BranchStmt>(pos);
      b->tok = tok_.tok;
      Next();
      if (tok_.tok == Tok::kIdent) b->label = Name();
      return b;
    }
    case Tok::kGo:
    case Tok::kDefer: return CallStmt();
    case Tok::kGoto: {
      auto* b = New<ast::BranchStmt>(pos);
      b->tok = Tok::kGoto;
      Next();
      b->label = Name();
      return b;
    }
    case Tok::kReturn: {
      auto* r = New<ast::ReturnStmt>(pos);
      Next();
      if (tok_.tok != Tok::kSemicolon && tok_.tok != Tok::kRBrace) r->results = Freeze(ExprList());
      return r;
    }
    case Tok::kSemicolon: {
      auto* e = New<ast::EmptyStmt>(pos);
      e->implicit = tok_.lit != "semicolon";
      return e;
    }
    default: return nullptr;
  }
}

// StatementList = { Statement ";" } ; the ';' is optional before '}'.
std::vector<ast::Stmt*> Parser::StmtList() {
  std::vector<ast::Stmt*> list;
  while (tok_.tok != Tok::kEOF && tok_.tok != Tok::kRBrace && tok_.tok != Tok::kCase &&
         tok_.tok != Tok::kDefault) {
    ast::Stmt* s = StmtOrNull();
    if (s == nullptr) break;
    list.push_back(s);
    if (!Got(Tok::kSemicolon) && tok_.tok != Tok::kRBrace) {
      SyntaxError("at end of statement");
      Advance({Tok::kSemicolon, Tok::kRBrace, Tok::kCase, Tok::kDefault});
      Got(Tok::kSemicolon);  // avoid a spurious empty statement
    }
  }
  return list;
}

}  // namespace chanscope::lang
