// parser_impl.h — the recursive-descent parser's state, shared by the parser_*.cpp files.
//
// The structure, the error-recovery strategy and the wording of messages follow gc's
// cmd/compile/internal/syntax/parser.go, so that learners see what `go build` says:
//  - advance(followlist) skips to a token that can follow the broken production (inside
//    functions, also to a keyword that starts a statement);
//  - at most one syntax error is kept per line, and none at EOF after an earlier error;
//  - xnest_ < 0 inside if/for/switch headers, where `T {` opens the block rather than a
//    composite literal; brackets and parentheses raise it again.
// Internal to runtime/lang: include parser.h instead.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/ast.h"
#include "lang/diagnostic.h"
#include "lang/lexer.h"

namespace chanscope::lang {

class Parser {
 public:
  Parser(ast::File* file, std::vector<Diagnostic>* diagnostics);
  void ParseFile();

 private:
  // --- Tokens and errors (parser.cpp) ---------------------------------------------------------
  void Next();
  bool Got(Tok tok);
  void Want(Tok tok);
  bool GotAssign();
  void ErrorAt(Pos pos, std::string message);
  void Error(std::string message) { ErrorAt(tok_.pos, std::move(message)); }
  // gc's syntaxErrorAt: "in ...", "at ...", "after ..." and "expected ..." messages are
  // prefixed with "unexpected <current token>".
  void SyntaxErrorAt(Pos pos, std::string message);
  void SyntaxError(std::string message) { SyntaxErrorAt(tok_.pos, std::move(message)); }
  void Advance(std::initializer_list<Tok> followlist = {});
  // How messages name the current token: "name x", "literal 42", "newline", "keyword for".
  std::string TokenDescription() const;
  static std::string TokString(Tok tok);
  // True (after reporting once and stopping the token stream) when nesting passes
  // kMaxDepth: the parser and every later phase recurse over the tree, so a file of
  // 100000 '(' or a+a+...+a must not overflow the C++ stack (even under ASan).
  bool TooDeep();
  void StopParsing(std::string message);

  template <class T>
  T* New(Pos pos) {
    return file_->New<T>(pos);
  }
  template <class T>
  std::span<T> Freeze(const std::vector<T>& items) {
    return file_->arena.Copy(items);
  }
  ast::BadExpr* BadExpr();
  ast::Ident* NewIdent(Pos pos, std::string_view name);

  // --- Declarations (parser.cpp) --------------------------------------------------------------
  // A spec parser; `index` counts the specs of a parenthesised group (iota).
  using SpecFn = ast::Spec* (Parser::*)(bool grouped, int index);
  ast::GenDecl* GroupDecl(Tok keyword, SpecFn spec);
  ast::Spec* ImportSpec(bool grouped, int index);
  ast::Spec* ConstSpec(bool grouped, int index);
  ast::Spec* TypeSpec(bool grouped, int index);
  ast::Spec* VarSpec(bool grouped, int index);
  ast::FuncDecl* FuncDecl();
  ast::BlockStmt* FuncBody();
  // gc's list(): elements separated by sep up to close; returns the closing position.
  template <class F>
  Pos List(const char* context, Tok sep, Tok close, F&& element);

  // --- Types (parser_types.cpp) ---------------------------------------------------------------
  ast::Expr* Type();
  ast::Expr* TypeOrNull();
  ast::Expr* TypeInstance(ast::Expr* type);
  // context names what may not have type parameters ("function type"), or is "".
  ast::FuncType* FuncType(const char* context);
  ast::Expr* ArrayType(Pos lbrack, ast::Expr* len);
  ast::Expr* SliceType(Pos lbrack);
  ast::Expr* ChanElem();
  ast::StructType* StructType();
  ast::InterfaceType* InterfaceType();
  ast::FieldList* FuncResult();
  void FieldDecl(std::vector<ast::Field*>& fields);
  ast::Expr* ArrayOrTypeArgs();
  ast::Field* MethodDecl();
  ast::Field* EmbeddedElem(ast::Field* f);
  ast::Expr* UnionRest(ast::Expr* x);  // x | T | ~U ... while '|' follows
  ast::Expr* EmbeddedTerm();
  // Splits `P C` parsed as an expression (P *C, P(C), P ~C|D) into name and constraint.
  std::pair<ast::Ident*, ast::Expr*> ExtractName(ast::Expr* x, bool force);
  // One parameter before grouping: a name, a type, or both.
  struct Param {
    Pos pos;
    ast::Ident* name = nullptr;
    ast::Expr* type = nullptr;
  };
  bool ParamDecl(ast::Ident* name, Tok follow, Param* out);
  ast::FieldList* ParamList(Pos open, ast::Ident* name, ast::Expr* type, Tok close,
                            bool require_names, bool dots_ok);
  ast::Field* NewField(Pos pos, ast::Ident* name, ast::Expr* type);

  // --- Expressions (parser_exprs.cpp) ---------------------------------------------------------
  ast::Expr* Expr();
  std::vector<ast::Expr*> ExprList();
  ast::Expr* BinaryExpr(ast::Expr* x, int prec);
  ast::Expr* UnaryExpr();
  ast::Expr* Operand();
  // x, when given, is an operand already parsed.
  ast::Expr* PrimaryExpr(ast::Expr* x);
  ast::Expr* BareComplitExpr();
  ast::CompositeLit* ComplitExpr(ast::Expr* type);
  ast::BasicLit* Literal();
  ast::Ident* Name();
  std::vector<ast::Ident*> NameList(ast::Ident* first);
  ast::Expr* QualifiedName(ast::Ident* name);
  // A non-empty list of expressions or types in brackets; *comma tells if a comma was seen.
  std::vector<ast::Expr*> TypeList(bool strict, bool* comma);
  std::vector<ast::Expr*> ArgList(Pos* ellipsis, Pos* rparen);

  // --- Statements (parser_stmts.cpp) ----------------------------------------------------------
  ast::Stmt* SimpleStmt(std::vector<ast::Expr*> lhs, Tok keyword);
  ast::Stmt* RangeClause(std::vector<ast::Expr*> lhs, Tok tok, Pos tok_pos);
  ast::Stmt* LabeledStmt(ast::Ident* label);
  ast::BlockStmt* BlockStmt(const char* context);
  ast::Stmt* DeclStmt(Tok keyword, SpecFn spec);
  ast::Stmt* ForStmt();
  struct Header {
    ast::Stmt* init = nullptr;
    ast::Stmt* cond = nullptr;  // the condition or tag, as a statement (unpacked by callers)
    ast::Stmt* post = nullptr;
    ast::Expr* bad_cond = nullptr;  // stands for a missing if condition (already reported)
  };
  Header ParseHeader(Tok keyword);
  // The condition or tag of a header; other simple statements are reported.
  ast::Expr* CondExpr(ast::Stmt* s);
  ast::Stmt* IfStmt();
  ast::Stmt* SwitchStmt();
  ast::Stmt* SelectStmt();
  ast::CaseClause* CaseClause();
  ast::CommClause* CommClause();
  ast::Stmt* CallStmt();
  ast::Stmt* StmtOrNull();
  std::vector<ast::Stmt*> StmtList();
  bool IsTypeSwitchGuard(const ast::Stmt* s) const;

  // Counts one level of nesting for as long as it lives. Deeper() adds a level for each
  // turn of a loop that builds a left-deep tree (a+b+c, x.f.g(), A|B|C): such loops cost
  // the parser no stack, but later phases recurse down the tree they build.
  class Nesting {
   public:
    explicit Nesting(Parser* p) : p_(p) { ++p_->depth_; }
    ~Nesting() { p_->depth_ -= levels_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;
    bool TooDeep() { return p_->TooDeep(); }
    bool Deeper() {
      ++p_->depth_;
      ++levels_;
      return p_->TooDeep();
    }

   private:
    Parser* p_;
    int levels_ = 1;
  };

  ast::File* file_;
  std::vector<Diagnostic>* diagnostics_;
  Lexer lexer_;
  Token tok_;
  int xnest_ = 0;  // expression nesting; < 0 in control clause headers (see above)
  int fnest_ = 0;  // function nesting; > 0 lets Advance() stop at statement keywords
  int depth_ = 0;  // current nesting, see TooDeep()
  bool stopped_ = false;
  static constexpr int kMaxDepth = 1000;
  ast::ValueSpec* prev_const_ = nullptr;  // for implicit repetition in const groups
  int32_t last_syntax_error_line_ = 0;
  size_t first_error_count_;  // diagnostics already present when parsing started
  // Every x.(type) seen, and the ones used as type switch guards; the rest are errors.
  std::vector<ast::TypeAssertExpr*> guards_;
  std::vector<ast::TypeAssertExpr*> accepted_guards_;
};

template <class F>
Pos Parser::List(const char* context, Tok sep, Tok close, F&& element) {
  bool done = false;
  while (tok_.tok != Tok::kEOF && tok_.tok != close && !done) {
    done = element();
    // The separator is optional before the closing token.
    if (!Got(sep) && tok_.tok != close) {
      SyntaxError(std::string("in ") + context + "; possibly missing " +
                  (sep == Tok::kComma ? "comma" : "semicolon or newline") + " or " +
                  std::string(TokText(close)));
      Advance({Tok::kRParen, Tok::kRBrack, Tok::kRBrace});
      if (tok_.tok != close) return tok_.pos;
    }
  }
  Pos pos = tok_.pos;
  Want(close);
  return pos;
}

}  // namespace chanscope::lang
