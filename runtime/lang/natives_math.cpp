// natives_math.cpp — the math natives: Go's algorithms from math_go.h where rounding shows,
// the C library where results are exact (Floor, Sqrt, Mod, Remainder, FMA, ...).
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>

#include "lang/math_go.h"
#include "lang/natives.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;
using namespace gomath;

double F(const NativeCall& c, int word) { return Bits(c.args[word]); }

OpStatus Ret(NativeCall& c, double v) {
  c.args[0] = Word(v);
  return OpStatus::kDone;
}

OpStatus RetWord(NativeCall& c, uint64_t v) {
  c.args[0] = v;
  return OpStatus::kDone;
}

template <double (*f)(double)>
OpStatus Unary(NativeCall& c) {
  return Ret(c, f(F(c, 0)));
}

template <double (*f)(double, double)>
OpStatus Binary(NativeCall& c) {
  return Ret(c, f(F(c, 0), F(c, 1)));
}

// Wrappers, as the <cmath> names are overload sets.
double Abs(double x) { return std::fabs(x); }
double Ceil(double x) { return std::ceil(x); }
double Copysign(double f, double s) { return std::copysign(f, s); }
double Dim(double x, double y) { return x - y <= 0 ? 0 : x - y; }
double Floor(double x) { return std::floor(x); }
double Mod(double x, double y) { return std::fmod(x, y); }
double Remainder(double x, double y) { return std::remainder(x, y); }
double Round(double x) { return std::round(x); }
double RoundToEven(double x) { return std::nearbyint(x); }
double Sqrt(double x) { return std::sqrt(x); }
double Trunc(double x) { return std::trunc(x); }

}  // namespace

// The math entries of the native table (natives.cpp looks here too).
NativeFn FindMathNative(std::string_view name) {
  static const std::pair<std::string_view, NativeFn> kTable[] = {
      {"math.Abs", Unary<Abs>},
      {"math.Acos", Unary<Acos>},
      {"math.Acosh", Unary<Acosh>},
      {"math.Asin", Unary<Asin>},
      {"math.Asinh", Unary<Asinh>},
      {"math.Atan", Unary<Atan>},
      {"math.Atanh", Unary<Atanh>},
      {"math.Atan2", Binary<Atan2>},
      {"math.Cbrt", Unary<Cbrt>},
      {"math.Ceil", Unary<Ceil>},
      {"math.Copysign", Binary<Copysign>},
      {"math.Cos", Unary<Cos>},
      {"math.Cosh", Unary<Cosh>},
      {"math.Dim", Binary<Dim>},
      {"math.Erf", Unary<Erf>},
      {"math.Erfc", Unary<Erfc>},
      {"math.Exp", Unary<Exp>},
      {"math.Exp2", Unary<Exp2>},
      {"math.Expm1", Unary<Expm1>},
      {"math.FMA", [](NativeCall& c) { return Ret(c, std::fma(F(c, 0), F(c, 1), F(c, 2))); }},
      {"math.Float32bits",
       [](NativeCall& c) { return RetWord(c, std::bit_cast<uint32_t>(static_cast<float>(F(c, 0)))); }},
      {"math.Float32frombits",
       [](NativeCall& c) {
         return Ret(c, static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(c.args[0]))));
       }},
      {"math.Float64bits", [](NativeCall& c) { return RetWord(c, c.args[0]); }},
      {"math.Float64frombits", [](NativeCall& c) { return RetWord(c, c.args[0]); }},
      {"math.Floor", Unary<Floor>},
      {"math.Frexp",
       [](NativeCall& c) {
         int exp;
         double frac = Frexp(F(c, 0), &exp);
         c.args[0] = Word(frac);
         c.args[1] = static_cast<uint64_t>(static_cast<int64_t>(exp));
         return OpStatus::kDone;
       }},
      {"math.Gamma", Unary<Gamma>},
      {"math.Hypot", Binary<Hypot>},
      {"math.Ilogb", [](NativeCall& c) { return RetWord(c, static_cast<uint64_t>(Ilogb(F(c, 0)))); }},
      {"math.Inf",
       [](NativeCall& c) { return Ret(c, static_cast<int64_t>(c.args[0]) >= 0 ? kInf : -kInf); }},
      {"math.IsInf",
       [](NativeCall& c) {
         double f = F(c, 0);
         int64_t sign = static_cast<int64_t>(c.args[1]);
         return RetWord(c, (sign >= 0 && f == kInf) || (sign <= 0 && f == -kInf));
       }},
      {"math.IsNaN", [](NativeCall& c) { return RetWord(c, std::isnan(F(c, 0))); }},
      {"math.Ldexp",
       [](NativeCall& c) {
         int64_t exp = std::clamp<int64_t>(static_cast<int64_t>(c.args[1]), -100000, 100000);
         return Ret(c, std::ldexp(F(c, 0), static_cast<int>(exp)));
       }},
      {"math.Lgamma",
       [](NativeCall& c) {
         int sign = 1;
         double v = Lgamma(F(c, 0), &sign);
         c.args[0] = Word(v);
         c.args[1] = static_cast<uint64_t>(static_cast<int64_t>(sign));
         return OpStatus::kDone;
       }},
      {"math.Log", Unary<Log>},
      {"math.Log10", Unary<Log10>},
      {"math.Log1p", Unary<Log1p>},
      {"math.Log2", Unary<Log2>},
      {"math.Logb", Unary<Logb>},
      {"math.Max", Binary<Max>},
      {"math.Min", Binary<Min>},
      {"math.Mod", Binary<Mod>},
      {"math.Modf",
       [](NativeCall& c) {
         double frac;
         double i = Modf(F(c, 0), &frac);
         c.args[0] = Word(i);
         c.args[1] = Word(frac);
         return OpStatus::kDone;
       }},
      {"math.NaN", [](NativeCall& c) { return Ret(c, kNaN); }},
      {"math.Nextafter", Binary<Nextafter>},
      {"math.Pow", Binary<Pow>},
      {"math.Pow10", [](NativeCall& c) { return Ret(c, Pow10(static_cast<int64_t>(c.args[0]))); }},
      {"math.Remainder", Binary<Remainder>},
      {"math.Round", Unary<Round>},
      {"math.RoundToEven", Unary<RoundToEven>},
      {"math.Signbit", [](NativeCall& c) { return RetWord(c, std::signbit(F(c, 0))); }},
      {"math.Sin", Unary<Sin>},
      {"math.Sincos",
       [](NativeCall& c) {
         double x = F(c, 0);
         c.args[0] = Word(Sin(x));
         c.args[1] = Word(Cos(x));
         return OpStatus::kDone;
       }},
      {"math.Sinh", Unary<Sinh>},
      {"math.Sqrt", Unary<Sqrt>},
      {"math.Tan", Unary<Tan>},
      {"math.Tanh", Unary<Tanh>},
      {"math.Trunc", Unary<Trunc>},
  };
  for (const auto& [n, f] : kTable)
    if (n == name) return f;
  return nullptr;
}

}  // namespace chanscope::lang

