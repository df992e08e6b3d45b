// check_internal.h — the Checker class shared by the check_*.cpp files (not public API).
//
// One Checker checks one package (the user's file, or one standard library file). It
// walks declarations lazily: a package-level object is checked when first referenced
// (ObjDecl), so declaration order does not matter; function bodies are checked after
// all package-level signatures are known.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/check.h"
#include "lang/universe.h"

namespace chanscope::lang {

// The state of one expression being checked (go/types' operand).
struct Operand {
  ExprMode mode = ExprMode::kInvalid;
  ast::Expr* expr = nullptr;
  const Type* type = nullptr;
  Constant val;         // when mode == kConstant
  BuiltinId builtin{};  // when mode == kBuiltin
  bool IsInvalid() const { return mode == ExprMode::kInvalid; }
  bool IsUntypedNil() const { return type != nullptr && type->kind == TypeKind::kUntypedNil; }
};

// Package-level declaration bookkeeping.
struct DeclInfo {
  enum class Color : uint8_t { kWhite, kGrey, kBlack };
  Color color = Color::kWhite;
  ast::ValueSpec* spec = nullptr;  // const and var
  ast::TypeSpec* type_spec = nullptr;
  ast::FuncDecl* func = nullptr;
  int index = 0;                     // position of the name in its spec
  const Type* const_type = nullptr;  // nullptr when the const spec has no type
  std::vector<Object*> deps;         // package-level vars and funcs referenced
};

// The function whose body is being checked.
struct FuncContext {
  FunctionInfo* info = nullptr;
  const SignatureType* sig = nullptr;
  FuncContext* outer = nullptr;
  std::map<std::string, Label*> labels;  // labels declared in this body
  bool has_defer = false;
};

class Checker;

// How an untyped value fared on its way to a typed one.
enum class ConvStatus : uint8_t { kOk, kOverflow, kTruncated, kMismatch };

// The single underlying type of t, or of every type in a type parameter's set
// (nullptr when there is none).
const Type* CoreType(const Type* t);
// Whether < is defined on values of type t (integers, floats, strings).
bool IsOrderedType(const Type* t);
// Whether == is defined on values of type t (for type parameters: strictly).
bool Comparable(const Type* t);

// Shared by all packages of one Check(): loads and checks imported stdlib packages.
class Importer {
 public:
  Importer(Info& info, std::vector<Diagnostic>& diags, const CheckOptions& options)
      : info_(info), diags_(diags), options_(options) {}
  // The checked package for `path`, or nullptr if it is not in the standard library.
  CheckedPackage* Import(const std::string& path);

 private:
  Info& info_;
  std::vector<Diagnostic>& diags_;
  const CheckOptions& options_;
  std::unordered_map<std::string, CheckedPackage*> done_;
  std::unordered_map<std::string, bool> in_progress_;
};

class Checker {
 public:
  Checker(Info& info, CheckedPackage& pkg, std::vector<Diagnostic>& diags,
          const CheckOptions& options, Importer& importer);
  void CheckPackage();

  // --- Diagnostics (check.cpp) ---
  void Error(Pos pos, std::string message);
  void Unsupported(Pos pos, std::string_view feature);

  // --- Package-level declarations (check_decl.cpp) ---
  void CollectObjects();
  void CollectGenDecl(ast::GenDecl* g);
  Func* CollectFuncDecl(ast::FuncDecl* fd);
  void DeclarePackageObject(ast::Ident* id, Object* obj);
  void CollectImports();
  void ObjDecl(Object* obj);
  void ConstDecl(Const* obj, DeclInfo& d);
  void VarDecl(Var* obj, DeclInfo& d);
  void TypeDecl(TypeName* obj, ast::TypeSpec* spec);
  void FuncDeclSig(Func* obj, ast::FuncDecl* decl);
  void CollectMethod(ast::FuncDecl* decl, Func* obj);
  void LocalDecl(ast::GenDecl* decl);
  void LocalConstSpec(ast::ValueSpec* spec, const Type*& last_type);
  void ComputeInitOrder();
  void CheckFuncBodies();
  void CheckMethodFieldClashes();
  void CheckUnusedImports();
  FunctionInfo* NewFunctionInfo() {
    info_.function_store.push_back(std::make_unique<FunctionInfo>());
    return info_.function_store.back().get();
  }

  // --- Type expressions (check_typexpr.cpp) ---
  const Type* TypExpr(ast::Expr* e);
  const Type* TypExprInternal(ast::Expr* e);
  const Type* GenericTypeName(ast::Expr* e);  // a generic type used without instantiation
  const StructType* StructTypeOf(ast::StructType* s);
  const InterfaceType* InterfaceTypeOf(ast::InterfaceType* s);
  // Builds a signature and declares its parameters in `scope` when non-null.
  const SignatureType* FuncTypeOf(ast::FuncType* f, ast::FieldList* recv, Scope* scope,
                                  std::vector<Var*>* params_out, std::vector<Var*>* results_out);
  Var* ReceiverVar(ast::FieldList* recv, SignatureType* sig, Scope* scope);
  Var* NewParam(ast::Ident* id, Pos pos, const Type* t);
  void DeclareParam(Scope* scope, ast::Ident* id, Var* v);
  std::vector<const TypeParamType*> DeclareTypeParams(ast::FieldList* list, Scope* scope);
  int64_t ArrayLength(ast::Expr* e);
  const Type* InstantiateTypeExpr(ast::IndexExpr* e);

  // --- Expressions (check_expr.cpp) ---
  void RawExpr(Operand& x, ast::Expr* e, const Type* hint, bool allow_generic = false);
  void ExprInternal(Operand& x, ast::Expr* e, const Type* hint);
  void Expr(Operand& x, ast::Expr* e);  // single value
  void ExprWithHint(Operand& x, ast::Expr* e, const Type* hint);
  void MultiExpr(std::vector<Operand>& out, ast::Expr* e, bool allow_comma_ok);
  void ExprOrType(Operand& x, ast::Expr* e);
  void Record(Operand& x);
  void IdentExpr(Operand& x, ast::Ident* e, bool want_type);
  void BasicLitExpr(Operand& x, ast::BasicLit* e);
  void FuncLitExpr(Operand& x, ast::FuncLit* e);
  void CompositeLitExpr(Operand& x, ast::CompositeLit* e, const Type* hint);
  void StructLit(ast::CompositeLit* e, const Type* t, const StructType* st);
  const Type* ArrayOrSliceLit(ast::CompositeLit* e, const Type* under, bool open_array);
  void MapLit(ast::CompositeLit* e, const MapType* mt);
  void IndexExpr(Operand& x, ast::IndexExpr* e);
  void SliceExpr(Operand& x, ast::SliceExpr* e);
  void TypeAssertExpr(Operand& x, ast::TypeAssertExpr* e);
  void StarExpr(Operand& x, ast::StarExpr* e);
  void UnaryExpr(Operand& x, ast::UnaryExpr* e);
  void BinaryExpr(Operand& x, ast::BinaryExpr* e, ast::Expr* lhs, ast::Expr* rhs, Tok op,
                  Pos op_pos);
  void Shift(Operand& x, Operand& y, ast::Expr* e, Tok op);
  void Comparison(Operand& x, Operand& y, Tok op, Pos op_pos, ast::Expr* e,
                  std::string* reason_out = nullptr);
  bool IndexValue(ast::Expr* index, int64_t max, int64_t* value_out);
  void MarkUsed(Object* obj);
  void UseVar(Var* v);
  void UseVarNoRead(Var* v);

  // --- Selectors and lookup (check_lookup.cpp) ---
  void SelectorExpr(Operand& x, ast::SelectorExpr* e, bool want_type);
  bool PackageMember(Operand& x, ast::SelectorExpr* e);
  void MethodExpr(Operand& x, ast::SelectorExpr* e);
  void FieldOrMethod(Operand& x, ast::SelectorExpr* e);
  struct LookupResult {
    Object* obj = nullptr;
    std::vector<int> path;
    bool indirect = false;
    bool ambiguous = false;
  };
  LookupResult LookupFieldOrMethod(const Type* t, bool addressable, std::string_view name);
  // The first method of iface that t lacks (or has with the wrong signature or a
  // pointer receiver); nullptr when t implements it. wrong_type/ptr_recv explain why.
  Func* MissingMethod(const Type* t, const InterfaceType* iface, bool* wrong_type, bool* ptr_recv);
  bool Implements(const Type* t, const Type* iface_type, std::string* reason);
  const SignatureType* MethodSig(Func* m, const Type* recv_type);

  // --- Operand conversions and messages (check_operand.cpp) ---
  ConvStatus ConvertUntyped(Operand& x, const Type* target);
  void ConvertUntypedOrReport(Operand& x, const Type* target, std::string_view context);
  bool MatchTypes(Operand& x, Operand& y);
  void CheckTypedConstOverflow(Operand& x, ast::Expr* e);
  void MarkAddressTaken(ast::Expr* e);
  bool RepresentableConst(const Constant& val, const Type* target, Constant* rounded,
                          std::string* why);
  void Representable(Operand& x, const Type* target);
  void DefaultConvert(Operand& x);
  void UpdateExprType(ast::Expr* e, const Type* t, bool final);
  void SetConstType(Operand& x, const Type* t);
  std::string OperandString(const Operand& x);
  std::string ExprString(const ast::Expr* e);
  void WriteExpr(std::string& out, const ast::Expr* e);

  // --- Assignment (check_assign.cpp) ---
  bool AssignableTo(const Operand& x, const Type* t, std::string* reason);
  void Assignment(Operand& x, const Type* t, std::string_view context);
  bool ConvertibleTo(const Operand& x, const Type* t);
  void AssignStmt(ast::AssignStmt* s);
  void AssignVar(ast::Expr* lhs, Operand& x);
  const Type* LhsVar(ast::Expr* lhs, Operand& z);
  void ShortVarDecl(ast::AssignStmt* s);
  void InitVars(const std::vector<Var*>& lhs, std::span<ast::Expr*> rhs, Pos pos, bool returns);
  void AssignOpStmt(ast::AssignStmt* s);
  void AssignError(std::span<ast::Expr*> rhs, size_t l, size_t r, Pos pos, bool returns);
  void ReturnStmt(ast::ReturnStmt* s);

  // --- Calls, conversions, builtins (check_call.cpp) ---
  void CallExpr(Operand& x, ast::CallExpr* e);
  void Arguments(ast::CallExpr* call, const SignatureType* sig, std::vector<Operand>& args,
                 std::string_view fname);
  void Conversion(Operand& x, const Type* t, ast::CallExpr* call);
  void BuiltinCall(Operand& x, ast::CallExpr* call, BuiltinId id);
  void CollectArgs(ast::CallExpr* call, std::vector<Operand>& args);

  // --- Statements (check_stmt.cpp) ---
  void FuncBody(FunctionInfo* info, ast::BlockStmt* body, Scope* scope);
  void StmtList(std::span<ast::Stmt*> list);
  void Stmt(ast::Stmt* s);
  void SimpleStmt(ast::Stmt* s) {
    if (s != nullptr) Stmt(s);
  }
  void BlockStmt(ast::BlockStmt* b);
  void IfStmt(ast::IfStmt* s);
  void ForStmt(ast::ForStmt* s);
  void RangeStmt(ast::RangeStmt* s);
  bool RangeTypes(Operand& x, ast::RangeStmt* s, const Type** key, const Type** value,
                  size_t* max_vars);
  void SwitchStmt(ast::SwitchStmt* s);
  void TypeSwitchStmt(ast::TypeSwitchStmt* s);
  const Type* TypeSwitchCase(ast::Expr* e, const Operand& x, const InterfaceType* iface,
                             std::vector<const Type*>& seen, bool* seen_nil);
  void SelectStmt(ast::SelectStmt* s);
  void SendStmt(ast::SendStmt* s);
  void IncDecStmt(ast::IncDecStmt* s);
  void ExprStmt(ast::ExprStmt* s);
  void GoDeferStmt(ast::CallExpr* call, std::string_view what);
  void BranchStmt(ast::BranchStmt* s);
  void LabeledStmt(ast::LabeledStmt* s);
  void CollectLabels(std::span<ast::Stmt*> list);
  bool IsTerminating(const ast::Stmt* s, std::string_view label);
  bool IsTerminatingList(std::span<ast::Stmt*> list, std::string_view label);
  bool HasBreak(const ast::Stmt* s, std::string_view label, bool implicit);
  void OpenScope(std::string_view what);
  void CloseScope();
  void Declare(Scope* scope, ast::Ident* id, Object* obj);
  Var* NewLocalVar(ast::Ident* id, const Type* t);
  void ReportUnused(Scope* scope);

  // --- Generics (check_generic.cpp) ---
  const Type* Subst(const Type* t, const std::vector<const TypeParamType*>& params,
                    const std::vector<const Type*>& args);
  const NamedType* InstantiateNamed(const NamedType* origin, const std::vector<const Type*>& args,
                                    Pos pos);
  const SignatureType* InstantiateSig(const SignatureType* sig,
                                      const std::vector<const Type*>& args, Pos pos);
  bool Infer(const SignatureType* sig, std::vector<Operand>& args, std::vector<const Type*>& targs,
             Pos pos, std::string_view fname);
  void ResolvePendingInstances();
  bool Unify(const Type* param, const Type* arg, const std::vector<const TypeParamType*>& tparams,
             std::vector<const Type*>& targs);
  bool Satisfies(const Type* t, const Type* constraint, std::string* reason);
  void FuncInstance(Operand& x, ast::IndexExpr* e);

  // --- State ---
  Info& info_;
  CheckedPackage& pkg_;
  std::vector<Diagnostic>& diags_;
  const CheckOptions& options_;
  Importer& importer_;
  TypeStore& store_;
  const Universe& universe_;
  std::string file_name_;
  bool is_stdlib_ = false;

  Scope* pkg_scope_ = nullptr;
  Scope* scope_ = nullptr;  // innermost scope while checking bodies
  std::unordered_map<Object*, DeclInfo> decls_;
  std::vector<Object*> pkg_objects_;        // package-level objects in source order
  std::vector<ast::FuncDecl*> func_decls_;  // with their Func (or init)
  std::vector<Func*> func_objs_;
  std::vector<PkgName*> pkg_names_;
  std::unordered_map<const ast::FuncDecl*, Scope*> func_scope_of_;
  FuncContext* func_ = nullptr;              // function body being checked
  DeclInfo* decl_ = nullptr;                 // package-level decl being checked (deps)
  std::optional<Constant> iota_;             // inside a const spec
  std::vector<const ast::Stmt*> breakable_;  // enclosing for/switch/select
  std::vector<const ast::Stmt*> loops_;      // enclosing for/range
  std::vector<Scope*> func_scopes_;          // all local scopes, for unused vars
  std::vector<Var*> locals_;                 // every local var declared (unused check)
  // Labels of the labeled statements enclosing the current one (break/continue L).
  std::vector<std::pair<std::string, const ast::Stmt*>> enclosing_labels_;
  bool init_cycle_reported_ = false;
  const ast::Stmt* fallthrough_ok_ = nullptr;  // the one fallthrough allowed here
  std::unordered_map<const ast::Stmt*, std::string> fallthrough_error_;
  std::unordered_map<const ast::Expr*, std::vector<const Type*>> partial_targs_;
  std::vector<const NamedType*> named_instances_;
  std::vector<NamedType*> pending_instances_;
};

// Position helpers.
Pos ExprPos(const ast::Expr* e);
ConstOp ConstOpOf(Tok op);
// Go's spelling of the comparison/arithmetic token in messages.
std::string_view TokString(Tok t);

}  // namespace chanscope::lang
