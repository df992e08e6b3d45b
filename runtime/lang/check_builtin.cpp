// check_builtin.cpp — the builtin functions: append cap clear close copy delete len make
// max min new panic print println recover.
#include "lang/check_internal.h"

#include <cstdint>

namespace chanscope::lang {

// --- Builtins -----------------------------------------------------------------------------------

namespace {

// One builtin call being checked: its arguments and the error paths they share.
struct BuiltinCtx {
  Checker& c;
  Operand& x;
  ast::CallExpr* call;
  BuiltinId id;
  std::string name;  // as written: len, or a shadowing-free alias
  std::span<ast::Expr*> args;
  size_t n;

  void Fail() { x.mode = ExprMode::kInvalid; }

  // Reports a wrong argument count in gc's words.
  bool Need(size_t min, size_t max) {
    if (n < min || n > max) {
      c.Error(call->pos,
              std::string("invalid operation: ") + (n < min ? "not enough" : "too many") +
                  " arguments for " + c.ExprString(call) + " (expected " +
                  std::to_string(n < min ? min : max) + ", found " + std::to_string(n) + ")");
      return false;
    }
    return true;
  }

  // Checks the remaining arguments anyway, so that their own errors show.
  void CheckRest(size_t from) {
    for (size_t i = from; i < n; ++i) {
      Operand y;
      c.Expr(y, args[i]);
    }
  }
};

void Append(BuiltinCtx& b) {
  if (!b.Need(1, SIZE_MAX)) return b.Fail();  // at least one argument
  Operand s;
  b.c.Expr(s, b.args[0]);
  if (s.IsInvalid()) {
    b.CheckRest(1);
    return b.Fail();
  }
  if (s.IsUntypedNil()) {
    b.c.Error(s.expr->pos, "first argument to append must be a typed slice; have untyped nil");
    b.CheckRest(1);
    return b.Fail();
  }
  const Type* core = CoreType(s.type);
  auto* st = core != nullptr ? core->As<SliceType>() : nullptr;
  if (st == nullptr) {
    b.c.Error(s.expr->pos, "invalid argument: " + b.c.OperandString(s) + " is not a slice");
    b.CheckRest(1);
    return b.Fail();
  }
  if (b.call->HasEllipsis()) {
    if (b.n != 2) {
      b.c.Error(b.call->pos, "can only use ... with final argument in list");
      b.CheckRest(1);
      return b.Fail();
    }
    Operand t;
    b.c.Expr(t, b.args[1]);
    if (t.IsInvalid()) return b.Fail();
    // append([]byte, string...) is allowed.
    bool bytes_from_string = st->elem->Underlying()->kind == TypeKind::kUint8 && IsString(t.type);
    if (bytes_from_string) {
      if (t.type->IsUntyped()) b.c.DefaultConvert(t);
    } else {
      b.c.Assignment(t, b.c.store_.NewType<SliceType>(st->elem), "argument to append");
    }
  } else {
    for (size_t i = 1; i < b.n; ++i) {
      Operand y;
      b.c.ExprWithHint(y, b.args[i], st->elem);
      b.c.Assignment(y, st->elem, "argument to append");
    }
  }
  b.x.mode = ExprMode::kValue;
  b.x.type = s.type;
}

void LenCap(BuiltinCtx& b) {
  if (!b.Need(1, 1)) {
    b.CheckRest(0);
    return b.Fail();
  }
  Operand a;
  b.c.Expr(a, b.args[0]);
  if (a.IsInvalid()) return b.Fail();
  const Type* core = CoreType(a.type);
  if (core != nullptr && core->kind == TypeKind::kPointer) {
    const Type* pe = CoreType(core->As<PointerType>()->elem);
    if (pe != nullptr && pe->kind == TypeKind::kArray) core = pe;
  }
  TypeKind k = core != nullptr ? core->kind : TypeKind::kInvalid;
  bool ok = k == TypeKind::kArray || k == TypeKind::kSlice || k == TypeKind::kChan ||
            (b.id == BuiltinId::kLen &&
             (k == TypeKind::kString || k == TypeKind::kUntypedString || k == TypeKind::kMap));
  if (!ok) {
    b.c.Error(a.expr->pos, "invalid argument: " + b.c.OperandString(a) + " for built-in " + b.name);
    return b.Fail();
  }
  b.x.type = Typ(TypeKind::kInt);
  if (a.mode == ExprMode::kConstant && IsString(a.type)) {
    if (a.type->IsUntyped()) b.c.DefaultConvert(a);
    b.x.mode = ExprMode::kConstant;
    b.x.val = Constant::Int(static_cast<Int128>(a.val.string_value().size()));
    return;
  }
  if (k == TypeKind::kArray && a.type->Underlying()->kind == TypeKind::kArray) {
    // len of an array variable (no calls or receives inside) is constant.
    bool simple = true;
    ast::Inspect(b.args[0], [&](ast::Node* node) {
      if (node->kind == ast::NodeKind::kCallExpr || (node->kind == ast::NodeKind::kUnaryExpr &&
                                                     node->As<ast::UnaryExpr>()->op == Tok::kArrow))
        simple = false;
      return simple;
    });
    if (simple) {
      b.x.mode = ExprMode::kConstant;
      b.x.val = Constant::Int(core->As<ArrayType>()->length);
      return;
    }
  }
  b.x.mode = ExprMode::kValue;
}

void Clear(BuiltinCtx& b) {
  if (!b.Need(1, 1)) {
    b.CheckRest(0);
    return b.Fail();
  }
  Operand a;
  b.c.Expr(a, b.args[0]);
  if (a.IsInvalid()) return b.Fail();
  const Type* core = CoreType(a.type);
  if (core == nullptr || (core->kind != TypeKind::kMap && core->kind != TypeKind::kSlice)) {
    b.c.Error(a.expr->pos, "invalid argument: " + b.c.OperandString(a) +
                               " must be a map or slice");  // gc: clear(x) argument
    return b.Fail();
  }
  b.x.mode = ExprMode::kNoValue;
  b.x.type = b.c.store_.NewType<TupleType>();
}

void Close(BuiltinCtx& b) {
  if (!b.Need(1, 1)) {
    b.CheckRest(0);
    return b.Fail();
  }
  Operand a;
  b.c.Expr(a, b.args[0]);
  if (a.IsInvalid()) return b.Fail();
  const Type* core = CoreType(a.type);
  auto* ch = core != nullptr ? core->As<ChanType>() : nullptr;
  if (ch == nullptr) {
    b.c.Error(a.expr->pos, "invalid operation: cannot close non-channel " + b.c.OperandString(a));
    return b.Fail();
  }
  if (ch->dir == ChanDir::kRecv) {
    b.c.Error(a.expr->pos,
              "invalid operation: cannot close receive-only channel " + b.c.OperandString(a));
    return b.Fail();
  }
  b.x.mode = ExprMode::kNoValue;
  b.x.type = b.c.store_.NewType<TupleType>();
}

void Copy(BuiltinCtx& b) {
  if (!b.Need(2, 2)) {
    b.CheckRest(0);
    return b.Fail();
  }
  Operand d, s;
  b.c.Expr(d, b.args[0]);
  b.c.Expr(s, b.args[1]);
  if (d.IsInvalid() || s.IsInvalid()) return b.Fail();
  const Type* dc = CoreType(d.type);
  const Type* sc = CoreType(s.type);
  auto* ds = dc != nullptr ? dc->As<SliceType>() : nullptr;
  if (ds == nullptr) {
    b.c.Error(d.expr->pos, "invalid argument: copy expects slice arguments; found " +
                               b.c.OperandString(d) + " and " + b.c.OperandString(s));
    return b.Fail();
  }
  bool ok = false;
  auto* ss = sc != nullptr ? sc->As<SliceType>() : nullptr;
  if (ss == nullptr && !IsString(s.type)) {
    b.c.Error(d.expr->pos, "invalid argument: copy expects slice arguments; found " +
                               b.c.OperandString(d) + " and " + b.c.OperandString(s));
    return b.Fail();
  }
  if (ss != nullptr)
    ok = Identical(ds->elem, ss->elem);
  else if (IsString(s.type) && ds->elem->Underlying()->kind == TypeKind::kUint8) {
    ok = true;
    b.c.DefaultConvert(s);
  }
  if (!ok) {
    b.c.Error(b.call->pos, "invalid argument: arguments to copy " + b.c.OperandString(d) + " and " +
                               b.c.OperandString(s) + " have different element types");
    return b.Fail();
  }
  b.x.mode = ExprMode::kValue;
  b.x.type = Typ(TypeKind::kInt);
}

void Delete(BuiltinCtx& b) {
  if (!b.Need(2, 2)) {
    b.CheckRest(0);
    return b.Fail();
  }
  Operand m;
  b.c.Expr(m, b.args[0]);
  if (m.IsInvalid()) {
    b.CheckRest(1);
    return b.Fail();
  }
  const Type* core = CoreType(m.type);
  auto* mt = core != nullptr ? core->As<MapType>() : nullptr;
  if (mt == nullptr) {
    b.c.Error(m.expr->pos, "invalid argument: " + b.c.OperandString(m) + " is not a map");
    b.CheckRest(1);
    return b.Fail();
  }
  Operand k;
  b.c.ExprWithHint(k, b.args[1], mt->key);
  b.c.Assignment(k, mt->key, "argument to delete");
  b.x.mode = ExprMode::kNoValue;
  b.x.type = b.c.store_.NewType<TupleType>();
}

void Make(BuiltinCtx& b) {
  if (!b.Need(1, SIZE_MAX)) return b.Fail();  // at least one argument
  const Type* t = b.c.TypExpr(b.args[0]);
  if (t->kind == TypeKind::kInvalid) {
    b.CheckRest(1);
    return b.Fail();
  }
  const Type* core = CoreType(t);
  TypeKind k = core != nullptr ? core->kind : TypeKind::kInvalid;
  size_t min = 1, max = 2;
  if (k == TypeKind::kSlice)
    min = 2, max = 3;
  else if (k != TypeKind::kMap && k != TypeKind::kChan) {
    b.c.Error(b.args[0]->pos, "invalid argument: cannot make " + b.c.ExprString(b.args[0]) +
                                  "; type must be slice, map, or channel");
    b.CheckRest(1);
    return b.Fail();
  }
  if (b.n < min || b.n > max) {
    b.c.Error(b.call->pos, "invalid operation: " + b.c.ExprString(b.call) + " expects " +
                               std::to_string(min) + " or " + std::to_string(max) +
                               " arguments; found " + std::to_string(b.n));
    b.CheckRest(1);
    return b.Fail();
  }
  std::vector<int64_t> sizes;
  for (size_t i = 1; i < b.n; ++i) {
    int64_t v = -1;
    if (b.c.IndexValue(b.args[i], -1, &v))
      sizes.push_back(v);
    else
      sizes.push_back(-1);
  }
  if (sizes.size() == 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
    b.c.Error(b.args[1]->pos, "invalid argument: length and capacity swapped");
  }
  b.x.mode = ExprMode::kValue;
  b.x.type = t;
}

void MinMax(BuiltinCtx& b) {
  if (!b.Need(1, SIZE_MAX)) return b.Fail();  // at least one argument
  Operand acc;
  b.c.Expr(acc, b.args[0]);
  if (acc.IsInvalid()) {
    b.CheckRest(1);
    return b.Fail();
  }
  auto ordered = [](const Type* t) { return IsOrderedType(t); };
  if (!ordered(acc.type)) {
    b.c.Error(acc.expr->pos, "invalid argument: " + b.c.OperandString(acc) + " cannot be ordered");
    b.CheckRest(1);
    return b.Fail();
  }
  std::vector<Operand> all{acc};
  for (size_t i = 1; i < b.n; ++i) {
    Operand y;
    b.c.Expr(y, b.args[i]);
    if (y.IsInvalid()) return b.Fail();
    if (!ordered(y.type)) {
      b.c.Error(y.expr->pos, "invalid argument: " + b.c.OperandString(y) + " cannot be ordered");
      return b.Fail();
    }
    if (!b.c.MatchTypes(acc, y) || !Identical(acc.type, y.type)) {
      b.c.Error(y.expr->pos, "invalid argument: mismatched types " + TypeString(acc.type) +
                                 " (previous argument) and " + TypeString(y.type) + " (type of " +
                                 b.c.ExprString(y.expr) + ")");
      return b.Fail();
    }
    if (acc.mode == ExprMode::kConstant && y.mode == ExprMode::kConstant) {
      bool less = lang::Compare(y.val, ConstOp::kLss, acc.val);
      if ((b.id == BuiltinId::kMin) == less) acc.val = y.val;
    } else {
      acc.mode = ExprMode::kValue;
    }
    all.push_back(y);
  }
  // Untyped operands of a non-constant min/max take the common type.
  if (acc.mode != ExprMode::kConstant) {
    for (Operand& o : all) {
      if (o.type->IsUntyped() && !acc.type->IsUntyped()) b.c.ConvertUntyped(o, acc.type);
    }
  }
  b.x.mode = acc.mode == ExprMode::kConstant ? ExprMode::kConstant : ExprMode::kValue;
  b.x.type = acc.type;
  b.x.val = acc.val;
  if (b.x.mode != ExprMode::kConstant && b.x.type->IsUntyped()) {
    for (Operand& o : all) b.c.DefaultConvert(o);
    b.x.type = DefaultType(b.x.type);
  }
}

void New(BuiltinCtx& b) {
  if (!b.Need(1, 1)) {
    b.CheckRest(0);
    return b.Fail();
  }
  const Type* t = b.c.TypExpr(b.args[0]);
  if (t->kind == TypeKind::kInvalid) return b.Fail();
  b.x.mode = ExprMode::kValue;
  b.x.type = b.c.store_.NewType<PointerType>(t);
}

void Panic(BuiltinCtx& b) {
  if (!b.Need(1, 1)) {
    b.CheckRest(0);
    return b.Fail();
  }
  Operand a;
  b.c.Expr(a, b.args[0]);
  if (a.IsInvalid()) return b.Fail();
  if (a.IsUntypedNil()) {
    // panic(nil) is legal Go (a *runtime.PanicNilError since 1.21).
    b.c.ConvertUntyped(a, b.c.universe_.any_type);
  } else {
    b.c.Assignment(a, b.c.universe_.any_type, "argument to panic");
  }
  b.x.mode = ExprMode::kNoValue;
  b.x.type = b.c.store_.NewType<TupleType>();
}

void Print(BuiltinCtx& b) {
  for (size_t i = 0; i < b.n; ++i) {
    Operand a;
    b.c.Expr(a, b.args[i]);
    if (a.IsInvalid()) continue;
    if (a.IsUntypedNil()) {
      b.c.Error(a.expr->pos, "use of untyped nil in argument to built-in " + b.name);
      continue;
    }
    b.c.DefaultConvert(a);
  }
  b.x.mode = ExprMode::kNoValue;
  b.x.type = b.c.store_.NewType<TupleType>();
}

void Recover(BuiltinCtx& b) {
  if (!b.Need(0, 0)) {
    b.CheckRest(0);
    return b.Fail();
  }
  b.x.mode = ExprMode::kValue;
  b.x.type = b.c.universe_.any_type;
}

}  // namespace

void Checker::BuiltinCall(Operand& x, ast::CallExpr* call, BuiltinId id) {
  x.expr = call;
  BuiltinCtx b{*this, x, call, id, ExprString(call->fun), call->args, call->args.size()};
  if (call->HasEllipsis() && id != BuiltinId::kAppend) {
    Error(call->ellipsis, "invalid operation: invalid use of ... with built-in " + b.name);
    b.CheckRest(0);
    return b.Fail();
  }
  switch (id) {
    case BuiltinId::kAppend: return Append(b);
    case BuiltinId::kCap:
    case BuiltinId::kLen: return LenCap(b);
    case BuiltinId::kClear: return Clear(b);
    case BuiltinId::kClose: return Close(b);
    case BuiltinId::kCopy: return Copy(b);
    case BuiltinId::kDelete: return Delete(b);
    case BuiltinId::kMake: return Make(b);
    case BuiltinId::kMax:
    case BuiltinId::kMin: return MinMax(b);
    case BuiltinId::kNew: return New(b);
    case BuiltinId::kPanic: return Panic(b);
    case BuiltinId::kPrint:
    case BuiltinId::kPrintln: return Print(b);
    case BuiltinId::kRecover: return Recover(b);
  }
}

}  // namespace chanscope::lang
