// parser.cpp — Parse(), token handling, gc-style syntax errors, and declarations.
#include "lang/parser.h"

#include <algorithm>

#include "lang/parser_impl.h"

namespace chanscope::lang {

ParseResult Parse(std::string_view file_name, std::string_view source) {
  ParseResult result;
  result.file = std::make_unique<ast::File>();
  result.file->name = std::string(file_name);
  result.file->source = std::string(source);
  Parser parser(result.file.get(), &result.diagnostics);
  parser.ParseFile();
  // The lexer reports one token ahead of the parser; present errors in source order.
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.col < b.col;
                   });
  return result;
}

Parser::Parser(ast::File* file, std::vector<Diagnostic>* diagnostics)
    : file_(file),
      diagnostics_(diagnostics),
      lexer_(file->name, file->source, diagnostics),
      first_error_count_(diagnostics->size()) {
  Next();
}

// --- Tokens -----------------------------------------------------------------------------------

void Parser::Next() {
  if (stopped_) {
    tok_ = Token{Tok::kEOF, tok_.pos, {}, false};
    return;
  }
  tok_ = lexer_.Next();
}

bool Parser::Got(Tok tok) {
  if (tok_.tok != tok) return false;
  Next();
  return true;
}

void Parser::Want(Tok tok) {
  if (!Got(tok)) {
    SyntaxError("expected " + TokString(tok));
    Advance();
  }
}

bool Parser::GotAssign() {
  switch (tok_.tok) {
    case Tok::kDefine:
      SyntaxError("expected =");  // accepted anyway, for better recovery
      [[fallthrough]];
    case Tok::kAssign: Next(); return true;
    default: return false;
  }
}

// --- Errors -----------------------------------------------------------------------------------

std::string Parser::TokString(Tok tok) {
  switch (tok) {
    case Tok::kComma: return "comma";
    case Tok::kSemicolon: return "semicolon or newline";
    default: break;
  }
  if (IsKeyword(tok)) return "keyword " + std::string(TokText(tok));
  return std::string(TokText(tok));
}

std::string Parser::TokenDescription() const {
  switch (tok_.tok) {
    case Tok::kIdent: return "name " + std::string(tok_.lit);
    case Tok::kSemicolon: return std::string(tok_.lit);
    case Tok::kInt:
    case Tok::kFloat:
    case Tok::kImag:
    case Tok::kChar:
    case Tok::kString: return "literal " + std::string(tok_.lit);
    default: return TokString(tok_.tok);
  }
}

void Parser::ErrorAt(Pos pos, std::string message) {
  // gc keeps one syntax error per line: the rest are usually consequences of the first.
  if (message.starts_with("syntax error")) {
    if (pos.line == last_syntax_error_line_) return;
    last_syntax_error_line_ = pos.line;
  }
  diagnostics_->push_back(Diagnostic{file_->name, pos.line, pos.col, std::move(message)});
}

void Parser::SyntaxErrorAt(Pos pos, std::string message) {
  // Running into EOF after an error is a consequence of that error.
  if (tok_.tok == Tok::kEOF && diagnostics_->size() > first_error_count_) return;
  if (message.starts_with("in ") || message.starts_with("at ") || message.starts_with("after ")) {
    message = " " + message;
  } else if (message.starts_with("expected ")) {
    message = ", " + message;
  } else if (!message.empty()) {
    // A plain message: the current token is not what it is about.
    ErrorAt(pos, "syntax error: " + message);
    return;
  }
  ErrorAt(pos, "syntax error: unexpected " + TokenDescription() + message);
}

void Parser::Advance(std::initializer_list<Tok> followlist) {
  // With an empty follow list, skip exactly one token so that the caller progresses.
  if (followlist.size() == 0) {
    if (tok_.tok != Tok::kEOF) Next();
    return;
  }
  auto stops = [&](Tok t) {
    if (t == Tok::kEOF) return true;
    for (Tok f : followlist) {
      if (f == t) return true;
    }
    // Inside a function, a keyword that starts a statement is a good place to resume.
    if (fnest_ > 0) {
      switch (t) {
        case Tok::kBreak:
        case Tok::kConst:
        case Tok::kContinue:
        case Tok::kDefer:
        case Tok::kFallthrough:
        case Tok::kFor:
        case Tok::kGo:
        case Tok::kGoto:
        case Tok::kIf:
        case Tok::kReturn:
        case Tok::kSelect:
        case Tok::kSwitch:
        case Tok::kType:
        case Tok::kVar: return true;
        default: break;
      }
    }
    return false;
  };
  while (!stops(tok_.tok)) Next();
}

void Parser::StopParsing(std::string message) {
  if (stopped_) return;
  ErrorAt(tok_.pos, std::move(message));
  // From here on every production sees EOF and unwinds without further messages.
  stopped_ = true;
  tok_ = Token{Tok::kEOF, tok_.pos, {}, false};
}

bool Parser::TooDeep() {
  if (depth_ <= kMaxDepth) return false;
  StopParsing("chanscope: unsupported: code nested more than " + std::to_string(kMaxDepth) +
              " levels deep");
  return true;
}

ast::BadExpr* Parser::BadExpr() {
  auto* b = New<ast::BadExpr>(tok_.pos);
  b->to = tok_.pos;
  return b;
}

ast::Ident* Parser::NewIdent(Pos pos, std::string_view name) {
  auto* id = New<ast::Ident>(pos);
  id->name = name;
  return id;
}

// --- Source file ------------------------------------------------------------------------------

void Parser::ParseFile() {
  file_->package_pos = tok_.pos;
  if (!Got(Tok::kPackage)) {
    SyntaxError("package statement must be first");
    return;
  }
  file_->package_name = Name();
  Want(Tok::kSemicolon);
  // Don't bother going on when the package clause is broken (gc doesn't either).
  if (diagnostics_->size() > first_error_count_) return;

  std::vector<ast::Decl*> decls;
  Tok prev = Tok::kImport;
  while (tok_.tok != Tok::kEOF) {
    if (tok_.tok == Tok::kImport && prev != Tok::kImport) {
      SyntaxError("imports must appear before other declarations");
    }
    prev = tok_.tok;
    switch (tok_.tok) {
      case Tok::kImport: decls.push_back(GroupDecl(Tok::kImport, &Parser::ImportSpec)); break;
      case Tok::kConst: decls.push_back(GroupDecl(Tok::kConst, &Parser::ConstSpec)); break;
      case Tok::kType: decls.push_back(GroupDecl(Tok::kType, &Parser::TypeSpec)); break;
      case Tok::kVar: decls.push_back(GroupDecl(Tok::kVar, &Parser::VarSpec)); break;
      case Tok::kFunc: decls.push_back(FuncDecl()); break;
      default: {
        auto* last = decls.empty() ? nullptr : decls.back()->As<ast::FuncDecl>();
        if (tok_.tok == Tok::kLBrace && last != nullptr && last->body == nullptr) {
          // The opening { of a function body on the next line.
          SyntaxError("unexpected semicolon or newline before {");
        } else {
          SyntaxError("non-declaration statement outside function body");
        }
        Advance({Tok::kImport, Tok::kConst, Tok::kType, Tok::kVar, Tok::kFunc});
        continue;
      }
    }
    if (tok_.tok != Tok::kEOF && !Got(Tok::kSemicolon)) {
      SyntaxError("after top level declaration");
      Advance({Tok::kImport, Tok::kConst, Tok::kType, Tok::kVar, Tok::kFunc});
    }
  }
  file_->decls = Freeze(decls);

  std::vector<ast::ImportSpec*> imports;
  for (ast::Decl* d : decls) {
    auto* g = d->As<ast::GenDecl>();
    if (g == nullptr || g->tok != Tok::kImport) continue;
    for (ast::Spec* s : g->specs) imports.push_back(s->Cast<ast::ImportSpec>());
  }
  file_->imports = Freeze(imports);

  // gc's type checker reports x.(type) outside a type switch; it only runs on files
  // without syntax errors, so do the same.
  if (diagnostics_->size() == first_error_count_) {
    for (ast::TypeAssertExpr* g : guards_) {
      if (std::find(accepted_guards_.begin(), accepted_guards_.end(), g) ==
          accepted_guards_.end()) {
        ErrorAt(g->x->pos, "use of .(type) outside type switch");
      }
    }
  }
}

// --- Declarations -----------------------------------------------------------------------------

// Decl = keyword ( Spec | "(" { Spec ";" } ")" ). The keyword is the current token.
ast::GenDecl* Parser::GroupDecl(Tok keyword, SpecFn spec) {
  auto* d = New<ast::GenDecl>(tok_.pos);
  d->tok = keyword;
  Next();
  std::vector<ast::Spec*> specs;
  // A function literal in a const value may hold const declarations of its own.
  ast::ValueSpec* outer_prev_const = prev_const_;
  prev_const_ = nullptr;
  if (tok_.tok == Tok::kLParen) {
    d->lparen = tok_.pos;
    Next();
    int index = 0;
    d->rparen = List("grouped declaration", Tok::kSemicolon, Tok::kRParen, [&] {
      if (ast::Spec* s = (this->*spec)(true, index++)) specs.push_back(s);
      return false;
    });
  } else if (ast::Spec* s = (this->*spec)(false, 0)) {
    specs.push_back(s);
  }
  d->specs = Freeze(specs);
  prev_const_ = outer_prev_const;
  return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
ast::Spec* Parser::ImportSpec(bool, int) {
  auto* s = New<ast::ImportSpec>(tok_.pos);
  if (tok_.tok == Tok::kIdent) {
    s->name = Name();
  } else if (tok_.tok == Tok::kPeriod) {
    s->name = NewIdent(tok_.pos, ".");
    Next();
  }
  s->path = Literal();
  if (s->path == nullptr) {
    SyntaxError("missing import path");
    Advance({Tok::kSemicolon, Tok::kRParen});
    return nullptr;
  }
  if (s->path->lit_kind != ast::LitKind::kString) {
    SyntaxErrorAt(s->path->pos, "import path must be a string");
  }
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
ast::Spec* Parser::ConstSpec(bool grouped, int index) {
  auto* s = New<ast::ValueSpec>(tok_.pos);
  s->names = Freeze(NameList(Name()));
  if (tok_.tok != Tok::kEOF && tok_.tok != Tok::kSemicolon && tok_.tok != Tok::kRParen) {
    s->type_expr = TypeOrNull();
    if (GotAssign()) s->values = Freeze(ExprList());
  }
  s->iota = index;
  // Implicit repetition: copy the previous spec's type and values, fresh for this iota.
  if (grouped && s->type_expr == nullptr && s->values.empty() && prev_const_ != nullptr) {
    s->implicit = true;
    s->type_expr = ast::CloneExpr(file_->arena, prev_const_->type_expr);
    std::vector<ast::Expr*> values;
    for (ast::Expr* v : prev_const_->values) values.push_back(ast::CloneExpr(file_->arena, v));
    s->values = Freeze(values);
  }
  prev_const_ = s;
  return s;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
ast::Spec* Parser::TypeSpec(bool, int) {
  auto* s = New<ast::TypeSpec>(tok_.pos);
  s->name = Name();
  auto alias_then_type = [&] {
    if (tok_.tok == Tok::kAssign || tok_.tok == Tok::kDefine) s->assign = tok_.pos;
    GotAssign();
    s->type_expr = TypeOrNull();
  };
  if (tok_.tok == Tok::kLBrack) {
    // An array or slice type, or a type parameter list: look at what follows the '['.
    Pos lbrack = tok_.pos;
    Next();
    if (tok_.tok == Tok::kIdent) {
      ast::Expr* x = Name();
      // P []E can only be a type parameter with a slice constraint (P[] is no expression).
      if (tok_.tok != Tok::kLBrack) {
        ++xnest_;
        x = BinaryExpr(PrimaryExpr(x), 0);
        --xnest_;
      }
      auto [pname, ptype] = ExtractName(x, tok_.tok == Tok::kComma);
      if (pname != nullptr && (ptype != nullptr || tok_.tok != Tok::kRBrack)) {
        s->type_params = ParamList(lbrack, pname, ptype, Tok::kRBrack, true, false);
        alias_then_type();
      } else {
        s->type_expr = ArrayType(lbrack, x);
      }
    } else if (tok_.tok == Tok::kRBrack) {
      Next();
      s->type_expr = SliceType(lbrack);
    } else {
      s->type_expr = ArrayType(lbrack, nullptr);
    }
  } else {
    alias_then_type();
  }
  if (s->type_expr == nullptr) {
    s->type_expr = BadExpr();
    SyntaxError("in type declaration");
    Advance({Tok::kSemicolon, Tok::kRParen});
  }
  return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
ast::Spec* Parser::VarSpec(bool, int) {
  auto* s = New<ast::ValueSpec>(tok_.pos);
  s->names = Freeze(NameList(Name()));
  if (GotAssign()) {
    s->values = Freeze(ExprList());
  } else {
    s->type_expr = Type();
    if (GotAssign()) s->values = Freeze(ExprList());
  }
  return s;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
ast::FuncDecl* Parser::FuncDecl() {
  auto* f = New<ast::FuncDecl>(tok_.pos);
  Next();  // func
  if (tok_.tok == Tok::kLParen) {
    Pos lparen = tok_.pos;
    Next();
    f->recv = ParamList(lparen, nullptr, nullptr, Tok::kRParen, false, false);
    if (f->recv->NumFields() == 0) {
      Error("method has no receiver");
    } else if (f->recv->NumFields() > 1) {
      Error("method has multiple receivers");
    }
  }
  if (tok_.tok == Tok::kIdent) {
    f->name = Name();
    f->func_type = FuncType(f->recv != nullptr ? "method" : "");
  } else {
    f->name = NewIdent(tok_.pos, "_");
    f->func_type = New<ast::FuncType>(tok_.pos);
    f->func_type->params = New<ast::FieldList>(tok_.pos);
    SyntaxError(f->recv != nullptr ? "expected name" : "expected name or (");
    Advance({Tok::kLBrace, Tok::kSemicolon});
  }
  f->func_type->pos = f->pos;  // as go/ast: a function's type starts at "func"
  if (tok_.tok == Tok::kLBrace) f->body = FuncBody();
  return f;
}

ast::BlockStmt* Parser::FuncBody() {
  ++fnest_;
  ast::BlockStmt* body = BlockStmt("");
  --fnest_;
  return body;
}

}  // namespace chanscope::lang
