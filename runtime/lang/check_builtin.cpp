// check_builtin.cpp — the builtin functions: append cap clear close copy delete len make
// max min new panic print println recover.
#include "lang/check_internal.h"

namespace chanscope::lang {

// --- Builtins -----------------------------------------------------------------------------------

void Checker::BuiltinCall(Operand& x, ast::CallExpr* call, BuiltinId id) {
  std::string name = ExprString(call->fun);
  auto args_span = call->args;
  const size_t n = args_span.size();
  x.expr = call;
  auto fail = [&] { x.mode = ExprMode::kInvalid; };
  auto need = [&](size_t min, size_t max) {
    if (n < min) {
      Error(call->pos, "invalid operation: not enough arguments for " + ExprString(call) +
                           " (expected " + std::to_string(min) + ", found " + std::to_string(n) + ")");
      return false;
    }
    if (n > max) {
      Error(call->pos, "invalid operation: too many arguments for " + ExprString(call) +
                           " (expected " + std::to_string(max) + ", found " + std::to_string(n) + ")");
      return false;
    }
    return true;
  };
  auto check_rest = [&](size_t from) {
    for (size_t i = from; i < n; ++i) {
      Operand y;
      Expr(y, args_span[i]);
    }
  };
  if (call->HasEllipsis() && id != BuiltinId::kAppend) {
    Error(call->ellipsis, "invalid operation: invalid use of ... with built-in " + name);
    check_rest(0);
    return fail();
  }
  switch (id) {
    case BuiltinId::kAppend: {
      if (n == 0) {
        Error(call->pos, "invalid operation: not enough arguments for " + ExprString(call) +
                             " (expected 1, found 0)");
        return fail();
      }
      Operand s;
      Expr(s, args_span[0]);
      if (s.IsInvalid()) {
        check_rest(1);
        return fail();
      }
      if (s.IsUntypedNil()) {
        Error(s.expr->pos, "first argument to append must be a typed slice; have untyped nil");
        check_rest(1);
        return fail();
      }
      const Type* core = CoreType(s.type);
      auto* st = core != nullptr ? core->As<SliceType>() : nullptr;
      if (st == nullptr) {
        Error(s.expr->pos, "invalid argument: " + OperandString(s) + " is not a slice");
        check_rest(1);
        return fail();
      }
      if (call->HasEllipsis()) {
        if (n != 2) {
          Error(call->pos, "can only use ... with final argument in list");
          check_rest(1);
          return fail();
        }
        Operand t;
        Expr(t, args_span[1]);
        if (t.IsInvalid()) return fail();
        // append([]byte, string...) is allowed.
        bool bytes_from_string = st->elem->Underlying()->kind == TypeKind::kUint8 && IsString(t.type);
        if (bytes_from_string) {
          if (t.type->IsUntyped()) DefaultConvert(t);
        } else {
          Assignment(t, store_.NewType<SliceType>(st->elem), "argument to append");
        }
      } else {
        for (size_t i = 1; i < n; ++i) {
          Operand y;
          ExprWithHint(y, args_span[i], st->elem);
          Assignment(y, st->elem, "argument to append");
        }
      }
      x.mode = ExprMode::kValue;
      x.type = s.type;
      return;
    }
    case BuiltinId::kCap:
    case BuiltinId::kLen: {
      if (!need(1, 1)) {
        check_rest(0);
        return fail();
      }
      Operand a;
      Expr(a, args_span[0]);
      if (a.IsInvalid()) return fail();
      const Type* core = CoreType(a.type);
      if (core != nullptr && core->kind == TypeKind::kPointer) {
        const Type* pe = CoreType(core->As<PointerType>()->elem);
        if (pe != nullptr && pe->kind == TypeKind::kArray) core = pe;
      }
      TypeKind k = core != nullptr ? core->kind : TypeKind::kInvalid;
      bool ok = k == TypeKind::kArray || k == TypeKind::kSlice || k == TypeKind::kChan ||
                (id == BuiltinId::kLen && (k == TypeKind::kString || k == TypeKind::kUntypedString ||
                                           k == TypeKind::kMap));
      if (!ok) {
        Error(a.expr->pos, "invalid argument: " + OperandString(a) + " for built-in " + name);
        return fail();
      }
      x.type = Typ(TypeKind::kInt);
      if (a.mode == ExprMode::kConstant && IsString(a.type)) {
        if (a.type->IsUntyped()) DefaultConvert(a);
        x.mode = ExprMode::kConstant;
        x.val = Constant::Int(static_cast<Int128>(a.val.string_value().size()));
        return;
      }
      if (k == TypeKind::kArray && a.type->Underlying()->kind == TypeKind::kArray) {
        // len of an array variable (no calls or receives inside) is constant.
        bool simple = true;
        ast::Inspect(args_span[0], [&](ast::Node* node) {
          if (node->kind == ast::NodeKind::kCallExpr ||
              (node->kind == ast::NodeKind::kUnaryExpr &&
               node->As<ast::UnaryExpr>()->op == Tok::kArrow))
            simple = false;
          return simple;
        });
        if (simple) {
          x.mode = ExprMode::kConstant;
          x.val = Constant::Int(core->As<ArrayType>()->length);
          return;
        }
      }
      x.mode = ExprMode::kValue;
      return;
    }
    case BuiltinId::kClear: {
      if (!need(1, 1)) {
        check_rest(0);
        return fail();
      }
      Operand a;
      Expr(a, args_span[0]);
      if (a.IsInvalid()) return fail();
      const Type* core = CoreType(a.type);
      if (core == nullptr || (core->kind != TypeKind::kMap && core->kind != TypeKind::kSlice)) {
        Error(a.expr->pos, "invalid argument: " + OperandString(a) +
                               " must be a map or slice");  // gc: clear(x) argument
        return fail();
      }
      x.mode = ExprMode::kNoValue;
      x.type = store_.NewType<TupleType>();
      return;
    }
    case BuiltinId::kClose: {
      if (!need(1, 1)) {
        check_rest(0);
        return fail();
      }
      Operand a;
      Expr(a, args_span[0]);
      if (a.IsInvalid()) return fail();
      const Type* core = CoreType(a.type);
      auto* ch = core != nullptr ? core->As<ChanType>() : nullptr;
      if (ch == nullptr) {
        Error(a.expr->pos, "invalid operation: cannot close non-channel " + OperandString(a));
        return fail();
      }
      if (ch->dir == ChanDir::kRecv) {
        Error(a.expr->pos, "invalid operation: cannot close receive-only channel " + OperandString(a));
        return fail();
      }
      x.mode = ExprMode::kNoValue;
      x.type = store_.NewType<TupleType>();
      return;
    }
    case BuiltinId::kCopy: {
      if (!need(2, 2)) {
        check_rest(0);
        return fail();
      }
      Operand d, s;
      Expr(d, args_span[0]);
      Expr(s, args_span[1]);
      if (d.IsInvalid() || s.IsInvalid()) return fail();
      const Type* dc = CoreType(d.type);
      const Type* sc = CoreType(s.type);
      auto* ds = dc != nullptr ? dc->As<SliceType>() : nullptr;
      if (ds == nullptr) {
        Error(d.expr->pos, "invalid argument: copy expects slice arguments; found " +
                               OperandString(d) + " and " + OperandString(s));
        return fail();
      }
      bool ok = false;
      auto* ss = sc != nullptr ? sc->As<SliceType>() : nullptr;
      if (ss == nullptr && !IsString(s.type)) {
        Error(d.expr->pos, "invalid argument: copy expects slice arguments; found " +
                               OperandString(d) + " and " + OperandString(s));
        return fail();
      }
      if (ss != nullptr) ok = Identical(ds->elem, ss->elem);
      else if (IsString(s.type) && ds->elem->Underlying()->kind == TypeKind::kUint8) {
        ok = true;
        DefaultConvert(s);
      }
      if (!ok) {
        Error(call->pos, "invalid argument: arguments to copy " + OperandString(d) + " and " +
                             OperandString(s) + " have different element types");
        return fail();
      }
      x.mode = ExprMode::kValue;
      x.type = Typ(TypeKind::kInt);
      return;
    }
    case BuiltinId::kDelete: {
      if (!need(2, 2)) {
        check_rest(0);
        return fail();
      }
      Operand m;
      Expr(m, args_span[0]);
      if (m.IsInvalid()) {
        check_rest(1);
        return fail();
      }
      const Type* core = CoreType(m.type);
      auto* mt = core != nullptr ? core->As<MapType>() : nullptr;
      if (mt == nullptr) {
        Error(m.expr->pos, "invalid argument: " + OperandString(m) + " is not a map");
        check_rest(1);
        return fail();
      }
      Operand k;
      ExprWithHint(k, args_span[1], mt->key);
      Assignment(k, mt->key, "argument to delete");
      x.mode = ExprMode::kNoValue;
      x.type = store_.NewType<TupleType>();
      return;
    }
    case BuiltinId::kMake: {
      if (n == 0) {
        Error(call->pos, "invalid operation: not enough arguments for " + ExprString(call) +
                             " (expected 1, found 0)");
        return fail();
      }
      const Type* t = TypExpr(args_span[0]);
      if (t->kind == TypeKind::kInvalid) {
        check_rest(1);
        return fail();
      }
      const Type* core = CoreType(t);
      TypeKind k = core != nullptr ? core->kind : TypeKind::kInvalid;
      size_t min = 1, max = 2;
      if (k == TypeKind::kSlice) min = 2, max = 3;
      else if (k != TypeKind::kMap && k != TypeKind::kChan) {
        Error(args_span[0]->pos, "invalid argument: cannot make " + ExprString(args_span[0]) +
                                     "; type must be slice, map, or channel");
        check_rest(1);
        return fail();
      }
      if (n < min || n > max) {
        Error(call->pos, "invalid operation: " + ExprString(call) + " expects " + std::to_string(min) +
                             " or " + std::to_string(max) + " arguments; found " + std::to_string(n));
        check_rest(1);
        return fail();
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < n; ++i) {
        int64_t v = -1;
        if (IndexValue(args_span[i], -1, &v)) sizes.push_back(v);
        else sizes.push_back(-1);
      }
      if (sizes.size() == 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        Error(args_span[1]->pos, "invalid argument: length and capacity swapped");
      }
      x.mode = ExprMode::kValue;
      x.type = t;
      return;
    }
    case BuiltinId::kMax:
    case BuiltinId::kMin: {
      if (n == 0) {
        Error(call->pos, "invalid operation: not enough arguments for " + ExprString(call) +
                             " (expected 1, found 0)");
        return fail();
      }
      Operand acc;
      Expr(acc, args_span[0]);
      if (acc.IsInvalid()) {
        check_rest(1);
        return fail();
      }
      auto ordered = [](const Type* t) { return IsOrderedType(t); };
      if (!ordered(acc.type)) {
        Error(acc.expr->pos, "invalid argument: " + OperandString(acc) + " cannot be ordered");
        check_rest(1);
        return fail();
      }
      std::vector<Operand> all{acc};
      for (size_t i = 1; i < n; ++i) {
        Operand y;
        Expr(y, args_span[i]);
        if (y.IsInvalid()) return fail();
        if (!ordered(y.type)) {
          Error(y.expr->pos, "invalid argument: " + OperandString(y) + " cannot be ordered");
          return fail();
        }
        if (!MatchTypes(acc, y) || !Identical(acc.type, y.type)) {
          Error(y.expr->pos, "invalid argument: mismatched types " + TypeString(acc.type) +
                                 " (previous argument) and " + TypeString(y.type) + " (type of " +
                                 ExprString(y.expr) + ")");
          return fail();
        }
        if (acc.mode == ExprMode::kConstant && y.mode == ExprMode::kConstant) {
          bool less = lang::Compare(y.val, ConstOp::kLss, acc.val);
          if ((id == BuiltinId::kMin) == less) acc.val = y.val;
        } else {
          acc.mode = ExprMode::kValue;
        }
        all.push_back(y);
      }
      // Untyped operands of a non-constant min/max take the common type.
      if (acc.mode != ExprMode::kConstant) {
        for (Operand& o : all) {
          if (o.type->IsUntyped() && !acc.type->IsUntyped()) ConvertUntyped(o, acc.type);
        }
      }
      x.mode = acc.mode == ExprMode::kConstant ? ExprMode::kConstant : ExprMode::kValue;
      x.type = acc.type;
      x.val = acc.val;
      if (x.mode != ExprMode::kConstant && x.type->IsUntyped()) {
        for (Operand& o : all) DefaultConvert(o);
        x.type = DefaultType(x.type);
      }
      return;
    }
    case BuiltinId::kNew: {
      if (!need(1, 1)) {
        check_rest(0);
        return fail();
      }
      const Type* t = TypExpr(args_span[0]);
      if (t->kind == TypeKind::kInvalid) return fail();
      x.mode = ExprMode::kValue;
      x.type = store_.NewType<PointerType>(t);
      return;
    }
    case BuiltinId::kPanic: {
      if (!need(1, 1)) {
        check_rest(0);
        return fail();
      }
      Operand a;
      Expr(a, args_span[0]);
      if (a.IsInvalid()) return fail();
      if (a.IsUntypedNil()) {
        // panic(nil) is legal Go (a *runtime.PanicNilError since 1.21).
        ConvertUntyped(a, universe_.any_type);
      } else {
        Assignment(a, universe_.any_type, "argument to panic");
      }
      x.mode = ExprMode::kNoValue;
      x.type = store_.NewType<TupleType>();
      return;
    }
    case BuiltinId::kPrint:
    case BuiltinId::kPrintln: {
      for (size_t i = 0; i < n; ++i) {
        Operand a;
        Expr(a, args_span[i]);
        if (a.IsInvalid()) continue;
        if (a.IsUntypedNil()) {
          Error(a.expr->pos, "use of untyped nil in argument to built-in " + name);
          continue;
        }
        DefaultConvert(a);
      }
      x.mode = ExprMode::kNoValue;
      x.type = store_.NewType<TupleType>();
      return;
    }
    case BuiltinId::kRecover: {
      if (!need(0, 0)) {
        check_rest(0);
        return fail();
      }
      x.mode = ExprMode::kValue;
      x.type = universe_.any_type;
      return;
    }
  }
}

}  // namespace chanscope::lang
