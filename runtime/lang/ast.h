// ast.h — the syntax tree of a Go file: go/ast's shapes, arena-allocated, annotated in place.
//
// Ownership: every node, every child list and every decoded string lives in the arena of
// the ast::File that the parser returned; nodes link to each other by raw pointers and
// are trivially destructible (the arena frees memory without running destructors).
//
// Conventions:
//  - Every node has a kind tag (NodeKind) and the Pos of its first token (gc reports
//    most errors there); operators, brackets and colons have their own Pos fields.
//  - Optional children are nullptr; optional positions are Pos{} (IsValid() false).
//  - Child lists are std::span over arena arrays; empty spans for "none".
//  - Downcast with node->As<T>() (nullptr on kind mismatch) or node->Cast<T>() (checked).
//  - The checker fills Expr::type / Expr::constant and Ident::obj; the parser leaves
//    them null. Type, Object and Constant are declared in types.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "lang/token.h"

namespace chanscope::lang {
struct Type;
struct Object;
struct Constant;
}  // namespace chanscope::lang

namespace chanscope::lang::ast {

// X(name): kinds grouped by category; the first and last of each group bound Is*().
#define CHANSCOPE_AST_EXPRS(X) \
  X(BadExpr)                   \
  X(Ident)                     \
  X(BasicLit)                  \
  X(CompositeLit)              \
  X(FuncLit)                   \
  X(ParenExpr)                 \
  X(SelectorExpr)              \
  X(IndexExpr)                 \
  X(SliceExpr)                 \
  X(TypeAssertExpr)            \
  X(CallExpr)                  \
  X(StarExpr)                  \
  X(UnaryExpr)                 \
  X(BinaryExpr)                \
  X(KeyValueExpr)              \
  X(Ellipsis)                  \
  X(ArrayType)                 \
  X(SliceType)                 \
  X(StructType)                \
  X(FuncType)                  \
  X(InterfaceType)             \
  X(MapType)                   \
  X(ChanType)

#define CHANSCOPE_AST_STMTS(X) \
  X(BadStmt)                   \
  X(DeclStmt)                  \
  X(EmptyStmt)                 \
  X(LabeledStmt)               \
  X(ExprStmt)                  \
  X(SendStmt)                  \
  X(IncDecStmt)                \
  X(AssignStmt)                \
  X(GoStmt)                    \
  X(DeferStmt)                 \
  X(ReturnStmt)                \
  X(BranchStmt)                \
  X(BlockStmt)                 \
  X(IfStmt)                    \
  X(CaseClause)                \
  X(SwitchStmt)                \
  X(TypeSwitchStmt)            \
  X(CommClause)                \
  X(SelectStmt)                \
  X(ForStmt)                   \
  X(RangeStmt)

#define CHANSCOPE_AST_OTHERS(X) \
  X(ImportSpec)                 \
  X(ValueSpec)                  \
  X(TypeSpec)                   \
  X(BadDecl)                    \
  X(GenDecl)                    \
  X(FuncDecl)                   \
  X(Field)                      \
  X(FieldList)

enum class NodeKind : uint8_t {
#define CHANSCOPE_AST_ENUM(name) k##name,
  CHANSCOPE_AST_EXPRS(CHANSCOPE_AST_ENUM) CHANSCOPE_AST_STMTS(CHANSCOPE_AST_ENUM)
      CHANSCOPE_AST_OTHERS(CHANSCOPE_AST_ENUM)
#undef CHANSCOPE_AST_ENUM
};

// "Ident", "BinaryExpr", ... (used by the AST printer and internal errors).
std::string_view NodeKindName(NodeKind kind);

inline bool IsExpr(NodeKind k) { return k >= NodeKind::kBadExpr && k <= NodeKind::kChanType; }
inline bool IsStmt(NodeKind k) { return k >= NodeKind::kBadStmt && k <= NodeKind::kRangeStmt; }
inline bool IsSpec(NodeKind k) { return k >= NodeKind::kImportSpec && k <= NodeKind::kTypeSpec; }
inline bool IsDecl(NodeKind k) { return k >= NodeKind::kBadDecl && k <= NodeKind::kFuncDecl; }
// Array, slice, struct, func, interface, map and chan type literals (not names or *T).
inline bool IsTypeLiteral(NodeKind k) {
  return k >= NodeKind::kArrayType && k <= NodeKind::kChanType;
}

// Aborts with file and line: a wrong Cast<T>() is an internal bug, never a learner error.
[[noreturn]] void BadCast(NodeKind have, NodeKind want, const char* file, int line);

struct Node {
  NodeKind kind;
  Pos pos;

  explicit Node(NodeKind k) : kind(k) {}

  template <class T>
  T* As() {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* As() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
  template <class T>
  T* Cast() {
    if (kind != T::kKind) BadCast(kind, T::kKind, __FILE__, __LINE__);
    return static_cast<T*>(this);
  }
  template <class T>
  const T* Cast() const {
    if (kind != T::kKind) BadCast(kind, T::kKind, __FILE__, __LINE__);
    return static_cast<const T*>(this);
  }
};

// Declares the kind tag and the constructor that sets it.
#define CHANSCOPE_AST_NODE(name, base)                 \
  static constexpr NodeKind kKind = NodeKind::k##name; \
  name() : base(kKind) {}

// ============================================================================
// Expressions and type expressions
// ============================================================================

struct Expr : Node {
  using Node::Node;
  const Type* type = nullptr;          // set by the checker
  const Constant* constant = nullptr;  // set by the checker for constant expressions
};

struct Field;
struct FieldList;
struct BlockStmt;
struct Stmt;

// A syntax error in an expression; spans [pos, to).
struct BadExpr : Expr {
  CHANSCOPE_AST_NODE(BadExpr, Expr)
  Pos to;
};

struct Ident : Expr {
  CHANSCOPE_AST_NODE(Ident, Expr)
  std::string_view name;  // "_" for the blank identifier
  Object* obj = nullptr;  // what the name denotes; set by the checker
};

enum class LitKind : uint8_t { kInt, kFloat, kImag, kChar, kString };

// 42, 0x_ff, 1.5e3, 0x1p-2, 2i, 'x', "a\n", `raw`. The raw text is kept for messages
// and for exact constant arithmetic; the decoded value is the parser's reading of it.
struct BasicLit : Expr {
  CHANSCOPE_AST_NODE(BasicLit, Expr)
  LitKind lit_kind = LitKind::kInt;
  std::string_view raw;  // exactly as in the source, quotes and underscores included
  // kInt: the value when it fits in 64 bits (int_overflow tells otherwise; the checker
  // then reports "constant overflows" or re-reads `raw` with more precision).
  uint64_t int_value = 0;
  bool int_overflow = false;
  double float_value = 0;         // kFloat; for kImag the imaginary part
  int32_t rune_value = 0;         // kChar: the code point (or byte value for \x and octal escapes)
  std::string_view string_value;  // kString: decoded bytes (in the arena or the source)
};

// T{elts} or, with T elided inside another composite literal, {elts} (type == nullptr;
// the checker takes the element type, or its base type for elided &T).
struct CompositeLit : Expr {
  CHANSCOPE_AST_NODE(CompositeLit, Expr)
  Expr* type_expr = nullptr;
  Pos lbrace;
  std::span<Expr*> elts;  // KeyValueExpr for keyed elements
  Pos rbrace;
};

struct FuncType;

struct FuncLit : Expr {
  CHANSCOPE_AST_NODE(FuncLit, Expr)
  FuncType* func_type = nullptr;
  BlockStmt* body = nullptr;
};

// (x); kept so that the checker can tell (T){...} from T{...} and report as gc does.
struct ParenExpr : Expr {
  CHANSCOPE_AST_NODE(ParenExpr, Expr)
  Expr* x = nullptr;
  Pos rparen;
};

// x.sel: field, method, package member, or method expression T.m.
struct SelectorExpr : Expr {
  CHANSCOPE_AST_NODE(SelectorExpr, Expr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
};

// x[i], or x[A, B] (instantiation of a generic function or type: indices.size() > 1).
struct IndexExpr : Expr {
  CHANSCOPE_AST_NODE(IndexExpr, Expr)
  Expr* x = nullptr;
  Pos lbrack;
  std::span<Expr*> indices;  // at least one
  Pos rbrack;
  Expr* index() const { return indices[0]; }
};

// x[low:high] or x[low:high:max]; any of the bounds may be nullptr (max only in 2-index).
struct SliceExpr : Expr {
  CHANSCOPE_AST_NODE(SliceExpr, Expr)
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack;
  Pos rbrack;
};

// x.(T), or x.(type) in a type switch guard (type_expr == nullptr).
struct TypeAssertExpr : Expr {
  CHANSCOPE_AST_NODE(TypeAssertExpr, Expr)
  Expr* x = nullptr;
  Expr* type_expr = nullptr;
  Pos lparen;
  Pos rparen;
};

// fun(args) or fun(args...). Also conversions T(x) and builtins (len, make, new...).
struct CallExpr : Expr {
  CHANSCOPE_AST_NODE(CallExpr, Expr)
  Expr* fun = nullptr;
  Pos lparen;
  std::span<Expr*> args;
  Pos ellipsis;  // valid when the last argument is followed by "..."
  Pos rparen;
  bool HasEllipsis() const { return ellipsis.IsValid(); }
};

// *x: a dereference or a pointer type — the parser cannot tell (think (*T)(p)).
struct StarExpr : Expr {
  CHANSCOPE_AST_NODE(StarExpr, Expr)
  Expr* x = nullptr;
};

// op x for op in + - ! ^ & <- and, in constraints, ~ (as in ~int).
struct UnaryExpr : Expr {
  CHANSCOPE_AST_NODE(UnaryExpr, Expr)
  Tok op = Tok::kIllegal;
  Expr* x = nullptr;
};

// x op y. Also the unions of constraints (~int | string) with op == kOr.
struct BinaryExpr : Expr {
  CHANSCOPE_AST_NODE(BinaryExpr, Expr)
  Tok op = Tok::kIllegal;
  Pos op_pos;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

// key: value inside a composite literal.
struct KeyValueExpr : Expr {
  CHANSCOPE_AST_NODE(KeyValueExpr, Expr)
  Expr* key = nullptr;
  Pos colon;
  Expr* value = nullptr;
};

// ...T as the type of a final (variadic) parameter, or the length in [...]T (elt null).
struct Ellipsis : Expr {
  CHANSCOPE_AST_NODE(Ellipsis, Expr)
  Expr* elt = nullptr;
};

// [len]T; len is an Ellipsis (with null elt) for [...]T.
struct ArrayType : Expr {
  CHANSCOPE_AST_NODE(ArrayType, Expr)
  Expr* len = nullptr;
  Expr* elt = nullptr;
};

// []T (go/ast folds this into ArrayType; kept apart here for clarity).
struct SliceType : Expr {
  CHANSCOPE_AST_NODE(SliceType, Expr)
  Expr* elt = nullptr;
};

struct StructType : Expr {
  CHANSCOPE_AST_NODE(StructType, Expr)
  FieldList* fields = nullptr;  // never null
};

// func[T any](params) results. type_params only on a FuncDecl's type (the spec has no
// generic function literals); results may be nullptr.
struct FuncType : Expr {
  CHANSCOPE_AST_NODE(FuncType, Expr)
  FieldList* type_params = nullptr;
  FieldList* params = nullptr;  // never null
  FieldList* results = nullptr;
};

// interface { M(); Embedded; ~int | string }. Each Field is a method (one name, a
// FuncType) or an embedded element (no names: a type name, or a union/~T expression).
struct InterfaceType : Expr {
  CHANSCOPE_AST_NODE(InterfaceType, Expr)
  FieldList* methods = nullptr;  // never null
};

struct MapType : Expr {
  CHANSCOPE_AST_NODE(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { kBoth, kSend, kRecv };  // chan T, chan<- T, <-chan T

struct ChanType : Expr {
  CHANSCOPE_AST_NODE(ChanType, Expr)
  ChanDir dir = ChanDir::kBoth;
  Pos arrow;  // position of "<-", when there is one
  Expr* value = nullptr;
};

// ============================================================================
// Fields: struct fields, parameters, results, receivers, type parameters, methods
// ============================================================================

// `a, b T`, `T` (embedded field, unnamed parameter or result), `x int "tag"`.
// For type parameters, `type_expr` is the constraint.
struct Field : Node {
  CHANSCOPE_AST_NODE(Field, Node)
  std::span<Ident*> names;  // empty for embedded fields and unnamed parameters
  Expr* type_expr = nullptr;
  BasicLit* tag = nullptr;  // struct field tag, if any
};

// ( ... ), [ ... ] or { ... } around fields; pos is the opening token.
struct FieldList : Node {
  CHANSCOPE_AST_NODE(FieldList, Node)
  std::span<Field*> list;
  Pos closing;
  // Number of entries counting each name (a, b int is two parameters).
  size_t NumFields() const;
};

// ============================================================================
// Statements
// ============================================================================

struct Stmt : Node {
  using Node::Node;
};

struct BadStmt : Stmt {
  CHANSCOPE_AST_NODE(BadStmt, Stmt)
  Pos to;
};

struct GenDecl;

// A const, var or type declaration inside a function.
struct DeclStmt : Stmt {
  CHANSCOPE_AST_NODE(DeclStmt, Stmt)
  GenDecl* decl = nullptr;
};

// An empty statement; implicit when it stands for a semicolon before ')' or '}'.
struct EmptyStmt : Stmt {
  CHANSCOPE_AST_NODE(EmptyStmt, Stmt)
  bool implicit = false;
};

struct LabeledStmt : Stmt {
  CHANSCOPE_AST_NODE(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;  // an EmptyStmt for a label right before '}'
};

struct ExprStmt : Stmt {
  CHANSCOPE_AST_NODE(ExprStmt, Stmt)
  Expr* x = nullptr;
};

// ch <- value.
struct SendStmt : Stmt {
  CHANSCOPE_AST_NODE(SendStmt, Stmt)
  Expr* chan = nullptr;
  Pos arrow;
  Expr* value = nullptr;
};

struct IncDecStmt : Stmt {
  CHANSCOPE_AST_NODE(IncDecStmt, Stmt)
  Expr* x = nullptr;
  Pos tok_pos;
  Tok tok = Tok::kInc;  // kInc or kDec
};

// lhs = rhs, lhs := rhs, or lhs op= rhs (tok is kAssign, kDefine or an IsAssignOp token).
struct AssignStmt : Stmt {
  CHANSCOPE_AST_NODE(AssignStmt, Stmt)
  std::span<Expr*> lhs;
  Pos tok_pos;
  Tok tok = Tok::kAssign;
  std::span<Expr*> rhs;
};

struct CallExpr;

struct GoStmt : Stmt {
  CHANSCOPE_AST_NODE(GoStmt, Stmt)
  CallExpr* call = nullptr;
};

struct DeferStmt : Stmt {
  CHANSCOPE_AST_NODE(DeferStmt, Stmt)
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  CHANSCOPE_AST_NODE(ReturnStmt, Stmt)
  std::span<Expr*> results;
};

// break, continue, goto (with a label) and fallthrough.
struct BranchStmt : Stmt {
  CHANSCOPE_AST_NODE(BranchStmt, Stmt)
  Tok tok = Tok::kBreak;
  Ident* label = nullptr;
};

struct BlockStmt : Stmt {
  CHANSCOPE_AST_NODE(BlockStmt, Stmt)
  std::span<Stmt*> list;
  Pos rbrace;
};

struct IfStmt : Stmt {
  CHANSCOPE_AST_NODE(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* else_stmt = nullptr;  // an IfStmt or a BlockStmt
};

// case x, y: ... or default: ... in an expression or type switch.
struct CaseClause : Stmt {
  CHANSCOPE_AST_NODE(CaseClause, Stmt)
  std::span<Expr*> list;  // empty for default (types, or nil, in a type switch)
  bool is_default = false;
  Pos colon;
  std::span<Stmt*> body;
};

// switch init; tag { case ... }; body holds only CaseClauses.
struct SwitchStmt : Stmt {
  CHANSCOPE_AST_NODE(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;
  BlockStmt* body = nullptr;
};

// switch init; x := y.(type) { ... }. assign is an AssignStmt (kDefine, one lhs Ident,
// rhs a TypeAssertExpr with null type_expr) or an ExprStmt holding that TypeAssertExpr.
struct TypeSwitchStmt : Stmt {
  CHANSCOPE_AST_NODE(TypeSwitchStmt, Stmt)
  Stmt* init = nullptr;
  Stmt* assign = nullptr;
  BlockStmt* body = nullptr;
  // The bound name in `x := y.(type)`, or nullptr.
  Ident* Binding() const;
  // The y in `y.(type)`.
  Expr* Subject() const;
};

// case comm: ... or default: ... in a select. comm is a SendStmt, an ExprStmt (<-ch),
// or an AssignStmt (v := <-ch, v, ok = <-ch); nullptr for default.
struct CommClause : Stmt {
  CHANSCOPE_AST_NODE(CommClause, Stmt)
  Stmt* comm = nullptr;
  Pos colon;
  std::span<Stmt*> body;
};

struct SelectStmt : Stmt {
  CHANSCOPE_AST_NODE(SelectStmt, Stmt)
  BlockStmt* body = nullptr;  // only CommClauses
};

// for init; cond; post {}, for cond {}, for {} — absent parts are nullptr.
struct ForStmt : Stmt {
  CHANSCOPE_AST_NODE(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

// for key, value := range x {} (also = and the forms without key/value: tok kIllegal).
// x may be a slice, array, string, map, channel, integer or function (checked later).
struct RangeStmt : Stmt {
  CHANSCOPE_AST_NODE(RangeStmt, Stmt)
  Expr* key = nullptr;
  Expr* value = nullptr;
  Tok tok = Tok::kIllegal;  // kDefine, kAssign, or kIllegal when there is no key
  Pos tok_pos;
  Pos range_pos;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// ============================================================================
// Specs and declarations
// ============================================================================

struct Spec : Node {
  using Node::Node;
};

// import name "path"; name is nullptr, an identifier, "_" or ".".
struct ImportSpec : Spec {
  CHANSCOPE_AST_NODE(ImportSpec, Spec)
  Ident* name = nullptr;
  BasicLit* path = nullptr;
};

// a, b T = x, y in a var or const declaration.
//
// In a parenthesised const group, a spec without `= values` repeats the previous
// spec's type and values (the spec's "implicit repetition"). The parser makes that
// explicit: `implicit` is set and `type_expr`/`values` are fresh deep copies (so each
// copy can carry its own constant annotations) positioned at the original text.
struct ValueSpec : Spec {
  CHANSCOPE_AST_NODE(ValueSpec, Spec)
  std::span<Ident*> names;
  Expr* type_expr = nullptr;
  std::span<Expr*> values;
  int32_t iota = 0;       // index of this spec in its const group: the value of iota
  bool implicit = false;  // type and values copied from the previous spec (const only)
};

// type Name[P any] T, or an alias type Name = T (assign valid).
struct TypeSpec : Spec {
  CHANSCOPE_AST_NODE(TypeSpec, Spec)
  Ident* name = nullptr;
  FieldList* type_params = nullptr;
  Pos assign;
  Expr* type_expr = nullptr;
  bool IsAlias() const { return assign.IsValid(); }
};

struct Decl : Node {
  using Node::Node;
};

struct BadDecl : Decl {
  CHANSCOPE_AST_NODE(BadDecl, Decl)
  Pos to;
};

// import/const/var/type, with or without parentheses (lparen valid when grouped).
struct GenDecl : Decl {
  CHANSCOPE_AST_NODE(GenDecl, Decl)
  Tok tok = Tok::kVar;  // kImport, kConst, kType or kVar
  Pos lparen;
  std::span<Spec*> specs;
  Pos rparen;
};

// func (recv) Name[T any](params) results { body }; body is nullptr for a declaration
// without one (the standard library's native functions).
struct FuncDecl : Decl {
  CHANSCOPE_AST_NODE(FuncDecl, Decl)
  FieldList* recv = nullptr;
  Ident* name = nullptr;
  FuncType* func_type = nullptr;  // its type_params are the function's
  BlockStmt* body = nullptr;
};

#undef CHANSCOPE_AST_NODE

// ============================================================================
// The arena and the file
// ============================================================================

// Bump allocator for nodes, child arrays and decoded strings. Only trivially
// destructible objects go in, so freeing the blocks is the whole cleanup.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  template <class T>
  T* New() {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (Allocate(sizeof(T), alignof(T))) T();
  }
  // An arena copy of `items` (the parser builds lists in std::vectors, then freezes them).
  template <class T>
  std::span<T> Copy(const std::vector<T>& items) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    if (items.empty()) return {};
    T* data = static_cast<T*>(Allocate(sizeof(T) * items.size(), alignof(T)));
    for (size_t i = 0; i < items.size(); ++i) new (data + i) T(items[i]);
    return {data, items.size()};
  }
  std::string_view CopyString(std::string_view s);
  size_t BytesUsed() const { return bytes_used_; }

 private:
  void* Allocate(size_t size, size_t align);

  static constexpr size_t kBlockSize = 32 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;  // free space in the last block
  char* end_ = nullptr;
  size_t bytes_used_ = 0;
};

// One parsed Go source file. Owns the arena and a copy of the source text, which the
// identifiers' and literals' string_views point into.
struct File {
  std::string name;    // as given to Parse(); diagnostics use it
  std::string source;  // the text parsed (never modified after parsing)
  Arena arena;

  Pos package_pos;
  Ident* package_name = nullptr;   // nullptr when the package clause is missing
  std::span<ImportSpec*> imports;  // every ImportSpec of every import declaration
  std::span<Decl*> decls;

  // Allocates a node of type T (kind set) in this file's arena.
  template <class T>
  T* New(Pos pos) {
    T* n = arena.New<T>();
    n->pos = pos;
    return n;
  }
};

// The expression as Go source, shortened like gc's messages print it (function bodies and
// composite literal elements as {…}): "x + 1", "[]int{…}", "func(int) {…}".
std::string ExprString(const Expr* e);
// A simple statement as Go source ("x := 1", "ch <- v", "i++"), for the same purpose.
std::string StmtString(const Stmt* s);

// A deep copy of an expression tree (annotations left null), allocated in `arena`.
Expr* CloneExpr(Arena& arena, const Expr* e);

// Calls visit(node) on n and, while visit returns true, on each child in source order.
// Children that are nullptr are skipped.
template <class F>
void Inspect(Node* n, F&& visit);

// The direct, non-null children of n in source order (used by Inspect and the printer).
void Children(Node* n, std::vector<Node*>& out);

template <class F>
void Inspect(Node* n, F&& visit) {
  if (n == nullptr || !visit(n)) return;
  std::vector<Node*> kids;
  Children(n, kids);
  for (Node* k : kids) Inspect(k, visit);
}

}  // namespace chanscope::lang::ast
