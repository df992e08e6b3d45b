// check.h — the type checker's entry point and what it tells the compiler.
//
// Check() resolves every identifier, computes every expression's type and constant
// value, and reports gc's errors. It annotates the AST in place (Expr::type,
// Expr::constant, Ident::obj) and returns an Info with what the AST cannot hold:
// expression modes, selections, closures' captured variables, the order of package
// initialisation, and the imported standard library packages (checked the same way).
//
// Conventions the compiler relies on:
//  - A composite literal whose type was elided as &T ([]*P{{1, 2}}) has the pointer
//    type *P: the compiler allocates the value and takes its address.
//  - A type switch declares one variable per clause: Info::implicits[clause]. The
//    binding identifier itself gets a Var that no code reads.
//  - x.f through embedded fields: Info::selections[x.f].path lists the field indices.
//  - A Var's captured/address_taken flags say that it must live in a heap cell;
//    FunctionInfo::captures lists what each closure needs from its outer functions.
//  - A call of a generic function has Info::instances[name] (its type arguments) and
//    CallExpr::fun->type is the instantiated signature.
//
// Invariants once Check returns without diagnostics:
//  - Every Expr that is evaluated has a non-null type; untyped constants have been
//    given their final type (1 in `var x float64 = 1` is a float64 constant).
//  - A constant's kind matches its type: integer types hold kInt, float types kFloat.
//  - Info::Mode(e) is never kInvalid for a checked expression.
// With diagnostics, the annotations are partial and must not be compiled.
#pragma once

#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/ast.h"
#include "lang/diagnostic.h"
#include "lang/types.h"

namespace chanscope::lang {

// What an expression denotes (go/types' operand modes).
enum class ExprMode : uint8_t {
  kInvalid,   // not checked, or erroneous
  kNoValue,   // a call of a function without results
  kValue,     // a computed value
  kVariable,  // an addressable value (variable, *p, s[i] of a slice, field of one)
  kMapIndex,  // m[k]: assignable, not addressable
  kConstant,  // Expr::constant holds the value
  kType,      // a type expression; Expr::type is the type
  kBuiltin,   // a builtin function name (Ident::obj is the Builtin)
  kPackage,   // an imported package name (only as the x of a selector)
};

enum class SelectionKind : uint8_t {
  kFieldVal,    // x.f: a struct field
  kMethodVal,   // x.m: a method bound to its receiver
  kMethodExpr,  // T.m: a method as a function taking the receiver first
};

// How x.sel resolves when it is not a package-qualified name.
struct Selection {
  SelectionKind kind = SelectionKind::kFieldVal;
  Object* obj = nullptr;       // the Var (field) or Func (method)
  const Type* recv = nullptr;  // type of x (for method expressions: T)
  // Field indices from x to the selected field, through embedded fields; for methods,
  // the path to the embedded field whose type declares the method.
  std::vector<int> path;
  // Whether a pointer is dereferenced on the way (x is a pointer, or an embedded
  // field on the path is).
  bool indirect = false;
  // Methods: the receiver the method expects is a pointer, and the compiler must take
  // the address of the (addressable) operand; or the method comes from an interface.
  bool pointer_recv = false;
  bool interface_method = false;
};

// A generic function or type used with these type arguments.
struct Instance {
  std::vector<const Type*> type_args;
  const Type* type = nullptr;  // the instantiated signature or named type
};

// One function body: a FuncDecl (with or without body) or a FuncLit.
struct FunctionInfo {
  const ast::Node* node = nullptr;  // FuncDecl or FuncLit
  Func* obj = nullptr;              // null for literals and init functions
  const SignatureType* sig = nullptr;
  const FunctionInfo* outer = nullptr;  // the enclosing function of a literal
  // Variables of enclosing functions used here (directly or by nested literals), in
  // order of first use; the compiler passes them to the closure.
  std::vector<Var*> captures;
  // Parameters (receiver first) and results as declared; unnamed ones have name "".
  std::vector<Var*> params;
  std::vector<Var*> results;
};

// var a, b = f() — one initialisation step, in the order they run.
struct Initializer {
  std::vector<Var*> lhs;  // blank identifiers are null entries
  ast::Expr* rhs = nullptr;
};

struct CheckedPackage {
  Package* pkg = nullptr;
  ast::File* file = nullptr;              // the source checked
  std::unique_ptr<ast::File> owned_file;  // for standard library packages
  std::vector<FunctionInfo*> functions;   // every FuncDecl, then literals, in order
  std::vector<FunctionInfo*> inits;       // init functions in source order
  std::vector<Initializer> init_order;    // package-level vars
  std::vector<CheckedPackage*> imports;   // direct imports
};

struct Info {
  TypeStore store;
  // Packages in dependency order: every package comes after its imports; main last.
  std::vector<std::unique_ptr<CheckedPackage>> packages;
  std::unordered_map<const ast::Expr*, ExprMode> modes;
  std::unordered_map<const ast::SelectorExpr*, Selection> selections;
  // Expressions used in a two-value assignment as v, ok (m[k], x.(T), <-ch).
  std::unordered_set<const ast::Expr*> comma_ok;
  // Objects declared without an identifier of their own: the per-clause variable of
  // a type switch (keyed by CaseClause), the package of an import (by ImportSpec).
  std::unordered_map<const ast::Node*, Object*> implicits;
  std::unordered_map<const ast::Ident*, Instance> instances;
  std::unordered_map<const ast::Node*, FunctionInfo*> function_of;  // FuncDecl/FuncLit
  std::vector<std::unique_ptr<FunctionInfo>> function_store;        // owns every FunctionInfo

  ExprMode Mode(const ast::Expr* e) const {
    auto it = modes.find(e);
    return it == modes.end() ? ExprMode::kInvalid : it->second;
  }
  const Selection* SelectionOf(const ast::SelectorExpr* e) const {
    auto it = selections.find(e);
    return it == selections.end() ? nullptr : &it->second;
  }
  CheckedPackage* MainPackage() const { return packages.empty() ? nullptr : packages.back().get(); }
};

struct CheckOptions {
  // Report unused variables and imports (gc always does; tests of fragments may not).
  bool report_unused = true;
  // Stop after this many errors (0: no limit). gc stops at 10 with "too many errors".
  int max_errors = 0;
};

struct CheckResult {
  std::vector<Diagnostic> diagnostics;  // sorted by position, as gc prints them
  std::unique_ptr<Info> info;           // always non-null
  bool ok() const { return diagnostics.empty(); }
};

CheckResult Check(ast::File& file, const CheckOptions& options = {});

}  // namespace chanscope::lang
