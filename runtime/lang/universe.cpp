// universe.cpp — builds the predeclared scope once (see universe.h).
#include "lang/universe.h"

namespace chanscope::lang {

namespace {

struct BasicSpec {
  TypeKind kind;
  std::string_view name;
};

// Untyped kinds are named as gc prints them ("untyped int"); they are not declared.
constexpr BasicSpec kBasics[] = {
    {TypeKind::kInvalid, "invalid type"},
    {TypeKind::kBool, "bool"},
    {TypeKind::kInt, "int"},
    {TypeKind::kInt8, "int8"},
    {TypeKind::kInt16, "int16"},
    {TypeKind::kInt32, "int32"},
    {TypeKind::kInt64, "int64"},
    {TypeKind::kUint, "uint"},
    {TypeKind::kUint8, "uint8"},
    {TypeKind::kUint16, "uint16"},
    {TypeKind::kUint32, "uint32"},
    {TypeKind::kUint64, "uint64"},
    {TypeKind::kUintptr, "uintptr"},
    {TypeKind::kFloat32, "float32"},
    {TypeKind::kFloat64, "float64"},
    {TypeKind::kString, "string"},
    {TypeKind::kUntypedBool, "untyped bool"},
    {TypeKind::kUntypedInt, "untyped int"},
    {TypeKind::kUntypedRune, "untyped rune"},
    {TypeKind::kUntypedFloat, "untyped float"},
    {TypeKind::kUntypedString, "untyped string"},
    {TypeKind::kUntypedNil, "untyped nil"},
};

struct BuiltinSpec {
  std::string_view name;
  BuiltinId id;
};

constexpr BuiltinSpec kBuiltins[] = {
    {"append", BuiltinId::kAppend},   {"cap", BuiltinId::kCap},
    {"clear", BuiltinId::kClear},     {"close", BuiltinId::kClose},
    {"copy", BuiltinId::kCopy},       {"delete", BuiltinId::kDelete},
    {"len", BuiltinId::kLen},         {"make", BuiltinId::kMake},
    {"max", BuiltinId::kMax},         {"min", BuiltinId::kMin},
    {"new", BuiltinId::kNew},         {"panic", BuiltinId::kPanic},
    {"print", BuiltinId::kPrint},     {"println", BuiltinId::kPrintln},
    {"recover", BuiltinId::kRecover},
};

// The universe's storage lives as long as the process.
TypeStore& Store() {
  static TypeStore* store = new TypeStore();
  return *store;
}

TypeName* DeclareType(Universe& u, std::string name, const Type* type) {
  auto* obj = Store().NewObject<TypeName>(std::move(name), Pos{});
  obj->type = type;
  u.scope->Insert(obj);
  return obj;
}

// type error interface { Error() string }
const NamedType* MakeError(Universe& u) {
  auto* named = Store().NewType<NamedType>();
  named->obj = DeclareType(u, "error", named);
  auto* results = Store().NewType<TupleType>();
  results->vars.push_back(Store().NewObject<Var>("", Pos{}, u.basic[int(TypeKind::kString)]));
  auto* sig = Store().NewType<SignatureType>();
  sig->params = Store().NewType<TupleType>();
  sig->results = results;
  auto* method = Store().NewObject<Func>("Error", Pos{});
  method->type = sig;
  auto* iface = Store().NewType<InterfaceType>();
  iface->methods.push_back(method);
  sig->recv = Store().NewObject<Var>("", Pos{}, named);
  iface->Complete();
  named->underlying = iface;
  return named;
}

const NamedType* MakeComparable(Universe& u) {
  auto* named = Store().NewType<NamedType>();
  named->obj = DeclareType(u, "comparable", named);
  auto* iface = Store().NewType<InterfaceType>();
  iface->Complete();
  iface->is_comparable = true;
  named->underlying = iface;
  return named;
}

Object* DeclareConst(Universe& u, std::string name, TypeKind kind, Constant value) {
  auto* c = Store().NewObject<Const>(std::move(name), Pos{});
  c->type = u.basic[int(kind)];
  c->value = std::move(value);
  u.scope->Insert(c);
  return c;
}

Universe* Build() {
  auto* u = new Universe();
  u->scope = Store().NewScope(nullptr, "universe");
  for (const BasicSpec& b : kBasics) {
    auto* t = Store().NewType<BasicType>(b.kind, b.name);
    u->basic[int(b.kind)] = t;
    if (!t->IsUntyped() && b.kind != TypeKind::kInvalid) DeclareType(*u, std::string(b.name), t);
  }
  u->byte_type = Store().NewType<BasicType>(TypeKind::kUint8, "byte");
  u->rune_type = Store().NewType<BasicType>(TypeKind::kInt32, "rune");
  DeclareType(*u, "byte", u->byte_type)->is_alias = true;
  DeclareType(*u, "rune", u->rune_type)->is_alias = true;

  auto* any = Store().NewType<InterfaceType>();
  any->Complete();
  u->any_type = any;
  DeclareType(*u, "any", any)->is_alias = true;
  u->error_type = MakeError(*u);
  u->comparable_type = MakeComparable(*u);

  u->true_obj = DeclareConst(*u, "true", TypeKind::kUntypedBool, Constant::Bool(true));
  u->false_obj = DeclareConst(*u, "false", TypeKind::kUntypedBool, Constant::Bool(false));
  u->iota = DeclareConst(*u, "iota", TypeKind::kUntypedInt, Constant::Int(0));
  auto* nil = Store().NewObject<Nil>();
  nil->type = u->basic[int(TypeKind::kUntypedNil)];
  u->scope->Insert(nil);
  u->nil = nil;

  for (const BuiltinSpec& b : kBuiltins) {
    auto* obj = Store().NewObject<Builtin>(std::string(b.name), b.id);
    obj->type = u->basic[int(TypeKind::kInvalid)];
    u->scope->Insert(obj);
  }
  return u;
}

}  // namespace

const Universe& GetUniverse() {
  static const Universe* universe = Build();
  return *universe;
}

const Type* Typ(TypeKind k) { return GetUniverse().basic[static_cast<int>(k)]; }

}  // namespace chanscope::lang
