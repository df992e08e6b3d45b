// compile.cpp — the compiler: statements and expressions of checked functions to bytecode.
#include "lang/compile.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <unordered_map>
#include <utility>

#include "lang/check.h"
#include "lang/local_scopes.h"
#include "lang/natives.h"
#include "lang/types.h"
#include "lang/universe.h"
#include "lang/vm_map.h"

namespace chanscope::lang {

// Arrays larger than this are not laid out (they would not fit in a frame).
constexpr int64_t kMaxArrayWords = 65535;

int Words(const Type* t) {
  if (!t) return -1;
  if (t->kind == TypeKind::kTuple) {
    int n = 0;
    for (const Var* v : static_cast<const TupleType*>(t)->vars) {
      int w = Words(v->type);
      if (w < 0) return -1;
      n += w;
    }
    return n;
  }
  t = DefaultType(t)->Underlying();
  switch (t->kind) {
    case TypeKind::kBool:
    case TypeKind::kInt: case TypeKind::kInt8: case TypeKind::kInt16: case TypeKind::kInt32:
    case TypeKind::kInt64: case TypeKind::kUint: case TypeKind::kUint8: case TypeKind::kUint16:
    case TypeKind::kUint32: case TypeKind::kUint64: case TypeKind::kUintptr:
    case TypeKind::kFloat32: case TypeKind::kFloat64:
    case TypeKind::kChan:
    case TypeKind::kMap:
    case TypeKind::kPointer:
    case TypeKind::kSignature:
    case TypeKind::kUntypedNil:
      return 1;
    case TypeKind::kStruct: {
      int n = 0;
      for (const Var* f : static_cast<const StructType*>(t)->fields) {
        int w = Words(f->type);
        if (w < 0) return -1;
        n += w;
      }
      return n;
    }
    case TypeKind::kString:
      return 2;
    case TypeKind::kArray: {
      // Inline, like a struct: N elements one after the other (frames address 16 bits).
      const ArrayType* a = static_cast<const ArrayType*>(t);
      int w = Words(a->elem);
      if (w < 0 || a->length * w > kMaxArrayWords) return -1;
      return static_cast<int>(a->length) * w;
    }
    case TypeKind::kSlice: {
      // The element must have a layout too; a type like `type T []T` is its own element.
      thread_local int depth = 0;
      if (depth > 32) return 3;
      depth++;
      int elem = Words(static_cast<const SliceType*>(t)->elem);
      depth--;
      return elem < 0 ? -1 : 3;
    }
    case TypeKind::kInterface:
      return 2;  // type index + 1 (0: nil), then the value's word or its box
    default:
      return -1;
  }
}

namespace {

using ast::Expr;
using ast::Stmt;

// The kWrap operand that brings an int64 result back into t's range (0: none needed).
int16_t WrapBitsFor(const Type* t) {
  const Type* u = DefaultType(t)->Underlying();
  if (!IsInteger(u)) return 0;
  int bits = BasicBits(u->kind);
  if (bits >= 64) return 0;
  return static_cast<int16_t>(IsUnsigned(u) ? bits : -bits);
}

// Whether == on values of t is == on their words (no strings, floats or interfaces inside).
bool PlainWords(const Type* t) {
  const Type* u = DefaultType(t)->Underlying();
  if (IsInterface(u) || IsFloat(u) || IsString(u)) return false;
  if (u->kind == TypeKind::kArray) return PlainWords(static_cast<const ArrayType*>(u)->elem);
  if (u->kind == TypeKind::kStruct) {
    for (const Var* f : static_cast<const StructType*>(u)->fields)
      if (f->name == "_" || !PlainWords(f->type)) return false;
  }
  return true;
}

// A function the compiler writes itself, around a method or a native: method values
// (x.M binds the receiver in a cell), method expressions (T.M, (*T).M, I.M), promoted
// methods in a type's method set, natives used as function values.
struct Wrapper {
  enum Kind : uint8_t {
    kBound,      // x.M: the receiver, ready for M, in the closure's first cell
    kBoundIface, // i.M: the interface value in the closure's first cell
    kFromParam,  // the receiver (of type `outer`, along `path`) is the first parameter
    kIfaceParam, // I.M: the interface value is the first parameter
    kNative,     // a native function as a value
  } kind;
  const Func* method = nullptr;     // the method (or native) called
  const Type* outer = nullptr;      // kFromParam: the parameter's type
  std::vector<int> path;            // kFromParam: embedded fields from outer to the method's holder
  std::string name;                 // as stack traces show it
  bool holder_is_interface = false; // kFromParam: the path ends at an embedded interface
};

// The body of `for x := range f` (f an iterator function) compiled as the yield function
// f calls: it returns true to go on; break and return inside it return false after
// leaving the reason (and return's values) in cells the enclosing function reads.
struct RangeBody {
  enum State : int { kRunning = 0, kBroke = 1, kReturned = 2, kBareReturn = 3 };
  const ast::RangeStmt* stmt = nullptr;
  Var* state = nullptr;                   // a State, in a cell both functions share
  std::vector<Var*> results;              // return's values, for the enclosing function
  const SignatureType* func_sig = nullptr;  // the signature those results belong to
  std::vector<std::pair<Var*, const Expr*>> assigned;  // for k = range f: parameter, target
  std::string_view label;  // the loop's own label, if any
  // break L / continue L inside the body to statements outside the loop: state
  // kFirstExit + i stands for exits[i] (the label, and whether it continues).
  static constexpr int kFirstExit = 4;
  std::vector<std::pair<std::string_view, bool>> exits;
  int ExitState(std::string_view label, bool is_continue) const {
    for (size_t i = 0; i < exits.size(); i++)
      if (exits[i].first == label && exits[i].second == is_continue) return kFirstExit + static_cast<int>(i);
    return -1;
  }
};

class Compiler;

// Compiles one function body into a Function.
class FuncCompiler {
 public:
  FuncCompiler(Compiler& c, Function& fn, const FunctionInfo& info, const ast::BlockStmt* body)
      : c_(c), fn_(fn), info_(info), body_(body) {}
  void Compile();
  void CompileWrapper(const Wrapper& w);
  void set_range_body(const RangeBody* rb) { range_body_ = rb; }
  // The goroutine-1 entry: package variables in initialisation order, init functions,
  // then main.main.
  // runtime.main: initialise every package's variables, run main's init functions, call main.
  void CompileEntry(const Info& info, const std::vector<uint32_t>& inits, uint32_t main);
  void CompileVarInits(const CheckedPackage& pkg);

 private:
  struct Loop {
    std::vector<uint32_t> breaks;
    std::vector<uint32_t> continues;
    bool is_loop;  // false for switch/select: break only
    std::string_view label = {};  // the label of a labeled statement, if any
  };
  std::string_view pending_label_;  // set by a LabeledStmt for the statement it labels

  // ---- slots ----
  uint16_t Alloc(int words) {
    uint16_t s = top_;
    if (top_ + words > 65535) {
      frame_overflow_ = true;  // reported once the function is done (see Compile)
      return 0;
    }
    top_ = static_cast<uint16_t>(top_ + words);
    if (top_ > max_) max_ = top_;
    return s;
  }
  uint16_t SlotOf(const Var* v, Pos at);
  uint16_t Declare(const Var* v);
  // Escaping variables (captured by a closure or address taken) live in a heap cell;
  // their slot holds the cell's address.
  static bool Boxed(const Var* v) { return !v->is_global && (v->captured || v->address_taken); }
  // The variable a plain or package-qualified name denotes (`x`, `os.Args`), or null.
  static const Var* NamedVar(const Expr* e);
  void LoadVar(const Var* v, uint16_t dest, Pos at);
  void NewCell(const Var* v, Pos at) {
    Emit(Op::kNewCell, at, slots_[v], static_cast<uint16_t>(std::max(1, Words(v->type))));
  }
  uint16_t EvalClosure(const ast::FuncLit* lit);
  uint16_t EvalReceiverPointer(const Expr* x);
  void SettleTupleResults(const ast::CallExpr* call, uint16_t entry, uint16_t base);

  // ---- emitting ----
  uint32_t Emit(Op op, Pos at, uint16_t a = 0, uint16_t b = 0, uint16_t c = 0, uint8_t x = 0) {
    return fn_.Emit(Instr{op, x, a, b, c}, at.line);
  }
  uint32_t EmitJump(Op op, Pos at, uint16_t a = 0) { return fn_.Emit(Instr::Jump(op, a, 0), at.line); }
  void Patch(uint32_t at, uint32_t target) {
    Instr& in = fn_.code[at];
    in = Instr::Jump(in.op, in.a, target);
  }
  uint32_t Here() const { return static_cast<uint32_t>(fn_.code.size()); }
  void LoadInt(uint16_t dest, int64_t v, Pos at);
  void Move(uint16_t dest, uint16_t src, int words, Pos at);

  // ---- expressions ----
  // Evaluates e into dest (Words(e->type) words).
  void Eval(const Expr* e, uint16_t dest);
  // The slot holding e's value: a variable's own slot, or a new temporary.
  uint16_t EvalAny(const Expr* e);
  // An operand of an operator of type t: like EvalAny, untyped constants converted to t.
  uint16_t EvalOperand(const Expr* e, const Type* t);
  // Whether evaluating e may call a function or receive (so that evaluation order shows).
  static bool MayHaveEffects(const Expr* e);
  void EvalConstant(const Expr* e, const Type* t, uint16_t dest);
  void EvalBinary(const ast::BinaryExpr* b, uint16_t dest);
  bool EvalWithImmediate(const ast::BinaryExpr* b, uint16_t dest);
  void EvalEquality(const ast::BinaryExpr* b, uint16_t dest);  // x == y
  void EvalArith(Tok op, const Type* t, uint16_t dest, uint16_t x, uint16_t y, Pos at);
  void EvalCall(const ast::CallExpr* call, uint16_t dest, bool want_value);
  bool EvalBuiltin(const ast::CallExpr* call, const Builtin* b, uint16_t dest);
  void EvalConversion(const ast::CallExpr* call, uint16_t dest);  // T(x)
  // The array a slice converts to: [N]T or *[N]T (Go 1.17 and 1.20), else null.
  static const ArrayType* SliceTarget(const Type* to) {
    if (to->kind == TypeKind::kPointer) return AsArray(static_cast<const PointerType*>(to)->elem);
    return AsArray(to);
  }
  void EvalMinMax(const ast::CallExpr* call, bool min, uint16_t dest);
  // A slice's slot, or a string's bytes as a new []byte (copy and append take either).
  uint16_t ElementsOf(const Expr* e);
  static bool IsTypeExpr(const Expr* e);
  // Whether calling fun calls a function value (not a method or a package function).
  bool IsFuncValue(const Expr* fun) const;
  // x.M or T.M: a selector naming a method.
  bool IsMethodSelector(const Expr* fun) const;
  // The instance a generic function's name stands for here (F[int], or F inferred), or -1.
  int64_t GenericInstance(const ast::Ident* id);
  bool EvalPackageCall(const ast::CallExpr* call, const Func* f);
  // Receiver pointer and arguments of a native call in consecutive slots: (native, base).
  std::pair<uint16_t, uint16_t> NativeArgs(const ast::CallExpr* call, const Func* f);
  void Defer(const ast::DeferStmt* s);
  // Evaluates e converted to type t (constants take t; others are already of it).
  void EvalAs(const Expr* e, const Type* t, uint16_t dest) {
    if (t && e->type && e->type->kind == TypeKind::kUntypedNil) {
      // nil of a slice or interface type: every word zero.
      for (int k = 0; k < std::max(1, Words(t)); k++) LoadInt(static_cast<uint16_t>(dest + k), 0, e->pos);
      return;
    }
    if (t && IsInterface(t) && e->type && !IsInterface(e->type)) return EvalToInterface(e, dest);
    if (e->constant) {
      EvalConstant(e, t, dest);
    } else {
      Eval(e, dest);
    }
  }
  // A concrete value converted to an interface: (type index + 1, word or box).
  void EvalToInterface(const Expr* e, uint16_t dest);
  static const Type* ElemOf(const Type* t) {
    const Type* u = t->Underlying();
    return u->kind == TypeKind::kSlice ? static_cast<const SliceType*>(u)->elem : nullptr;
  }
  static uint8_t ElemWords(const Type* slice) {
    return static_cast<uint8_t>(std::max(1, Words(ElemOf(slice))));
  }
  void EvalIndex(const ast::IndexExpr* ix, uint16_t dest);
  // x.(T) into dest; with_ok adds the ok word after the value instead of panicking.
  void EvalAssert(const Expr* x, const Type* target, uint16_t dest, bool with_ok, Pos at);
  void TypeSwitch(const ast::TypeSwitchStmt* s);
  // Defines v (a new variable, in a new cell if it escapes) with the value at src.
  void BindVar(const Var* v, uint16_t src, Pos at) {
    int w = std::max(0, Words(v->type));
    if (!Boxed(v)) return Move(slots_[v], src, w, at);
    NewCell(v, at);
    Emit(Op::kStoreInd, at, slots_[v], src, static_cast<uint16_t>(w));
  }
  static const MapType* AsMap(const Type* t) {
    const Type* u = t->Underlying();
    return u->kind == TypeKind::kMap ? static_cast<const MapType*>(u) : nullptr;
  }
  // m[k] into dest (value words, then ok).
  void EvalMapIndex(const ast::IndexExpr* ix, uint16_t dest);
  void MakeMap(const Type* t, uint16_t dest, Pos at) {
    const MapType* m = AsMap(t);
    VmMap::KeyKind kind = IsString(m->key->Underlying())      ? VmMap::KeyKind::kString
                          : IsInterface(m->key->Underlying()) ? VmMap::KeyKind::kInterface
                                                              : VmMap::KeyKind::kWords;
    Emit(Op::kMakeMap, at, dest, static_cast<uint16_t>(std::max(1, Words(m->key))),
         static_cast<uint16_t>(std::max(0, Words(m->elem))), static_cast<uint8_t>(kind));
    if (kind == VmMap::KeyKind::kWords && !PlainWords(m->key)) MapKeyType(m->key, dest, at);
  }
  void MapKeyType(const Type* key, uint16_t map, Pos at);
  // ---- places: where an addressable value (or a temporary copy) lives ----
  struct Place {
    bool pointer = false;  // the words behind the address held in `slot`; else frame slots
    uint16_t slot = 0;     // the first frame slot, or the slot holding the address
    int offset = 0;        // a constant word offset from there
    int dyn = -1;          // frame places: a slot holding a further word offset (an index)
  };
  // The place of e: variables, *p, fields and array/slice elements in their storage;
  // any other value is evaluated into temporaries.
  Place PlaceOf(const Expr* e);
  // Along a selection's embedded fields from a value of type t at p (pointers on the way
  // are followed); *t becomes the type reached.
  Place FieldPlace(Place p, const Type** t, std::span<const int> path, Pos at);
  // p moved by the word offset held in slot `words`.
  Place OffsetPlace(Place p, uint16_t words, Pos at);
  void LoadPlace(const Place& p, uint16_t dest, int words, Pos at);
  void StorePlace(const Place& p, uint16_t src, int words, Pos at);
  // A slot holding the place's address (places in frames have none: such variables are
  // in cells because the checker marked their address taken).
  uint16_t AddressOf(const Place& p, Pos at);
  static const ArrayType* AsArray(const Type* t) {
    const Type* u = t->Underlying();
    return u->kind == TypeKind::kArray ? static_cast<const ArrayType*>(u) : nullptr;
  }
  // Code for x == y on values of type t at slots x and y (dest: the bool).
  void EmitEqual(const Type* t, uint16_t x, uint16_t y, uint16_t dest, Pos at);
  void EvalSelector(const ast::SelectorExpr* sel, uint16_t dest);
  // The type along path from t (x's type) that has the method: T or *T.
  static const Type* HolderType(const Type* t, std::span<const int> path) {
    for (int index : path) {
      const Type* u = t->Underlying();
      if (u->kind == TypeKind::kPointer) u = static_cast<const PointerType*>(u)->elem->Underlying();
      t = static_cast<const StructType*>(u)->fields[index]->type;
    }
    return t;
  }
  // The receiver type method m is called with on holder: *T for pointer methods, else T as
  // the holder has it (an instance's type arguments, not the method's own parameters).
  static const Type* ConcreteReceiver(const Func* m, const Type* holder) {
    const Type* declared = m->Sig()->recv->type;
    if (declared->kind == TypeKind::kPointer) return declared;
    return holder->kind == TypeKind::kPointer ? static_cast<const PointerType*>(holder)->elem : holder;
  }
  // The receiver a method of recv_type expects, from x along the embedded fields of path.
  void EvalReceiver(const Expr* x, std::span<const int> path, const Type* recv_type, uint16_t dest, Pos at);
  // The same from the value at p of type holder (the embedded field that has the method).
  void ReceiverFrom(const Place& p, const Type* holder, const Type* recv_type, uint16_t dest, Pos at);
  // x.M, T.M, pkg.F and pkg.V used as values (not called).
  void EvalMethodValue(const ast::SelectorExpr* sel, const Selection& m, uint16_t dest);
  void EvalMethodCall(const ast::CallExpr* call, const ast::SelectorExpr* sel, const Selection& m,
                      uint16_t dest, bool want_value);
  void EvalSlice(const ast::SliceExpr* se, uint16_t dest);
  void EvalCompositeLit(const ast::CompositeLit* lit, uint16_t dest);
  void EvalCompositeLitOf(const ast::CompositeLit* lit, const Type* type, uint16_t dest);
  // Calls fn(value, index) for each element of an array or slice literal (keys set the index).
  template <typename Fn>
  void ForEachElement(const ast::CompositeLit* lit, Fn fn);
  void EvalPrint(std::span<Expr* const> args, uint8_t stream, bool spaces, bool newline, Pos at);
  // Arguments of a call to `sig` evaluated into consecutive slots; returns the first.
  uint16_t EvalArgs(const ast::CallExpr* call);
  // f(g()): g's results become f's arguments (converted, and packed for ...T).
  uint16_t ForwardResults(const ast::CallExpr* inner, const SignatureType* sig, uint16_t at);
  // The value of type `from` at src, as type `to` (an interface conversion or a copy).
  void Convert(uint16_t src, const Type* from, const Type* to, uint16_t dest, Pos pos);
  // The arguments (variadic ones packed into a slice) from slot `at`; returns the slot after.
  uint16_t EvalArgsInto(const ast::CallExpr* call, const SignatureType* sig, uint16_t at);

  // ---- statements ----
  void Block(std::span<Stmt* const> list);
  void Statement(const Stmt* s);
  void Assign(const ast::AssignStmt* s);
  // A comma-ok form (<-ch, x.(T), m[k]) evaluated into a new temporary: its slot and the
  // value's words (ok follows them); nothing for any other expression.
  std::optional<std::pair<uint16_t, int>> EvalCommaOk(const Expr* e);
  void Store(const Expr* lhs, uint16_t src, bool define);
  void If(const ast::IfStmt* s);
  // A loop's body after its test at `top` (exit: the test's jump out, or UINT32_MAX):
  // `step` emits the advance that continue reaches (an empty one sends continue to top).
  template <typename Step>
  void LoopBody(const ast::BlockStmt* body, Pos pos, uint32_t top, uint32_t exit, Step step) {
    loops_.push_back(Loop{{}, {}, true, std::exchange(pending_label_, {})});
    Block(body->list);
    Loop loop = std::move(loops_.back());
    loops_.pop_back();
    uint32_t advance = Here();
    step();
    bool stepped = Here() != advance;
    for (uint32_t j : loop.continues) Patch(j, stepped ? advance : top);
    fn_.Emit(Instr::Jump(Op::kJump, 0, top), pos.line);
    if (exit != UINT32_MAX) Patch(exit, Here());
    for (uint32_t j : loop.breaks) Patch(j, Here());
  }
  void For(const ast::ForStmt* s);
  void Range(const ast::RangeStmt* s);
  void RangeFunc(const ast::RangeStmt* s, const SignatureType* iter);
  // Variables of this function a range-over-func body uses: they move to cells.
  static std::vector<Var*> RangeBodyCaptures(const ast::RangeStmt* s);
  void MarkRangeCaptures();
  // return with these values (slots of the result types): from a range-over-func body
  // through its cells, else through named results or directly.
  void EmitReturn(const std::vector<uint16_t>& values, Pos at);
  // A range-over-func body ends this iteration: true goes on, false stops the iterator.
  void YieldReturn(bool go_on, Pos at);
  void SetRangeState(int state, Pos at);
  void Switch(const ast::SwitchStmt* s);
  void Select(const ast::SelectStmt* s);
  void Return(const ast::ReturnStmt* s);
  void ZeroVar(const Var* v, Pos at);
  // Gives every local variable of the body its own slots, below all temporaries.
  void DeclareLocals();
  // Debug info: every named local's slot and type, for the goroutine inspector.
  void RecordLocals();

  void Unsupported(Pos at, std::string what);

  Compiler& c_;
  Function& fn_;
  const FunctionInfo& info_;
  const ast::BlockStmt* body_;
  int literals_ = 0;
  int range_bodies_ = 0;  // range-over-func bodies numbered in source order: main.f-range1, ...
  uint16_t native_result_ = UINT16_MAX;  // where the last native call left its result
  uint16_t native_arg_words_ = 0;        // argument words of the last NativeArgs  // function literals numbered in source order: main.f.func1, ...
  std::unordered_map<const Var*, uint16_t> slots_;
  std::vector<const Var*> named_results_;
  std::vector<uint32_t> to_epilogue_;  // returns that jump to the named-results epilogue
  uint16_t top_ = 0;
  uint16_t max_ = 0;
  std::vector<Loop> loops_;
  const RangeBody* range_body_ = nullptr;  // set when this function is a range-over-func body
  bool frame_overflow_ = false;  // slots are 16 bits: a frame of more words cannot be addressed
  // Set while a multiple assignment computes its places: a pointer read now must be kept
  // (p, p.x = q, 1 stores through the old p).
  bool hold_pointers_ = false;
};

class Compiler {
 public:
  Compiler(const ast::File& file, const Info& info) : file_(file), info_(info) {}

  CompileResult Run() {
    auto program = std::make_unique<Program>();
    prog_ = program.get();
    // Number the functions first: calls may refer to functions declared later.
    std::vector<const ast::FuncDecl*> decls;
    for (const auto& pkg : info_.packages) AllocateGlobals(*pkg->file);
    for (const ast::Decl* d : file_.decls) {
      const ast::FuncDecl* fd = d->As<ast::FuncDecl>();
      if (!fd) continue;
      const Func* f = fd->name->obj ? fd->name->obj->As<Func>() : nullptr;
      // Generic functions and methods of generic types: one copy per instance, on use.
      if (fd->func_type->type_params || (f && IsGenericMethod(f))) continue;
      if (!fd->body) continue;
      if (fd->name->name == "init" && !fd->recv) {
        init_indices_.push_back(static_cast<uint32_t>(decls.size()));  // run before main
      } else if (f) {
        func_index_[f] = static_cast<uint32_t>(decls.size());
      } else {
        continue;
      }
      decls.push_back(fd);
    }
    next_index_ = static_cast<uint32_t>(decls.size());
    prog_->functions.resize(decls.size());
    prog_->string_type = TypeIndex(Typ(TypeKind::kString));
    bool have_main = false;
    uint32_t main_decl = 0;
    for (size_t i = 0; i < decls.size(); i++) {
      const ast::FuncDecl* fd = decls[i];
      Function& fn = prog_->functions[i];
      fn.name = "main." + std::string(fd->name->name);
      if (fd->recv) {
        // Go names methods main.T.M and main.(*T).M in stack traces.
        const Func* m = fd->name->obj->As<Func>();
        const Type* rt = m->Sig()->recv->type;
        bool ptr = rt->kind == TypeKind::kPointer;
        if (ptr) rt = static_cast<const PointerType*>(rt)->elem;
        std::string tn = TypeString(rt);
        fn.name = ptr ? "main.(*" + tn + ")." + std::string(fd->name->name)
                      : "main." + tn + "." + std::string(fd->name->name);
      }
      fn.file = file_.name;
      if (fd->name->name == "main" && !fd->recv) {
        main_decl = static_cast<uint32_t>(i);
        have_main = true;
      }
      FuncCompiler(*this, fn, *InfoOf(fd), fd->body).Compile();
      CompilePendingLiterals();
    }
    if (!have_main && diags_.empty()) {
      diags_.push_back({file_.name, 1, 1, "function main is undeclared in the main package"});
    }
    if (have_main) {
      // The entry of goroutine 1 (hidden in stack traces, like Go's runtime.main).
      uint32_t entry = next_index_++;
      prog_->functions.resize(next_index_);
      Function& fn = prog_->functions[entry];
      fn.name = "runtime.main";
      fn.file = file_.name;
      FunctionInfo* main_info = info_.function_of.at(decls[main_decl]);
      FuncCompiler(*this, fn, *main_info, decls[main_decl]->body)
          .CompileEntry(info_, init_indices_, main_decl);
      CompilePendingLiterals();
      prog_->main_index = entry;
    }
    CompileResult r;
    r.diagnostics = std::move(diags_);
    if (r.diagnostics.empty()) r.program = std::move(program);
    return r;
  }

  // Package-level variables of every package get their words in the globals area.
  void AllocateGlobals(const ast::File& file) {
    for (const ast::Decl* d : file.decls) {
      const ast::GenDecl* g = d->As<ast::GenDecl>();
      if (!g || g->tok != Tok::kVar) continue;
      for (const ast::Spec* sp : g->specs)
        for (const ast::Ident* name : sp->Cast<ast::ValueSpec>()->names)
          if (const Var* v = name->obj ? name->obj->As<Var>() : nullptr) {
            global_offset_[v] = prog_->global_words;
            prog_->global_words += static_cast<uint32_t>(std::max(1, Words(v->type)));
          }
    }
  }
  uint16_t GlobalOffset(const Var* v, Pos at) {
    auto it = global_offset_.find(v);
    if (it != global_offset_.end() && it->second < 65536) return static_cast<uint16_t>(it->second);
    Unsupported(at, "more than 65,536 words of package-level variables");
    return 0;
  }
  // The index of a function with a body, or -1. Standard library functions written in
  // Go are compiled on first use (most of the library is never called).
  int64_t FunctionIndex(const Object* o) {
    const Func* f = o ? o->As<Func>() : nullptr;
    if (!f) return -1;
    auto it = func_index_.find(f);
    if (it != func_index_.end()) return static_cast<int64_t>(it->second);
    const ast::FuncDecl* decl = f->decl;
    if (!decl || !decl->body || !f->pkg || f->pkg->name == "main" || decl->func_type->type_params) {
      return -1;
    }
    if (IsGenericMethod(f)) return -1;  // see MethodIndex
    auto fi = info_.function_of.find(decl);
    if (fi == info_.function_of.end()) return -1;
    uint32_t index = next_index_++;
    func_index_[f] = index;
    pending_.push_back({decl, decl->body, f->qualified_name, index, true});
    return index;
  }
  // ---- generics: one compiled copy per instance ----
  static bool IsGenericMethod(const Func* m) {
    const SignatureType* sig = m->Sig();
    if (!sig || !sig->recv) return false;
    const Type* r = sig->recv->type;
    if (r->kind == TypeKind::kPointer) r = static_cast<const PointerType*>(r)->elem;
    const NamedType* n = r->As<NamedType>();
    return n && (!n->type_args.empty() || !n->origin->type_params.empty());
  }
  // The copy of generic f for these type arguments (while an instance is being written,
  // arguments may name its own type parameters: the copy resolves them through it).
  int64_t InstanceIndex(const Func* f, const std::vector<const TypeParamType*>& params,
                        const std::vector<const Type*>& args) {
    const ast::FuncDecl* decl = f->decl;
    if (!decl || !decl->body || params.size() != args.size()) return -1;
    auto fi = info_.function_of.find(decl);
    if (fi == info_.function_of.end()) return -1;
    std::string key = std::to_string(reinterpret_cast<uintptr_t>(f)) + "[";
    for (const Type* a : args) key += RuntimeName(a) + ",";
    auto it = instance_index_.find(key);
    if (it != instance_index_.end()) return it->second;
    auto map = std::make_shared<TypeArgMap>();
    for (size_t i = 0; i < params.size(); i++) map->push_back({params[i], args[i]});
    if (targs_) map->insert(map->end(), targs_->begin(), targs_->end());
    uint32_t index = next_index_++;
    instance_index_[key] = index;
    std::string name = (f->pkg ? f->pkg->name + "." : "") + f->name + "[...]";
    if (f->Sig()->recv) name = MethodDisplayName(f);
    pending_.push_back({decl, decl->body, std::move(name), index, f->pkg && f->pkg->name != "main",
                        nullptr, nullptr, nullptr, map});
    return index;
  }
  // The method m of `holder` (T or *T, T perhaps an instance of a generic type).
  int64_t MethodIndex(const Func* m, const Type* holder) {
    if (m->is_native) return NativeMethodIndex(m);
    if (!IsGenericMethod(m)) return FunctionIndex(m);
    if (holder->kind == TypeKind::kTypeParam) {
      if (const Type* a = TypeArgument(static_cast<const TypeParamType*>(holder))) holder = a;
    }
    if (holder->kind == TypeKind::kPointer) holder = static_cast<const PointerType*>(holder)->elem;
    const NamedType* inst = holder->As<NamedType>();
    const Type* r = m->Sig()->recv->type;
    if (r->kind == TypeKind::kPointer) r = static_cast<const PointerType*>(r)->elem;
    const NamedType* own = r->As<NamedType>();  // T[P1, P2] with the method's own parameters
    if (!inst || !own || inst->type_args.size() != own->type_args.size()) return -1;
    std::vector<const TypeParamType*> params;
    for (const Type* a : own->type_args) {
      if (a->kind != TypeKind::kTypeParam) return -1;
      params.push_back(static_cast<const TypeParamType*>(a));
    }
    return InstanceIndex(m, params, inst->type_args);
  }
  const FunctionInfo* InfoOf(const ast::Node* n) const { return info_.function_of.at(n); }
  // interface{}: the type a panic's value takes.
  const Type* AnyType() {
    if (!any_) {
      any_ = owned_types_.NewType<InterfaceType>();
    }
    return any_;
  }

  // The run-time descriptor of t (registered on first use), or -1 without a layout.
  int32_t TypeIndex(const Type* t) {
    if (!t || t->kind == TypeKind::kTuple) return -1;
    t = DefaultType(t);
    if (t->kind == TypeKind::kTypeParam) {
      if (const Type* a = TypeArgument(static_cast<const TypeParamType*>(t))) t = a;
    }
    std::string name = RuntimeName(t);
    auto it = type_index_.find(name);
    if (it != type_index_.end()) return it->second;
    int words = Words(t);
    if (words < 0) return -1;
    int32_t index = static_cast<int32_t>(prog_->types.size());
    type_index_[name] = index;
    prog_->types.emplace_back();
    TypeDesc d;
    d.name = name;
    d.words = static_cast<uint16_t>(words);
    const Type* u = t->Underlying();
    if (IsBoolean(u)) {
      d.kind = TypeDesc::kBool;
    } else if (IsFloat(u)) {
      d.kind = TypeDesc::kFloat;
      d.bits = static_cast<uint8_t>(BasicBits(u->kind));
    } else if (IsInteger(u)) {
      d.kind = IsUnsigned(u) ? TypeDesc::kUint : TypeDesc::kInt;
      d.bits = static_cast<uint8_t>(BasicBits(u->kind));
    } else if (IsString(u)) {
      d.kind = TypeDesc::kString;
    } else if (u->kind == TypeKind::kSlice) {
      d.kind = TypeDesc::kSlice;
      d.elem = TypeIndex(static_cast<const SliceType*>(u)->elem);
    } else if (u->kind == TypeKind::kArray) {
      d.kind = TypeDesc::kArray;
      d.elem = TypeIndex(static_cast<const ArrayType*>(u)->elem);
      d.length = static_cast<const ArrayType*>(u)->length;
    } else if (u->kind == TypeKind::kPointer) {
      d.kind = TypeDesc::kPointer;
      d.elem = TypeIndex(static_cast<const PointerType*>(u)->elem);
    } else if (u->kind == TypeKind::kStruct) {
      d.kind = TypeDesc::kStruct;
      uint16_t off = 0;
      for (const Var* f : static_cast<const StructType*>(u)->fields) {
        d.fields.push_back({f->name, TypeIndex(f->type), off});
        off = static_cast<uint16_t>(off + std::max(0, Words(f->type)));
      }
    } else if (u->kind == TypeKind::kMap) {
      d.kind = TypeDesc::kMap;
      d.key = TypeIndex(static_cast<const MapType*>(u)->key);
      d.elem = TypeIndex(static_cast<const MapType*>(u)->elem);
    } else if (u->kind == TypeKind::kChan) {
      d.kind = TypeDesc::kChan;
    } else if (u->kind == TypeKind::kSignature) {
      d.kind = TypeDesc::kFunc;
    } else {
      d.kind = TypeDesc::kInterface;
      const InterfaceType* it = static_cast<const InterfaceType*>(u);
      it->Complete();
      for (const Func* m : it->all_methods) d.interface_methods.push_back(MethodKey(m));
      if (it->all_methods.empty() && !t->As<NamedType>()) d.name = "interface {}";
    }
    prog_->types[index] = std::move(d);
    AddMethods(t, index);
    return index;
  }
  const Info& info() const { return info_; }
  // Reserves the index of a function literal, compiled once the current function is done
  // (so that no Function moves while it is being written).
  uint32_t AddLiteral(const ast::FuncLit* lit, std::string name) {
    pending_.push_back({lit, lit->body, std::move(name), next_index_, false, nullptr, nullptr, nullptr, targs_});
    return next_index_++;
  }
  // A range-over-func body as a function of its own (compiled like a literal).
  uint32_t AddRangeBody(const FunctionInfo* info, const RangeBody* rb, std::string name) {
    pending_.push_back({rb->stmt, rb->stmt->body, std::move(name), next_index_, false, nullptr, info, rb, targs_});
    return next_index_++;
  }
  Var* NewVar(std::string name, Pos at, const Type* t) { return &synthetic_vars_.emplace_back(std::move(name), at, t); }
  FunctionInfo* NewInfo() { return &synthetic_infos_.emplace_back(); }
  RangeBody* NewRangeBody() { return &range_bodies_.emplace_back(); }
  void Unsupported(Pos at, std::string what) {
    diags_.push_back({file_.name, at.line, at.col, "chanscope: unsupported: " + what});
  }
  Program& program() { return *prog_; }
  // The index of the wrapper function w describes (written once, after the current function).
  uint32_t WrapperIndex(Wrapper w) {
    std::string key = std::to_string(w.kind) + "/" + std::to_string(reinterpret_cast<uintptr_t>(w.method)) + "/" +
                      std::to_string(reinterpret_cast<uintptr_t>(w.outer));
    for (int i : w.path) key += "." + std::to_string(i);
    auto it = wrapper_index_.find(key);
    if (it != wrapper_index_.end()) return it->second;
    uint32_t index = next_index_++;
    wrapper_index_[key] = index;
    std::string name = w.name;
    pending_.push_back({nullptr, nullptr, std::move(name), index, false, std::make_shared<Wrapper>(std::move(w))});
    return index;
  }
  // How Go names a method in stack traces: main.T.M, main.(*T).M.
  static std::string MethodDisplayName(const Func* m) {
    const Type* rt = m->Sig()->recv ? m->Sig()->recv->type : nullptr;
    if (!rt) return m->name;
    bool ptr = rt->kind == TypeKind::kPointer;
    if (ptr) rt = static_cast<const PointerType*>(rt)->elem;
    std::string pkg = m->pkg ? m->pkg->name + "." : "";
    std::string tn = TypeString(rt);
    return pkg + (ptr ? "(*" + tn + ")" : tn) + "." + m->name;
  }

 private:
  struct PendingLiteral {
    const ast::Node* node;  // a FuncLit, or a standard library FuncDecl
    const ast::BlockStmt* body;
    std::string name;
    uint32_t index;
    bool library;  // what it cannot compile becomes a panic when called, not an error
    std::shared_ptr<Wrapper> wrapper = nullptr;  // set for a function the compiler writes
    const FunctionInfo* info = nullptr;          // range-over-func bodies: their own info
    const RangeBody* range = nullptr;
    std::shared_ptr<const TypeArgMap> targs = nullptr;  // instances of generics: the type arguments
  };

  // The file a function's code is in: the program's, or the standard library package's
  // (as Go's stack traces name $GOROOT/src/sync/cond.go).
  std::string FileOf(const FunctionInfo& fi) const {
    const FunctionInfo* top = &fi;
    while (top->outer) top = top->outer;
    const Package* pkg = top->obj ? top->obj->pkg : nullptr;
    for (const auto& cp : info_.packages)
      if (cp->pkg == pkg && cp.get() != info_.MainPackage()) return "chanscope/stdlib/" + cp->file->name;
    return file_.name;
  }

  void CompilePendingLiterals() {
    for (;;) {
      prog_->functions.resize(next_index_);
      for (auto [m, index] : native_wrappers_) WriteNativeWrapper(m, prog_->functions[index]);
      native_wrappers_.clear();
      if (pending_.empty()) break;
      PendingLiteral p = pending_.front();
      pending_.erase(pending_.begin());
      prog_->functions.resize(next_index_);
      Function& fn = prog_->functions[p.index];
      fn.name = p.name;
      fn.file = file_.name;
      size_t errors = diags_.size();
      if (p.wrapper) {
        static const FunctionInfo kNoInfo;
        FuncCompiler(*this, fn, kNoInfo, nullptr).CompileWrapper(*p.wrapper);
        continue;
      }
      const FunctionInfo& info = p.info ? *p.info : *InfoOf(p.node);
      fn.file = FileOf(info);
      fn.library = fn.file != file_.name;
      FuncCompiler fc(*this, fn, info, p.body);
      if (p.range) fc.set_range_body(p.range);
      targs_ = p.targs;
      SetTypeArguments(targs_.get());
      fc.Compile();
      targs_ = nullptr;
      SetTypeArguments(nullptr);
      if (p.library && diags_.size() > errors) {
        // Library code beyond the interpreter so far: calling it panics with the reason.
        std::string reason = p.name + ": " + diags_[errors].message;
        diags_.resize(errors);
        Function stub;
        stub.name = fn.name;
        stub.file = fn.file;
        stub.param_words = fn.param_words;
        stub.result_words = fn.result_words;
        stub.recv_words = fn.recv_words;
        stub.frame_words = std::max<uint16_t>(std::max<uint16_t>(fn.frame_words, 2), 2);
        stub.Emit(Instr{Op::kLoadK, 0, 0, stub.Constant(prog_->StringData(reason)), 0}, 0);
        stub.Emit(Instr{Op::kLoadK, 0, 1, stub.Constant(reason.size()), 0}, 0);
        stub.Emit(Instr{Op::kPanicString, 0, 0, 0, 0}, 0);
        stub.Emit(Instr{Op::kReturn, 0, 0, 0, 0}, 0);
        fn = std::move(stub);
      }
    }
    prog_->functions.resize(next_index_);
  }

  const ast::File& file_;
  const Info& info_;
  Program* prog_ = nullptr;
  // The compiled methods of t (a named type T or *T) for calls through interfaces.
  void AddMethods(const Type* t, int32_t index) {
    bool ptr = t->kind == TypeKind::kPointer;
    const Type* base = ptr ? static_cast<const PointerType*>(t)->elem : t;
    if (const NamedType* n = base->As<NamedType>()) {
      for (const Func* m : n->origin->methods) {
        int64_t fi = MethodIndex(m, base);
        if (fi < 0) continue;  // natives not written yet
        bool pointer_recv = m->Sig()->recv && m->Sig()->recv->type->kind == TypeKind::kPointer;
        if (pointer_recv && !ptr) continue;  // not in T's method set
        AddMethod(index, m, static_cast<uint32_t>(fi), ptr && !pointer_recv);
      }
    }
    // Methods promoted from embedded fields: wrappers find the field and call them.
    std::vector<uint16_t> have;  // method keys already in the set
    for (const TypeDesc::Method& m : prog_->types[index].methods) have.push_back(m.name);
    std::vector<std::pair<const Type*, std::vector<int>>> level{{base, {}}};
    for (int depth = 0; depth < 8 && !level.empty(); depth++) {
      std::vector<std::pair<const Type*, std::vector<int>>> next;
      std::vector<uint16_t> found;
      for (auto& [holder, path] : level) {
        const StructType* st = holder->Underlying()->As<StructType>();
        if (!st) continue;
        for (const Var* f : st->fields) {
          if (!f->embedded) continue;
          std::vector<int> fpath = path;
          fpath.push_back(f->index);
          const Type* ft = f->type;
          bool through_pointer = ft->kind == TypeKind::kPointer;
          const Type* fbase = through_pointer ? static_cast<const PointerType*>(ft)->elem : ft;
          std::vector<const Func*> methods;
          if (const InterfaceType* it = fbase->Underlying()->As<InterfaceType>()) {
            it->Complete();
            methods.assign(it->all_methods.begin(), it->all_methods.end());
          } else if (const NamedType* fn = fbase->As<NamedType>()) {
            methods.assign(fn->origin->methods.begin(), fn->origin->methods.end());
          }
          for (const Func* m : methods) {
            if (std::find(have.begin(), have.end(), MethodKey(m)) != have.end()) continue;  // shallower wins
            bool pointer_recv = m->Sig()->recv && m->Sig()->recv->type->kind == TypeKind::kPointer;
            if (pointer_recv && !ptr && !through_pointer) continue;
            bool via_interface = IsInterface(fbase);
            if (!via_interface && MethodIndex(m, fbase) < 0) continue;
            uint32_t w = WrapperIndex(
                Wrapper{Wrapper::kFromParam, m, t, fpath, RuntimeName(t) + "." + m->name, via_interface});
            AddMethod(index, m, w, false);
            found.push_back(MethodKey(m));
          }
          next.push_back({fbase, fpath});
        }
      }
      have.insert(have.end(), found.begin(), found.end());
      level = std::move(next);
    }
  }
  // One entry of types[index]'s method set (fmt finds Error, String and GoString there).
  void AddMethod(int32_t index, const Func* m, uint32_t function, bool deref) {
    TypeDesc& d = prog_->types[index];
    if (ReturnsOnlyString(m->Sig())) {
      int16_t at = static_cast<int16_t>(d.methods.size());
      if (m->name == "Error") d.error_method = at;
      if (m->name == "String") d.string_method = at;
      if (m->name == "GoString") d.go_string_method = at;
    }
    d.methods.push_back({MethodKey(m), function, deref});
  }

 public:
  // A method's identity in method sets: its name and its signature's types, so that
  // Unwrap() error and Unwrap() []error are different methods ("Unwrap() error" and "Unwrap() []error").
  uint16_t MethodKey(const Func* m) {
    // Spelled with run-time type names, so that identical types give one key whatever
    // their spelling (any and interface{}, byte and uint8).
    std::string key = m->name + " ";
    WriteRuntimeSignature(key, m->Sig());
    return prog_->MethodName(key);
  }

 private:
  // func() string: the shape of error's and fmt.Stringer's methods.
  static bool ReturnsOnlyString(const SignatureType* sig) {
    return sig->params->size() == 0 && sig->results->size() == 1 &&
           sig->results->at(0)->kind == TypeKind::kString;
  }

  // The function that calls the native method m, so that interface calls (a sync.Mutex
  // as a Locker) reach it like any method; -1 when the native does not exist. Written by
  // CompilePendingLiterals, so that no Function moves while one is being compiled.
  int64_t NativeMethodIndex(const Func* m) {
    auto it = func_index_.find(m);
    if (it != func_index_.end()) return static_cast<int64_t>(it->second);
    const SignatureType* sig = m->Sig();
    int recv = sig->recv ? Words(sig->recv->type) : 0;
    if (!FindNative(m->qualified_name) || recv < 0 || Words(sig->params) < 0 || Words(sig->results) < 0) {
      return -1;
    }
    uint32_t index = next_index_++;
    func_index_[m] = index;
    native_wrappers_.push_back({m, index});
    return index;
  }
  void WriteNativeWrapper(const Func* m, Function& fn) {
    const SignatureType* sig = m->Sig();
    int recv = sig->recv ? Words(sig->recv->type) : 0;
    int params = Words(sig->params), results = Words(sig->results);
    fn.name = m->qualified_name;
    fn.file = file_.name;
    fn.recv_words = static_cast<uint16_t>(recv);
    fn.param_words = static_cast<uint16_t>(recv + params);
    fn.result_words = static_cast<uint16_t>(results);
    fn.frame_words = static_cast<uint16_t>(std::max({1, recv + params, results}));
    fn.hidden = true;  // the native is the method; the caller's line is where it runs
    fn.Emit(Instr{Op::kCallNative, 0, prog_->Native(m->qualified_name), 0, 0}, 0);
    fn.Emit(Instr{Op::kReturn, 0, 0, static_cast<uint16_t>(results), 0}, 0);
  }

  // %T's spelling, as reflect's Type.String gives it: defined types qualified by their
  // package (main.T, *main.T), byte and rune as uint8 and int32, interface {},
  // struct { X int }. Distinct types get distinct names (they key type_index_).
  static std::string RuntimeName(const Type* t) {
    std::string out;
    WriteRuntimeName(out, t);
    return out;
  }
  static void WriteRuntimeName(std::string& out, const Type* t) {
    if (t->kind == TypeKind::kTypeParam) {
      // In an instance of a generic function: the type argument's name.
      if (const Type* a = TypeArgument(static_cast<const TypeParamType*>(t))) return WriteRuntimeName(out, a);
    }
    if (t->IsBasic()) {
      out += t->kind == TypeKind::kUint8 ? "uint8" : t->kind == TypeKind::kInt32 ? "int32" : TypeString(t);
      return;
    }
    switch (t->kind) {
      case TypeKind::kNamed: {
        const NamedType* n = t->As<NamedType>();
        const Package* pkg = n->obj ? n->obj->pkg : nullptr;
        if (pkg) out += pkg->name + ".";
        out += n->obj ? n->obj->name : "?";
        if (!n->type_args.empty()) {
          out += '[';
          for (size_t i = 0; i < n->type_args.size(); i++) {
            if (i) out += ',';
            WriteRuntimeName(out, n->type_args[i]);
          }
          out += ']';
        }
        return;
      }
      case TypeKind::kPointer:
        out += '*';
        return WriteRuntimeName(out, t->As<PointerType>()->elem);
      case TypeKind::kSlice:
        out += "[]";
        return WriteRuntimeName(out, t->As<SliceType>()->elem);
      case TypeKind::kArray:
        out += '[' + std::to_string(t->As<ArrayType>()->length) + ']';
        return WriteRuntimeName(out, t->As<ArrayType>()->elem);
      case TypeKind::kMap:
        out += "map[";
        WriteRuntimeName(out, t->As<MapType>()->key);
        out += ']';
        return WriteRuntimeName(out, t->As<MapType>()->elem);
      case TypeKind::kChan: {
        const ChanType* c = t->As<ChanType>();
        out += c->dir == ChanDir::kRecv ? "<-chan " : c->dir == ChanDir::kSend ? "chan<- " : "chan ";
        const ChanType* inner = c->elem->As<ChanType>();
        bool paren = c->dir == ChanDir::kBoth && inner && inner->dir == ChanDir::kRecv;
        if (paren) out += '(';
        WriteRuntimeName(out, c->elem);
        if (paren) out += ')';
        return;
      }
      case TypeKind::kSignature:
        out += "func";
        return WriteRuntimeSignature(out, t->As<SignatureType>());
      case TypeKind::kStruct: {
        const StructType* st = t->As<StructType>();
        if (st->fields.empty()) {
          out += "struct {}";
          return;
        }
        out += "struct { ";
        for (size_t i = 0; i < st->fields.size(); i++) {
          if (i) out += "; ";
          if (!st->fields[i]->embedded) out += st->fields[i]->name + " ";
          WriteRuntimeName(out, st->fields[i]->type);
        }
        out += " }";
        return;
      }
      case TypeKind::kInterface: {
        const InterfaceType* it = t->As<InterfaceType>();
        it->Complete();
        if (it->all_methods.empty()) {
          out += "interface {}";
          return;
        }
        out += "interface { ";
        for (size_t i = 0; i < it->all_methods.size(); i++) {
          if (i) out += "; ";
          out += it->all_methods[i]->name;
          WriteRuntimeSignature(out, it->all_methods[i]->Sig());
        }
        out += " }";
        return;
      }
      default: out += TypeString(t);
    }
  }
  // (int, ...string) (bool, error): parameter and result types without names.
  static void WriteRuntimeSignature(std::string& out, const SignatureType* sig) {
    out += '(';
    for (size_t i = 0; i < sig->params->size(); i++) {
      if (i) out += ", ";
      const Type* p = sig->params->at(i);
      if (sig->variadic && i + 1 == sig->params->size() && p->kind == TypeKind::kSlice) {
        out += "...";
        p = p->As<SliceType>()->elem;
      }
      WriteRuntimeName(out, p);
    }
    out += ')';
    size_t n = sig->results->size();
    if (n == 0) return;
    out += n == 1 ? " " : " (";
    for (size_t i = 0; i < n; i++) {
      if (i) out += ", ";
      WriteRuntimeName(out, sig->results->at(i));
    }
    if (n > 1) out += ')';
  }

  std::unordered_map<const Func*, uint32_t> func_index_;
  std::unordered_map<std::string, int32_t> type_index_;
  std::unordered_map<std::string, uint32_t> wrapper_index_;
  std::unordered_map<std::string, uint32_t> instance_index_;
  std::shared_ptr<const TypeArgMap> targs_;  // the instance being written, if any
  std::deque<Var> synthetic_vars_;          // range-over-func state and results
  std::deque<FunctionInfo> synthetic_infos_;
  std::deque<RangeBody> range_bodies_;
  std::unordered_map<const Var*, uint32_t> global_offset_;
  TypeStore owned_types_;
  const Type* any_ = nullptr;
  std::vector<uint32_t> init_indices_;
  std::vector<PendingLiteral> pending_;
  std::vector<std::pair<const Func*, uint32_t>> native_wrappers_;  // written by CompilePendingLiterals
  uint32_t next_index_ = 0;
  std::vector<Diagnostic> diags_;
};

void FuncCompiler::EvalToInterface(const Expr* e, uint16_t dest) {
  if (e->type->kind == TypeKind::kUntypedNil) {
    LoadInt(dest, 0, e->pos);
    LoadInt(static_cast<uint16_t>(dest + 1), 0, e->pos);
    return;
  }
  const Type* t = DefaultType(e->type);
  int32_t index = c_.TypeIndex(t);
  if (index < 0) return Unsupported(e->pos, "interface values of type " + TypeString(e->type));
  uint16_t mark = top_;
  uint16_t v = Alloc(std::max(1, Words(t)));
  EvalAs(e, t, v);
  Emit(Op::kToIface, e->pos, dest, v, static_cast<uint16_t>(index));
  top_ = mark;
}

void FuncCompiler::Unsupported(Pos at, std::string what) { c_.Unsupported(at, std::move(what)); }

// ---- slots ----

uint16_t FuncCompiler::Declare(const Var* v) {
  int w = Words(v->type);
  if (w < 0) {
    Unsupported(v->pos, "variables of type " + TypeString(v->type));
    w = 1;
  }
  uint16_t s = Alloc(Boxed(v) ? 1 : w);
  slots_[v] = s;
  return s;
}

uint16_t FuncCompiler::SlotOf(const Var* v, Pos at) {
  auto it = slots_.find(v);
  if (it != slots_.end()) return it->second;
  if (v->is_global) {
    Unsupported(at, "package-level variables");
  } else {
    Unsupported(at, "variable " + v->name + " from an enclosing function");
  }
  return Alloc(std::max(1, Words(v->type)));
}

void FuncCompiler::Compile() {
  const SignatureType* sig = info_.sig;
  Pos at = info_.node->pos;
  MarkRangeCaptures();
  // Parameters first, in order: the caller puts the arguments there.
  std::vector<const Var*> boxed_params;
  for (const Var* p : info_.params) {
    int w = Words(p->type);
    if (w < 0) Unsupported(p->pos, "parameters of type " + TypeString(p->type));
    uint16_t slot = Alloc(std::max(0, w));
    if (p->name.empty() || p->name == "_") continue;
    slots_[p] = slot;
    if (Boxed(p)) boxed_params.push_back(p);
  }
  fn_.param_words = top_;
  if (sig->recv) fn_.recv_words = static_cast<uint16_t>(std::max(0, Words(sig->recv->type)));
  int result_words = Words(sig->results);
  if (result_words < 0) {
    Unsupported(at, "results of these types");
    result_words = 0;
  }
  fn_.result_words = static_cast<uint16_t>(result_words);
  // A function literal finds the cells of the variables it captured in its closure.
  fn_.capture_count = static_cast<uint16_t>(info_.captures.size());
  for (size_t i = 0; i < info_.captures.size(); i++) {
    uint16_t slot = Alloc(1);
    slots_[info_.captures[i]] = slot;
    Emit(Op::kLoadEnv, at, slot, static_cast<uint16_t>(i));
  }
  // An escaping parameter moves into a cell of its own.
  for (const Var* p : boxed_params) {
    uint16_t value = slots_[p];
    uint16_t cell = Alloc(1);
    slots_[p] = cell;
    NewCell(p, at);
    Emit(Op::kStoreInd, at, cell, value, static_cast<uint16_t>(std::max(1, Words(p->type))));
  }
  // Named results are locals (in cells when closures capture them), zero at entry.
  // Every return reaches them through one epilogue: run the deferred calls (which may
  // change them), then return their values.
  for (const Var* r : info_.results) {
    if (r->name.empty() || r->name == "_") continue;
    Declare(r);
    ZeroVar(r, at);
    named_results_.push_back(r);
  }
  DeclareLocals();
  if (range_body_) {
    // Go stops an iterator that calls yield again after it returned false.
    uint16_t st = Alloc(1), zero = Alloc(1);
    LoadVar(range_body_->state, st, at);
    LoadInt(zero, 0, at);
    Emit(Op::kEq, at, st, st, zero);
    uint32_t ok = EmitJump(Op::kJumpIf, at, st);
    const char* msg = "runtime error: range function continued iteration after function for loop body returned false";
    uint16_t text = Alloc(2);
    Emit(Op::kLoadK, at, text, fn_.Constant(c_.program().StringData(msg)));
    LoadInt(static_cast<uint16_t>(text + 1), static_cast<int64_t>(std::string_view(msg).size()), at);
    Emit(Op::kPanicString, at, text);
    Patch(ok, Here());
    for (auto& [param, target] : range_body_->assigned) Store(target, slots_[param], false);
  }
  Block(body_->list);
  if (range_body_) YieldReturn(true, body_->rbrace);  // the end of the body: next iteration
  if (!named_results_.empty()) {
    fn_.named_results = 0;
    fn_.recover_pc = Here();
    for (uint32_t j : to_epilogue_) Patch(j, Here());
    Emit(Op::kRunDefers, body_->rbrace);
    uint16_t out = Alloc(std::max<int>(1, fn_.result_words));
    uint16_t slot = out;
    for (const Var* r : named_results_) {
      LoadVar(r, slot, body_->rbrace);
      slot = static_cast<uint16_t>(slot + std::max(0, Words(r->type)));
    }
    Emit(Op::kReturn, body_->rbrace, out, fn_.result_words);
  }
  // Falling off the end: a function without results returns.
  fn_.recover_pc = fn_.named_results >= 0 ? fn_.recover_pc : Here();
  Emit(Op::kReturn, body_->rbrace, 0, 0);
  fn_.frame_words = std::max<uint16_t>(max_, std::max(fn_.param_words, fn_.result_words));
  if (frame_overflow_) Unsupported(at, "functions whose values need more than 65,535 words of frame");
  RecordLocals();
}

void FuncCompiler::RecordLocals() {
  const std::vector<LineRange> scopes = ScopeRanges(body_);
  for (const auto& [v, slot] : slots_) {
    if (v->name.empty() || v->name == "_") continue;
    fn_.locals.push_back({v->name, c_.TypeIndex(v->type), slot, Boxed(v), v->is_param,
                          v->pos.line, ScopeEnd(scopes, v->pos.line)});
  }
  std::sort(fn_.locals.begin(), fn_.locals.end(),
            [](const LocalInfo& a, const LocalInfo& b) { return a.slot < b.slot; });
}

void FuncCompiler::CompileWrapper(const Wrapper& w) {
  Pos at{0, 0};
  const SignatureType* sig = w.method->Sig();
  int pw = std::max(0, Words(sig->params)), res = std::max(0, Words(sig->results));
  int in_recv = w.kind == Wrapper::kFromParam ? std::max(0, Words(w.outer))
                : w.kind == Wrapper::kIfaceParam ? 2
                : w.kind == Wrapper::kNative && sig->recv ? std::max(1, Words(sig->recv->type)) : 0;
  Alloc(in_recv + pw);  // the parameters: the caller puts them here
  fn_.param_words = static_cast<uint16_t>(in_recv + pw);
  fn_.result_words = static_cast<uint16_t>(res);
  fn_.recv_words = static_cast<uint16_t>(in_recv);
  bool bound = w.kind == Wrapper::kBound || w.kind == Wrapper::kBoundIface;
  fn_.capture_count = bound ? 1 : 0;
  uint16_t args = static_cast<uint16_t>(in_recv);
  if (w.kind == Wrapper::kNative) {
    Emit(Op::kCallNative, at, c_.program().Native(w.method->qualified_name), 0);
    Emit(Op::kReturn, at, 0, static_cast<uint16_t>(res));
  } else if (w.kind == Wrapper::kBoundIface || w.kind == Wrapper::kIfaceParam || w.holder_is_interface) {
    uint16_t iface = 0;
    if (w.kind == Wrapper::kFromParam) {
      // A method of an interface embedded in a struct: call it through that field.
      const Type* holder = w.outer;
      Place p = FieldPlace(Place{false, 0}, &holder, w.path, at);
      iface = Alloc(2);
      LoadPlace(p, iface, 2, at);
    } else if (bound) {
      uint16_t cell = Alloc(1);
      iface = Alloc(2);
      Emit(Op::kLoadEnv, at, cell, 0);
      Emit(Op::kLoadInd, at, iface, cell, 2);
    }
    uint16_t base = Alloc(std::max(std::max(pw, res), 1) + 8);  // room for the receiver shift
    Move(base, args, pw, at);
    Emit(Op::kCallIface, at, iface, base, c_.MethodKey(w.method));
    Emit(Op::kReturn, at, base, static_cast<uint16_t>(res));
  } else {
    const Type* holder = w.outer ? HolderType(w.outer, w.path) : sig->recv->type;
    const Type* recv_type = ConcreteReceiver(w.method, holder);
    int rw = std::max(0, Words(recv_type));  // the callee's layout: struct{} takes no words
    int64_t index = c_.MethodIndex(w.method, holder);
    uint16_t base = Alloc(std::max(rw + pw, std::max(res, 1)));
    if (bound) {
      uint16_t cell = Alloc(1);
      Emit(Op::kLoadEnv, at, cell, 0);
      Emit(Op::kLoadInd, at, base, cell, static_cast<uint16_t>(rw));
    } else {
      const Type* t = w.outer;
      Place p = FieldPlace(Place{false, 0}, &t, w.path, at);
      ReceiverFrom(p, t, recv_type, base, at);
    }
    Move(static_cast<uint16_t>(base + rw), args, pw, at);
    Emit(Op::kCall, at, static_cast<uint16_t>(std::max<int64_t>(index, 0)), base);
    Emit(Op::kReturn, at, base, static_cast<uint16_t>(res));
  }
  fn_.frame_words = std::max<uint16_t>(max_, std::max(fn_.param_words, fn_.result_words));
}

void FuncCompiler::CompileEntry(const Info& info, const std::vector<uint32_t>& inits, uint32_t main) {
  fn_.hidden = true;
  // Packages come in dependency order, so imported packages are initialised first.
  for (const auto& pkg : info.packages) {
    if (pkg.get() != info.MainPackage() && !pkg->inits.empty()) {
      Unsupported(Pos{1, 1}, "init functions in package " + std::string(pkg->pkg->name));
    }
    CompileVarInits(*pkg);
  }
  uint16_t base = Alloc(1);
  for (uint32_t i : inits) Emit(Op::kCall, Pos{1, 1}, static_cast<uint16_t>(i), base);
  Emit(Op::kCall, Pos{1, 1}, static_cast<uint16_t>(main), base);
  Emit(Op::kReturn, Pos{1, 1}, 0, 0);
  fn_.frame_words = max_;
}

void FuncCompiler::CompileVarInits(const CheckedPackage& pkg) {
  for (const Initializer& init : pkg.init_order) {
    uint16_t mark = top_;
    Pos at = init.rhs->pos;
    if (init.lhs.size() == 1) {
      const Var* v = init.lhs[0];
      uint16_t tmp = Alloc(std::max(1, Words(init.rhs->type)));
      if (v) {
        EvalAs(init.rhs, v->type, tmp);
        Emit(Op::kStoreGlobal, at, c_.GlobalOffset(v, at), tmp, static_cast<uint16_t>(std::max(0, Words(v->type))));
      } else {
        Eval(init.rhs, tmp);
      }
    } else if (const ast::CallExpr* call = init.rhs->As<ast::CallExpr>()) {
      uint16_t base = top_;
      EvalCall(call, 0, false);
      uint16_t at_slot = base;
      for (const Var* v : init.lhs) {
        const TupleType* results = static_cast<const TupleType*>(call->type);
        (void)results;
        int w = v ? std::max(0, Words(v->type)) : 0;
        if (v) Emit(Op::kStoreGlobal, at, c_.GlobalOffset(v, at), at_slot, static_cast<uint16_t>(w));
        at_slot = static_cast<uint16_t>(at_slot + w);
      }
    } else {
      Unsupported(at, "this package-level initialisation");
    }
    top_ = mark;
  }
}

void FuncCompiler::DeclareLocals() {
  ast::Inspect(const_cast<ast::BlockStmt*>(body_), [&](ast::Node* n) {
    if (n->kind == ast::NodeKind::kFuncLit) return false;  // compiled as functions of their own
    const ast::Ident* id = n->As<ast::Ident>();
    const Var* v = id && id->obj ? id->obj->As<Var>() : nullptr;
    // The defining occurrence: the object was declared at this identifier.
    if (v && !v->is_field && !v->is_global && v->pos == id->pos && !slots_.count(v)) Declare(v);
    return true;
  });
}

void FuncCompiler::LoadInt(uint16_t dest, int64_t v, Pos at) {
  if (v >= INT16_MIN && v <= INT16_MAX) {
    Emit(Op::kLoadI, at, dest, static_cast<uint16_t>(static_cast<int16_t>(v)));
  } else {
    Emit(Op::kLoadK, at, dest, fn_.Constant(static_cast<uint64_t>(v)));
  }
}

void FuncCompiler::Move(uint16_t dest, uint16_t src, int words, Pos at) {
  if (dest == src || words == 0) return;
  if (words == 1) {
    Emit(Op::kMove, at, dest, src);
  } else {
    Emit(Op::kMoveN, at, dest, src, static_cast<uint16_t>(words));
  }
}

void FuncCompiler::ZeroVar(const Var* v, Pos at) {
  if (Boxed(v)) return NewCell(v, at);  // a new cell is zeroed
  uint16_t s = slots_[v];
  for (int i = 0; i < std::max(0, Words(v->type)); i++) LoadInt(static_cast<uint16_t>(s + i), 0, at);
}

// ---- expressions ----

void FuncCompiler::EvalConstant(const Expr* e, const Type* t, uint16_t dest) {
  const Constant& k = *e->constant;
  const Type* u = DefaultType(t)->Underlying();
  switch (k.kind()) {
    case ConstKind::kBool:
      LoadInt(dest, k.bool_value(), e->pos);
      return;
    case ConstKind::kString: {
      const std::string& s = k.string_value();
      Emit(Op::kLoadK, e->pos, dest, fn_.Constant(c_.program().StringData(s)));
      LoadInt(static_cast<uint16_t>(dest + 1), static_cast<int64_t>(s.size()), e->pos);
      return;
    }
    case ConstKind::kInt:
    case ConstKind::kFloat:
      if (IsFloat(u)) {
        double d = static_cast<double>(k.ToFloat());
        if (BasicBits(u->kind) == 32) d = static_cast<float>(d);
        Emit(Op::kLoadK, e->pos, dest, fn_.Constant(std::bit_cast<uint64_t>(d)));
      } else if (IsUnsigned(u)) {
        LoadInt(dest, static_cast<int64_t>(k.ToUint64().value_or(0)), e->pos);
      } else {
        LoadInt(dest, k.ToInt64().value_or(0), e->pos);
      }
      return;
  }
}

void FuncCompiler::EvalAssert(const Expr* x, const Type* target, uint16_t dest, bool with_ok, Pos at) {
  int32_t t = c_.TypeIndex(target);
  int32_t from = c_.TypeIndex(x->type);
  if (t < 0 || from < 0) return Unsupported(at, "type assertions to " + TypeString(target));
  uint16_t iface = EvalAny(x);
  fn_.asserts.push_back({t, from, static_cast<uint16_t>(std::max(0, Words(target)))});
  Emit(Op::kAssert, at, dest, iface, static_cast<uint16_t>(fn_.asserts.size() - 1), with_ok ? 1 : 0);
}

void FuncCompiler::TypeSwitch(const ast::TypeSwitchStmt* s) {
  if (s->init) Statement(s->init);
  const Expr* subject = s->Subject();
  uint16_t iface = Alloc(2);
  Eval(subject, iface);
  loops_.push_back(Loop{{}, {}, false, std::exchange(pending_label_, {})});
  std::vector<uint32_t> to_end;
  const ast::CaseClause* default_clause = nullptr;
  for (const Stmt* st : s->body->list) {
    const ast::CaseClause* cc = st->Cast<ast::CaseClause>();
    if (cc->is_default) {
      default_clause = cc;
      continue;
    }
    const Var* bound = nullptr;
    auto imp = c_.info().implicits.find(cc);
    if (imp != c_.info().implicits.end() && imp->second) bound = imp->second->As<Var>();
    // Each listed type is tried in turn; the first that matches enters the clause.
    std::vector<uint32_t> hits;
    uint16_t scratch = 0;
    for (const Expr* e : cc->list) {
      uint16_t mark = top_;
      uint16_t ok = Alloc(1);
      if (e->type && e->type->kind == TypeKind::kUntypedNil) {
        uint16_t zero = Alloc(1);
        LoadInt(zero, 0, e->pos);
        Emit(Op::kEq, e->pos, ok, iface, zero);
      } else {
        int w = std::max(0, Words(e->type));
        scratch = Alloc(w + 1);
        EvalAssert(subject, e->type, scratch, true, e->pos);
        Move(ok, static_cast<uint16_t>(scratch + w), 1, e->pos);
      }
      hits.push_back(EmitJump(Op::kJumpIf, e->pos, ok));
      top_ = mark;
    }
    uint32_t skip = EmitJump(Op::kJump, cc->pos);
    for (uint32_t h : hits) Patch(h, Here());
    if (bound && slots_.count(bound) == 0) Declare(bound);
    if (bound) {
      // One type: the value as that type; several (or nil): the interface value itself.
      if (cc->list.size() == 1 && !IsInterface(bound->type) && bound->type->kind != TypeKind::kUntypedNil) {
        uint16_t v = Alloc(std::max(1, Words(bound->type)) + 1);
        EvalAssert(subject, bound->type, v, true, cc->pos);
        BindVar(bound, v, cc->pos);
      } else {
        BindVar(bound, iface, cc->pos);
      }
    }
    Block(cc->body);
    to_end.push_back(EmitJump(Op::kJump, cc->pos));
    Patch(skip, Here());
  }
  if (default_clause) {
    auto imp = c_.info().implicits.find(default_clause);
    const Var* bound = imp != c_.info().implicits.end() && imp->second ? imp->second->As<Var>() : nullptr;
    if (bound) {
      if (!slots_.count(bound)) Declare(bound);
      BindVar(bound, iface, default_clause->pos);
    }
    Block(default_clause->body);
  }
  for (uint32_t j : to_end) Patch(j, Here());
  Loop loop = std::move(loops_.back());
  loops_.pop_back();
  for (uint32_t j : loop.breaks) Patch(j, Here());
}

void FuncCompiler::MapKeyType(const Type* key, uint16_t map, Pos at) {
  if (int32_t k = c_.TypeIndex(key); k >= 0) Emit(Op::kMapKeyType, at, map, 0, static_cast<uint16_t>(k));
}

void FuncCompiler::EvalMapIndex(const ast::IndexExpr* ix, uint16_t dest) {
  const MapType* m = AsMap(ix->x->type);
  uint16_t map = EvalAny(ix->x);
  uint16_t key = Alloc(std::max(1, Words(m->key)));
  EvalAs(ix->index(), m->key, key);
  Emit(Op::kMapGet, ix->lbrack, dest, map, key, static_cast<uint8_t>(std::max(0, Words(m->elem))));
}

void FuncCompiler::EvalIndex(const ast::IndexExpr* ix, uint16_t dest) {
  const Type* u = ix->x->type->Underlying();
  if (const MapType* m = AsMap(ix->x->type)) {
    uint16_t tmp = Alloc(std::max(0, Words(m->elem)) + 1);
    EvalMapIndex(ix, tmp);
    Move(dest, tmp, std::max(0, Words(m->elem)), ix->pos);
    return;
  }
  if (u->kind == TypeKind::kArray ||
      (u->kind == TypeKind::kPointer && AsArray(static_cast<const PointerType*>(u)->elem))) {
    return LoadPlace(PlaceOf(ix), dest, std::max(0, Words(ix->type)), ix->lbrack);
  }
  uint16_t x = EvalAny(ix->x);
  uint16_t i = Alloc(1);
  EvalAs(ix->index(), DefaultType(ix->index()->type), i);
  if (u->kind == TypeKind::kSlice) {
    Emit(Op::kIndex, ix->lbrack, dest, x, i, ElemWords(ix->x->type));
  } else if (IsString(u)) {
    Emit(Op::kStrIndex, ix->lbrack, dest, x, i);
  } else {
    Unsupported(ix->pos, "indexing " + TypeString(ix->x->type));
  }
}

const Var* FuncCompiler::NamedVar(const Expr* e) {
  while (const ast::ParenExpr* p = e->As<ast::ParenExpr>()) e = p->x;
  if (const ast::SelectorExpr* sel = e->As<ast::SelectorExpr>()) {
    const ast::Ident* pkg = sel->x->As<ast::Ident>();
    if (!pkg || !pkg->obj || !pkg->obj->As<PkgName>()) return nullptr;
    e = sel->sel;
  }
  const ast::Ident* id = e->As<ast::Ident>();
  return id && id->obj ? id->obj->As<Var>() : nullptr;
}

void FuncCompiler::EvalSelector(const ast::SelectorExpr* sel, uint16_t dest) {
  if (const Var* v = NamedVar(sel)) return LoadVar(v, dest, sel->pos);  // os.Args
  const Selection* m = c_.info().SelectionOf(sel);
  if (!m || m->kind != SelectionKind::kFieldVal) {
    if (m) return EvalMethodValue(sel, *m, dest);
    // pkg.F as a value: a Go function of the library, or a native behind a wrapper.
    const Func* f = sel->sel->obj ? sel->sel->obj->As<Func>() : nullptr;
    if (int64_t index = c_.FunctionIndex(f); index >= 0) {
      return void(Emit(Op::kClosure, sel->pos, dest, static_cast<uint16_t>(index), 0));
    }
    if (f && f->is_native && FindNative(f->qualified_name) && !f->Sig()->recv) {
      uint32_t w = c_.WrapperIndex(Wrapper{Wrapper::kNative, f, nullptr, {}, f->qualified_name});
      return void(Emit(Op::kClosure, sel->pos, dest, static_cast<uint16_t>(w), 0));
    }
    return Unsupported(sel->pos, "method values and qualified names here");
  }
  LoadPlace(PlaceOf(sel), dest, std::max(0, Words(sel->type)), sel->sel->pos);
}

void FuncCompiler::EvalMethodCall(const ast::CallExpr* call, const ast::SelectorExpr* sel,
                                  const Selection& m, uint16_t dest, bool want_value) {
  if (m.interface_method) {
    // Through an interface: the VM finds the method in the dynamic type's method set
    // and puts the receiver in front of the arguments evaluated here.
    const SignatureType* isig = static_cast<const SignatureType*>(m.obj->type);
    int pw = Words(isig->params), res = Words(isig->results);
    if (pw < 0 || res < 0) return Unsupported(call->pos, "methods with these types");
    uint16_t entry = top_;
    uint16_t iface;
    if (sel->x->type->kind == TypeKind::kTypeParam && !IsInterface(sel->x->type)) {
      // x.M() with x of a type parameter constrained by methods: through an interface.
      iface = Alloc(2);
      EvalToInterface(sel->x, iface);
    } else if (m.path.empty()) {
      iface = EvalAny(sel->x);
    } else {
      // A method of an embedded interface field.
      const Type* t = sel->x->type;
      Place p = FieldPlace(PlaceOf(sel->x), &t, m.path, sel->sel->pos);
      iface = Alloc(2);
      LoadPlace(p, iface, 2, sel->sel->pos);
    }
    uint16_t base = Alloc(std::max(std::max(pw, res), 1) + 8);  // room for the receiver shift
    EvalArgsInto(call, isig, base);  // ...T arguments packed as for any call
    Emit(Op::kCallIface, call->pos, iface, base, c_.MethodKey(m.obj->As<Func>()));
    if (want_value && call->type && call->type->kind != TypeKind::kTuple) {
      Move(dest, base, std::max(0, Words(call->type)), call->pos);
    }
    SettleTupleResults(call, entry, base);
    return;
  }
  const Func* method = m.obj->As<Func>();
  const Type* holder = HolderType(sel->x->type, m.path);
  int64_t index = c_.MethodIndex(method, holder);
  if (index < 0) return Unsupported(call->pos, "calls of methods of this kind");
  // The instantiated signature (methods of generic types), the receiver as the holder has it.
  const SignatureType* sig = sel->type && sel->type->kind == TypeKind::kSignature
                                 ? static_cast<const SignatureType*>(sel->type)
                                 : method->Sig();
  const Type* recv_type = ConcreteReceiver(method, holder);
  int rw = std::max(0, Words(recv_type));  // as the callee lays out its parameters (struct{} takes none)
  int param_words = Words(sig->params), result_words = Words(sig->results);
  if (param_words < 0 || result_words < 0) return Unsupported(call->pos, "methods with these types");
  // The callee's frame: receiver first, then the arguments.
  uint16_t base = Alloc(std::max(rw + param_words, std::max(result_words, 1)));
  EvalReceiver(sel->x, m.path, recv_type, base, call->pos);
  EvalArgsInto(call, sig, static_cast<uint16_t>(base + rw));
  Emit(Op::kCall, call->pos, static_cast<uint16_t>(index), base);
  if (want_value && call->type && call->type->kind != TypeKind::kTuple) {
    Move(dest, base, std::max(0, Words(call->type)), call->pos);
  }
}

void FuncCompiler::EvalMethodValue(const ast::SelectorExpr* sel, const Selection& m, uint16_t dest) {
  const Func* method = m.obj ? m.obj->As<Func>() : nullptr;
  Pos at = sel->sel->pos;
  if (!method) return Unsupported(sel->pos, "method values and qualified names here");
  std::string iface_name = TypeString(m.kind == SelectionKind::kMethodExpr ? m.recv : sel->x->type) + "." + method->name;
  if (m.kind == SelectionKind::kMethodExpr) {
    // T.M, (*T).M, I.M: a function taking the receiver first.
    Wrapper w{Wrapper::kFromParam, method, m.recv, m.path, Compiler::MethodDisplayName(method)};
    if (m.interface_method) {
      w = Wrapper{Wrapper::kIfaceParam, method, nullptr, {}, "main." + iface_name};
    } else if (int64_t index = c_.FunctionIndex(method);
               index >= 0 && m.path.empty() &&
               (m.recv->kind == TypeKind::kPointer) == (method->Sig()->recv->type->kind == TypeKind::kPointer)) {
      return void(Emit(Op::kClosure, at, dest, static_cast<uint16_t>(index), 0));  // M itself
    } else if (index < 0) {
      return Unsupported(sel->pos, "method expressions of " + method->qualified_name);
    }
    return void(Emit(Op::kClosure, at, dest, static_cast<uint16_t>(c_.WrapperIndex(std::move(w))), 0));
  }
  // x.M: the receiver is evaluated now and kept in the closure's cell.
  uint16_t cell = Alloc(1);
  if (m.interface_method) {
    uint16_t iface = Alloc(2);
    if (m.path.empty()) {
      Eval(sel->x, iface);
    } else {
      const Type* t = sel->x->type;
      LoadPlace(FieldPlace(PlaceOf(sel->x), &t, m.path, at), iface, 2, at);
    }
    Emit(Op::kNewCell, at, cell, 2);
    Emit(Op::kStoreInd, at, cell, iface, 2);
    uint32_t w = c_.WrapperIndex(Wrapper{Wrapper::kBoundIface, method, nullptr, {}, "main." + iface_name + "-fm"});
    return void(Emit(Op::kClosure, at, dest, static_cast<uint16_t>(w), cell));
  }
  const Type* holder = HolderType(sel->x->type, m.path);
  if (c_.MethodIndex(method, holder) < 0) return Unsupported(sel->pos, "method values of " + method->qualified_name);
  const Type* recv_type = ConcreteReceiver(method, holder);
  uint16_t rw = static_cast<uint16_t>(std::max(1, Words(recv_type)));
  uint16_t recv = Alloc(rw);
  EvalReceiver(sel->x, m.path, recv_type, recv, at);
  Emit(Op::kNewCell, at, cell, rw);
  Emit(Op::kStoreInd, at, cell, recv, rw);
  uint32_t w = c_.WrapperIndex(Wrapper{Wrapper::kBound, method, holder, {}, Compiler::MethodDisplayName(method) + "-fm"});
  Emit(Op::kClosure, at, dest, static_cast<uint16_t>(w), cell);
}

void FuncCompiler::EvalReceiver(const Expr* x, std::span<const int> path, const Type* recv_type,
                                uint16_t dest, Pos at) {
  bool want_pointer = recv_type->kind == TypeKind::kPointer;
  const Type* t = x->type;
  if (path.empty() && want_pointer) return Move(dest, EvalReceiverPointer(x), 1, at);
  // The value holding the method: x itself, or the embedded field the path leads to.
  Place p = path.empty() ? Place{false, 0} : FieldPlace(PlaceOf(x), &t, path, at);
  if (path.empty()) {
    p = t->Underlying()->kind == TypeKind::kPointer ? Place{false, EvalAny(x)} : PlaceOf(x);
  }
  ReceiverFrom(p, t, recv_type, dest, at);
}

void FuncCompiler::ReceiverFrom(const Place& p, const Type* holder, const Type* recv_type,
                                uint16_t dest, Pos at) {
  bool want_pointer = recv_type->kind == TypeKind::kPointer;
  int rw = std::max(0, Words(recv_type));  // struct{} receivers take no words
  if (holder->Underlying()->kind == TypeKind::kPointer) {
    uint16_t ptr = static_cast<uint16_t>(p.slot + p.offset);  // a pointer in a frame slot: in place
    if (p.pointer || p.dyn >= 0) {
      ptr = Alloc(1);
      LoadPlace(p, ptr, 1, at);
    }
    if (want_pointer) return Move(dest, ptr, 1, at);
    return LoadPlace(Place{true, ptr}, dest, rw, at);  // (*p).M(): copy the value out
  }
  if (want_pointer) return Move(dest, AddressOf(p, at), 1, at);
  LoadPlace(p, dest, rw, at);
}

// Several results are read from where the stack top was when the call began; when the
// callee or its receiver needed a temporary first, the results landed above it.
void FuncCompiler::SettleTupleResults(const ast::CallExpr* call, uint16_t entry, uint16_t base) {
  if (!call->type || call->type->kind != TypeKind::kTuple || base == entry) return;
  Move(entry, base, std::max(0, Words(call->type)), call->pos);
}

void FuncCompiler::EvalSlice(const ast::SliceExpr* se, uint16_t dest) {
  const Type* u = se->x->type->Underlying();
  bool is_string = IsString(u);
  const ArrayType* arr = u->kind == TypeKind::kPointer ? AsArray(static_cast<const PointerType*>(u)->elem)
                                                       : AsArray(u);
  if (!is_string && !arr && u->kind != TypeKind::kSlice) {
    return Unsupported(se->pos, "slicing " + TypeString(se->x->type));
  }
  uint16_t x;
  if (arr) {
    // a[lo:hi] of an addressable array (or through *[N]T): a slice of its storage.
    x = Alloc(3);
    Move(x, EvalReceiverPointer(se->x), 1, se->pos);
    LoadInt(static_cast<uint16_t>(x + 1), arr->length, se->pos);
    LoadInt(static_cast<uint16_t>(x + 2), arr->length, se->pos);
  } else {
    x = EvalAny(se->x);
  }
  uint16_t bounds = Alloc(3);
  const Type* int_type = nullptr;
  for (const Expr* b : {se->low, se->high, se->max})
    if (b) int_type = DefaultType(b->type);
  if (se->low) {
    EvalAs(se->low, int_type, bounds);
  } else {
    LoadInt(bounds, 0, se->pos);
  }
  if (se->high) EvalAs(se->high, int_type, static_cast<uint16_t>(bounds + 1));
  if (se->max) EvalAs(se->max, int_type, static_cast<uint16_t>(bounds + 2));
  uint8_t flags = static_cast<uint8_t>((se->high ? 1 : 0) | (se->max ? 2 : 0) | (is_string ? 4 : 0) |
                                       (is_string ? 0 : ElemWords(se->type) << 3));
  Emit(Op::kSliceOp, se->lbrack, dest, x, bounds, flags);
}

void FuncCompiler::EvalCompositeLit(const ast::CompositeLit* lit, uint16_t dest) {
  const Type* type = lit->type;
  const Type* u = type->Underlying();
  if (u->kind == TypeKind::kPointer) {
    // {...} for &T{...} inside a []*T or map[K]*T literal: the value moves to the heap.
    type = static_cast<const PointerType*>(u)->elem;
    u = type->Underlying();
    uint16_t w = static_cast<uint16_t>(std::max(1, Words(type)));
    uint16_t v = Alloc(w);
    EvalCompositeLitOf(lit, type, v);
    Emit(Op::kNewCell, lit->pos, dest, w);
    Emit(Op::kStoreInd, lit->pos, dest, v, w);
    return;
  }
  EvalCompositeLitOf(lit, type, dest);
}

void FuncCompiler::EvalCompositeLitOf(const ast::CompositeLit* lit, const Type* type, uint16_t dest) {
  const Type* u = type->Underlying();
  if (const MapType* m = AsMap(type)) {
    MakeMap(type, dest, lit->pos);
    uint16_t key = Alloc(std::max(1, Words(m->key)));
    uint16_t value = Alloc(std::max(1, Words(m->elem)));
    for (const Expr* e : lit->elts) {
      const ast::KeyValueExpr* kv = e->Cast<ast::KeyValueExpr>();
      EvalAs(kv->key, m->key, key);
      EvalAs(kv->value, m->elem, value);
      Emit(Op::kMapSet, kv->pos, dest, key, value);
    }
    return;
  }
  if (u->kind == TypeKind::kStruct) {
    // Zero every word, then set the fields given (keyed or in order).
    const StructType* st = static_cast<const StructType*>(u);
    int total = std::max(0, Words(type));
    for (int k = 0; k < total; k++) LoadInt(static_cast<uint16_t>(dest + k), 0, lit->pos);
    for (size_t k = 0; k < lit->elts.size(); k++) {
      const Expr* e = lit->elts[k];
      size_t field = k;
      if (const ast::KeyValueExpr* kv = e->As<ast::KeyValueExpr>()) {
        std::string_view name = kv->key->Cast<ast::Ident>()->name;
        for (size_t f = 0; f < st->fields.size(); f++)
          if (st->fields[f]->name == name) field = f;
        e = kv->value;
      }
      int off = 0;
      for (size_t f = 0; f < field; f++) off += std::max(0, Words(st->fields[f]->type));
      EvalAs(e, st->fields[field]->type, static_cast<uint16_t>(dest + off));
    }
    return;
  }
  if (const ArrayType* arr = AsArray(u)) {
    // Zero every word, then set the elements given (keyed or in order).
    int ew = std::max(0, Words(arr->elem));
    int total = std::max(0, Words(type));
    for (int k = 0; k < total; k++) LoadInt(static_cast<uint16_t>(dest + k), 0, lit->pos);
    ForEachElement(lit, [&](const Expr* e, int64_t index) {
      EvalAs(e, arr->elem, static_cast<uint16_t>(dest + index * ew));
    });
    return;
  }
  if (u->kind != TypeKind::kSlice) return Unsupported(lit->pos, "composite literals of " + TypeString(type));
  const Type* elem = ElemOf(type);
  uint8_t ew = ElemWords(type);
  int64_t length = 0;
  ForEachElement(lit, [&](const Expr*, int64_t index) { length = std::max(length, index + 1); });
  uint16_t n = Alloc(1);
  LoadInt(n, length, lit->pos);
  Emit(Op::kMakeSlice, lit->pos, dest, n, n, ew);
  uint16_t i = Alloc(1);
  uint16_t v = Alloc(ew);
  ForEachElement(lit, [&](const Expr* e, int64_t index) {
    LoadInt(i, index, e->pos);
    EvalAs(e, elem, v);
    Emit(Op::kSetIndex, e->pos, dest, i, v, ew);
  });
}

template <typename Fn>
void FuncCompiler::ForEachElement(const ast::CompositeLit* lit, Fn fn) {
  int64_t index = 0;
  for (const Expr* e : lit->elts) {
    if (const ast::KeyValueExpr* kv = e->As<ast::KeyValueExpr>()) {
      index = kv->key->constant ? kv->key->constant->ToInt64().value_or(0) : index;
      e = kv->value;
    }
    fn(e, index++);
  }
}

void FuncCompiler::LoadVar(const Var* v, uint16_t dest, Pos at) {
  if (v->is_global) {
    Emit(Op::kLoadGlobal, at, dest, c_.GlobalOffset(v, at), static_cast<uint16_t>(std::max(0, Words(v->type))));
    return;
  }
  uint16_t slot = SlotOf(v, at);
  int w = std::max(0, Words(v->type));
  if (Boxed(v)) {
    Emit(Op::kLoadInd, at, dest, slot, static_cast<uint16_t>(w));
  } else {
    Move(dest, slot, w, at);
  }
}

uint16_t FuncCompiler::EvalClosure(const ast::FuncLit* lit) {
  const FunctionInfo* fi = c_.InfoOf(lit);
  uint16_t first = top_;
  for (const Var* v : fi->captures) Move(Alloc(1), SlotOf(v, lit->pos), 1, lit->pos);
  uint16_t dest = Alloc(1);
  uint32_t index = c_.AddLiteral(lit, fn_.name + ".func" + std::to_string(++literals_));
  Emit(Op::kClosure, lit->pos, dest, static_cast<uint16_t>(index), first);
  return dest;
}

uint16_t FuncCompiler::EvalReceiverPointer(const Expr* x) {
  while (const ast::ParenExpr* p = x->As<ast::ParenExpr>()) x = p->x;
  if (x->type && x->type->Underlying()->kind == TypeKind::kPointer) return EvalAny(x);
  return AddressOf(PlaceOf(x), x->pos);
}

// ---- places ----

FuncCompiler::Place FuncCompiler::PlaceOf(const Expr* e) {
  while (const ast::ParenExpr* p = e->As<ast::ParenExpr>()) e = p->x;
  if (!e->constant) {
    if (const Var* v = NamedVar(e)) {
      if (v->is_global) {
        uint16_t a = Alloc(1);
        Emit(Op::kGlobalAddr, e->pos, a, c_.GlobalOffset(v, e->pos));
        return Place{true, a};
      }
      return Place{Boxed(v), SlotOf(v, e->pos)};
    }
  }
  if (const ast::StarExpr* star = e->As<ast::StarExpr>()) return Place{true, EvalAny(star->x)};
  if (const ast::SelectorExpr* sel = e->As<ast::SelectorExpr>()) {
    const Selection* m = c_.info().SelectionOf(sel);
    if (m && m->kind == SelectionKind::kFieldVal) {
      const Type* t = sel->x->type;
      return FieldPlace(PlaceOf(sel->x), &t, m->path, sel->sel->pos);
    }
  }
  if (const ast::IndexExpr* ix = e->As<ast::IndexExpr>()) {
    const Type* u = ix->x->type->Underlying();
    if (u->kind == TypeKind::kSlice) {
      // An element of a slice lives in its backing array.
      uint16_t slice = EvalAny(ix->x);
      uint16_t i = Alloc(1), a = Alloc(1);
      EvalAs(ix->index(), DefaultType(ix->index()->type), i);
      Emit(Op::kElemAddr, ix->lbrack, a, slice, i, ElemWords(ix->x->type));
      return Place{true, a};
    }
    const ArrayType* arr = AsArray(u);
    Place base;
    if (u->kind == TypeKind::kPointer && (arr = AsArray(static_cast<const PointerType*>(u)->elem))) {
      base = Place{true, EvalAny(ix->x)};  // p[i] with p a *[N]T
    } else if (arr) {
      base = PlaceOf(ix->x);
    }
    if (arr) {
      int ew = std::max(0, Words(arr->elem));
      if (const Constant* k = ix->index()->constant) {
        base.offset += static_cast<int>(k->ToInt64().value_or(0)) * ew;  // checked in range
        return base;
      }
      if (ew > 255 || arr->length > 65535) {
        Unsupported(ix->pos, "indexing arrays this large");
        return base;
      }
      uint16_t i = Alloc(1), off = Alloc(1);
      EvalAs(ix->index(), DefaultType(ix->index()->type), i);
      Emit(Op::kArrayOffset, ix->lbrack, off, i, static_cast<uint16_t>(arr->length), static_cast<uint8_t>(ew));
      return OffsetPlace(base, off, ix->lbrack);
    }
  }
  return Place{false, EvalAny(e)};
}

FuncCompiler::Place FuncCompiler::FieldPlace(Place p, const Type** t, std::span<const int> path, Pos at) {
  for (int index : path) {
    const Type* u = (*t)->Underlying();
    if (u->kind == TypeKind::kPointer) {
      // A pointer on the way (x itself, or an embedded *T): continue behind it (read in
      // place when it sits in a frame slot).
      uint16_t ptr;
      if (!p.pointer && p.dyn < 0 && !hold_pointers_) {
        ptr = static_cast<uint16_t>(p.slot + p.offset);
      } else {
        ptr = Alloc(1);
        LoadPlace(p, ptr, 1, at);
      }
      p = Place{true, ptr};
      u = static_cast<const PointerType*>(u)->elem->Underlying();
    }
    const StructType* st = static_cast<const StructType*>(u);
    for (int f = 0; f < index; f++) p.offset += std::max(0, Words(st->fields[f]->type));
    *t = st->fields[index]->type;
  }
  return p;
}

FuncCompiler::Place FuncCompiler::OffsetPlace(Place p, uint16_t words, Pos at) {
  if (p.pointer) {
    uint16_t a = Alloc(1);
    Emit(Op::kAddrAdd, at, a, p.slot, words);
    p.slot = a;
    return p;
  }
  if (p.dyn >= 0) Emit(Op::kAdd, at, words, words, static_cast<uint16_t>(p.dyn));
  p.dyn = words;
  return p;
}

void FuncCompiler::LoadPlace(const Place& p, uint16_t dest, int words, Pos at) {
  if (words <= 0) return;
  uint16_t off = static_cast<uint16_t>(p.offset);
  if (p.pointer && words <= 255) {
    Emit(Op::kLoadField, at, dest, p.slot, off, static_cast<uint8_t>(words));
  } else if (p.pointer) {
    uint16_t a = Alloc(1);
    Emit(Op::kFieldAddr, at, a, p.slot, off);
    Emit(Op::kLoadInd, at, dest, a, static_cast<uint16_t>(words));
  } else if (p.dyn >= 0) {
    if (words > 255) return Unsupported(at, "array elements this large");
    Emit(Op::kLoadAt, at, dest, static_cast<uint16_t>(p.slot + off), static_cast<uint16_t>(p.dyn),
         static_cast<uint8_t>(words));
  } else {
    Move(dest, static_cast<uint16_t>(p.slot + off), words, at);
  }
}

void FuncCompiler::StorePlace(const Place& p, uint16_t src, int words, Pos at) {
  if (words <= 0) return;
  uint16_t off = static_cast<uint16_t>(p.offset);
  if (p.pointer && words <= 255) {
    Emit(Op::kStoreField, at, p.slot, off, src, static_cast<uint8_t>(words));
  } else if (p.pointer) {
    uint16_t a = Alloc(1);
    Emit(Op::kFieldAddr, at, a, p.slot, off);
    Emit(Op::kStoreInd, at, a, src, static_cast<uint16_t>(words));
  } else if (p.dyn >= 0) {
    if (words > 255) return Unsupported(at, "array elements this large");
    Emit(Op::kStoreAt, at, static_cast<uint16_t>(p.slot + off), static_cast<uint16_t>(p.dyn), src,
         static_cast<uint8_t>(words));
  } else {
    Move(static_cast<uint16_t>(p.slot + off), src, words, at);
  }
}

uint16_t FuncCompiler::AddressOf(const Place& p, Pos at) {
  if (!p.pointer) {
    Unsupported(at, "the address of this value");
    return Alloc(1);
  }
  if (p.offset == 0) return p.slot;
  uint16_t a = Alloc(1);
  Emit(Op::kFieldAddr, at, a, p.slot, static_cast<uint16_t>(p.offset));
  return a;
}

void FuncCompiler::EmitEqual(const Type* t, uint16_t x, uint16_t y, uint16_t dest, Pos at) {
  const Type* u = DefaultType(t)->Underlying();
  if (IsInterface(u)) return void(Emit(Op::kIfaceEq, at, dest, x, y));
  if (IsFloat(u)) return void(Emit(Op::kFEq, at, dest, x, y));
  if (IsString(u)) {
    uint16_t c = Alloc(1), zero = Alloc(1);
    Emit(Op::kStrCmp, at, c, x, y);
    LoadInt(zero, 0, at);
    Emit(Op::kEq, at, dest, c, zero);
    return;
  }
  std::vector<std::pair<const Type*, int>> parts;  // the components and their offsets
  if (const ArrayType* a = AsArray(u)) {
    int ew = std::max(0, Words(a->elem));
    for (int64_t i = 0; i < a->length; i++) parts.push_back({a->elem, static_cast<int>(i) * ew});
  } else if (u->kind == TypeKind::kStruct) {
    int off = 0;
    for (const Var* f : static_cast<const StructType*>(u)->fields) {
      if (f->name != "_") parts.push_back({f->type, off});
      off += std::max(0, Words(f->type));
    }
  } else {
    return void(Emit(Op::kEq, at, dest, x, y));
  }
  // Plain words compare at once; strings, floats and interfaces inside need their own ==.
  bool plain = PlainWords(u);
  int words = std::max(0, Words(u));
  if (plain && words <= 255) return void(Emit(Op::kEqN, at, dest, x, y, static_cast<uint8_t>(words)));
  LoadInt(dest, 1, at);
  uint16_t part = Alloc(1);
  for (auto [pt, off] : parts) {
    EmitEqual(pt, static_cast<uint16_t>(x + off), static_cast<uint16_t>(y + off), part, at);
    Emit(Op::kAnd, at, dest, dest, part);
  }
}

bool FuncCompiler::MayHaveEffects(const Expr* e) {
  bool effects = false;
  ast::Inspect(const_cast<Expr*>(e), [&](ast::Node* n) {
    if (n->kind == ast::NodeKind::kFuncLit) return false;  // a literal is a value
    const ast::UnaryExpr* u = n->As<ast::UnaryExpr>();
    effects |= n->kind == ast::NodeKind::kCallExpr || (u && u->op == Tok::kArrow);
    return !effects;
  });
  return effects;
}

uint16_t FuncCompiler::EvalOperand(const Expr* e, const Type* t) {
  // An untyped constant takes the operation's type (in generic code the checker leaves
  // `x * 2` with 2 untyped, and T may be a float).
  if (!e->constant || !t || t->IsUntyped()) return EvalAny(e);
  uint16_t v = Alloc(std::max(1, Words(t)));
  EvalConstant(e, t, v);
  return v;
}

uint16_t FuncCompiler::EvalAny(const Expr* e) {
  if (const ast::Ident* id = e->As<ast::Ident>(); id && !e->constant) {
    if (const Var* v = id->obj ? id->obj->As<Var>() : nullptr; v && !Boxed(v) && !v->is_global) {
      return SlotOf(v, e->pos);
    }
  }
  uint16_t t = Alloc(std::max(1, Words(e->type)));
  Eval(e, t);
  return t;
}

void FuncCompiler::Eval(const Expr* e, uint16_t dest) {
  if (e->constant) return EvalConstant(e, e->type, dest);
  uint16_t mark = top_;
  switch (e->kind) {
    case ast::NodeKind::kParenExpr:
      Eval(e->Cast<ast::ParenExpr>()->x, dest);
      break;
    case ast::NodeKind::kIdent: {
      const ast::Ident* id = e->Cast<ast::Ident>();
      if (id->obj && id->obj->kind == ObjKind::kNil) {
        // nil as a slice or an interface is all of its words zero.
        for (int i = 0; i < std::max(1, Words(e->type)); i++) LoadInt(static_cast<uint16_t>(dest + i), 0, e->pos);
      } else if (const Var* v = id->obj ? id->obj->As<Var>() : nullptr) {
        LoadVar(v, dest, e->pos);
      } else if (int64_t f = c_.FunctionIndex(id->obj); f >= 0) {
        // A function used as a value: a closure that captures nothing.
        Emit(Op::kClosure, e->pos, dest, static_cast<uint16_t>(f), 0);
      } else if (int64_t g = GenericInstance(id); g >= 0) {
        Emit(Op::kClosure, e->pos, dest, static_cast<uint16_t>(g), 0);  // f inferred as F[T]
      } else {
        Unsupported(e->pos, "this use of " + std::string(id->name));
      }
      break;
    }
    case ast::NodeKind::kBinaryExpr:
      EvalBinary(e->Cast<ast::BinaryExpr>(), dest);
      break;
    case ast::NodeKind::kFuncLit:
      Move(dest, EvalClosure(e->Cast<ast::FuncLit>()), 1, e->pos);
      break;
    case ast::NodeKind::kIndexExpr: {
      const ast::IndexExpr* ix = e->Cast<ast::IndexExpr>();
      const ast::Ident* id = ix->x->As<ast::Ident>();
      if (int64_t g = id ? GenericInstance(id) : -1; g >= 0) {
        Emit(Op::kClosure, e->pos, dest, static_cast<uint16_t>(g), 0);  // F[T] as a value
        break;
      }
      EvalIndex(ix, dest);
      break;
    }
    case ast::NodeKind::kSelectorExpr:
      EvalSelector(e->Cast<ast::SelectorExpr>(), dest);
      break;
    case ast::NodeKind::kTypeAssertExpr: {
      const ast::TypeAssertExpr* ta = e->Cast<ast::TypeAssertExpr>();
      EvalAssert(ta->x, e->type, dest, false, ta->lparen);
      break;
    }
    case ast::NodeKind::kSliceExpr:
      EvalSlice(e->Cast<ast::SliceExpr>(), dest);
      break;
    case ast::NodeKind::kCompositeLit:
      EvalCompositeLit(e->Cast<ast::CompositeLit>(), dest);
      break;
    case ast::NodeKind::kStarExpr: {
      uint16_t p = EvalAny(e->Cast<ast::StarExpr>()->x);
      Emit(Op::kLoadInd, e->pos, dest, p, static_cast<uint16_t>(std::max(0, Words(e->type))));
      break;
    }
    case ast::NodeKind::kUnaryExpr: {
      const ast::UnaryExpr* u = e->Cast<ast::UnaryExpr>();
      if (u->op == Tok::kArrow) {
        uint16_t ch = EvalAny(u->x);
        Emit(Op::kRecv, e->pos, dest, ch);
        break;
      }
      if (u->op == Tok::kAnd) {
        const Expr* x = u->x;
        while (const ast::ParenExpr* p = x->As<ast::ParenExpr>()) x = p->x;
        if (const ast::CompositeLit* lit = x->As<ast::CompositeLit>()) {
          // &T{...}: the value moves to the heap.
          uint16_t w = static_cast<uint16_t>(std::max(1, Words(lit->type)));
          uint16_t v = Alloc(w);
          EvalCompositeLit(lit, v);
          Emit(Op::kNewCell, e->pos, dest, w);
          Emit(Op::kStoreInd, e->pos, dest, v, w);
          break;
        }
        Move(dest, AddressOf(PlaceOf(x), x->pos), 1, e->pos);  // &p of a pointer p too
        break;
      }
      uint16_t x = EvalAny(u->x);
      switch (u->op) {
        case Tok::kAdd: Move(dest, x, 1, e->pos); break;
        case Tok::kSub:
          Emit(IsFloat(e->type->Underlying()) ? Op::kFNeg : Op::kNeg, e->pos, dest, x);
          if (int16_t w = WrapBitsFor(e->type)) Emit(Op::kWrap, e->pos, dest, dest, static_cast<uint16_t>(w));
          break;
        case Tok::kNot: Emit(Op::kNot, e->pos, dest, x); break;
        case Tok::kXor:
          Emit(Op::kCompl, e->pos, dest, x);
          if (int16_t w = WrapBitsFor(e->type)) Emit(Op::kWrap, e->pos, dest, dest, static_cast<uint16_t>(w));
          break;
        default: Unsupported(e->pos, "the operator " + std::string(TokText(u->op)));
      }
      break;
    }
    case ast::NodeKind::kCallExpr:
      EvalCall(e->Cast<ast::CallExpr>(), dest, true);
      break;
    default:
      Unsupported(e->pos, "expressions of the form " + std::string(ast::NodeKindName(e->kind)));
  }
  top_ = mark;
}

void FuncCompiler::EvalArith(Tok op, const Type* t, uint16_t dest, uint16_t x, uint16_t y, Pos at) {
  const Type* u = DefaultType(t)->Underlying();
  if (IsFloat(u)) {
    Op fop = op == Tok::kAdd ? Op::kFAdd : op == Tok::kSub ? Op::kFSub : op == Tok::kMul ? Op::kFMul
           : op == Tok::kQuo ? Op::kFDiv : Op::kNop;
    if (fop == Op::kNop) return Unsupported(at, "this float operator");
    Emit(fop, at, dest, x, y);
    if (BasicBits(u->kind) == 32) Emit(Op::kRoundF32, at, dest, dest);
    return;
  }
  if (IsString(u)) {
    if (op != Tok::kAdd) return Unsupported(at, "this string operator");
    Emit(Op::kConcat, at, dest, x, y);
    return;
  }
  bool uns = IsUnsigned(u);
  Op iop;
  switch (op) {
    case Tok::kAdd: iop = Op::kAdd; break;
    case Tok::kSub: iop = Op::kSub; break;
    case Tok::kMul: iop = Op::kMul; break;
    case Tok::kQuo: iop = uns ? Op::kDivU : Op::kDiv; break;
    case Tok::kRem: iop = uns ? Op::kRemU : Op::kRem; break;
    case Tok::kAnd: iop = Op::kAnd; break;
    case Tok::kOr: iop = Op::kOr; break;
    case Tok::kXor: iop = Op::kXor; break;
    case Tok::kAndNot: iop = Op::kAndNot; break;
    case Tok::kShl: iop = Op::kShl; break;
    case Tok::kShr: iop = uns ? Op::kShrU : Op::kShr; break;
    default: return Unsupported(at, "the operator " + std::string(TokText(op)));
  }
  Emit(iop, at, dest, x, y);
  if (int16_t w = WrapBitsFor(t)) Emit(Op::kWrap, at, dest, dest, static_cast<uint16_t>(w));
}

void FuncCompiler::EvalEquality(const ast::BinaryExpr* b, uint16_t dest) {
  Pos at = b->op_pos;
  bool x_nil = b->x->type->kind == TypeKind::kUntypedNil;
  if (x_nil || b->y->type->kind == TypeKind::kUntypedNil) {
    // Against nil: the first word decides (an interface's type, a slice's array, a pointer).
    uint16_t v = EvalAny(x_nil ? b->y : b->x);
    uint16_t zero = Alloc(1);
    LoadInt(zero, 0, at);
    Emit(Op::kEq, at, dest, v, zero);
    return;
  }
  // An interface compared with a concrete value: the value converted to the interface.
  const Type* t = DefaultType(b->x->type->IsUntyped() ? b->y->type : b->x->type);
  if (IsInterface(b->y->type) && !IsInterface(b->x->type)) t = b->y->type;
  uint16_t x = Alloc(std::max(1, Words(t)));
  uint16_t y = Alloc(std::max(1, Words(t)));
  EvalAs(b->x, t, x);
  EvalAs(b->y, t, y);
  EmitEqual(t, x, y, dest, at);
}

void FuncCompiler::EvalBinary(const ast::BinaryExpr* b, uint16_t dest) {
  Pos at = b->op_pos;
  if (b->op == Tok::kLAnd || b->op == Tok::kLOr) {
    // Short-circuit: dest = x; if it decides, skip y.
    Eval(b->x, dest);
    uint32_t skip = EmitJump(b->op == Tok::kLAnd ? Op::kJumpIfNot : Op::kJumpIf, at, dest);
    Eval(b->y, dest);
    Patch(skip, Here());
    return;
  }
  if (b->op == Tok::kEql || b->op == Tok::kNeq) {
    EvalEquality(b, dest);
    if (b->op == Tok::kNeq) Emit(Op::kNot, at, dest, dest);
    return;
  }
  if (EvalWithImmediate(b, dest)) return;
  // Comparisons take the operands' type; the result is bool.
  // (The non-constant side's: in generic code the checker may give a constant the wrong
  // one of its type parameter's types.)
  const Type* operand = b->x->constant ? b->y->type : b->x->type;
  if (!operand || operand->IsUntyped()) operand = b->x->constant ? b->x->type : b->y->type;
  bool shift = b->op == Tok::kShl || b->op == Tok::kShr;
  uint16_t x = EvalOperand(b->x, shift ? b->type : operand);
  uint16_t y = shift ? EvalAny(b->y) : EvalOperand(b->y, operand);
  const Type* u = DefaultType(operand)->Underlying();
  bool is_cmp = b->op == Tok::kEql || b->op == Tok::kNeq || b->op == Tok::kLss ||
                b->op == Tok::kLeq || b->op == Tok::kGtr || b->op == Tok::kGeq;
  if (!is_cmp) return EvalArith(b->op, b->type, dest, x, y, at);
  if (IsString(u)) {
    // Strings compare through kStrCmp's -1/0/1 against zero.
    uint16_t c = Alloc(1), zero = Alloc(1);
    Emit(Op::kStrCmp, at, c, x, y);
    LoadInt(zero, 0, at);
    x = c;
    y = zero;
  }
  bool fl = IsFloat(u), uns = IsUnsigned(u);
  switch (b->op) {
    case Tok::kLss: Emit(fl ? Op::kFLt : uns ? Op::kLtU : Op::kLt, at, dest, x, y); break;
    case Tok::kLeq: Emit(fl ? Op::kFLe : uns ? Op::kLeU : Op::kLe, at, dest, x, y); break;
    case Tok::kGtr: Emit(fl ? Op::kFLt : uns ? Op::kLtU : Op::kLt, at, dest, y, x); break;
    case Tok::kGeq: Emit(fl ? Op::kFLe : uns ? Op::kLeU : Op::kLe, at, dest, y, x); break;
    default: break;
  }
}

// x + c, x - c, x < c and x > c on 64-bit signed integers with a small constant c: one
// instruction with c inside it instead of a constant load and the operation. It is charged
// as the two it replaces (x = 1), so virtual time and the trace stay what they were.
bool FuncCompiler::EvalWithImmediate(const ast::BinaryExpr* b, uint16_t dest) {
  const Type* u = b->x->type ? DefaultType(b->x->type)->Underlying() : nullptr;
  if (!u || !b->y->constant || (u->kind != TypeKind::kInt && u->kind != TypeKind::kInt64)) return false;
  std::optional<int64_t> c = b->y->constant->ToInt64();
  if (!c || *c < -32767 || *c > 32767) return false;
  Op op;
  int64_t imm = *c;
  switch (b->op) {
    case Tok::kAdd: op = Op::kAddI; break;
    case Tok::kSub: op = Op::kAddI, imm = -imm; break;
    case Tok::kLss: op = Op::kLtI; break;
    case Tok::kGtr: op = Op::kGtI; break;
    default: return false;
  }
  uint16_t x = EvalAny(b->x);
  Emit(op, b->op_pos, dest, x, static_cast<uint16_t>(static_cast<int16_t>(imm)), 1);
  return true;
}

void FuncCompiler::Convert(uint16_t src, const Type* from, const Type* to, uint16_t dest, Pos pos) {
  if (IsInterface(to) && !IsInterface(from)) {
    int32_t index = c_.TypeIndex(from);
    if (index < 0) return Unsupported(pos, "interface values of type " + TypeString(from));
    Emit(Op::kToIface, pos, dest, src, static_cast<uint16_t>(index));
    return;
  }
  Move(dest, src, std::max(0, Words(to)), pos);
}

uint16_t FuncCompiler::ForwardResults(const ast::CallExpr* inner, const SignatureType* sig, uint16_t at) {
  const TupleType* results = static_cast<const TupleType*>(inner->type);
  uint16_t mark = top_;
  uint16_t base = top_;
  EvalCall(inner, 0, false);
  std::vector<std::pair<uint16_t, const Type*>> values;
  uint16_t slot = base;
  for (const Var* r : results->vars) {
    values.push_back({slot, r->type});
    slot = static_cast<uint16_t>(slot + std::max(0, Words(r->type)));
  }
  top_ = std::max<uint16_t>(top_, slot);
  size_t fixed = sig->params->vars.size() - (sig->variadic ? 1 : 0);
  for (size_t i = 0; i < values.size() && i < fixed; i++) {
    const Type* t = sig->params->vars[i]->type;
    Convert(values[i].first, values[i].second, t, at, inner->pos);
    at = static_cast<uint16_t>(at + std::max(0, Words(t)));
  }
  if (sig->variadic) {
    const Type* slice_type = sig->params->vars.back()->type;
    const Type* elem = ElemOf(slice_type);
    uint8_t ew = ElemWords(slice_type);
    uint16_t n = Alloc(1), i = Alloc(1), v = Alloc(ew);
    size_t count = values.size() > fixed ? values.size() - fixed : 0;
    LoadInt(n, static_cast<int64_t>(count), inner->pos);
    Emit(Op::kMakeSlice, inner->pos, at, n, n, ew);
    for (size_t k = 0; k < count; k++) {
      LoadInt(i, static_cast<int64_t>(k), inner->pos);
      Convert(values[fixed + k].first, values[fixed + k].second, elem, v, inner->pos);
      Emit(Op::kSetIndex, inner->pos, at, i, v, ew);
    }
    at = static_cast<uint16_t>(at + 3);
  }
  top_ = std::max(mark, top_);
  return at;
}

uint16_t FuncCompiler::EvalArgs(const ast::CallExpr* call) {
  const SignatureType* sig = static_cast<const SignatureType*>(call->fun->type->Underlying());
  int param_words = Words(sig->params);
  int result_words = Words(sig->results);
  if (param_words < 0 || result_words < 0) Unsupported(call->pos, "calls with these argument types");
  // The callee's frame starts here: arguments in, results out.
  uint16_t base = Alloc(std::max(std::max(param_words, result_words), 1));
  EvalArgsInto(call, sig, base);
  return base;
}

uint16_t FuncCompiler::EvalArgsInto(const ast::CallExpr* call, const SignatureType* sig, uint16_t at) {
  size_t fixed = sig->params->vars.size() - (sig->variadic ? 1 : 0);
  if (call->args.size() == 1 && call->args[0]->type && call->args[0]->type->kind == TypeKind::kTuple) {
    return ForwardResults(call->args[0]->Cast<ast::CallExpr>(), sig, at);
  }
  for (size_t i = 0; i < call->args.size() && i < fixed; i++) {
    const Type* t = sig->params->vars[i]->type;
    EvalAs(call->args[i], t, at);
    at = static_cast<uint16_t>(at + std::max(0, Words(t)));
  }
  if (!sig->variadic) return at;
  // The ...T arguments travel as one []T, built here unless passed on as s...
  const Type* slice_type = sig->params->vars.back()->type;
  if (call->HasEllipsis()) {
    Eval(call->args.back(), at);
  } else {
    const Type* elem = ElemOf(slice_type);
    uint8_t ew = ElemWords(slice_type);
    uint16_t mark = top_;
    uint16_t n = Alloc(1), i = Alloc(1), v = Alloc(ew);
    size_t count = call->args.size() > fixed ? call->args.size() - fixed : 0;
    LoadInt(n, static_cast<int64_t>(count), call->pos);
    if (count == 0) {
      // No arguments: a nil slice, as Go passes.
      for (int k = 0; k < 3; k++) LoadInt(static_cast<uint16_t>(at + k), 0, call->pos);
    } else {
      Emit(Op::kMakeSlice, call->pos, at, n, n, ew);
    }
    for (size_t k = 0; k < count; k++) {
      LoadInt(i, static_cast<int64_t>(k), call->pos);
      EvalAs(call->args[fixed + k], elem, v);
      Emit(Op::kSetIndex, call->args[fixed + k]->pos, at, i, v, ew);
    }
    top_ = mark;
  }
  return static_cast<uint16_t>(at + 3);
}

void FuncCompiler::EvalPrint(std::span<Expr* const> args, uint8_t stream, bool spaces,
                             bool newline, Pos at) {
  for (size_t i = 0; i < args.size(); i++) {
    const Expr* a = args[i];
    if (i > 0 && spaces) Emit(Op::kPrintSpace, at, 0, 0, 0, stream);
    const Type* u = DefaultType(a->type)->Underlying();
    uint16_t mark = top_;
    uint16_t s = Alloc(std::max(1, Words(u)));
    EvalAs(a, u, s);
    if (IsBoolean(u)) {
      Emit(Op::kPrintBool, a->pos, s, 0, 0, stream);
    } else if (IsString(u)) {
      Emit(Op::kPrintString, a->pos, s, 0, 0, stream);
    } else if (IsInteger(u)) {
      Emit(IsUnsigned(u) ? Op::kPrintUint : Op::kPrintInt, a->pos, s, 0, 0, stream);
    } else if (IsFloat(u)) {
      Emit(Op::kPrintFloat, a->pos, s, 0, 0, stream);
    } else if (u->kind == TypeKind::kSlice && stream == 1 &&
               AsBasic(DefaultType(ElemOf(u))->Underlying())) {
      const Type* e = DefaultType(ElemOf(u))->Underlying();
      int kind = IsBoolean(e) ? 2 : IsString(e) ? 3 : IsUnsigned(e) ? 1 : IsInteger(e) ? 0 : -1;
      if (kind < 0) {
        Unsupported(a->pos, "printing values of type " + TypeString(a->type));
      } else {
        Emit(Op::kPrintSlice, a->pos, s, 0, static_cast<uint16_t>(kind), stream);
      }
    } else {
      Unsupported(a->pos, "printing values of type " + TypeString(a->type));
    }
    top_ = mark;
  }
  if (newline) Emit(Op::kPrintNewline, at, 0, 0, 0, stream);
}

bool FuncCompiler::EvalBuiltin(const ast::CallExpr* call, const Builtin* b, uint16_t dest) {
  Pos at = call->pos;
  switch (b->id) {
    case BuiltinId::kPrint:
    case BuiltinId::kPrintln:
      EvalPrint(call->args, 0, b->id == BuiltinId::kPrintln, b->id == BuiltinId::kPrintln, at);
      return true;
    case BuiltinId::kClose:
      Emit(Op::kClose, at, EvalAny(call->args[0]));
      return true;
    case BuiltinId::kLen:
    case BuiltinId::kCap: {
      const Type* u = call->args[0]->type->Underlying();
      if (u->kind == TypeKind::kChan) {
        Emit(b->id == BuiltinId::kLen ? Op::kChanLen : Op::kChanCap, at, dest, EvalAny(call->args[0]));
      } else if (u->kind == TypeKind::kSlice) {
        Move(dest, static_cast<uint16_t>(EvalAny(call->args[0]) + (b->id == BuiltinId::kLen ? 1 : 2)), 1, at);
      } else if (u->kind == TypeKind::kMap && b->id == BuiltinId::kLen) {
        Emit(Op::kMapLen, at, dest, EvalAny(call->args[0]));
      } else if (const ArrayType* a = u->kind == TypeKind::kPointer
                                          ? AsArray(static_cast<const PointerType*>(u)->elem)
                                          : AsArray(u)) {
        EvalAny(call->args[0]);  // for its effects: the length is the type's
        LoadInt(dest, a->length, at);
      } else if (IsString(u) && b->id == BuiltinId::kLen) {
        Move(dest, static_cast<uint16_t>(EvalAny(call->args[0]) + 1), 1, at);
      } else {
        Unsupported(at, "len and cap of " + TypeString(call->args[0]->type));
      }
      return true;
    }
    case BuiltinId::kMake: {
      const Type* u = call->type->Underlying();
      if (u->kind == TypeKind::kMap) {
        MakeMap(call->type, dest, at);
        return true;
      }
      if (u->kind == TypeKind::kSlice) {
        uint16_t len = Alloc(1), cap = Alloc(1);
        EvalAs(call->args[1], DefaultType(call->args[1]->type), len);
        if (call->args.size() > 2) {
          EvalAs(call->args[2], DefaultType(call->args[2]->type), cap);
        } else {
          Move(cap, len, 1, at);
        }
        Emit(Op::kMakeSlice, at, dest, len, cap, ElemWords(call->type));
        return true;
      }
      if (u->kind != TypeKind::kChan) {
        Unsupported(at, "make of " + TypeString(call->type));
        return true;
      }
      int elem = Words(static_cast<const ChanType*>(u)->elem);
      if (elem < 0) {
        Unsupported(at, "channels of " + TypeString(static_cast<const ChanType*>(u)->elem));
        elem = 1;
      }
      uint16_t size = Alloc(1);
      if (call->args.size() > 1) {
        EvalAs(call->args[1], DefaultType(call->args[1]->type), size);
      } else {
        LoadInt(size, 0, at);
      }
      Emit(Op::kMakeChan, at, dest, size, static_cast<uint16_t>(elem));
      if (int32_t t = c_.TypeIndex(static_cast<const ChanType*>(u)->elem); t >= 0) {
        Emit(Op::kChanType, at, dest, 0, static_cast<uint16_t>(t));
      }
      return true;
    }
    case BuiltinId::kAppend: {
      const Type* elem = ElemOf(call->type);
      uint8_t ew = ElemWords(call->type);
      uint16_t acc = Alloc(3);
      EvalAs(call->args[0], call->type, acc);
      if (call->HasEllipsis()) {
        // append(s, t...): t's elements (a string's bytes for append([]byte, s...)).
        uint16_t more = ElementsOf(call->args[1]);
        Emit(Op::kAppendSlice, at, dest, acc, more, ew);
        return true;
      }
      uint16_t v = Alloc(ew);
      for (size_t k = 1; k < call->args.size(); k++) {
        EvalAs(call->args[k], elem, v);
        Emit(Op::kAppend, call->args[k]->pos, acc, acc, v, ew);
      }
      Move(dest, acc, 3, at);
      return true;
    }
    case BuiltinId::kDelete: {
      const MapType* m = AsMap(call->args[0]->type);
      uint16_t map = EvalAny(call->args[0]);
      uint16_t key = Alloc(std::max(1, Words(m->key)));
      EvalAs(call->args[1], m->key, key);
      Emit(Op::kMapDelete, at, map, key);
      return true;
    }
    case BuiltinId::kCopy: {
      uint16_t d = EvalAny(call->args[0]);
      uint16_t s2 = ElementsOf(call->args[1]);
      Emit(Op::kCopy, at, dest, d, s2, ElemWords(call->args[0]->type));
      return true;
    }
    case BuiltinId::kPanic: {
      uint16_t v = Alloc(2);
      EvalAs(call->args[0], c_.AnyType(), v);
      Emit(Op::kPanicValue, at, v);
      return true;
    }
    case BuiltinId::kNew: {
      // new(T): a zeroed heap block of T's words.
      const Type* elem = static_cast<const PointerType*>(call->type->Underlying())->elem;
      int w = Words(elem);
      if (w < 0) {
        Unsupported(at, "new(" + TypeString(elem) + ")");
        return true;
      }
      Emit(Op::kNewCell, at, dest, static_cast<uint16_t>(std::max(1, w)));
      return true;
    }
    case BuiltinId::kRecover:
      Emit(Op::kRecover, at, dest);
      return true;
    case BuiltinId::kMin:
    case BuiltinId::kMax:
      EvalMinMax(call, b->id == BuiltinId::kMin, dest);
      return true;
    case BuiltinId::kClear: {
      uint16_t x = EvalAny(call->args[0]);
      if (AsMap(call->args[0]->type)) {
        Emit(Op::kMapClear, at, x);
      } else {
        Emit(Op::kClearSlice, at, x, 0, 0, ElemWords(call->args[0]->type));
      }
      return true;
    }
    default:
      Unsupported(at, "the builtin " + b->name);
      return true;
  }
}

uint16_t FuncCompiler::ElementsOf(const Expr* e) {
  if (!IsString(DefaultType(e->type)->Underlying())) return EvalAny(e);
  uint16_t str = EvalAny(e);
  uint16_t bytes = Alloc(3);
  Emit(Op::kStringToBytes, e->pos, bytes, str);
  return bytes;
}

void FuncCompiler::EvalMinMax(const ast::CallExpr* call, bool min, uint16_t dest) {
  // The first argument, then each further one that is smaller (larger) replaces it.
  const Type* t = DefaultType(call->type);
  const Type* u = t->Underlying();
  uint16_t acc = Alloc(std::max(1, Words(t)));
  uint16_t v = Alloc(std::max(1, Words(t)));
  uint16_t c = Alloc(1);
  EvalAs(call->args[0], t, acc);
  for (size_t k = 1; k < call->args.size(); k++) {
    Pos at = call->args[k]->pos;
    EvalAs(call->args[k], t, v);
    if (IsFloat(u)) {
      Emit(min ? Op::kFMin : Op::kFMax, at, acc, acc, v);
      continue;
    }
    if (IsString(u)) {
      uint16_t zero = Alloc(1);
      LoadInt(zero, 0, at);
      Emit(Op::kStrCmp, at, c, v, acc);
      Emit(Op::kLt, at, c, min ? c : zero, min ? zero : c);
    } else {
      Op lt = IsUnsigned(u) ? Op::kLtU : Op::kLt;
      Emit(lt, at, c, min ? v : acc, min ? acc : v);
    }
    uint32_t skip = EmitJump(Op::kJumpIfNot, at, c);
    Move(acc, v, std::max(1, Words(t)), at);
    Patch(skip, Here());
  }
  Move(dest, acc, std::max(1, Words(t)), call->pos);
}

bool FuncCompiler::EvalPackageCall(const ast::CallExpr* call, const Func* f) {
  const std::string& q = f->qualified_name;
  Pos at = call->pos;
  if (q == "runtime.Gosched") {
    Emit(Op::kGosched, at);
    return true;
  }
  if (!FindNative(q)) {
    Unsupported(at, q + " (not implemented yet)");
    return true;
  }
  auto [native, base] = NativeArgs(call, f);
  Emit(Op::kCallNative, at, native, base);
  int result_words = Words(f->Sig()->results);
  if (result_words > 0 && call->type && call->type->kind != TypeKind::kTuple) native_result_ = base;
  return true;
}

std::pair<uint16_t, uint16_t> FuncCompiler::NativeArgs(const ast::CallExpr* call, const Func* f) {
  const std::string& q = f->qualified_name;
  Pos at = call->pos;
  // A method's receiver (a pointer) comes first, then the arguments.
  const SignatureType* sig = f->Sig();
  const ast::SelectorExpr* sel = call->fun->As<ast::SelectorExpr>();
  const Selection* selection = sel ? c_.info().SelectionOf(sel) : nullptr;
  bool method = selection && selection->kind == SelectionKind::kMethodVal;
  int param_words = Words(sig->params), result_words = Words(sig->results);
  if (param_words < 0 || result_words < 0) {
    Unsupported(at, q + " with these argument types");
    param_words = result_words = 0;
  }
  uint16_t base = Alloc(std::max(param_words + (method ? 1 : 0), std::max(result_words, 1)));
  uint16_t slot = base;
  if (method) {
    // Pointer receivers get the address; value receivers (time.Duration) the value.
    const Type* recv = sig->recv ? sig->recv->type : nullptr;
    if (recv && recv->kind != TypeKind::kPointer) {
      Eval(sel->x, slot);
      slot = static_cast<uint16_t>(slot + std::max(1, Words(recv)));
    } else {
      Move(slot++, EvalReceiverPointer(sel->x), 1, at);
    }
  }
  slot = EvalArgsInto(call, sig, slot);
  native_arg_words_ = static_cast<uint16_t>(slot - base);
  return {c_.program().Native(q), base};
}

void FuncCompiler::EvalCall(const ast::CallExpr* call, uint16_t dest, bool want_value) {
  const Expr* fun = call->fun;
  while (const ast::ParenExpr* p = fun->As<ast::ParenExpr>()) fun = p->x;
  const Object* obj = nullptr;
  if (const ast::Ident* id = fun->As<ast::Ident>()) obj = id->obj;
  if (const ast::SelectorExpr* sel = fun->As<ast::SelectorExpr>()) obj = sel->sel->obj;
  if (obj && obj->kind == ObjKind::kBuiltin) {
    EvalBuiltin(call, static_cast<const Builtin*>(obj), dest);
    return;
  }
  if (obj && obj->kind == ObjKind::kTypeName) return EvalConversion(call, dest);
  if (const Expr* t = fun; !obj && call->args.size() == 1 && IsTypeExpr(t)) return EvalConversion(call, dest);
  const ast::Ident* generic = nullptr;  // f or f[T...] naming a generic function
  if (const ast::IndexExpr* ix = fun->As<ast::IndexExpr>()) {
    if (const ast::Ident* id = ix->x->As<ast::Ident>()) generic = id;
    if (const ast::SelectorExpr* s = ix->x->As<ast::SelectorExpr>()) generic = s->sel;
    if (generic) obj = generic->obj;
  } else if (const ast::Ident* id = fun->As<ast::Ident>()) {
    generic = id;
  } else if (const ast::SelectorExpr* s = fun->As<ast::SelectorExpr>()) {
    generic = s->sel;
  }
  const Func* f = obj ? obj->As<Func>() : nullptr;
  if (f && f->decl && f->decl->func_type->type_params) {
    auto inst = c_.info().instances.find(generic);
    int64_t index = inst == c_.info().instances.end()
                        ? -1
                        : c_.InstanceIndex(f, f->Sig()->type_params, inst->second.type_args);
    if (index < 0) return Unsupported(call->pos, "this use of a generic function");
    uint16_t entry = top_;
    uint16_t base = EvalArgs(call);
    Emit(Op::kCall, call->pos, static_cast<uint16_t>(index), base);
    if (want_value && call->type && call->type->kind != TypeKind::kTuple) {
      Move(dest, base, std::max(0, Words(call->type)), call->pos);
    }
    SettleTupleResults(call, entry, base);
    return;
  }
  if (const ast::SelectorExpr* sel = fun->As<ast::SelectorExpr>(); sel && f && !f->is_native) {
    if (const Selection* m = c_.info().SelectionOf(sel); m && m->kind == SelectionKind::kMethodVal) {
      return EvalMethodCall(call, sel, *m, dest, want_value);
    }
  }
  if (f && f->is_native) {
    native_result_ = UINT16_MAX;
    EvalPackageCall(call, f);
    if (want_value && native_result_ != UINT16_MAX) {
      Move(dest, native_result_, std::max(0, Words(call->type)), call->pos);
    }
    return;
  }
  // T.M(x, ...) goes through its function value (a wrapper may adapt the receiver).
  int64_t index = IsMethodSelector(fun) ? -1 : c_.FunctionIndex(obj);
  uint16_t entry = top_;
  uint16_t base;
  if (index >= 0) {
    base = EvalArgs(call);
    Emit(Op::kCall, call->pos, static_cast<uint16_t>(index), base);
  } else if (fun->type && fun->type->Underlying()->kind == TypeKind::kSignature &&
             IsFuncValue(fun)) {
    // A function value: a closure, a variable or a field of func type.
    uint16_t closure = EvalAny(fun);
    base = EvalArgs(call);
    Emit(Op::kCallValue, call->pos, closure, base);
  } else {
    Unsupported(call->pos, "calls of methods of this kind");
    return;
  }
  if (want_value && call->type && call->type->kind != TypeKind::kTuple) {
    Move(dest, base, std::max(0, Words(call->type)), call->pos);
  }
  SettleTupleResults(call, entry, base);
}

int64_t FuncCompiler::GenericInstance(const ast::Ident* id) {
  const Func* f = id->obj ? id->obj->As<Func>() : nullptr;
  if (!f || !f->decl || !f->decl->func_type->type_params) return -1;
  auto inst = c_.info().instances.find(id);
  if (inst == c_.info().instances.end()) return -1;
  return c_.InstanceIndex(f, f->Sig()->type_params, inst->second.type_args);
}

bool FuncCompiler::IsMethodSelector(const Expr* fun) const {
  const ast::SelectorExpr* sel = fun->As<ast::SelectorExpr>();
  const Selection* m = sel ? c_.info().SelectionOf(sel) : nullptr;
  return m && m->kind != SelectionKind::kFieldVal;
}

bool FuncCompiler::IsFuncValue(const Expr* fun) const {
  const ast::SelectorExpr* sel = fun->As<ast::SelectorExpr>();
  if (!sel) return true;
  // s.f with f a field of func type, pkg.V, or a method value/expression in parentheses.
  const Selection* m = c_.info().SelectionOf(sel);
  return NamedVar(sel) || (m && m->kind != SelectionKind::kMethodVal);
}

bool FuncCompiler::IsTypeExpr(const Expr* e) {
  switch (e->kind) {
    case ast::NodeKind::kArrayType: case ast::NodeKind::kSliceType: case ast::NodeKind::kMapType:
    case ast::NodeKind::kChanType: case ast::NodeKind::kFuncType: case ast::NodeKind::kStructType:
    case ast::NodeKind::kInterfaceType:
      return true;
    case ast::NodeKind::kStarExpr: return IsTypeExpr(e->Cast<ast::StarExpr>()->x);
    case ast::NodeKind::kIdent: {
      const ast::Ident* id = e->Cast<ast::Ident>();
      return id->obj && id->obj->kind == ObjKind::kTypeName;
    }
    case ast::NodeKind::kSelectorExpr: {
      const ast::Ident* sel = e->Cast<ast::SelectorExpr>()->sel;
      return sel->obj && sel->obj->kind == ObjKind::kTypeName;
    }
    default: return false;
  }
}

void FuncCompiler::EvalConversion(const ast::CallExpr* call, uint16_t dest) {
  const Type* to_type = call->type;
  const Expr* arg = call->args[0];
  const Type* to = to_type->Underlying();
  const Type* from = DefaultType(arg->type)->Underlying();
  Pos at = call->pos;
  if (IsInterface(to)) return EvalAs(arg, to_type, dest);
  if (arg->constant && !IsString(to) && to->kind != TypeKind::kSlice) return EvalConstant(arg, to_type, dest);
  uint16_t x = EvalAny(arg);
  int16_t wrap = WrapBitsFor(to_type);
  bool to_f32 = IsFloat(to) && BasicBits(to->kind) == 32;
  auto elem_is = [](const Type* slice, TypeKind k) {
    const Type* e = slice->kind == TypeKind::kSlice ? static_cast<const SliceType*>(slice)->elem->Underlying() : nullptr;
    return e && e->kind == k;
  };
  if (IsInteger(to) && IsInteger(from)) {
    Move(dest, x, 1, at);
    if (wrap) Emit(Op::kWrap, at, dest, dest, static_cast<uint16_t>(wrap));
  } else if (IsFloat(to) && IsInteger(from)) {
    Emit(IsUnsigned(from) ? Op::kUintToFloat : Op::kIntToFloat, at, dest, x);
    if (to_f32) Emit(Op::kRoundF32, at, dest, dest);
  } else if (IsInteger(to) && IsFloat(from)) {
    Emit(IsUnsigned(to) && !wrap ? Op::kFloatToUint : Op::kFloatToInt, at, dest, x);
    if (wrap) Emit(Op::kWrap, at, dest, dest, static_cast<uint16_t>(wrap));
  } else if (IsFloat(to) && IsFloat(from)) {
    Emit(to_f32 ? Op::kRoundF32 : Op::kMove, at, dest, x);
  } else if (IsString(to) && IsInteger(from)) {
    Emit(Op::kRuneToString, at, dest, x);
  } else if (IsString(to) && elem_is(from, TypeKind::kUint8)) {
    Emit(Op::kBytesToString, at, dest, x);
  } else if (IsString(to) && elem_is(from, TypeKind::kInt32)) {
    Emit(Op::kRunesToString, at, dest, x);
  } else if (IsString(from) && elem_is(to, TypeKind::kUint8)) {
    Emit(Op::kStringToBytes, at, dest, x);
  } else if (IsString(from) && elem_is(to, TypeKind::kInt32)) {
    Emit(Op::kStringToRunes, at, dest, x);
  } else if (const ArrayType* arr = from->kind == TypeKind::kSlice ? SliceTarget(to) : nullptr) {
    // (*[N]T)(s) and [N]T(s): s's array, which must hold N elements.
    if (arr->length > 65535) return Unsupported(at, "the conversion to " + TypeString(to_type));
    bool pointer = to->kind == TypeKind::kPointer;
    uint16_t p = pointer ? dest : Alloc(1);
    Emit(Op::kSliceToArray, at, p, x, static_cast<uint16_t>(arr->length));
    if (!pointer) LoadPlace(Place{true, p}, dest, std::max(0, Words(arr)), at);
  } else if (Identical(to, from) || Words(to) == Words(from)) {
    // The same underlying type (or pointers to such): the words as they are.
    Move(dest, x, std::max(0, Words(to)), at);
  } else {
    Unsupported(at, "the conversion to " + TypeString(to_type));
  }
}

// ---- statements ----

void FuncCompiler::Block(std::span<Stmt* const> list) {
  for (const Stmt* s : list) Statement(s);
}

void FuncCompiler::Store(const Expr* lhs, uint16_t src, bool define) {
  if (const ast::IndexExpr* ix = lhs->As<ast::IndexExpr>();
      ix && ix->x->type->Underlying()->kind == TypeKind::kSlice) {
    uint16_t mark = top_;
    uint16_t x = EvalAny(ix->x);
    uint16_t i = Alloc(1);
    EvalAs(ix->index(), DefaultType(ix->index()->type), i);
    Emit(Op::kSetIndex, ix->lbrack, x, i, src, ElemWords(ix->x->type));
    top_ = mark;
    return;
  }
  if (const ast::IndexExpr* ix = lhs->As<ast::IndexExpr>()) {
    if (const MapType* m = AsMap(ix->x->type)) {
      uint16_t mark = top_;
      uint16_t map = EvalAny(ix->x);
      uint16_t key = Alloc(std::max(1, Words(m->key)));
      EvalAs(ix->index(), m->key, key);
      Emit(Op::kMapSet, ix->lbrack, map, key, src);
      top_ = mark;
      return;
    }
  }
  const ast::Ident* id = lhs->As<ast::Ident>();
  if (id && id->name == "_") return;
  if (!NamedVar(lhs)) {
    // A field, an array element, *p: the value goes to its place.
    uint16_t mark = top_;
    StorePlace(PlaceOf(lhs), src, std::max(0, Words(lhs->type)), lhs->pos);
    top_ = mark;
    return;
  }
  const Var* v = NamedVar(lhs);
  if (!v) return;
  if (v->is_global) {
    Emit(Op::kStoreGlobal, lhs->pos, c_.GlobalOffset(v, lhs->pos), src,
         static_cast<uint16_t>(std::max(0, Words(v->type))));
    return;
  }
  // Every local already has its slot (see DeclareLocals); a definition of an escaping
  // variable makes a new cell, so each closure captures the variable of its iteration.
  uint16_t slot = SlotOf(v, lhs->pos);
  int w = std::max(0, Words(v->type));
  if (!Boxed(v)) return Move(slot, src, w, lhs->pos);
  if (define) NewCell(v, lhs->pos);
  Emit(Op::kStoreInd, lhs->pos, slot, src, static_cast<uint16_t>(w));
}

std::optional<std::pair<uint16_t, int>> FuncCompiler::EvalCommaOk(const Expr* e) {
  if (const ast::UnaryExpr* u = e->As<ast::UnaryExpr>(); u && u->op == Tok::kArrow) {
    int w = std::max(0, Words(static_cast<const ChanType*>(u->x->type->Underlying())->elem));
    uint16_t ch = EvalAny(u->x);
    uint16_t tmp = Alloc(w + 1);
    Emit(Op::kRecv2, u->pos, tmp, ch);
    return std::pair{tmp, w};
  }
  if (const ast::TypeAssertExpr* ta = e->As<ast::TypeAssertExpr>()) {
    int w = std::max(0, Words(ta->type_expr->type));
    uint16_t tmp = Alloc(w + 1);
    EvalAssert(ta->x, ta->type_expr->type, tmp, true, ta->lparen);
    return std::pair{tmp, w};
  }
  if (const ast::IndexExpr* ix = e->As<ast::IndexExpr>(); ix && AsMap(ix->x->type)) {
    int w = std::max(0, Words(AsMap(ix->x->type)->elem));
    uint16_t tmp = Alloc(w + 1);
    EvalMapIndex(ix, tmp);
    return std::pair{tmp, w};
  }
  return std::nullopt;
}

void FuncCompiler::Assign(const ast::AssignStmt* s) {
  bool define = s->tok == Tok::kDefine;
  uint16_t mark = top_;
  if (IsAssignOp(s->tok)) {
    // x op= y
    static const std::unordered_map<Tok, Tok> kBase = {
        {Tok::kAddAssign, Tok::kAdd}, {Tok::kSubAssign, Tok::kSub}, {Tok::kMulAssign, Tok::kMul},
        {Tok::kQuoAssign, Tok::kQuo}, {Tok::kRemAssign, Tok::kRem}, {Tok::kAndAssign, Tok::kAnd},
        {Tok::kOrAssign, Tok::kOr},   {Tok::kXorAssign, Tok::kXor}, {Tok::kShlAssign, Tok::kShl},
        {Tok::kShrAssign, Tok::kShr}, {Tok::kAndNotAssign, Tok::kAndNot}};
    uint16_t x = EvalAny(s->lhs[0]);
    bool shift = s->tok == Tok::kShlAssign || s->tok == Tok::kShrAssign;
    uint16_t y = shift ? EvalAny(s->rhs[0]) : EvalOperand(s->rhs[0], s->lhs[0]->type);
    uint16_t r = Alloc(1);
    EvalArith(kBase.at(s->tok), s->lhs[0]->type, r, x, y, s->tok_pos);
    Store(s->lhs[0], r, false);
    top_ = mark;
    return;
  }
  if (s->lhs.size() >= 2 && s->rhs.size() == 1) {
    // v, ok := <-ch / x.(T) / m[k]
    const Expr* rhs = s->rhs[0];
    while (const ast::ParenExpr* p = rhs->As<ast::ParenExpr>()) rhs = p->x;
    if (auto r = EvalCommaOk(rhs)) {
      Store(s->lhs[0], r->first, define);
      Store(s->lhs[1], static_cast<uint16_t>(r->first + r->second), define);
      top_ = mark;
      return;
    }
    if (const ast::CallExpr* call = rhs->As<ast::CallExpr>()) {
      uint16_t base = top_;
      EvalCall(call, 0, false);
      const TupleType* results = static_cast<const TupleType*>(call->type);
      uint16_t at = base;
      for (size_t i = 0; i < s->lhs.size(); i++) {
        Store(s->lhs[i], at, define);
        at = static_cast<uint16_t>(at + std::max(0, Words(results->vars[i]->type)));
      }
      top_ = mark;
      return;
    }
    Unsupported(s->pos, "this two-value assignment");
    return;
  }
  if (s->lhs.size() != s->rhs.size()) return Unsupported(s->pos, "this multi-value assignment");
  // The operands of index expressions and indirections on the left first (i, s[i] = ...),
  // then every right-hand side (a, b = b, a), then the stores.
  std::vector<std::optional<Place>> places(s->lhs.size());
  std::vector<std::optional<std::pair<uint16_t, uint16_t>>> map_entries(s->lhs.size());  // map, key
  // One target and a right side without calls or receives: the order cannot show, and
  // Store's direct forms (kSetIndex) are quicker.
  bool order_matters = s->lhs.size() > 1 || MayHaveEffects(s->rhs[0]);
  for (size_t i = 0; i < s->lhs.size() && order_matters; i++) {
    const Expr* l = s->lhs[i];
    while (const ast::ParenExpr* p = l->As<ast::ParenExpr>()) l = p->x;
    const ast::IndexExpr* ix = l->As<ast::IndexExpr>();
    if (NamedVar(l) || l->As<ast::Ident>()) continue;
    if (const MapType* m = ix ? AsMap(ix->x->type) : nullptr) {
      uint16_t map = EvalAny(ix->x);
      uint16_t key = Alloc(std::max(1, Words(m->key)));
      EvalAs(ix->index(), m->key, key);
      map_entries[i] = std::pair{map, key};
    } else {
      hold_pointers_ = s->lhs.size() > 1;
      places[i] = PlaceOf(l);
      hold_pointers_ = false;
    }
  }
  std::vector<uint16_t> values;
  for (size_t i = 0; i < s->rhs.size(); i++) {
    const Type* t = s->lhs[i]->type ? s->lhs[i]->type : s->rhs[i]->type;
    if (const ast::Ident* id = s->lhs[i]->As<ast::Ident>(); id && id->obj && id->obj->As<Var>()) {
      t = id->obj->type;
    }
    uint16_t v = Alloc(std::max(1, Words(t)));
    EvalAs(s->rhs[i], t, v);
    values.push_back(v);
  }
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (places[i]) {
      StorePlace(*places[i], values[i], std::max(0, Words(s->lhs[i]->type)), s->lhs[i]->pos);
    } else if (map_entries[i]) {
      Emit(Op::kMapSet, s->lhs[i]->pos, map_entries[i]->first, map_entries[i]->second, values[i]);
    } else {
      Store(s->lhs[i], values[i], define);
    }
  }
  top_ = mark;
}

void FuncCompiler::Statement(const Stmt* s) {
  uint16_t mark = top_;
  switch (s->kind) {
    case ast::NodeKind::kEmptyStmt: break;
    case ast::NodeKind::kBlockStmt: Block(s->Cast<ast::BlockStmt>()->list); break;
    case ast::NodeKind::kExprStmt: {
      const Expr* x = s->Cast<ast::ExprStmt>()->x;
      if (const ast::CallExpr* call = x->As<ast::CallExpr>()) {
        uint16_t dest = Alloc(std::max(1, Words(call->type)));
        EvalCall(call, dest, false);
      } else {
        uint16_t dest = Alloc(std::max(1, Words(x->type)));
        Eval(x, dest);
      }
      break;
    }
    case ast::NodeKind::kSendStmt: {
      const ast::SendStmt* send = s->Cast<ast::SendStmt>();
      uint16_t ch = EvalAny(send->chan);
      const Type* elem = static_cast<const ChanType*>(send->chan->type->Underlying())->elem;
      uint16_t v = Alloc(std::max(1, Words(elem)));
      EvalAs(send->value, elem, v);
      Emit(Op::kSend, send->arrow, ch, v);
      break;
    }
    case ast::NodeKind::kIncDecStmt: {
      const ast::IncDecStmt* inc = s->Cast<ast::IncDecStmt>();
      if (const Type* fu = inc->x->type->Underlying(); IsFloat(fu)) {
        uint16_t x = EvalAny(inc->x), one = Alloc(1), r = Alloc(1);
        Emit(Op::kLoadK, s->pos, one, fn_.Constant(std::bit_cast<uint64_t>(inc->tok == Tok::kInc ? 1.0 : -1.0)));
        Emit(Op::kFAdd, s->pos, r, x, one);
        if (BasicBits(fu->kind) == 32) Emit(Op::kRoundF32, s->pos, r, r);
        Store(inc->x, r, false);
        break;
      }
      uint16_t x = EvalAny(inc->x);
      uint16_t r = Alloc(1);
      Emit(Op::kAddI, s->pos, r, x, static_cast<uint16_t>(inc->tok == Tok::kInc ? 1 : -1));
      if (int16_t w = WrapBitsFor(inc->x->type)) Emit(Op::kWrap, s->pos, r, r, static_cast<uint16_t>(w));
      Store(inc->x, r, false);
      break;
    }
    case ast::NodeKind::kAssignStmt: Assign(s->Cast<ast::AssignStmt>()); break;
    case ast::NodeKind::kDeclStmt: {
      const ast::GenDecl* g = s->Cast<ast::DeclStmt>()->decl;
      if (g->tok != Tok::kVar) break;  // constants and types need no code
      for (const ast::Spec* sp : g->specs) {
        const ast::ValueSpec* vs = sp->Cast<ast::ValueSpec>();
        for (size_t i = 0; i < vs->names.size(); i++) {
          const Var* v = vs->names[i]->obj ? vs->names[i]->obj->As<Var>() : nullptr;
          if (!v) continue;
          if (i >= vs->values.size()) {
            ZeroVar(v, vs->pos);
            continue;
          }
          uint16_t tmp = Alloc(std::max(1, Words(v->type)));
          EvalAs(vs->values[i], v->type, tmp);
          Store(vs->names[i], tmp, true);
        }
      }
      break;
    }
    case ast::NodeKind::kGoStmt: {
      const ast::CallExpr* call = s->Cast<ast::GoStmt>()->call;
      const Object* obj = nullptr;
      if (const ast::Ident* id = call->fun->As<ast::Ident>()) obj = id->obj;
      int64_t index = c_.FunctionIndex(obj);
      const SignatureType* sig = static_cast<const SignatureType*>(call->fun->type->Underlying());
      if (index < 0) {
        // go func() { ... }() or go f(x) with f a function value.
        uint16_t closure = EvalAny(call->fun);
        uint16_t base = EvalArgs(call);
        Emit(Op::kGoValue, s->pos, closure, base, static_cast<uint16_t>(std::max(0, Words(sig->params))));
        break;
      }
      uint16_t base = EvalArgs(call);
      Emit(Op::kGo, s->pos, static_cast<uint16_t>(index), base,
           c_.program().functions[index].param_words ? static_cast<uint16_t>(std::max(0, Words(static_cast<const SignatureType*>(call->fun->type->Underlying())->params))) : 0);
      break;
    }
    case ast::NodeKind::kReturnStmt: Return(s->Cast<ast::ReturnStmt>()); break;
    case ast::NodeKind::kDeferStmt: Defer(s->Cast<ast::DeferStmt>()); break;
    case ast::NodeKind::kLabeledStmt: {
      const ast::LabeledStmt* l = s->Cast<ast::LabeledStmt>();
      // Only the statements break and continue can name take the label.
      switch (l->stmt->kind) {
        case ast::NodeKind::kForStmt: case ast::NodeKind::kRangeStmt: case ast::NodeKind::kSwitchStmt:
        case ast::NodeKind::kTypeSwitchStmt: case ast::NodeKind::kSelectStmt:
          pending_label_ = l->label->name;
          break;
        default: break;
      }
      Statement(l->stmt);
      pending_label_ = {};
      break;
    }
    case ast::NodeKind::kBranchStmt: {
      const ast::BranchStmt* br = s->Cast<ast::BranchStmt>();
      if (br->tok == Tok::kGoto) {
        Unsupported(s->pos, "goto");
        break;
      }
      if (br->tok == Tok::kFallthrough) break;  // the switch lets its body run into the next
      if (br->label && range_body_ &&
          std::none_of(loops_.begin(), loops_.end(), [&](const Loop& l) { return l.label == br->label->name; })) {
        // A label outside this range-over-func body: the loop itself, or further out.
        bool is_continue = br->tok == Tok::kContinue;
        if (br->label->name == range_body_->label) {
          if (!is_continue) SetRangeState(RangeBody::kBroke, s->pos);
          YieldReturn(is_continue, s->pos);
        } else if (int state = range_body_->ExitState(br->label->name, is_continue); state >= 0) {
          SetRangeState(state, s->pos);
          YieldReturn(false, s->pos);
        } else {
          Unsupported(s->pos, "this branch out of a range-over-func loop");
        }
        break;
      }
      if (br->label) {
        // break L / continue L: the enclosing statement labeled L.
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
          if (it->label != br->label->name) continue;
          if (br->tok == Tok::kBreak) {
            it->breaks.push_back(EmitJump(Op::kJump, s->pos));
          } else {
            it->continues.push_back(EmitJump(Op::kJump, s->pos));
          }
          break;
        }
        break;
      }
      bool in_loop = std::any_of(loops_.begin(), loops_.end(), [](const Loop& l) { return l.is_loop; });
      if (range_body_ && br->tok == Tok::kBreak && loops_.empty()) {
        // break out of a range-over-func loop: stop the iterator.
        SetRangeState(RangeBody::kBroke, s->pos);
        YieldReturn(false, s->pos);
      } else if (range_body_ && br->tok == Tok::kContinue && !in_loop) {
        YieldReturn(true, s->pos);
      } else if (br->tok == Tok::kBreak && !loops_.empty()) {
        loops_.back().breaks.push_back(EmitJump(Op::kJump, s->pos));
      } else if (br->tok == Tok::kContinue) {
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
          if (it->is_loop) {
            it->continues.push_back(EmitJump(Op::kJump, s->pos));
            break;
          }
        }
      } else {
        Unsupported(s->pos, std::string(TokText(br->tok)));
      }
      break;
    }
    case ast::NodeKind::kIfStmt: If(s->Cast<ast::IfStmt>()); break;
    case ast::NodeKind::kForStmt: For(s->Cast<ast::ForStmt>()); break;
    case ast::NodeKind::kRangeStmt: Range(s->Cast<ast::RangeStmt>()); break;
    case ast::NodeKind::kSwitchStmt: Switch(s->Cast<ast::SwitchStmt>()); break;
    case ast::NodeKind::kTypeSwitchStmt: TypeSwitch(s->Cast<ast::TypeSwitchStmt>()); break;
    case ast::NodeKind::kSelectStmt: Select(s->Cast<ast::SelectStmt>()); break;
    default:
      Unsupported(s->pos, "statements of the form " + std::string(ast::NodeKindName(s->kind)));
  }
  top_ = mark;
}

void FuncCompiler::If(const ast::IfStmt* s) {
  if (s->init) Statement(s->init);
  uint16_t mark = top_;
  uint16_t c = EvalAny(s->cond);
  uint32_t to_else = EmitJump(Op::kJumpIfNot, s->pos, c);
  top_ = mark;
  Block(s->body->list);
  if (!s->else_stmt) {
    Patch(to_else, Here());
    return;
  }
  uint32_t to_end = EmitJump(Op::kJump, s->body->rbrace);
  Patch(to_else, Here());
  Statement(s->else_stmt);
  Patch(to_end, Here());
}

void FuncCompiler::For(const ast::ForStmt* s) {
  if (s->init) Statement(s->init);
  uint32_t top = Here();
  uint32_t exit = UINT32_MAX;
  if (s->cond) {
    uint16_t mark = top_;
    uint16_t c = EvalAny(s->cond);
    exit = EmitJump(Op::kJumpIfNot, s->pos, c);
    top_ = mark;
  }
  LoopBody(s->body, s->pos, top, exit, [&] {
    // Go 1.22: each iteration has its own loop variables. An escaping one gets a fresh cell
    // before the post statement, holding the previous iteration's value.
    if (const ast::AssignStmt* init = s->init ? s->init->As<ast::AssignStmt>() : nullptr;
        init && init->tok == Tok::kDefine) {
      for (const Expr* lhs : init->lhs) {
        const ast::Ident* id = lhs->As<ast::Ident>();
        const Var* v = id && id->obj ? id->obj->As<Var>() : nullptr;
        if (!v || !Boxed(v)) continue;
        uint16_t mark = top_;
        uint16_t w = static_cast<uint16_t>(std::max(1, Words(v->type)));
        uint16_t tmp = Alloc(w);
        Emit(Op::kLoadInd, s->pos, tmp, slots_[v], w);
        NewCell(v, s->pos);
        Emit(Op::kStoreInd, s->pos, slots_[v], tmp, w);
        top_ = mark;
      }
    }
    if (s->post) Statement(s->post);
  });
}

void FuncCompiler::Range(const ast::RangeStmt* s) {
  const Type* u = DefaultType(s->x->type)->Underlying();
  bool define = s->tok == Tok::kDefine;
  if (u->kind == TypeKind::kChan) {
    // for v := range ch: receive until the channel is closed and drained.
    const Type* elem = static_cast<const ChanType*>(u)->elem;
    int w = std::max(0, Words(elem));
    uint16_t ch = EvalAny(s->x);
    uint16_t tmp = Alloc(w + 1);
    uint32_t top = Here();
    Emit(Op::kRecv2, s->range_pos, tmp, ch);
    uint32_t exit = EmitJump(Op::kJumpIfNot, s->range_pos, static_cast<uint16_t>(tmp + w));
    if (s->key) Store(s->key, tmp, define);
    LoopBody(s->body, s->pos, top, exit, [] {});
    return;
  }
  if (IsInteger(u)) {
    // for i := range n (Go 1.22): i counts from 0 to n-1; n is evaluated once.
    uint16_t n = Alloc(1);
    EvalAs(s->x, u, n);
    uint16_t i = Alloc(1);
    uint16_t c = Alloc(1);
    LoadInt(i, 0, s->pos);
    uint32_t top = Here();
    Emit(Op::kLt, s->range_pos, c, i, n);
    uint32_t exit = EmitJump(Op::kJumpIfNot, s->range_pos, c);
    if (s->key) Store(s->key, i, define);
    LoopBody(s->body, s->pos, top, exit, [&] { Emit(Op::kAddI, s->range_pos, i, i, 1); });
    return;
  }
  if (const MapType* m = AsMap(s->x->type)) {
    // The keys are fixed (in the run's random order) when the loop starts; keys deleted
    // meanwhile are skipped.
    uint16_t map = Alloc(1);
    Eval(s->x, map);
    uint16_t it = Alloc(4);
    uint16_t key = Alloc(std::max(1, Words(m->key)));
    uint16_t value = Alloc(std::max(1, Words(m->elem)));
    Emit(Op::kMapIter, s->range_pos, it, map);
    uint32_t top = Here();
    Emit(Op::kMapNext, s->range_pos, it, key, value);
    uint32_t exit = EmitJump(Op::kJumpIfNot, s->range_pos, static_cast<uint16_t>(it + 2));
    if (s->key) Store(s->key, key, define);
    if (s->value) Store(s->value, value, define);
    LoopBody(s->body, s->pos, top, exit, [] {});
    return;
  }
  if (u->kind == TypeKind::kSlice || IsString(u)) {
    // for i, v := range x: x is evaluated once; strings step by UTF-8 runes.
    bool is_string = IsString(u);
    uint16_t x = Alloc(is_string ? 2 : 3);
    Eval(s->x, x);
    uint8_t ew = is_string ? 0 : ElemWords(s->x->type);
    uint16_t i = Alloc(1), c = Alloc(1), value = Alloc(is_string ? 2 : ew);
    LoadInt(i, 0, s->pos);
    uint32_t top = Here();
    Emit(Op::kLt, s->range_pos, c, i, static_cast<uint16_t>(x + 1));
    uint32_t exit = EmitJump(Op::kJumpIfNot, s->range_pos, c);
    if (is_string) {
      Emit(Op::kDecodeRune, s->range_pos, value, x, i);  // value: rune, then its width
    } else if (s->value) {
      Emit(Op::kIndex, s->range_pos, value, x, i, ew);
    }
    if (s->key) Store(s->key, i, define);
    if (s->value) Store(s->value, value, define);
    LoopBody(s->body, s->pos, top, exit, [&] {
      if (is_string) {
        // The body may have changed the rune slot: decode again to find the step.
        Emit(Op::kDecodeRune, s->range_pos, value, x, i);
        Emit(Op::kAdd, s->range_pos, i, i, static_cast<uint16_t>(value + 1));
      } else {
        Emit(Op::kAddI, s->range_pos, i, i, 1);
      }
    });
    return;
  }
  if (u->kind == TypeKind::kSignature) return RangeFunc(s, static_cast<const SignatureType*>(u));
  const ArrayType* arr = AsArray(u);
  bool through_pointer = !arr && u->kind == TypeKind::kPointer &&
                         (arr = AsArray(static_cast<const PointerType*>(u)->elem));
  if (arr) {
    // for i, v := range a: a is copied once (range over *[N]T reads through the pointer).
    int ew = std::max(0, Words(arr->elem));
    // (With only the index, x is evaluated only for its calls or receives, as Go says.)
    bool copy = (s->value || MayHaveEffects(s->x)) && !through_pointer;
    uint16_t x = copy ? Alloc(std::max(1, Words(u))) : Alloc(1);
    if (copy || through_pointer) Eval(s->x, x);
    uint16_t i = Alloc(1), c = Alloc(1), n = Alloc(1), scale = Alloc(1), off = Alloc(1);
    uint16_t value = Alloc(std::max(1, ew));
    LoadInt(i, 0, s->pos);
    LoadInt(n, arr->length, s->pos);
    LoadInt(scale, ew, s->pos);
    uint32_t top = Here();
    Emit(Op::kLt, s->range_pos, c, i, n);
    uint32_t exit = EmitJump(Op::kJumpIfNot, s->range_pos, c);
    if (s->value) {
      Emit(Op::kMul, s->range_pos, off, i, scale);
      Place p = through_pointer ? OffsetPlace(Place{true, x}, off, s->range_pos) : Place{false, x, 0, off};
      LoadPlace(p, value, ew, s->range_pos);
    }
    if (s->key) Store(s->key, i, define);
    if (s->value) Store(s->value, value, define);
    LoopBody(s->body, s->pos, top, exit, [&] { Emit(Op::kAddI, s->range_pos, i, i, 1); });
    return;
  }
  Unsupported(s->range_pos, "range over " + TypeString(s->x->type));
}

void FuncCompiler::Switch(const ast::SwitchStmt* s) {
  if (s->init) Statement(s->init);
  uint16_t tag = 0;
  const Type* tag_type = nullptr;
  if (s->tag) {
    tag_type = DefaultType(s->tag->type);
    tag = Alloc(std::max(1, Words(tag_type)));
    EvalAs(s->tag, tag_type, tag);
  }
  loops_.push_back(Loop{{}, {}, false, std::exchange(pending_label_, {})});
  std::vector<uint32_t> to_end;
  const ast::CaseClause* default_clause = nullptr;
  std::vector<std::pair<const ast::CaseClause*, std::vector<uint32_t>>> bodies;
  // Tests in source order, each jumping to its clause's body.
  for (const Stmt* st : s->body->list) {
    const ast::CaseClause* cc = st->Cast<ast::CaseClause>();
    std::vector<uint32_t> hits;
    if (cc->is_default) default_clause = cc;
    for (const Expr* e : cc->list) {
      uint16_t mark = top_;
      uint16_t c = Alloc(1);
      if (s->tag) {
        // tag == e, with e converted to the tag's type (or both to an interface).
        const Type* t = IsInterface(tag_type) || !IsInterface(e->type) ? tag_type : e->type;
        uint16_t x = tag;
        if (t != tag_type) {
          x = Alloc(std::max(1, Words(t)));
          Convert(tag, tag_type, t, x, e->pos);
        }
        uint16_t v = Alloc(std::max(1, Words(t)));
        EvalAs(e, t, v);
        EmitEqual(t, x, v, c, e->pos);
      } else {
        Eval(e, c);
      }
      hits.push_back(EmitJump(Op::kJumpIf, e->pos, c));
      top_ = mark;
    }
    bodies.emplace_back(cc, std::move(hits));
  }
  uint32_t to_default = EmitJump(Op::kJump, s->pos);
  // Bodies in source order, so that fallthrough continues into the next one.
  for (auto& [cc, hits] : bodies) {
    for (uint32_t h : hits) Patch(h, Here());
    if (cc == default_clause) Patch(to_default, Here());
    Block(cc->body);
    const ast::BranchStmt* last = cc->body.empty() ? nullptr : cc->body.back()->As<ast::BranchStmt>();
    if (!last || last->tok != Tok::kFallthrough) to_end.push_back(EmitJump(Op::kJump, cc->pos));
  }
  if (!default_clause) Patch(to_default, Here());
  for (uint32_t j : to_end) Patch(j, Here());
  Loop loop = std::move(loops_.back());
  loops_.pop_back();
  for (uint32_t j : loop.breaks) Patch(j, Here());
}

void FuncCompiler::Select(const ast::SelectStmt* s) {
  if (s->body->list.size() == 1) {
    if (const ast::CommClause* only = s->body->list[0]->Cast<ast::CommClause>(); only->comm) {
      // One case and no default is just that channel operation, as gc compiles it: the
      // goroutine then waits with "chan send" or "chan receive", not "select".
      loops_.push_back(Loop{{}, {}, false, std::exchange(pending_label_, {})});
      Statement(only->comm);
      Block(only->body);
      for (uint32_t j : loops_.back().breaks) Patch(j, Here());
      loops_.pop_back();
      return;
    }
  }
  SelectTable table;
  std::vector<const ast::CommClause*> clauses;  // parallel to table.cases
  const ast::CommClause* default_clause = nullptr;
  std::vector<std::vector<std::pair<const Expr*, uint16_t>>> binds;  // what each case assigns
  for (const Stmt* st : s->body->list) {
    const ast::CommClause* cc = st->Cast<ast::CommClause>();
    if (!cc->comm) {
      default_clause = cc;
      table.has_default = true;
      continue;
    }
    SelectCaseInfo info{};
    std::vector<std::pair<const Expr*, uint16_t>> bind;
    const Expr* recv = nullptr;
    std::span<Expr* const> lhs;
    if (const ast::SendStmt* send = cc->comm->As<ast::SendStmt>()) {
      const Type* elem = static_cast<const ChanType*>(send->chan->type->Underlying())->elem;
      info.kind = SelectCaseInfo::kSend;
      info.chan_slot = EvalAny(send->chan);
      info.elem_words = static_cast<uint16_t>(std::max(0, Words(elem)));
      info.value_slot = Alloc(std::max<int>(1, info.elem_words));
      EvalAs(send->value, elem, info.value_slot);
    } else if (const ast::ExprStmt* es = cc->comm->As<ast::ExprStmt>()) {
      recv = es->x;
    } else if (const ast::AssignStmt* as = cc->comm->As<ast::AssignStmt>()) {
      recv = as->rhs[0];
      lhs = as->lhs;
    }
    if (recv) {
      while (const ast::ParenExpr* p = recv->As<ast::ParenExpr>()) recv = p->x;
      const ast::UnaryExpr* u = recv->Cast<ast::UnaryExpr>();
      const Type* elem = static_cast<const ChanType*>(u->x->type->Underlying())->elem;
      info.kind = lhs.size() == 2 ? SelectCaseInfo::kRecv2 : SelectCaseInfo::kRecv;
      info.chan_slot = EvalAny(u->x);
      info.elem_words = static_cast<uint16_t>(std::max(0, Words(elem)));
      info.value_slot = Alloc(info.elem_words + 1);
      for (size_t i = 0; i < lhs.size(); i++)
        bind.emplace_back(lhs[i], static_cast<uint16_t>(info.value_slot + (i ? info.elem_words : 0)));
    }
    table.cases.push_back(info);
    clauses.push_back(cc);
    binds.push_back(std::move(bind));
  }
  uint16_t chosen = Alloc(1);
  fn_.selects.push_back(std::move(table));
  Emit(Op::kSelect, s->pos, chosen, static_cast<uint16_t>(fn_.selects.size() - 1));
  loops_.push_back(Loop{{}, {}, false, std::exchange(pending_label_, {})});
  std::vector<uint32_t> to_end;
  uint16_t k = Alloc(1);
  uint16_t c = Alloc(1);
  for (size_t i = 0; i < clauses.size(); i++) {
    LoadInt(k, static_cast<int64_t>(i), clauses[i]->pos);
    Emit(Op::kEq, clauses[i]->pos, c, chosen, k);
    uint32_t next = EmitJump(Op::kJumpIfNot, clauses[i]->pos, c);
    const ast::AssignStmt* as = clauses[i]->comm->As<ast::AssignStmt>();
    for (auto& [e, slot] : binds[i]) Store(e, slot, as && as->tok == Tok::kDefine);
    Block(clauses[i]->body);
    to_end.push_back(EmitJump(Op::kJump, clauses[i]->pos));
    Patch(next, Here());
  }
  if (default_clause) Block(default_clause->body);
  for (uint32_t j : to_end) Patch(j, Here());
  Loop loop = std::move(loops_.back());
  loops_.pop_back();
  for (uint32_t j : loop.breaks) Patch(j, Here());
}

void FuncCompiler::Defer(const ast::DeferStmt* s) {
  if (range_body_) return Unsupported(s->pos, "defer in the body of a range-over-func loop");
  const ast::CallExpr* call = s->call;
  const Expr* fun = call->fun;
  while (const ast::ParenExpr* p = fun->As<ast::ParenExpr>()) fun = p->x;
  const Object* obj = nullptr;
  if (const ast::Ident* id = fun->As<ast::Ident>()) obj = id->obj;
  if (const ast::SelectorExpr* sel = fun->As<ast::SelectorExpr>()) obj = sel->sel->obj;
  const Func* f = obj ? obj->As<Func>() : nullptr;
  // The callee and the arguments are evaluated now; the call happens at return.
  if (f && f->is_native) {
    if (!FindNative(f->qualified_name)) return Unsupported(s->pos, "defer " + f->qualified_name);
    auto [native, base] = NativeArgs(call, f);
    Emit(Op::kDefer, s->pos, native, base, native_arg_words_, 2);
    return;
  }
  if (obj && obj->kind == ObjKind::kBuiltin && static_cast<const Builtin*>(obj)->id == BuiltinId::kClose) {
    // defer close(ch): the channel is evaluated now, closed at return.
    uint16_t ch = Alloc(1);
    Eval(call->args[0], ch);
    Emit(Op::kDefer, s->pos, c_.program().Native("builtin.close"), ch, 1, 2);
    return;
  }
  if (obj && (obj->kind == ObjKind::kBuiltin || obj->kind == ObjKind::kTypeName)) {
    return Unsupported(s->pos, "defer of a builtin or conversion");
  }
  const SignatureType* sig = static_cast<const SignatureType*>(fun->type->Underlying());
  uint16_t words = static_cast<uint16_t>(std::max(0, Words(sig->params)));
  int64_t index = IsMethodSelector(fun) ? -1 : c_.FunctionIndex(obj);  // x.M: a bound method value
  if (index >= 0) {
    uint16_t base = EvalArgs(call);
    Emit(Op::kDefer, s->pos, static_cast<uint16_t>(index), base, words, 0);
    return;
  }
  uint16_t closure = EvalAny(fun);
  uint16_t base = EvalArgs(call);
  Emit(Op::kDefer, s->pos, closure, base, words, 1);
}

void FuncCompiler::Return(const ast::ReturnStmt* s) {
  const SignatureType* sig = range_body_ ? range_body_->func_sig : info_.sig;
  if (s->results.empty()) {
    // A bare return: the named results through the epilogue, or nothing.
    if (range_body_) {
      SetRangeState(RangeBody::kBareReturn, s->pos);
      YieldReturn(false, s->pos);
    } else if (named_results_.empty()) {
      Emit(Op::kReturn, s->pos, 0, 0);
    } else {
      to_epilogue_.push_back(EmitJump(Op::kJump, s->pos));
    }
    return;
  }
  // return f() with f returning as many values: its results, converted one by one.
  std::vector<std::pair<uint16_t, const Type*>> from_call;
  size_t n = sig->results->vars.size();
  if (s->results.size() != n) {
    const Expr* r = s->results[0];
    while (const ast::ParenExpr* p = r->As<ast::ParenExpr>()) r = p->x;
    const ast::CallExpr* call = r->As<ast::CallExpr>();
    if (!call || !call->type || call->type->kind != TypeKind::kTuple) {
      return Unsupported(s->pos, "returning a call's results");
    }
    uint16_t slot = top_;
    EvalCall(call, 0, false);
    for (const Var* v : static_cast<const TupleType*>(call->type)->vars) {
      from_call.push_back({slot, v->type});
      slot = static_cast<uint16_t>(slot + std::max(0, Words(v->type)));
    }
    top_ = std::max(top_, slot);
  }
  std::vector<uint16_t> values;
  for (size_t i = 0; i < n; i++) {
    const Type* t = sig->results->vars[i]->type;
    uint16_t v = Alloc(std::max(1, Words(t)));
    if (from_call.empty()) {
      EvalAs(s->results[i], t, v);
    } else {
      Convert(from_call[i].first, from_call[i].second, t, v, s->pos);
    }
    values.push_back(v);
  }
  EmitReturn(values, s->pos);
}

void FuncCompiler::EmitReturn(const std::vector<uint16_t>& values, Pos at) {
  if (range_body_) {
    // From inside a range-over-func body: the values wait in cells; the loop returns them.
    for (size_t i = 0; i < values.size(); i++) {
      const Var* r = range_body_->results[i];
      Emit(Op::kStoreInd, at, slots_[r], values[i], static_cast<uint16_t>(std::max(1, Words(r->type))));
    }
    SetRangeState(RangeBody::kReturned, at);
    return YieldReturn(false, at);
  }
  if (!named_results_.empty()) {
    // Named results: assign them (deferred calls may change them), then return them.
    for (size_t i = 0; i < named_results_.size() && i < values.size(); i++) {
      const Var* r = named_results_[i];
      uint16_t w = static_cast<uint16_t>(std::max(0, Words(r->type)));
      if (Boxed(r)) {
        Emit(Op::kStoreInd, at, slots_[r], values[i], w);
      } else {
        Move(slots_[r], values[i], w, at);
      }
    }
    to_epilogue_.push_back(EmitJump(Op::kJump, at));
    return;
  }
  uint16_t base = Alloc(std::max<int>(1, fn_.result_words));
  uint16_t slot = base;
  for (size_t i = 0; i < values.size(); i++) {
    int w = std::max(0, Words(info_.sig->results->vars[i]->type));
    Move(slot, values[i], w, at);
    slot = static_cast<uint16_t>(slot + w);
  }
  Emit(Op::kReturn, at, base, fn_.result_words);
}

void FuncCompiler::YieldReturn(bool go_on, Pos at) {
  uint16_t r = Alloc(1);
  LoadInt(r, go_on ? 1 : 0, at);
  Emit(Op::kReturn, at, r, 1);
}

void FuncCompiler::SetRangeState(int state, Pos at) {
  uint16_t v = Alloc(1);
  LoadInt(v, state, at);
  Emit(Op::kStoreInd, at, slots_[range_body_->state], v, 1);
}

// ---- range over functions (Go 1.23) ----

std::vector<Var*> FuncCompiler::RangeBodyCaptures(const ast::RangeStmt* s) {
  std::vector<Var*> out;
  auto inside = [&](Pos p) { return p >= s->body->pos && p <= s->body->rbrace; };
  auto visit = [&](ast::Node* n) {
    const ast::Ident* id = n->As<ast::Ident>();
    Var* v = id && id->obj && id->obj->kind == ObjKind::kVar ? static_cast<Var*>(id->obj) : nullptr;
    if (!v || v->is_global || v->is_field || inside(v->pos)) return true;
    if (s->tok == Tok::kDefine && (v->pos == (s->key ? s->key->pos : Pos{}) || v->pos == (s->value ? s->value->pos : Pos{}))) {
      return true;  // the loop's own variables: the body's parameters
    }
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    return true;
  };
  ast::Inspect(s->body, visit);
  if (s->tok == Tok::kAssign) {
    if (s->key) ast::Inspect(s->key, visit);
    if (s->value) ast::Inspect(s->value, visit);
  }
  return out;
}

void FuncCompiler::MarkRangeCaptures() {
  if (!body_) return;
  ast::Inspect(const_cast<ast::BlockStmt*>(body_), [&](ast::Node* n) {
    if (n->kind == ast::NodeKind::kFuncLit) return false;  // compiled as functions of their own
    const ast::RangeStmt* rs = n->As<ast::RangeStmt>();
    if (rs && rs->x->type && DefaultType(rs->x->type)->Underlying()->kind == TypeKind::kSignature) {
      for (Var* v : RangeBodyCaptures(rs)) v->captured = true;
    }
    return true;
  });
}

void FuncCompiler::RangeFunc(const ast::RangeStmt* s, const SignatureType* iter) {
  Pos at = s->range_pos;
  const SignatureType* yield = static_cast<const SignatureType*>(iter->params->vars[0]->type->Underlying());
  RangeBody* rb = c_.NewRangeBody();
  rb->stmt = s;
  rb->label = std::exchange(pending_label_, {});
  // Labeled branches in the body to statements outside it (not the loop itself).
  std::vector<std::string_view> inner_labels;
  std::vector<const ast::BranchStmt*> labeled;
  ast::Inspect(s->body, [&](ast::Node* n) {
    if (n->kind == ast::NodeKind::kFuncLit) return false;
    if (const ast::LabeledStmt* l = n->As<ast::LabeledStmt>()) inner_labels.push_back(l->label->name);
    if (const ast::BranchStmt* b = n->As<ast::BranchStmt>(); b && b->label) labeled.push_back(b);
    return true;
  });
  for (const ast::BranchStmt* b : labeled) {
    std::string_view name = b->label->name;
    bool is_continue = b->tok == Tok::kContinue;
    if (name == rb->label || std::find(inner_labels.begin(), inner_labels.end(), name) != inner_labels.end()) continue;
    if (rb->ExitState(name, is_continue) < 0) rb->exits.push_back({name, is_continue});
  }
  rb->func_sig = range_body_ ? range_body_->func_sig : info_.sig;
  rb->state = c_.NewVar("range state", at, Typ(TypeKind::kInt));
  rb->state->captured = true;
  for (const Var* r : rb->func_sig->results->vars) {
    rb->results.push_back(c_.NewVar("range result", at, r->type));
    rb->results.back()->captured = true;
  }
  // The body's function: the loop variables are its parameters; it returns bool.
  FunctionInfo* fi = c_.NewInfo();
  fi->node = s;
  fi->sig = yield;
  fi->outer = &info_;  // the function the loop is in (its file, for stack traces)
  const Expr* targets[2] = {s->key, s->value};
  for (size_t i = 0; i < yield->params->vars.size(); i++) {
    const Expr* e = i < 2 ? targets[i] : nullptr;
    const ast::Ident* id = e ? e->As<ast::Ident>() : nullptr;
    Var* v = id && id->obj && id->obj->kind == ObjKind::kVar ? static_cast<Var*>(id->obj) : nullptr;
    if (s->tok == Tok::kDefine && v) {
      fi->params.push_back(v);
      continue;
    }
    Var* p = c_.NewVar(e && !(id && id->name == "_") ? "range value" : "", at, yield->params->vars[i]->type);
    if (e && !(id && id->name == "_")) rb->assigned.push_back({p, e});
    fi->params.push_back(p);
  }
  fi->results.push_back(c_.NewVar("", at, Typ(TypeKind::kBool)));
  fi->captures = RangeBodyCaptures(s);
  fi->captures.push_back(rb->state);
  for (Var* r : rb->results) fi->captures.push_back(r);
  // The shared cells, then the closure over them.
  for (Var* v : {rb->state}) {
    Declare(v);
    NewCell(v, at);
  }
  for (Var* r : rb->results) {
    Declare(r);
    NewCell(r, at);
  }
  uint16_t first = top_;
  for (const Var* v : fi->captures) Move(Alloc(1), SlotOf(v, at), 1, at);
  uint16_t closure = Alloc(1);
  uint32_t index = c_.AddRangeBody(fi, rb, fn_.name + "-range" + std::to_string(++range_bodies_));
  Emit(Op::kClosure, at, closure, static_cast<uint16_t>(index), first);
  // f(body): the iterator runs the loop.
  uint16_t f = EvalAny(s->x);
  uint16_t base = Alloc(std::max(1, Words(iter->params)));
  Move(base, closure, 1, at);
  Emit(Op::kCallValue, at, f, base);
  // A return inside the body returns from here.
  uint16_t state = Alloc(1), k = Alloc(1), c = Alloc(1);
  LoadVar(rb->state, state, at);
  LoadInt(k, RangeBody::kReturned, at);
  Emit(Op::kEq, at, c, state, k);
  uint32_t not_returned = EmitJump(Op::kJumpIfNot, at, c);
  std::vector<uint16_t> values;
  for (const Var* r : rb->results) {
    uint16_t v = Alloc(std::max(1, Words(r->type)));
    LoadVar(r, v, at);
    values.push_back(v);
  }
  EmitReturn(values, at);
  Patch(not_returned, Here());
  LoadInt(k, RangeBody::kBareReturn, at);
  Emit(Op::kEq, at, c, state, k);
  uint32_t not_bare = EmitJump(Op::kJumpIfNot, at, c);
  if (range_body_) {
    SetRangeState(RangeBody::kBareReturn, at);
    YieldReturn(false, at);
  } else if (named_results_.empty()) {
    Emit(Op::kReturn, at, 0, 0);
  } else {
    to_epilogue_.push_back(EmitJump(Op::kJump, at));
  }
  Patch(not_bare, Here());
  // break L / continue L from inside the body: taken here, where L's statement encloses.
  for (size_t i = 0; i < rb->exits.size(); i++) {
    auto [label, is_continue] = rb->exits[i];
    LoadInt(k, RangeBody::kFirstExit + static_cast<int>(i), at);
    Emit(Op::kEq, at, c, state, k);
    uint32_t other = EmitJump(Op::kJumpIfNot, at, c);
    auto loop = std::find_if(loops_.rbegin(), loops_.rend(), [&](const Loop& l) { return l.label == label; });
    if (loop != loops_.rend()) {
      (is_continue ? loop->continues : loop->breaks).push_back(EmitJump(Op::kJump, at));
    } else if (int outer = range_body_ ? range_body_->ExitState(label, is_continue) : -1; outer >= 0) {
      SetRangeState(outer, at);  // further out still: pass it on through the enclosing body
      YieldReturn(false, at);
    } else if (range_body_ && label == range_body_->label) {
      if (!is_continue) SetRangeState(RangeBody::kBroke, at);
      YieldReturn(is_continue, at);
    } else {
      Unsupported(at, "this branch out of a range-over-func loop");
    }
    Patch(other, Here());
  }
}

}  // namespace

CompileResult Compile(const ast::File& file, const Info& info) { return Compiler(file, info).Run(); }

}  // namespace chanscope::lang
