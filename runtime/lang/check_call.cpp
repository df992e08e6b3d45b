// check_call.cpp — calls (with generic inference), conversions and the builtins.
#include "lang/check_internal.h"

namespace chanscope::lang {

namespace {

// The identifier naming a called function: f, pkg.f, x.m, f[int].
ast::Ident* CalleeIdent(ast::Expr* e) {
  while (e != nullptr) {
    if (auto* id = e->As<ast::Ident>()) return id;
    if (auto* s = e->As<ast::SelectorExpr>()) return s->sel;
    if (auto* ix = e->As<ast::IndexExpr>())
      e = ix->x;
    else if (auto* p = e->As<ast::ParenExpr>())
      e = p->x;
    else
      return nullptr;
  }
  return nullptr;
}

std::string TupleString(const std::vector<Operand>& ops) {
  std::string out = "(";
  for (size_t i = 0; i < ops.size(); ++i) {
    if (i > 0) out += ", ";
    const Type* t = ops[i].type;
    if (t == nullptr)
      out += "invalid type";
    else if (t->IsUntyped() && IsNumeric(t))
      out += "number";
    else if (t->kind == TypeKind::kUntypedNil)
      out += "nil";
    else
      out += TypeString(DefaultType(t));
  }
  return out + ")";
}

std::string ParamsString(const SignatureType* sig) {
  std::string out = "(";
  for (size_t i = 0; i < sig->params->size(); ++i) {
    if (i > 0) out += ", ";
    const Type* t = sig->params->at(i);
    if (sig->variadic && i + 1 == sig->params->size()) {
      out += "..." + TypeString(t->As<SliceType>()->elem);
    } else {
      out += TypeString(t);
    }
  }
  return out + ")";
}

}  // namespace

void Checker::CollectArgs(ast::CallExpr* call, std::vector<Operand>& args) {
  args.clear();
  if (call->args.size() == 1 && !call->HasEllipsis()) {
    MultiExpr(args, call->args[0], false);
    return;
  }
  for (ast::Expr* a : call->args) {
    Operand x;
    Expr(x, a);
    args.push_back(x);
  }
}

void Checker::CallExpr(Operand& x, ast::CallExpr* e) {
  Operand f;
  RawExpr(f, e->fun, nullptr, true);
  if (f.IsInvalid()) {
    std::vector<Operand> ignored;
    for (ast::Expr* a : e->args) {
      Operand y;
      RawExpr(y, a, nullptr, true);
    }
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (f.mode == ExprMode::kType) {
    const Type* t = f.type;
    if (e->HasEllipsis())
      Error(e->ellipsis, "invalid use of ... in conversion to " + TypeString(t));
    if (e->args.size() != 1) {
      Error(e->args.empty() ? e->rparen : e->args[1]->pos,
            std::string(e->args.empty() ? "missing argument" : "too many arguments") +
                " in conversion to " + TypeString(t));
      for (ast::Expr* a : e->args) {
        Operand y;
        Expr(y, a);
      }
      x.mode = ExprMode::kInvalid;
      return;
    }
    Operand y;
    ExprWithHint(y, e->args[0], t);
    if (y.IsInvalid()) {
      x.mode = ExprMode::kInvalid;
      return;
    }
    Conversion(y, t, e);
    x = y;
    return;
  }
  if (f.mode == ExprMode::kBuiltin) {
    BuiltinCall(x, e, f.builtin);
    return;
  }
  if (f.mode == ExprMode::kPackage) {
    Error(e->fun->pos, "use of package " + ExprString(e->fun) + " without selector");
    x.mode = ExprMode::kInvalid;
    return;
  }
  const Type* ft = CoreType(f.type);
  auto* sig = ft != nullptr ? ft->As<SignatureType>() : nullptr;
  if (sig == nullptr) {
    Error(e->fun->pos, "invalid operation: cannot call non-function " + OperandString(f));
    for (ast::Expr* a : e->args) {
      Operand y;
      Expr(y, a);
    }
    x.mode = ExprMode::kInvalid;
    return;
  }
  std::vector<Operand> args;
  CollectArgs(e, args);
  for (const Operand& a : args) {
    if (a.IsInvalid()) {
      x.mode = ExprMode::kInvalid;
      // Still report the callee's result kind for statements such as f(bad).
      return;
    }
  }
  // A generic function: infer the missing type arguments from the arguments.
  if (!sig->type_params.empty() && sig->recv == nullptr) {
    std::vector<const Type*> targs(sig->type_params.size(), nullptr);
    if (auto it = partial_targs_.find(e->fun); it != partial_targs_.end()) {
      for (size_t i = 0; i < it->second.size() && i < targs.size(); ++i) targs[i] = it->second[i];
    }
    if (!Infer(sig, args, targs, e->lparen.IsValid() ? e->lparen : e->pos, ExprString(e->fun))) {
      x.mode = ExprMode::kInvalid;
      return;
    }
    sig = InstantiateSig(sig, targs, e->pos);
    if (ast::Ident* id = CalleeIdent(e->fun)) info_.instances[id] = Instance{targs, sig};
    e->fun->type = sig;
  }
  Arguments(e, sig, args, ExprString(e->fun));
  const TupleType* results = sig->results;
  x.expr = e;
  if (results->size() == 0) {
    x.mode = ExprMode::kNoValue;
    x.type = results;
  } else if (results->size() == 1) {
    x.mode = ExprMode::kValue;
    x.type = results->at(0);
  } else {
    x.mode = ExprMode::kValue;
    x.type = results;
  }
}

void Checker::Arguments(ast::CallExpr* call, const SignatureType* sig, std::vector<Operand>& args,
                        std::string_view fname) {
  const size_t nparams = sig->params->size();
  std::string context = "argument to " + std::string(fname);
  if (call->HasEllipsis()) {
    if (!sig->variadic) {
      Error(call->pos, "cannot use ... in call to non-variadic " + std::string(fname));
      return;
    }
    if (args.size() != nparams) {
      Error(args.size() < nparams ? call->rparen : args[nparams].expr->pos,
            std::string(args.size() < nparams ? "not enough" : "too many") +
                " arguments in call to " + std::string(fname) + "\n\thave " + TupleString(args) +
                "\n\twant " + ParamsString(sig));
      return;
    }
    for (size_t i = 0; i < args.size(); ++i) Assignment(args[i], sig->params->at(i), context);
    return;
  }
  const size_t fixed = sig->variadic ? nparams - 1 : nparams;
  bool count_ok = sig->variadic ? args.size() >= fixed : args.size() == nparams;
  if (!count_ok) {
    bool too_few = args.size() < fixed;
    Pos pos = too_few ? (call->args.empty() ? call->pos : call->args.back()->pos)
                      : args[nparams].expr->pos;
    if (!too_few && args.size() > 0 && args[0].expr == args.back().expr && call->args.size() == 1) {
      pos = call->args[0]->pos;
    }
    Error(pos, std::string(too_few ? "not enough" : "too many") + " arguments in call to " +
                   std::string(fname) + "\n\thave " + TupleString(args) + "\n\twant " +
                   ParamsString(sig));
    return;
  }
  for (size_t i = 0; i < args.size(); ++i) {
    const Type* pt =
        i < fixed ? sig->params->at(i) : sig->params->at(nparams - 1)->As<SliceType>()->elem;
    Assignment(args[i], pt, context);
  }
}

// --- Conversions --------------------------------------------------------------------------------

void Checker::Conversion(Operand& x, const Type* t, ast::CallExpr* call) {
  const bool const_arg = x.mode == ExprMode::kConstant;
  if (const_arg && IsConstType(t)) {
    // Constant conversions stay constant: int64(1), float64(2), string(rune(65)).
    if (IsString(t) && IsInteger(x.type)) {
      auto v = x.val.ToInt64();
      uint32_t r = v && *v >= 0 && *v <= 0x10FFFF && !(*v >= 0xD800 && *v <= 0xDFFF)
                       ? static_cast<uint32_t>(*v)
                       : 0xFFFD;
      std::string s;
      if (r < 0x80)
        s += static_cast<char>(r);
      else if (r < 0x800)
        s += {static_cast<char>(0xC0 | (r >> 6)), static_cast<char>(0x80 | (r & 0x3F))};
      else if (r < 0x10000)
        s += {static_cast<char>(0xE0 | (r >> 12)), static_cast<char>(0x80 | ((r >> 6) & 0x3F)),
              static_cast<char>(0x80 | (r & 0x3F))};
      else
        s += {static_cast<char>(0xF0 | (r >> 18)), static_cast<char>(0x80 | ((r >> 12) & 0x3F)),
              static_cast<char>(0x80 | ((r >> 6) & 0x3F)), static_cast<char>(0x80 | (r & 0x3F))};
      if (x.type->IsUntyped()) DefaultConvert(x);
      x.val = Constant::String(s);
      x.type = t;
      x.expr = call;
      return;
    }
    Constant rounded;
    std::string why;
    bool numeric_ok = IsNumeric(x.type) && IsNumeric(t);
    if (numeric_ok && IsInteger(t) && !x.val.IsIntegral()) {
      Error(x.expr->pos,
            "cannot convert " + OperandString(x) + " to type " + TypeString(t) + " (truncated)");
      x.mode = ExprMode::kInvalid;
      return;
    }
    if ((numeric_ok || (IsString(x.type) && IsString(t)) || (IsBoolean(x.type) && IsBoolean(t)))) {
      if (!RepresentableConst(x.val, t, &rounded, &why)) {
        if (x.type->IsUntyped()) {
          Error(x.expr->pos, "cannot convert " + OperandString(x) + " to type " + TypeString(t));
        } else {
          Error(x.expr->pos, "constant " + x.val.ToString() + " overflows " + TypeString(t));
        }
        x.mode = ExprMode::kInvalid;
        return;
      }
      if (x.type->IsUntyped()) {
        // The argument itself takes the target type (1 in float64(1) is a float64).
        Operand arg = x;
        SetConstType(arg, t);
        UpdateExprType(x.expr, t, true);
      }
      x.val = rounded;
      SetConstType(x, t);
      x.expr = call;
      return;
    }
  }
  if (x.type->IsUntyped()) {
    // Untyped values convert as their default type (or nil as the target's nil).
    if (x.IsUntypedNil()) {
      if (ConvertUntyped(x, t) != ConvStatus::kOk) {
        Error(x.expr->pos, "cannot convert nil to type " + TypeString(t));
        x.mode = ExprMode::kInvalid;
        return;
      }
    } else if (IsInterface(t) || !IsConstType(t)) {
      DefaultConvert(x);
    } else if (ConvertUntyped(x, t) != ConvStatus::kOk) {
      Error(x.expr->pos, "cannot convert " + OperandString(x) + " to type " + TypeString(t));
      x.mode = ExprMode::kInvalid;
      return;
    }
  }
  if (!ConvertibleTo(x, t)) {
    Error(x.expr->pos, "cannot convert " + OperandString(x) + " to type " + TypeString(t));
    x.mode = ExprMode::kInvalid;
    return;
  }
  x.mode = ExprMode::kValue;
  x.type = t;
  x.expr = call;
}

}  // namespace chanscope::lang
