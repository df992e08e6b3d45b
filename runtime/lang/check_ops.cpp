// check_ops.cpp — operators: unary, binary, shifts and comparisons, with constant
// folding and the untyped-operand matching of the spec.
#include "lang/check_internal.h"

namespace chanscope::lang {

// --- Operators ----------------------------------------------------------------------------------

void Checker::UnaryExpr(Operand& x, ast::UnaryExpr* e) {
  if (e->op == Tok::kAnd) {
    ast::Expr* inner = e->x;
    while (auto* p = inner->As<ast::ParenExpr>()) inner = p->x;
    if (auto* cl = inner->As<ast::CompositeLit>()) {
      Expr(x, e->x);
      (void)cl;
      if (x.IsInvalid()) return;
      x.mode = ExprMode::kValue;
      x.type = store_.NewType<PointerType>(x.type);
      return;
    }
    Expr(x, e->x);
    if (x.IsInvalid()) return;
    if (x.mode != ExprMode::kVariable) {
      Error(x.expr->pos, "invalid operation: cannot take address of " + OperandString(x));
      x.mode = ExprMode::kInvalid;
      return;
    }
    MarkAddressTaken(e->x);
    x.mode = ExprMode::kValue;
    x.type = store_.NewType<PointerType>(x.type);
    return;
  }
  if (e->op == Tok::kArrow) {
    Expr(x, e->x);
    if (x.IsInvalid()) return;
    const Type* under = CoreType(x.type);
    auto* ch = under != nullptr ? under->As<ChanType>() : nullptr;
    if (ch == nullptr) {
      Error(x.expr->pos, "invalid operation: cannot receive from non-channel " + OperandString(x));
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (ch->dir == ChanDir::kSend) {
      Error(x.expr->pos,
            "invalid operation: cannot receive from send-only channel " + OperandString(x));
      x.mode = ExprMode::kInvalid;
      return;
    }
    x.mode = ExprMode::kValue;
    x.type = ch->elem;
    return;
  }
  if (e->op == Tok::kTilde) {
    Error(e->pos, "cannot use ~ outside of interface or type constraint");
    Expr(x, e->x);
    x.mode = ExprMode::kInvalid;
    return;
  }
  Expr(x, e->x);
  if (x.IsInvalid()) return;
  bool ok = false;
  switch (e->op) {
    case Tok::kAdd:
    case Tok::kSub: ok = IsNumeric(x.type); break;
    case Tok::kXor: ok = IsInteger(x.type); break;
    case Tok::kNot: ok = IsBoolean(x.type); break;
    default: break;
  }
  if (!ok) {
    Error(x.expr->pos, "invalid operation: operator " + std::string(TokString(e->op)) +
                           " not defined on " + OperandString(x));
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kConstant) {
    int bits = 0;
    if (IsUnsigned(x.type)) bits = BasicBits(x.type->Underlying()->kind);
    ConstOp op = e->op == Tok::kAdd   ? ConstOp::kPlus
                 : e->op == Tok::kSub ? ConstOp::kNeg
                 : e->op == Tok::kXor ? ConstOp::kBitNot
                                      : ConstOp::kNot;
    ConstResult r = UnaryOp(op, x.val, bits);
    if (!r.value) {
      Error(e->pos, r.error);
      x.mode = ExprMode::kInvalid;
      return;
    }
    x.val = *r.value;
    x.expr = e;
    CheckTypedConstOverflow(x, e);
    return;
  }
  x.mode = ExprMode::kValue;
}

// A typed constant must stay representable in its type: int8(100) * 2 overflows.
void Checker::CheckTypedConstOverflow(Operand& x, ast::Expr* e) {
  if (x.mode != ExprMode::kConstant || x.type->IsUntyped() || !x.type->IsBasic()) {
    if (x.mode == ExprMode::kConstant && x.type->kind == TypeKind::kNamed) {
      // fall through to the check on the underlying basic type
    } else {
      return;
    }
  }
  Constant rounded;
  std::string why;
  if (!RepresentableConst(x.val, x.type, &rounded, &why)) {
    Error(e->pos, ExprString(e) + " (constant " + x.val.ToString() + " of type " +
                      TypeString(x.type) + ") overflows " + TypeString(x.type));
    x.mode = ExprMode::kInvalid;
    return;
  }
  x.val = rounded;
}

void Checker::Shift(Operand& x, Operand& y, ast::Expr* e, Tok op) {
  // The count: an integer, or an untyped constant representable as uint.
  if (y.mode == ExprMode::kConstant) {
    auto n = y.val.ToInt();
    if (y.type->IsUntyped() && !y.val.IsIntegral() && y.val.kind() == ConstKind::kFloat) {
      Error(y.expr->pos, OperandString(y) + " truncated to uint");
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (!n || (y.type->IsUntyped() == false && !IsInteger(y.type))) {
      Error(y.expr->pos, "invalid operation: shift count " + OperandString(y) + " must be integer");
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (*n < 0) {
      Error(y.expr->pos, "invalid operation: negative shift count " + OperandString(y));
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (y.type->IsUntyped()) SetConstType(y, Typ(TypeKind::kUint));
    UpdateExprType(y.expr, y.type, true);
  } else if (y.type->IsUntyped()) {
    ConvertUntypedOrReport(y, Typ(TypeKind::kUint), "shift count");
  } else if (!IsInteger(y.type)) {
    Error(y.expr->pos, "invalid operation: shift count " + OperandString(y) + " must be integer");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (y.IsInvalid()) {
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kConstant) {
    if (!x.val.IsIntegral()) {
      Error(x.expr->pos,
            "invalid operation: shifted operand " + OperandString(x) + " must be integer");
      x.mode = ExprMode::kInvalid;
      return;
    }
    if (y.mode == ExprMode::kConstant) {
      if (x.type->kind == TypeKind::kUntypedFloat) x.type = Typ(TypeKind::kUntypedInt);
      auto count = y.val.ToUint64();
      ConstResult r =
          lang::Shift(Constant::Int(*x.val.ToInt()), ConstOpOf(op), count ? *count : 100000);
      if (!r.value) {
        Error(x.expr->pos, "invalid shift: " + r.error);
        x.mode = ExprMode::kInvalid;
        return;
      }
      x.val = *r.value;
      x.expr = e;
      if (IsFloat(x.type)) SetConstType(x, x.type);
      CheckTypedConstOverflow(x, e);
      return;
    }
    if (x.type->IsUntyped()) {
      // 1 << n: the untyped 1 takes the type the whole expression gets from its context
      // (and that type must be an integer: UpdateExprType checks).
      x.mode = ExprMode::kValue;
      return;
    }
  }
  if (!IsInteger(x.type)) {
    Error(x.expr->pos,
          "invalid operation: shifted operand " + OperandString(x) + " must be integer");
    x.mode = ExprMode::kInvalid;
    return;
  }
  x.mode = ExprMode::kValue;
}

namespace {

bool IsComparison(Tok op) {
  return op == Tok::kEql || op == Tok::kNeq || op == Tok::kLss || op == Tok::kLeq ||
         op == Tok::kGtr || op == Tok::kGeq;
}

bool IsOrdered(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsOrdered);
  return IsInteger(t) || IsFloat(t) || IsString(t);
}

}  // namespace

bool IsOrderedType(const Type* t) { return IsOrdered(t); }

namespace {

bool IsNumericOrString(const Type* t) {
  if (IsTypeParam(t)) return AllTerms(t, IsNumericOrString);
  return IsNumeric(t) || IsString(t);
}

}  // namespace

// Gives two operands one type when one or both are untyped (go/types' matchTypes).
bool Checker::MatchTypes(Operand& x, Operand& y) {
  const bool xu = x.type->IsUntyped();
  const bool yu = y.type->IsUntyped();
  if (xu && !yu) return ConvertUntyped(x, y.type) == ConvStatus::kOk;
  if (yu && !xu) return ConvertUntyped(y, x.type) == ConvStatus::kOk;
  if (xu && yu) {
    if (x.IsUntypedNil() || y.IsUntypedNil()) return x.IsUntypedNil() && y.IsUntypedNil();
    const bool xn = IsNumeric(x.type), yn = IsNumeric(y.type);
    if (xn && yn) {
      // The larger kind wins: int < rune < float.
      const Type* t = x.type->kind > y.type->kind ? x.type : y.type;
      if (x.mode == ExprMode::kConstant)
        SetConstType(x, t);
      else
        x.type = t;
      if (y.mode == ExprMode::kConstant)
        SetConstType(y, t);
      else
        y.type = t;
      return true;
    }
    return x.type->kind == y.type->kind;
  }
  return true;
}

// gc's word for a type's kind in "operator < not defined on struct".
static std::string KindName(const Type* t) {
  switch (t->Underlying()->kind) {
    case TypeKind::kPointer: return "pointer";
    case TypeKind::kSlice: return "slice";
    case TypeKind::kArray: return "array";
    case TypeKind::kMap: return "map";
    case TypeKind::kChan: return "chan";
    case TypeKind::kStruct: return "struct";
    case TypeKind::kSignature: return "func";
    case TypeKind::kInterface: return "interface";
    case TypeKind::kBool:
    case TypeKind::kUntypedBool: return "bool";
    default: return TypeString(t);
  }
}

// Whether e is the predeclared nil (its operand may already carry the other side's type).
static bool IsNilExpr(const Universe& u, const ast::Expr* e) {
  while (e != nullptr && e->kind == ast::NodeKind::kParenExpr) e = e->As<ast::ParenExpr>()->x;
  auto* id = e != nullptr ? e->As<ast::Ident>() : nullptr;
  return id != nullptr && id->obj == u.nil;
}

void Checker::Comparison(Operand& x, Operand& y, Tok op, Pos, ast::Expr* e,
                         std::string* reason_out) {
  std::string err;
  const bool eq = op == Tok::kEql || op == Tok::kNeq;
  std::string text = e != nullptr ? ExprString(e)
                                  : ExprString(x.expr) + " " + std::string(TokString(op)) + " " +
                                        ExprString(y.expr);
  std::string reason;
  bool ok = AssignableTo(x, y.type, nullptr) || AssignableTo(y, x.type, nullptr);
  if (!ok) {
    reason = "mismatched types " + TypeString(x.type) + " and " + TypeString(y.type);
  } else if (eq) {
    const bool xnil = x.IsUntypedNil() || IsNilExpr(universe_, x.expr);
    const bool ynil = y.IsUntypedNil() || IsNilExpr(universe_, y.expr);
    if (xnil && ynil) {
      reason = "operator " + std::string(TokString(op)) + " not defined on untyped nil";
    } else if (xnil || ynil) {
      const Operand& other = xnil ? y : x;
      TypeKind k = other.type->Underlying()->kind;
      bool nillable = k == TypeKind::kPointer || k == TypeKind::kSlice || k == TypeKind::kMap ||
                      k == TypeKind::kChan || k == TypeKind::kSignature ||
                      k == TypeKind::kInterface || k == TypeKind::kUntypedNil;
      if (IsTypeParam(other.type))
        nillable = CoreType(other.type) != nullptr &&
                   CoreType(other.type)->kind != TypeKind::kInterface &&
                   (CoreType(other.type)->kind == TypeKind::kSlice ||
                    CoreType(other.type)->kind == TypeKind::kMap ||
                    CoreType(other.type)->kind == TypeKind::kPointer ||
                    CoreType(other.type)->kind == TypeKind::kChan ||
                    CoreType(other.type)->kind == TypeKind::kSignature);
      if (!nillable) {
        reason = "mismatched types " + TypeString(x.type) + " and " + TypeString(y.type);
      }
    } else {
      for (const Operand* o : {&x, &y}) {
        if (Comparable(o->type)) continue;
        TypeKind k = o->type->Underlying()->kind;
        if (k == TypeKind::kSlice || k == TypeKind::kMap || k == TypeKind::kSignature) {
          reason = std::string(k == TypeKind::kSlice ? "slice"
                               : k == TypeKind::kMap ? "map"
                                                     : "func") +
                   " can only be compared to nil";
        } else if (IsTypeParam(o->type)) {
          reason = "incomparable types in type set";
        } else {
          reason = TypeString(o->type) + " cannot be compared";
          if (auto* st = o->type->Underlying()->As<StructType>()) {
            for (Var* f : st->fields) {
              if (!Comparable(f->type)) {
                reason = "struct containing " + TypeString(f->type) + " cannot be compared";
                break;
              }
            }
          }
        }
        break;
      }
    }
  } else if (IsTypeParam(x.type) && !IsOrdered(x.type)) {
    reason = "type parameter " + TypeString(x.type) + " is not comparable with " +
             std::string(TokString(op));
  } else if (!IsOrdered(x.type)) {
    reason = "operator " + std::string(TokString(op)) + " not defined on " + KindName(x.type);
  } else if (!IsOrdered(y.type)) {
    reason = "operator " + std::string(TokString(op)) + " not defined on " + KindName(y.type);
  }
  if (!reason.empty() && reason_out != nullptr) {
    *reason_out = reason;  // the caller words the error (a switch case)
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (!reason.empty()) {
    Error(x.expr->pos, "invalid operation: " + text + " (" + reason + ")");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kConstant && y.mode == ExprMode::kConstant) {
    x.val = Constant::Bool(lang::Compare(x.val, ConstOpOf(op), y.val));
    x.mode = ExprMode::kConstant;
  } else {
    x.mode = ExprMode::kValue;
    // Operands keep their (now final) types; untyped ones get their defaults.
    DefaultConvert(x);
    DefaultConvert(y);
  }
  x.type = Typ(TypeKind::kUntypedBool);
}

void Checker::BinaryExpr(Operand& x, ast::BinaryExpr* e, ast::Expr* lhs, ast::Expr* rhs, Tok op,
                         Pos op_pos) {
  Operand y;
  Expr(x, lhs);
  Expr(y, rhs);
  if (x.IsInvalid() || y.IsInvalid()) {
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (op == Tok::kShl || op == Tok::kShr) {
    Shift(x, y, e, op);
    return;
  }
  std::string text =
      e != nullptr ? ExprString(e)
                   : ExprString(lhs) + " " + std::string(TokString(op)) + " " + ExprString(rhs);
  if (!MatchTypes(x, y)) {
    // An untyped constant that cannot take the other side's type.
    Operand& u = x.type->IsUntyped() ? x : y;
    Operand& t = x.type->IsUntyped() ? y : x;
    if (u.mode == ExprMode::kConstant && !t.type->IsUntyped() && IsConstType(t.type) &&
        ((IsNumeric(u.type) && IsNumeric(t.type)))) {
      Constant rounded;
      std::string why;
      RepresentableConst(u.val, t.type, &rounded, &why);
      if (why == "truncated") {
        Error(u.expr->pos, OperandString(u) + " truncated to " + TypeString(t.type));
      } else {
        Error(u.expr->pos, OperandString(u) + " overflows " + TypeString(t.type));
      }
    } else {
      Error(x.expr->pos, "invalid operation: " + text + " (mismatched types " + TypeString(x.type) +
                             " and " + TypeString(y.type) + ")");
    }
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (IsComparison(op)) {
    Comparison(x, y, op, op_pos, e);
    return;
  }
  if (!Identical(x.type, y.type)) {
    if (!(x.IsInvalid() || x.type->kind == TypeKind::kInvalid ||
          y.type->kind == TypeKind::kInvalid)) {
      Error(x.expr->pos, "invalid operation: " + text + " (mismatched types " + TypeString(x.type) +
                             " and " + TypeString(y.type) + ")");
    }
    x.mode = ExprMode::kInvalid;
    return;
  }
  bool ok = false;
  switch (op) {
    case Tok::kAdd: ok = IsNumericOrString(x.type); break;
    case Tok::kSub:
    case Tok::kMul:
    case Tok::kQuo: ok = IsNumeric(x.type); break;
    case Tok::kRem:
    case Tok::kAnd:
    case Tok::kOr:
    case Tok::kXor:
    case Tok::kAndNot: ok = IsInteger(x.type); break;
    case Tok::kLAnd:
    case Tok::kLOr: ok = IsBoolean(x.type); break;
    default: break;
  }
  if (!ok) {
    Error(x.expr->pos, "invalid operation: operator " + std::string(TokString(op)) +
                           " not defined on " + OperandString(x));
    x.mode = ExprMode::kInvalid;
    return;
  }
  if ((op == Tok::kQuo || op == Tok::kRem) && y.mode == ExprMode::kConstant &&
      (x.mode == ExprMode::kConstant || IsInteger(x.type)) && y.val.kind() != ConstKind::kBool &&
      y.val.ToFloat() == 0) {
    Error(y.expr->pos, "invalid operation: division by zero");
    x.mode = ExprMode::kInvalid;
    return;
  }
  if (x.mode == ExprMode::kConstant && y.mode == ExprMode::kConstant) {
    Constant a = x.val, b = y.val;
    // Integer types divide as integers even when a value was written 6.0.
    if (IsInteger(x.type) && !x.type->IsUntyped()) {
      if (auto ai = a.ToInt()) a = Constant::Int(*ai);
      if (auto bi = b.ToInt()) b = Constant::Int(*bi);
    }
    ConstResult r = BinaryOp(a, ConstOpOf(op), b);
    if (!r.value) {
      Error(x.expr->pos, r.error);
      x.mode = ExprMode::kInvalid;
      return;
    }
    x.val = *r.value;
    x.expr = e != nullptr ? static_cast<ast::Expr*>(e) : lhs;
    if (e != nullptr) CheckTypedConstOverflow(x, e);
    if (!x.IsInvalid()) SetConstType(x, x.type);
    return;
  }
  x.mode = ExprMode::kValue;
}

}  // namespace chanscope::lang
