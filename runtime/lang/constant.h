// constant.h — exact compile-time values: Go's untyped and typed constants.
//
// Invariants:
//  - Integers are exact 128-bit values; an operation whose exact result does not fit
//    fails with gc's "constant ... overflow" message rather than wrapping.
//  - Floats are long double (Go uses arbitrary precision; 64 mantissa bits are enough
//    for the programs learners write). A float constant is never NaN or infinite.
//  - Runes are integers: whether a constant is a rune is a property of its type.
//  - A Constant carries no type; the checker pairs each one with a Type.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chanscope::lang {

using Int128 = __int128;

enum class ConstKind : uint8_t { kBool, kString, kInt, kFloat };

// Operators on constants, independent of the lexer's token set.
enum class ConstOp : uint8_t {
  kAdd,
  kSub,
  kMul,
  kQuo,
  kRem,
  kAnd,
  kOr,
  kXor,
  kAndNot,  // binary arithmetic
  kShl,
  kShr,  // shifts
  kEql,
  kNeq,
  kLss,
  kLeq,
  kGtr,
  kGeq,  // comparison
  kLAnd,
  kLOr,  // logical
  kNeg,
  kPlus,
  kNot,
  kBitNot,  // unary
};

struct Constant {
 public:
  static Constant Bool(bool v);
  static Constant String(std::string v);
  static Constant Int(Int128 v);
  static Constant Float(long double v);

  ConstKind kind() const { return kind_; }
  bool bool_value() const { return bool_; }
  const std::string& string_value() const { return string_; }
  Int128 int_value() const { return int_; }
  long double float_value() const { return float_; }

  // True for an integer, or a float with no fractional part (usable as an int).
  bool IsIntegral() const;
  // The value as an integer when IsIntegral() and it fits in 128 bits.
  std::optional<Int128> ToInt() const;
  // The value as a float (integers convert exactly up to 64 bits of mantissa).
  long double ToFloat() const;
  // Fits in int64 / uint64 exactly (integers, or integral floats).
  std::optional<int64_t> ToInt64() const;
  std::optional<uint64_t> ToUint64() const;

  // How gc prints the value in messages: 300, 1.5, 1e+100, "abc", true.
  std::string ToString() const;

  bool operator==(const Constant& other) const;

 private:
  ConstKind kind_ = ConstKind::kInt;
  bool bool_ = false;
  Int128 int_ = 0;
  long double float_ = 0;
  std::string string_;
};

// The result of an operation, or the message explaining why it failed
// ("division by zero", "constant multiplication overflow").
struct ConstResult {
  std::optional<Constant> value;
  std::string error;
};

// x op y for arithmetic and logical operators. Both operands have the same kind
// after MatchKinds. integer_division: true when both operands are integers (7/2 == 3).
ConstResult BinaryOp(const Constant& x, ConstOp op, const Constant& y);
// x << s or x >> s; x is integral, s a non-negative count.
ConstResult Shift(const Constant& x, ConstOp op, uint64_t s);
// Comparison of two constants of matching kind.
bool Compare(const Constant& x, ConstOp op, const Constant& y);
// -x, +x, !x, ^x. For ^x on an unsigned type of `unsigned_bits` bits (0 = signed or
// untyped), the result is masked to that size, as Go's ^ on uint8(1) == 254.
ConstResult UnaryOp(ConstOp op, const Constant& x, int unsigned_bits = 0);

// Converts both operands to the larger of their kinds (int < float), for mixed
// untyped arithmetic such as 1 + 2.5.
void MatchKinds(Constant& x, Constant& y);

// Whether x fits in an integer of `bits` bits, signed or unsigned.
bool FitsInt(const Constant& x, int bits, bool is_signed);
// Rounds x to float32 or float64; nullopt when the result overflows.
std::optional<Constant> RoundFloat(const Constant& x, int bits);

// Decoding literals from source text (the lexer validates their syntax).
std::optional<Constant> ParseIntLiteral(std::string_view text);
std::optional<Constant> ParseFloatLiteral(std::string_view text);
// Decimal rendering of a 128-bit integer.
std::string Int128ToString(Int128 v);

}  // namespace chanscope::lang
