// constant.cpp — exact arithmetic on compile-time constants (see constant.h).
#include "lang/constant.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace chanscope::lang {

namespace {

constexpr Int128 kInt128Max = static_cast<Int128>((~static_cast<unsigned __int128>(0)) >> 1);
constexpr Int128 kInt128Min = -kInt128Max - 1;

// Multiplication with overflow detection, without __builtin_mul_overflow on 128 bits
// (clang lowers it to __muloti4, which libgcc does not provide).
bool MulOverflows(Int128 a, Int128 b, Int128* out) {
  if (a == 0 || b == 0) {
    *out = 0;
    return false;
  }
  if ((a == -1 && b == kInt128Min) || (b == -1 && a == kInt128Min)) return true;
  const unsigned __int128 ua = a < 0 ? -static_cast<unsigned __int128>(a) : a;
  const unsigned __int128 ub = b < 0 ? -static_cast<unsigned __int128>(b) : b;
  const bool negative = (a < 0) != (b < 0);
  const unsigned __int128 limit =
      negative ? static_cast<unsigned __int128>(kInt128Max) + 1 : kInt128Max;
  if (ua > limit / ub) return true;
  const unsigned __int128 product = ua * ub;
  *out = negative ? static_cast<Int128>(-product) : static_cast<Int128>(product);
  return false;
}

ConstResult Fail(std::string message) { return ConstResult{std::nullopt, std::move(message)}; }
ConstResult Ok(Constant c) { return ConstResult{std::move(c), {}}; }

// Floats stay finite: an infinite result is an overflow, as in gc.
ConstResult FloatResult(long double v) {
  if (!std::isfinite(v)) return Fail("constant overflow");
  return Ok(Constant::Float(v));
}

ConstResult IntBinary(Int128 a, ConstOp op, Int128 b) {
  Int128 r = 0;
  switch (op) {
    case ConstOp::kAdd:
      if (__builtin_add_overflow(a, b, &r)) return Fail("constant addition overflow");
      return Ok(Constant::Int(r));
    case ConstOp::kSub:
      if (__builtin_sub_overflow(a, b, &r)) return Fail("constant subtraction overflow");
      return Ok(Constant::Int(r));
    case ConstOp::kMul:
      if (MulOverflows(a, b, &r)) return Fail("constant multiplication overflow");
      return Ok(Constant::Int(r));
    case ConstOp::kQuo:
      if (b == 0) return Fail("invalid operation: division by zero");
      if (a == kInt128Min && b == -1) return Fail("constant division overflow");
      return Ok(Constant::Int(a / b));
    case ConstOp::kRem:
      if (b == 0) return Fail("invalid operation: division by zero");
      if (b == -1) return Ok(Constant::Int(0));
      return Ok(Constant::Int(a % b));
    case ConstOp::kAnd: return Ok(Constant::Int(a & b));
    case ConstOp::kOr: return Ok(Constant::Int(a | b));
    case ConstOp::kXor: return Ok(Constant::Int(a ^ b));
    case ConstOp::kAndNot: return Ok(Constant::Int(a & ~b));
    default: return Fail("invalid constant operation");
  }
}

ConstResult FloatBinary(long double a, ConstOp op, long double b) {
  switch (op) {
    case ConstOp::kAdd: return FloatResult(a + b);
    case ConstOp::kSub: return FloatResult(a - b);
    case ConstOp::kMul: return FloatResult(a * b);
    case ConstOp::kQuo:
      if (b == 0) return Fail("invalid operation: division by zero");
      return FloatResult(a / b);
    default: return Fail("invalid constant operation");
  }
}

template <typename T>
int CompareValues(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

// --- Construction and inspection ---------------------------------------------------------------

Constant Constant::Bool(bool v) {
  Constant c;
  c.kind_ = ConstKind::kBool;
  c.bool_ = v;
  return c;
}

Constant Constant::String(std::string v) {
  Constant c;
  c.kind_ = ConstKind::kString;
  c.string_ = std::move(v);
  return c;
}

Constant Constant::Int(Int128 v) {
  Constant c;
  c.kind_ = ConstKind::kInt;
  c.int_ = v;
  return c;
}

Constant Constant::Float(long double v) {
  Constant c;
  c.kind_ = ConstKind::kFloat;
  c.float_ = v == 0 ? 0.0L : v;  // no negative zero among constants, as in Go
  return c;
}

bool Constant::IsIntegral() const {
  if (kind_ == ConstKind::kInt) return true;
  return kind_ == ConstKind::kFloat && std::floor(float_) == float_;
}

std::optional<Int128> Constant::ToInt() const {
  if (kind_ == ConstKind::kInt) return int_;
  if (kind_ != ConstKind::kFloat || std::floor(float_) != float_) return std::nullopt;
  // 2^126 bounds what long double converts exactly and safely.
  if (std::fabs(float_) >= 0x1p126L) return std::nullopt;
  return static_cast<Int128>(float_);
}

long double Constant::ToFloat() const {
  if (kind_ == ConstKind::kFloat) return float_;
  return static_cast<long double>(int_);
}

std::optional<int64_t> Constant::ToInt64() const {
  auto v = ToInt();
  if (!v || *v < std::numeric_limits<int64_t>::min() || *v > std::numeric_limits<int64_t>::max())
    return std::nullopt;
  return static_cast<int64_t>(*v);
}

std::optional<uint64_t> Constant::ToUint64() const {
  auto v = ToInt();
  if (!v || *v < 0 || *v > static_cast<Int128>(std::numeric_limits<uint64_t>::max()))
    return std::nullopt;
  return static_cast<uint64_t>(*v);
}

std::string Int128ToString(Int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  unsigned __int128 u = negative ? -static_cast<unsigned __int128>(v) : v;
  std::string digits;
  while (u != 0) {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  return negative ? "-" + digits : digits;
}

std::string Constant::ToString() const {
  switch (kind_) {
    case ConstKind::kBool: return bool_ ? "true" : "false";
    case ConstKind::kInt: return Int128ToString(int_);
    case ConstKind::kString: {
      std::string out = "\"";
      for (char ch : string_) {
        if (ch == '"' || ch == '\\') out += '\\';
        if (ch == '\n') {
          out += "\\n";
          continue;
        }
        out += ch;
      }
      return out + "\"";
    }
    case ConstKind::kFloat: {
      // go/constant prints floats with %.6g: 3, 2.5, 1e+06, 1e+100.
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.6Lg", float_);
      return buf;
    }
  }
  return "?";
}

bool Constant::operator==(const Constant& other) const {
  if (kind_ != other.kind_) return false;
  switch (kind_) {
    case ConstKind::kBool: return bool_ == other.bool_;
    case ConstKind::kString: return string_ == other.string_;
    case ConstKind::kInt: return int_ == other.int_;
    case ConstKind::kFloat: return float_ == other.float_;
  }
  return false;
}

// --- Operations --------------------------------------------------------------------------------

void MatchKinds(Constant& x, Constant& y) {
  if (x.kind() == ConstKind::kFloat && y.kind() == ConstKind::kInt)
    y = Constant::Float(y.ToFloat());
  if (y.kind() == ConstKind::kFloat && x.kind() == ConstKind::kInt)
    x = Constant::Float(x.ToFloat());
}

ConstResult BinaryOp(const Constant& x0, ConstOp op, const Constant& y0) {
  Constant x = x0;
  Constant y = y0;
  MatchKinds(x, y);
  if (x.kind() != y.kind()) return Fail("mismatched constant kinds");
  switch (x.kind()) {
    case ConstKind::kBool:
      if (op == ConstOp::kLAnd) return Ok(Constant::Bool(x.bool_value() && y.bool_value()));
      if (op == ConstOp::kLOr) return Ok(Constant::Bool(x.bool_value() || y.bool_value()));
      return Fail("invalid constant operation");
    case ConstKind::kString:
      if (op == ConstOp::kAdd) return Ok(Constant::String(x.string_value() + y.string_value()));
      return Fail("invalid constant operation");
    case ConstKind::kInt: return IntBinary(x.int_value(), op, y.int_value());
    case ConstKind::kFloat: return FloatBinary(x.float_value(), op, y.float_value());
  }
  return Fail("invalid constant operation");
}

ConstResult Shift(const Constant& x, ConstOp op, uint64_t s) {
  auto v = x.ToInt();
  if (!v) return Fail("invalid shift of non-integer constant");
  if (op == ConstOp::kShr) {
    if (s >= 127) return Ok(Constant::Int(*v < 0 ? -1 : 0));
    return Ok(Constant::Int(*v >> s));
  }
  if (*v == 0) return Ok(Constant::Int(0));
  // Shift left only while every bit, including the sign, survives.
  if (s >= 127) return Fail("constant shift overflow");
  const Int128 shifted = static_cast<Int128>(static_cast<unsigned __int128>(*v) << s);
  if ((shifted >> s) != *v) return Fail("constant shift overflow");
  return Ok(Constant::Int(shifted));
}

bool Compare(const Constant& x0, ConstOp op, const Constant& y0) {
  Constant x = x0;
  Constant y = y0;
  MatchKinds(x, y);
  int c = 0;
  switch (x.kind()) {
    case ConstKind::kBool: c = CompareValues(x.bool_value(), y.bool_value()); break;
    case ConstKind::kString: c = x.string_value().compare(y.string_value()); break;
    case ConstKind::kInt: c = CompareValues(x.int_value(), y.int_value()); break;
    case ConstKind::kFloat: c = CompareValues(x.float_value(), y.float_value()); break;
  }
  switch (op) {
    case ConstOp::kEql: return c == 0;
    case ConstOp::kNeq: return c != 0;
    case ConstOp::kLss: return c < 0;
    case ConstOp::kLeq: return c <= 0;
    case ConstOp::kGtr: return c > 0;
    case ConstOp::kGeq: return c >= 0;
    default: return false;
  }
}

ConstResult UnaryOp(ConstOp op, const Constant& x, int unsigned_bits) {
  switch (op) {
    case ConstOp::kPlus: return Ok(x);
    case ConstOp::kNot:
      if (x.kind() != ConstKind::kBool) return Fail("invalid constant operation");
      return Ok(Constant::Bool(!x.bool_value()));
    case ConstOp::kNeg:
      if (x.kind() == ConstKind::kFloat) return Ok(Constant::Float(-x.float_value()));
      if (x.kind() != ConstKind::kInt) return Fail("invalid constant operation");
      if (x.int_value() == kInt128Min) return Fail("constant negation overflow");
      return Ok(Constant::Int(-x.int_value()));
    case ConstOp::kBitNot: {
      if (x.kind() != ConstKind::kInt) return Fail("invalid constant operation");
      if (unsigned_bits == 0) return Ok(Constant::Int(~x.int_value()));
      const unsigned __int128 mask = unsigned_bits >= 128
                                         ? ~static_cast<unsigned __int128>(0)
                                         : (static_cast<unsigned __int128>(1) << unsigned_bits) - 1;
      return Ok(Constant::Int(
          static_cast<Int128>(~static_cast<unsigned __int128>(x.int_value()) & mask)));
    }
    default: return Fail("invalid constant operation");
  }
}

bool FitsInt(const Constant& x, int bits, bool is_signed) {
  auto v = x.ToInt();
  if (!v) return false;
  if (is_signed) {
    const Int128 max = (static_cast<Int128>(1) << (bits - 1)) - 1;
    return *v >= -max - 1 && *v <= max;
  }
  const Int128 max = (static_cast<Int128>(1) << bits) - 1;
  return *v >= 0 && *v <= max;
}

std::optional<Constant> RoundFloat(const Constant& x, int bits) {
  const long double v = x.ToFloat();
  if (bits == 32) {
    const float f = static_cast<float>(v);
    if (!std::isfinite(f)) return std::nullopt;
    return Constant::Float(f);
  }
  const double d = static_cast<double>(v);
  if (!std::isfinite(d)) return std::nullopt;
  return Constant::Float(d);
}

// --- Literals ----------------------------------------------------------------------------------

std::optional<Constant> ParseIntLiteral(std::string_view text) {
  std::string digits;
  for (char ch : text)
    if (ch != '_') digits += ch;
  int base = 10;
  size_t i = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    const char p = static_cast<char>(digits[1] | 0x20);
    if (p == 'x')
      base = 16, i = 2;
    else if (p == 'b')
      base = 2, i = 2;
    else if (p == 'o')
      base = 8, i = 2;
    else
      base = 8, i = 1;
  }
  if (i >= digits.size()) return i == 1 ? std::optional<Constant>(Constant::Int(0)) : std::nullopt;
  Int128 v = 0;
  for (; i < digits.size(); ++i) {
    const char ch = digits[i];
    int d = 0;
    if (ch >= '0' && ch <= '9')
      d = ch - '0';
    else if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
      d = (ch | 0x20) - 'a' + 10;
    else
      return std::nullopt;
    if (d >= base) return std::nullopt;
    Int128 next = 0;
    if (MulOverflows(v, base, &next) || __builtin_add_overflow(next, d, &next)) {
      return std::nullopt;
    }
    v = next;
  }
  return Constant::Int(v);
}

std::optional<Constant> ParseFloatLiteral(std::string_view text) {
  std::string digits;
  for (char ch : text)
    if (ch != '_') digits += ch;
  char* end = nullptr;
  const long double v = std::strtold(digits.c_str(), &end);
  if (end == digits.c_str() || !std::isfinite(v)) return std::nullopt;
  return Constant::Float(v);
}

}  // namespace chanscope::lang
