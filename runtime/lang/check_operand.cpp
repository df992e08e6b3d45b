// check_operand.cpp — untyped values taking their final types, constant
// representability, and the operand and expression texts used in messages.
#include <cmath>

#include "lang/check_internal.h"

namespace chanscope::lang {

// --- Core types and comparability ---------------------------------------------------------------

const Type* CoreType(const Type* t) {
  if (t == nullptr) return nullptr;
  auto* p = t->As<TypeParamType>();
  if (p == nullptr) return t->Underlying();
  const InterfaceType* iface = p->Iface();
  if (iface == nullptr) return nullptr;
  iface->Complete();
  if (iface->all_types || iface->terms.empty()) return nullptr;
  const Type* core = nullptr;
  for (const Term& term : iface->terms) {
    const Type* u = term.type->Underlying();
    if (core == nullptr)
      core = u;
    else if (!Identical(core, u))
      return nullptr;
  }
  return core;
}

bool Comparable(const Type* t) {
  if (t == nullptr) return false;
  if (auto* p = t->As<TypeParamType>()) {
    const InterfaceType* iface = p->Iface();
    if (iface == nullptr) return false;
    iface->Complete();
    if (iface->is_comparable) return true;
    if (iface->all_types || iface->terms.empty()) return false;
    for (const Term& term : iface->terms)
      if (!Comparable(term.type)) return false;
    return true;
  }
  const Type* u = t->Underlying();
  switch (u->kind) {
    case TypeKind::kSlice:
    case TypeKind::kMap:
    case TypeKind::kSignature:
    case TypeKind::kUntypedNil: return false;
    case TypeKind::kStruct:
      for (Var* f : u->As<StructType>()->fields)
        if (!Comparable(f->type)) return false;
      return true;
    case TypeKind::kArray: return Comparable(u->As<ArrayType>()->elem);
    case TypeKind::kInvalid: return true;
    default: return true;
  }
}

// --- Representability ---------------------------------------------------------------------------

bool Checker::RepresentableConst(const Constant& val, const Type* target, Constant* rounded,
                                 std::string* why) {
  const Type* u = target->Underlying();
  *rounded = val;
  TypeKind k = u->kind;
  if (k >= TypeKind::kInt && k <= TypeKind::kUintptr) {
    if (val.kind() != ConstKind::kInt && val.kind() != ConstKind::kFloat) return false;
    if (!val.IsIntegral()) {
      *why = "truncated";
      return false;
    }
    const bool is_signed = k <= TypeKind::kInt64;
    if (!FitsInt(val, BasicBits(k), is_signed)) {
      // gc calls every float that an integer type cannot hold "truncated".
      *why = val.kind() == ConstKind::kFloat ? "truncated" : "overflows";
      return false;
    }
    *rounded = Constant::Int(*val.ToInt());
    return true;
  }
  if (k == TypeKind::kFloat32 || k == TypeKind::kFloat64) {
    if (val.kind() != ConstKind::kInt && val.kind() != ConstKind::kFloat) return false;
    auto r = RoundFloat(val, BasicBits(k));
    if (!r) {
      *why = "overflows";
      return false;
    }
    *rounded = *r;
    return true;
  }
  switch (k) {
    case TypeKind::kUntypedInt:
    case TypeKind::kUntypedRune:
      if (!val.IsIntegral()) {
        *why = "truncated";
        return false;
      }
      if (auto i = val.ToInt()) *rounded = Constant::Int(*i);
      return val.kind() == ConstKind::kInt || val.kind() == ConstKind::kFloat;
    case TypeKind::kUntypedFloat:
      if (val.kind() != ConstKind::kInt && val.kind() != ConstKind::kFloat) return false;
      *rounded = Constant::Float(val.ToFloat());
      return true;
    case TypeKind::kString:
    case TypeKind::kUntypedString: return val.kind() == ConstKind::kString;
    case TypeKind::kBool:
    case TypeKind::kUntypedBool: return val.kind() == ConstKind::kBool;
    default: return false;
  }
}

void Checker::SetConstType(Operand& x, const Type* t) {
  x.type = t;
  if (x.mode != ExprMode::kConstant) return;
  if (IsFloat(t) && x.val.kind() == ConstKind::kInt) {
    x.val = Constant::Float(x.val.ToFloat());
  } else if (IsInteger(t) && x.val.kind() == ConstKind::kFloat) {
    if (auto i = x.val.ToInt()) x.val = Constant::Int(*i);
  }
  if (!t->IsUntyped() && IsFloat(t)) {
    if (auto r = RoundFloat(x.val, BasicBits(t->Underlying()->kind))) x.val = *r;
  }
}

// --- Untyped conversion -------------------------------------------------------------------------

ConvStatus Checker::ConvertUntyped(Operand& x, const Type* target) {
  if (x.IsInvalid() || !x.type->IsUntyped() || target == nullptr) return ConvStatus::kOk;
  if (target->kind == TypeKind::kInvalid) return ConvStatus::kOk;
  if (target->IsUntyped()) {
    // Both untyped: only numeric kinds combine (the larger wins).
    if (IsNumeric(x.type) && IsNumeric(target)) {
      if (target->kind > x.type->kind) SetConstType(x, target);
      UpdateExprType(x.expr, x.type, false);
      return ConvStatus::kOk;
    }
    return x.type->kind == target->kind ? ConvStatus::kOk : ConvStatus::kMismatch;
  }
  if (auto* tp = target->As<TypeParamType>()) {
    // Every type in the type set must accept the value.
    const InterfaceType* iface = tp->Iface();
    if (iface == nullptr) return ConvStatus::kMismatch;
    iface->Complete();
    if (iface->all_types || iface->terms.empty()) return ConvStatus::kMismatch;
    if (x.IsUntypedNil()) {
      for (const Term& term : iface->terms) {
        TypeKind k = term.type->Underlying()->kind;
        if (k != TypeKind::kPointer && k != TypeKind::kSlice && k != TypeKind::kMap &&
            k != TypeKind::kChan && k != TypeKind::kSignature && k != TypeKind::kInterface)
          return ConvStatus::kMismatch;
      }
      x.type = target;
      UpdateExprType(x.expr, target, true);
      return ConvStatus::kOk;
    }
    for (const Term& term : iface->terms) {
      Operand copy = x;
      ConvStatus s = ConvertUntyped(copy, term.type);
      if (s != ConvStatus::kOk) return s;
    }
    x.type = target;
    UpdateExprType(x.expr, target, true);
    return ConvStatus::kOk;
  }
  const Type* u = target->Underlying();
  if (u->IsBasic()) {
    if (x.IsUntypedNil()) return ConvStatus::kMismatch;
    if (x.mode == ExprMode::kConstant) {
      Constant rounded;
      std::string why;
      if (!RepresentableConst(x.val, target, &rounded, &why)) {
        if (why == "truncated") return ConvStatus::kTruncated;
        if (why == "overflows") return ConvStatus::kOverflow;
        return ConvStatus::kMismatch;
      }
      x.val = rounded;
    } else {
      // Untyped non-constant values: booleans from comparisons, shifted untyped operands.
      if (x.type->kind == TypeKind::kUntypedBool && !IsBoolean(target))
        return ConvStatus::kMismatch;
      if (x.type->kind != TypeKind::kUntypedBool && !IsNumeric(target))
        return ConvStatus::kMismatch;
    }
    x.type = target;
    UpdateExprType(x.expr, target, true);
    return ConvStatus::kOk;
  }
  if (u->kind == TypeKind::kInterface) {
    // nil becomes the interface's nil; other values take their default type first.
    if (x.IsUntypedNil()) {
      x.type = target;
      UpdateExprType(x.expr, target, true);
      return ConvStatus::kOk;
    }
    DefaultConvert(x);
    return ConvStatus::kOk;
  }
  switch (u->kind) {
    case TypeKind::kPointer:
    case TypeKind::kSignature:
    case TypeKind::kSlice:
    case TypeKind::kMap:
    case TypeKind::kChan:
      if (!x.IsUntypedNil()) return ConvStatus::kMismatch;
      x.type = target;
      UpdateExprType(x.expr, target, true);
      return ConvStatus::kOk;
    default: return ConvStatus::kMismatch;
  }
}

void Checker::ConvertUntypedOrReport(Operand& x, const Type* target, std::string_view context) {
  ConvStatus s = ConvertUntyped(x, target);
  if (s == ConvStatus::kOk) return;
  std::string what = OperandString(x);
  if (x.IsUntypedNil()) {
    Error(x.expr->pos,
          "cannot use nil as " + TypeString(target) + " value in " + std::string(context));
  } else if (s == ConvStatus::kTruncated) {
    Error(x.expr->pos, what + " truncated to " + TypeString(target));
  } else if (s == ConvStatus::kOverflow) {
    Error(x.expr->pos, what + " overflows " + TypeString(target));
  } else {
    Error(x.expr->pos, "cannot convert " + what + " to type " + TypeString(target));
  }
  x.mode = ExprMode::kInvalid;
}

void Checker::DefaultConvert(Operand& x) {
  if (x.IsInvalid() || x.type == nullptr || !x.type->IsUntyped() || x.IsUntypedNil()) return;
  const Type* t = DefaultType(x.type);
  SetConstType(x, t);
  UpdateExprType(x.expr, t, true);
}

// Gives an untyped expression tree its final type (go/types' updateExprType): operands
// of arithmetic follow their expression; comparisons keep their operands' types; the
// left operand of a non-constant shift takes the shift's type and must be an integer.
void Checker::UpdateExprType(ast::Expr* e, const Type* t, bool final) {
  if (e == nullptr || e->type == nullptr || !e->type->IsUntyped()) return;
  if (auto* p = e->As<ast::ParenExpr>()) {
    UpdateExprType(p->x, t, final);
  } else if (auto* u = e->As<ast::UnaryExpr>()) {
    if (u->op != Tok::kNot || IsBoolean(t)) UpdateExprType(u->x, t, final);
  } else if (auto* b = e->As<ast::BinaryExpr>()) {
    if (b->op == Tok::kEql || b->op == Tok::kNeq || b->op == Tok::kLss || b->op == Tok::kLeq ||
        b->op == Tok::kGtr || b->op == Tok::kGeq) {
      // The operands already have their types.
    } else if (b->op == Tok::kShl || b->op == Tok::kShr) {
      if (e->constant == nullptr && final && !t->IsUntyped() && !IsInteger(t)) {
        Error(b->x->pos,
              "invalid operation: " + ExprString(e) + " (shift of type " + TypeString(t) + ")");
      }
      UpdateExprType(b->x, t, final);
    } else {
      UpdateExprType(b->x, t, final);
      UpdateExprType(b->y, t, final);
    }
  }
  // The constant's representation follows the type (1 as a float64 is 1.0).
  if (e->constant != nullptr) {
    Operand tmp;
    tmp.mode = ExprMode::kConstant;
    tmp.val = *e->constant;
    SetConstType(tmp, t);
    e->constant = store_.NewConstant(tmp.val);
  }
  e->type = t;
}

// --- Messages -----------------------------------------------------------------------------------

std::string Checker::OperandString(const Operand& x) {
  std::string expr = x.expr != nullptr ? ExprString(x.expr) : "";
  if (x.IsUntypedNil() && x.mode != ExprMode::kConstant) return "nil";
  std::string out = expr;
  out += " (";
  switch (x.mode) {
    case ExprMode::kInvalid: return out + "invalid operand)";
    case ExprMode::kNoValue: return out + "no value)";
    case ExprMode::kBuiltin: return out + "built-in function " + expr + ")";
    case ExprMode::kType: return out + "type)";
    case ExprMode::kPackage: return out + "package)";
    case ExprMode::kConstant: {
      std::string value = x.val.ToString();
      if (x.type->IsUntyped()) {
        out += TypeString(x.type) + " constant";
        if (value != expr) out += " " + value;
        return out + ")";
      }
      if (value == expr) return out + "constant of type " + TypeString(x.type) + ")";
      return out + "constant " + value + " of type " + TypeString(x.type) + ")";
    }
    case ExprMode::kVariable: out += "variable"; break;
    case ExprMode::kMapIndex: out += "map index expression"; break;
    case ExprMode::kValue: out += "value"; break;
  }
  if (x.type->IsUntyped()) return out.insert(expr.size() + 2, TypeString(x.type) + " ") + ")";
  if (auto* tp = x.type->As<TypeParamType>()) {
    return out + " of type " + TypeString(x.type) + " constrained by " +
           TypeString(tp->constraint) + ")";
  }
  return out + " of type " + TypeString(x.type) + ")";
}

std::string Checker::ExprString(const ast::Expr* e) {
  std::string out;
  WriteExpr(out, e);
  return out;
}

void Checker::WriteExpr(std::string& out, const ast::Expr* e) {
  if (e == nullptr) return;
  auto list = [&](std::span<ast::Expr*> xs) {
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i > 0) out += ", ";
      WriteExpr(out, xs[i]);
    }
  };
  switch (e->kind) {
    case ast::NodeKind::kIdent: out += e->As<ast::Ident>()->name; return;
    case ast::NodeKind::kBasicLit: out += e->As<ast::BasicLit>()->raw; return;
    case ast::NodeKind::kFuncLit: {
      auto* lit = e->As<ast::FuncLit>();
      WriteExpr(out, lit->func_type);
      out += lit->body == nullptr || lit->body->list.empty() ? " {}" : " {…}";
      return;
    }
    case ast::NodeKind::kCompositeLit:
      WriteExpr(out, e->As<ast::CompositeLit>()->type_expr);
      out += e->As<ast::CompositeLit>()->elts.empty() ? "{}" : "{…}";
      return;
    case ast::NodeKind::kParenExpr:
      out += '(';
      WriteExpr(out, e->As<ast::ParenExpr>()->x);
      out += ')';
      return;
    case ast::NodeKind::kSelectorExpr:
      WriteExpr(out, e->As<ast::SelectorExpr>()->x);
      out += '.';
      out += e->As<ast::SelectorExpr>()->sel->name;
      return;
    case ast::NodeKind::kIndexExpr: {
      auto* ix = e->As<ast::IndexExpr>();
      WriteExpr(out, ix->x);
      out += '[';
      list(ix->indices);
      out += ']';
      return;
    }
    case ast::NodeKind::kSliceExpr: {
      auto* s = e->As<ast::SliceExpr>();
      WriteExpr(out, s->x);
      out += '[';
      WriteExpr(out, s->low);
      out += ':';
      WriteExpr(out, s->high);
      if (s->slice3) {
        out += ':';
        WriteExpr(out, s->max);
      }
      out += ']';
      return;
    }
    case ast::NodeKind::kTypeAssertExpr: {
      auto* t = e->As<ast::TypeAssertExpr>();
      WriteExpr(out, t->x);
      out += ".(";
      if (t->type_expr != nullptr)
        WriteExpr(out, t->type_expr);
      else
        out += "type";
      out += ')';
      return;
    }
    case ast::NodeKind::kCallExpr: {
      auto* c = e->As<ast::CallExpr>();
      WriteExpr(out, c->fun);
      out += '(';
      list(c->args);
      if (c->HasEllipsis()) out += "...";
      out += ')';
      return;
    }
    case ast::NodeKind::kStarExpr:
      out += '*';
      WriteExpr(out, e->As<ast::StarExpr>()->x);
      return;
    case ast::NodeKind::kUnaryExpr:
      out += TokString(e->As<ast::UnaryExpr>()->op);
      WriteExpr(out, e->As<ast::UnaryExpr>()->x);
      return;
    case ast::NodeKind::kBinaryExpr: {
      auto* b = e->As<ast::BinaryExpr>();
      WriteExpr(out, b->x);
      out += ' ';
      out += TokString(b->op);
      out += ' ';
      WriteExpr(out, b->y);
      return;
    }
    case ast::NodeKind::kKeyValueExpr:
      WriteExpr(out, e->As<ast::KeyValueExpr>()->key);
      out += ": ";
      WriteExpr(out, e->As<ast::KeyValueExpr>()->value);
      return;
    case ast::NodeKind::kEllipsis:
      out += "...";
      WriteExpr(out, e->As<ast::Ellipsis>()->elt);
      return;
    case ast::NodeKind::kArrayType:
      out += '[';
      WriteExpr(out, e->As<ast::ArrayType>()->len);
      out += ']';
      WriteExpr(out, e->As<ast::ArrayType>()->elt);
      return;
    case ast::NodeKind::kSliceType:
      out += "[]";
      WriteExpr(out, e->As<ast::SliceType>()->elt);
      return;
    case ast::NodeKind::kStructType: out += "struct{…}"; return;
    case ast::NodeKind::kFuncType: {
      auto* ft = e->As<ast::FuncType>();
      auto fields = [&](ast::FieldList* list) {
        if (list == nullptr) return;
        for (size_t i = 0; i < list->list.size(); ++i) {
          if (i > 0) out += ", ";
          ast::Field* f = list->list[i];
          for (size_t k = 0; k < f->names.size(); ++k) {
            if (k > 0) out += ", ";
            out += f->names[k]->name;
          }
          if (!f->names.empty()) out += ' ';
          WriteExpr(out, f->type_expr);
        }
      };
      out += "func(";
      fields(ft->params);
      out += ')';
      if (ft->results != nullptr && !ft->results->list.empty()) {
        bool paren = ft->results->list.size() > 1 || !ft->results->list[0]->names.empty();
        out += paren ? " (" : " ";
        fields(ft->results);
        if (paren) out += ')';
      }
      return;
    }
    case ast::NodeKind::kInterfaceType:
      out += e->As<ast::InterfaceType>()->methods->list.empty() ? "interface{}" : "interface{…}";
      return;
    case ast::NodeKind::kMapType:
      out += "map[";
      WriteExpr(out, e->As<ast::MapType>()->key);
      out += ']';
      WriteExpr(out, e->As<ast::MapType>()->value);
      return;
    case ast::NodeKind::kChanType: {
      auto* c = e->As<ast::ChanType>();
      out += c->dir == ast::ChanDir::kRecv   ? "<-chan "
             : c->dir == ast::ChanDir::kSend ? "chan<- "
                                             : "chan ";
      WriteExpr(out, c->value);
      return;
    }
    default: out += "BadExpr"; return;
  }
}

}  // namespace chanscope::lang
