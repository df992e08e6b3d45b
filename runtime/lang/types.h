// types.h — the checker's model of Go: types, objects (named entities) and scopes.
//
// Shapes follow go/types. Ownership: a TypeStore (one per Check, plus the process-wide
// universe) owns every Type, Object and Scope; the AST and the compiler hold raw
// pointers that stay valid while the CheckResult lives.
//
// Invariants:
//  - Types are compared with Identical(), never by pointer (composite types are not
//    interned), except that each basic kind and each NamedType exists once.
//  - byte and rune are BasicTypes of kind kUint8/kInt32 that print as "byte"/"rune".
//  - A NamedType's underlying type is never a NamedType once checking of its
//    declaration finished; during the check it may be null (a cycle in progress).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/constant.h"
#include "lang/token.h"

namespace chanscope::lang {

namespace ast {
struct FuncDecl;
struct FuncLit;
struct Node;
}  // namespace ast

struct Object;
struct Var;
struct Func;
struct TypeName;
struct Package;
class Scope;

// ============================================================================
// Types
// ============================================================================

enum class TypeKind : uint8_t {
  kInvalid,
  // Basic types, in the order of their sizes within each family.
  kBool,
  kInt,
  kInt8,
  kInt16,
  kInt32,
  kInt64,
  kUint,
  kUint8,
  kUint16,
  kUint32,
  kUint64,
  kUintptr,
  kFloat32,
  kFloat64,
  kString,
  kUntypedBool,
  kUntypedInt,
  kUntypedRune,
  kUntypedFloat,
  kUntypedString,
  kUntypedNil,
  // Composite types.
  kPointer,
  kArray,
  kSlice,
  kMap,
  kChan,
  kStruct,
  kSignature,
  kInterface,
  kTuple,
  kNamed,
  kTypeParam,
};

enum class ChanDir : uint8_t { kBoth, kSend, kRecv };

struct Type {
  TypeKind kind;

  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;

  template <class T>
  const T* As() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }

  // The type with names stripped: NamedType -> its underlying, TypeParam -> its
  // constraint interface; others are their own underlying type.
  const Type* Underlying() const;

  bool IsBasic() const { return kind >= TypeKind::kBool && kind <= TypeKind::kUntypedNil; }
  bool IsUntyped() const { return kind >= TypeKind::kUntypedBool && kind <= TypeKind::kUntypedNil; }
};

// Predicates on the underlying type (false for type parameters unless every type in the
// constraint's type set qualifies; see check_typeset).
bool IsInteger(const Type* t);  // int.., uint.., untyped int and rune
bool IsUnsigned(const Type* t);
bool IsFloat(const Type* t);  // float32/64 and untyped float
bool IsNumeric(const Type* t);
bool IsString(const Type* t);
bool IsBoolean(const Type* t);
bool IsConstType(const Type* t);  // boolean, numeric or string basic type
bool IsInterface(const Type* t);  // underlying is an interface (not a type parameter)
bool IsTypeParam(const Type* t);
// For a type parameter: whether every type of its (non-empty) type set satisfies pred.
bool AllTerms(const Type* t, bool (*pred)(const Type*));
// Size in bits of an integer or float kind (int, uint, uintptr: 64).
int BasicBits(TypeKind k);

// Basic types have no As<>: test IsBasic() (or kind) and use AsBasic().
struct BasicType : Type {
  std::string_view name;
  BasicType(TypeKind k, std::string_view n) : Type(k), name(n) {}
};

struct PointerType : Type {
  static constexpr TypeKind kKind = TypeKind::kPointer;
  const Type* elem;
  explicit PointerType(const Type* e) : Type(kKind), elem(e) {}
};

struct ArrayType : Type {
  static constexpr TypeKind kKind = TypeKind::kArray;
  const Type* elem;
  int64_t length;
  ArrayType(const Type* e, int64_t n) : Type(kKind), elem(e), length(n) {}
};

struct SliceType : Type {
  static constexpr TypeKind kKind = TypeKind::kSlice;
  const Type* elem;
  explicit SliceType(const Type* e) : Type(kKind), elem(e) {}
};

struct MapType : Type {
  static constexpr TypeKind kKind = TypeKind::kMap;
  const Type* key;
  const Type* elem;
  MapType(const Type* k, const Type* e) : Type(kKind), key(k), elem(e) {}
};

struct ChanType : Type {
  static constexpr TypeKind kKind = TypeKind::kChan;
  const Type* elem;
  ChanDir dir;
  ChanType(const Type* e, ChanDir d) : Type(kKind), elem(e), dir(d) {}
};

// Fields are Vars with is_field set; an embedded field's name is its type's name.
struct StructType : Type {
  static constexpr TypeKind kKind = TypeKind::kStruct;
  std::vector<Var*> fields;
  std::vector<std::string> tags;  // "" when absent; parallel to fields
  StructType() : Type(kKind) {}
};

// The types of a parameter list, a result list, or a multi-value expression.
struct TupleType : Type {
  static constexpr TypeKind kKind = TypeKind::kTuple;
  std::vector<Var*> vars;
  TupleType() : Type(kKind) {}
  size_t size() const { return vars.size(); }
  const Type* at(size_t i) const;
};

struct TypeParamType;

// A function type; recv is set for methods (not part of the type's identity).
struct SignatureType : Type {
  static constexpr TypeKind kKind = TypeKind::kSignature;
  Var* recv = nullptr;
  const TupleType* params = nullptr;              // never null after construction
  const TupleType* results = nullptr;             // never null after construction
  bool variadic = false;                          // last param is ...T, held as []T
  std::vector<const TypeParamType*> type_params;  // generic functions only
  SignatureType() : Type(kKind) {}
};

// One term of a constraint's type set: T or ~T.
struct Term {
  bool tilde = false;
  const Type* type = nullptr;
};

struct InterfaceType : Type {
  static constexpr TypeKind kKind = TypeKind::kInterface;
  std::vector<Func*> methods;             // declared here, in source order
  std::vector<const Type*> embeddeds;     // embedded interfaces or constraint elements
  std::vector<std::vector<Term>> unions;  // constraint elements: each a union of terms

  // Filled by Complete(): every method including embedded ones, sorted by name, and
  // the type set's terms (empty with all_types = true means "any type").
  mutable std::vector<Func*> all_methods;
  mutable std::vector<Term> terms;
  mutable bool all_types = true;
  mutable bool is_comparable = false;  // embeds comparable
  bool implicit = false;               // [T ~int | string]: written without interface{...}
  mutable bool complete = false;

  InterfaceType() : Type(kKind) {}
  // Computes all_methods and the type set; safe to call repeatedly.
  void Complete() const;
  // A method (own or embedded) by name, or nullptr.
  Func* Method(std::string_view name) const;
  // True when the interface has only methods (usable as a value type).
  bool IsBasicInterface() const;
  bool IsEmpty() const;
};

// A defined type (type T U), possibly generic or an instance of a generic type.
struct NamedType : Type {
  static constexpr TypeKind kKind = TypeKind::kNamed;
  TypeName* obj = nullptr;
  const Type* underlying = nullptr;
  std::vector<Func*> methods;  // declared methods (on the origin for instances)
  std::vector<const TypeParamType*> type_params;
  std::vector<const Type*> type_args;  // instances only
  const NamedType* origin = this;      // the generic type this instantiates, or itself
  NamedType() : Type(kKind) {}
  // A declared method by name (looked up on the origin), or nullptr.
  Func* Method(std::string_view name) const;
};

struct TypeParamType : Type {
  static constexpr TypeKind kKind = TypeKind::kTypeParam;
  TypeName* obj = nullptr;
  int index = 0;
  const Type* constraint = nullptr;  // an InterfaceType (possibly via a NamedType)
  TypeParamType() : Type(kKind) {}
  const InterfaceType* Iface() const;
};

// While the compiler writes one instance of a generic function, each type parameter
// stands for its type argument: Underlying() looks through bound parameters. The map
// is null outside such an instance (always, for the checker).
using TypeArgMap = std::vector<std::pair<const TypeParamType*, const Type*>>;
void SetTypeArguments(const TypeArgMap* map);
// The type p stands for (followed through parameters bound to parameters), or null.
const Type* TypeArgument(const TypeParamType* p);

inline const BasicType* AsBasic(const Type* t) {
  return t != nullptr && (t->IsBasic() || t->kind == TypeKind::kInvalid)
             ? static_cast<const BasicType*>(t)
             : nullptr;
}

// Type identity per the spec (names, field tags and embedding, variadic-ness...).
bool Identical(const Type* x, const Type* y);
// Identity that ignores struct tags (conversions between struct types ignore them).
bool IdenticalIgnoreTags(const Type* x, const Type* y);
// go/types-style rendering: "int", "[]string", "map[string]int", "func(int) error",
// "main.T" as "T" for the checked package's own types (gc omits the package).
std::string TypeString(const Type* t);

// Default type of an untyped constant kind: untyped int -> int, rune -> rune (int32)...
const Type* DefaultType(const Type* t);

// ============================================================================
// Objects
// ============================================================================

enum class ObjKind : uint8_t { kVar, kConst, kTypeName, kFunc, kPkgName, kBuiltin, kNil, kLabel };

struct Object {
  ObjKind kind;
  std::string name;
  Pos pos;
  const Type* type = nullptr;
  Package* pkg = nullptr;   // null for universe objects
  Scope* parent = nullptr;  // the scope that declares it (null for fields and methods)
  std::string_view file;    // file name of the declaration (for diagnostics)

  Object(ObjKind k, std::string n, Pos p) : kind(k), name(std::move(n)), pos(p) {}
  virtual ~Object() = default;

  template <class T>
  T* As() {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* As() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
  bool Exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

// How a variable lives: the compiler boxes captured or address-taken locals.
struct Var : Object {
  static constexpr ObjKind kKind = ObjKind::kVar;
  bool is_field = false;
  bool embedded = false;             // embedded struct field
  bool is_param = false;             // parameter, result or receiver
  bool is_global = false;            // package-level variable
  bool used = false;                 // read somewhere (for "declared and not used")
  bool captured = false;             // referenced from a closure other than its owner
  bool address_taken = false;        // &v, or a method call with pointer receiver on v
  const ast::Node* owner = nullptr;  // FuncDecl or FuncLit that declares it (locals)
  int index = -1;                    // field index within its struct
  Var(std::string n, Pos p, const Type* t) : Object(kKind, std::move(n), p) { type = t; }
};

struct Const : Object {
  static constexpr ObjKind kKind = ObjKind::kConst;
  Constant value;
  Const(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
};

struct TypeName : Object {
  static constexpr ObjKind kKind = ObjKind::kTypeName;
  bool is_alias = false;
  TypeName(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
};

// A function or method. Body-less declarations (the standard library's natives) are
// bound by the VM through qualified_name: "strings.Contains", "time.Duration.String".
struct Func : Object {
  static constexpr ObjKind kKind = ObjKind::kFunc;
  ast::FuncDecl* decl = nullptr;  // null for interface methods
  bool is_native = false;
  bool pointer_recv = false;  // method declared on *T
  std::string qualified_name;
  Func(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
  const SignatureType* Sig() const { return static_cast<const SignatureType*>(type); }
};

struct PkgName : Object {
  static constexpr ObjKind kKind = ObjKind::kPkgName;
  Package* imported = nullptr;
  bool used = false;
  PkgName(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
};

enum class BuiltinId : uint8_t {
  kAppend,
  kCap,
  kClear,
  kClose,
  kCopy,
  kDelete,
  kLen,
  kMake,
  kMax,
  kMin,
  kNew,
  kPanic,
  kPrint,
  kPrintln,
  kRecover,
};

struct Builtin : Object {
  static constexpr ObjKind kKind = ObjKind::kBuiltin;
  BuiltinId id;
  Builtin(std::string n, BuiltinId i) : Object(kKind, std::move(n), Pos{}), id(i) {}
};

struct Nil : Object {
  static constexpr ObjKind kKind = ObjKind::kNil;
  Nil() : Object(kKind, "nil", Pos{}) {}
};

struct Label : Object {
  static constexpr ObjKind kKind = ObjKind::kLabel;
  bool used = false;
  Label(std::string n, Pos p) : Object(kKind, std::move(n), p) {}
};

// ============================================================================
// Scopes and packages
// ============================================================================

class Scope {
 public:
  Scope(Scope* parent, std::string_view what) : parent_(parent), what_(what) {}

  // The object declared here under `name`, or nullptr.
  Object* Lookup(std::string_view name) const;
  // Searches this scope and its parents.
  Object* LookupParent(std::string_view name) const;
  // Declares obj; returns the previous object of that name (and declares nothing)
  // when there is one.
  Object* Insert(Object* obj);

  Scope* parent() const { return parent_; }
  std::string_view what() const { return what_; }
  // Declaration order, for deterministic iteration.
  const std::vector<Object*>& objects() const { return objects_; }

 private:
  Scope* parent_;
  std::string_view what_;  // "universe", "package", "file", "func", "block"...
  std::unordered_map<std::string_view, Object*> names_;
  std::vector<Object*> objects_;
};

struct Package {
  std::string path;  // "main", "strings", "sync/atomic"
  std::string name;  // "main", "strings", "atomic"
  Scope* scope = nullptr;
  bool is_stdlib = false;
  bool is_unsupported = false;  // an import already reported; its members are not known
};

// Owns the types, objects and scopes of one check.
class TypeStore {
 public:
  template <class T, class... Args>
  T* NewType(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    types_.push_back(std::move(p));
    return raw;
  }
  template <class T, class... Args>
  T* NewObject(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    objects_.push_back(std::move(p));
    return raw;
  }
  Scope* NewScope(Scope* parent, std::string_view what) {
    scopes_.push_back(std::make_unique<Scope>(parent, what));
    return scopes_.back().get();
  }
  Package* NewPackage() {
    packages_.push_back(std::make_unique<Package>());
    return packages_.back().get();
  }
  const Constant* NewConstant(Constant c) {
    constants_.push_back(std::make_unique<Constant>(std::move(c)));
    return constants_.back().get();
  }

 private:
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> packages_;
  std::vector<std::unique_ptr<Constant>> constants_;
};

}  // namespace chanscope::lang
