// natives_math.cpp — the math natives. Go's special cases throughout; Exp, Log and Hypot are
// ports of Go 1.19's amd64 assembly and Log2, Log10, Pow, Pow10, Modf of its Go code, so results
// match gc's to the bit where programs print them. The rest use the C library (correctly
// rounded or within an ulp, as Go's are).
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>

#include "lang/natives.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::bit_cast<double>(uint64_t{0x7FF8000000000001});  // Go's NaN()

double Bits(uint64_t b) { return std::bit_cast<double>(b); }
uint64_t Word(double d) { return std::bit_cast<uint64_t>(d); }

bool HaveFma() {
  static const bool have = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return have;
}

// Go's archExp (exp_amd64.s): Shibata's method, a Taylor series on x/16 squared back up; the
// FMA path fuses the same operations as the assembly does.
double Exp(double x) {
  constexpr double kLog2e = 1.4426950408889634073599246810018920;
  constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  constexpr double kT[] = {0.5,
                           1.0,
                           2.0,
                           1.6666666666666666667e-1,
                           4.1666666666666666667e-2,
                           8.3333333333333333333e-3,
                           1.3888888888888888889e-3,
                           1.9841269841269841270e-4,
                           2.4801587301587301587e-5};
  uint64_t bits = Word(x);
  if ((bits & ~(uint64_t{1} << 63)) >= 0x7FF0000000000000) {  // not finite
    if (bits == 0xFFF0000000000000) return 0;                   // -Inf
    return x;                                                   // NaN or +Inf
  }
  if (x > kOverflow) return kInf;
  // CVTSD2SL: round to nearest; out of int32's range gives 0x80000000 (then underflow).
  double scaled = std::nearbyint(kLog2e * x);
  int32_t e = scaled >= -2147483648.0 ? static_cast<int32_t>(scaled) : std::numeric_limits<int32_t>::min();
  double k = e;
  double r;
  if (HaveFma()) {
    x = std::fma(-kLn2U, k, x);
    x = std::fma(-kLn2L, k, x);
    x *= 0.0625;
    r = kT[8];
    for (int i : {7, 6, 5, 4, 3, 0, 1}) r = std::fma(r, x, kT[i]);
    x *= r;
    for (int i = 0; i < 3; i++) x *= x + 2.0;
    x = std::fma(x + 2.0, x, 1.0);
  } else {
    x -= kLn2U * k;
    x -= kLn2L * k;
    x *= 0.0625;
    r = kT[8] * x;
    for (int i : {7, 6, 5, 4, 3, 0}) r = (r + kT[i]) * x;
    r += kT[1];
    x *= r;
    for (int i = 0; i < 4; i++) x *= x + 2.0;
    x += 1.0;
  }
  // x * 2**e, through a second scale when e is below the normal range.
  e += 0x3FF;
  if (e <= 0) {
    if (e < -52) return 0;
    x *= Bits(static_cast<uint64_t>(e + 0x3FE) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return kInf;
  }
  return x * Bits(static_cast<uint64_t>(e) << 52);
}

// Go's archLog (log_amd64.s): FreeBSD's log polynomial on the raw exponent and mantissa bits.
double Log(double x) {
  constexpr double kHSqrt2 = 7.07106781186547524401e-01;
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
  constexpr double kL1 = 6.666666666666735130e-01, kL2 = 3.999999999940941908e-01,
                   kL3 = 2.857142874366239149e-01, kL4 = 2.222219843214978396e-01,
                   kL5 = 1.818357216161805012e-01, kL6 = 1.531383769920937332e-01,
                   kL7 = 1.479819860511658591e-01;
  uint64_t bits = Word(x);
  if ((bits & ~(uint64_t{1} << 63)) == 0) return -kInf;
  if (static_cast<int64_t>(bits) < 0) return kNaN;
  if (bits >= 0x7FF0000000000000) return x;
  double f1 = Bits((bits & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = static_cast<int32_t>((bits >> 52) & 0x7FF) - 0x3FE;
  if (f1 < kHSqrt2) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (kL1 + s4 * (kL3 + s4 * (kL5 + s4 * kL7)));
  double t2 = s4 * (kL2 + s4 * (kL4 + s4 * kL6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * kLn2Hi - ((hfsq - (s * (hfsq + R) + k * kLn2Lo)) - f);
}

// Go's archHypot (hypot_amd64.s).
double Hypot(double p, double q) {
  p = std::fabs(p);
  q = std::fabs(q);
  if (std::isinf(p) || std::isinf(q)) return kInf;
  if (std::isnan(p) || std::isnan(q)) return kNaN;
  if (p == 0 && q == 0) return 0;
  double big = std::max(p, q), small = std::min(p, q);
  small /= big;
  return big * std::sqrt(1 + small * small);
}

// Go's Frexp: frac in [½, 1) and exp; ±0, ±Inf and NaN come back unchanged with exp 0.
double Frexp(double f, int* exp) {
  *exp = 0;
  if (f == 0 || std::isinf(f) || std::isnan(f)) return f;
  return std::frexp(f, exp);
}

// Go's Modf, including Modf(±Inf) = (±Inf, NaN).
double Modf(double f, double* frac) {
  if (f < 1) {
    if (f < 0) {
      double i = Modf(-f, frac);
      *frac = -*frac;
      return -i;
    }
    if (f == 0) {
      *frac = f;
      return f;
    }
    *frac = f;
    return 0;
  }
  uint64_t x = Word(f);
  int e = static_cast<int>((x >> 52) & 0x7FF) - 1023;
  if (e < 52) x &= ~((uint64_t{1} << (52 - e)) - 1);
  double i = Bits(x);
  *frac = f - i;
  return i;
}

bool IsOddInt(double x) {
  double frac;
  double i = Modf(x, &frac);
  return frac == 0 && (static_cast<int64_t>(i) & 1) == 1;
}

// Go's pow (pow.go): special cases, then Exp(yf*Log(x)) times x**yi by repeated squaring.
double Pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return kNaN;
  if (x == 0) {
    if (y < 0) return IsOddInt(y) ? std::copysign(kInf, x) : kInf;
    return IsOddInt(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    return (std::fabs(x) < 1) == (y > 0) ? 0 : kInf;
  }
  if (std::isinf(x)) {
    if (x < 0) return Pow(1 / x, -y);
    return y < 0 ? 0 : kInf;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);
  double yf;
  double yi = Modf(std::fabs(y), &yf);
  if (yf != 0 && x < 0) return kNaN;
  if (yi >= 9223372036854775808.0) {
    if (x == -1) return 1;
    return (std::fabs(x) < 1) == (y > 0) ? 0 : kInf;
  }
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Exp(yf * Log(x));
  }
  int xe;
  double x1 = Frexp(x, &xe);
  int64_t xe64 = xe;
  for (int64_t i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe64 < -(1 << 12) || (1 << 12) < xe64) {
      ae += xe64;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe64;
    }
    x1 *= x1;
    xe64 <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe64--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return std::ldexp(a1, static_cast<int>(std::clamp<int64_t>(ae, -100000, 100000)));
}

double Pow10(int64_t n) {
  static const double kTab[] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
                                1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static const double kPos32[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
  static const double kNeg32[] = {1e-00, 1e-32, 1e-64,  1e-96,  1e-128, 1e-160,
                                  1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  if (0 <= n && n <= 308) return kPos32[n / 32] * kTab[n % 32];
  if (-323 <= n && n <= 0) return kNeg32[-n / 32] / kTab[-n % 32];
  return n > 0 ? kInf : 0;
}

// Go's Max and Min: an infinity wins over NaN, and +0 is above -0.
double Max(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return kNaN;
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}

double Min(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return kNaN;
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

double Nextafter(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return kNaN;
  if (x == y) return x;
  if (x == 0) return std::copysign(Bits(1), y);
  return (y > x) == (x > 0) ? Bits(Word(x) + 1) : Bits(Word(x) - 1);
}

int64_t Ilogb(double x) {
  if (x == 0) return std::numeric_limits<int32_t>::min();
  if (std::isnan(x) || std::isinf(x)) return std::numeric_limits<int32_t>::max();
  return std::ilogb(x);
}

double Logb(double x) {
  if (x == 0) return -kInf;
  if (std::isinf(x)) return kInf;
  if (std::isnan(x)) return x;
  return std::logb(x);
}

double Log2(double x) {
  int exp;
  double frac = Frexp(x, &exp);
  if (frac == 0.5) return exp - 1;  // exact for powers of two
  return Log(frac) * (1 / 0.693147180559945309417232121458176568) + exp;
}

double Log10(double x) { return Log(x) * (1 / 2.30258509299404568401799145468436420760110148862877297603332790); }

double Gamma(double x) {
  // Go: Gamma(±0) = ±Inf, Gamma(-Inf) = NaN, Gamma(negative integer) = NaN.
  if (x == 0) return std::copysign(kInf, x);
  if ((x < 0 && x == std::floor(x)) || (std::isinf(x) && x < 0)) return kNaN;
  return std::tgamma(x);
}

// --- the native table -------------------------------------------------------------------

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
double Acos(double x) { return std::acos(x); }
double Acosh(double x) { return std::acosh(x); }
double Asin(double x) { return std::asin(x); }
double Asinh(double x) { return std::asinh(x); }
double Atan(double x) { return std::atan(x); }
double Atanh(double x) { return std::atanh(x); }
double Atan2(double y, double x) { return std::atan2(y, x); }
double Cbrt(double x) { return std::cbrt(x); }
double Ceil(double x) { return std::ceil(x); }
double Copysign(double f, double s) { return std::copysign(f, s); }
double Cos(double x) { return std::cos(x); }
double Cosh(double x) { return std::cosh(x); }
double Dim(double x, double y) { return x - y <= 0 ? 0 : x - y; }
double Erf(double x) { return std::erf(x); }
double Erfc(double x) { return std::erfc(x); }
double Exp2(double x) { return std::exp2(x); }
double Expm1(double x) { return std::expm1(x); }
double Floor(double x) { return std::floor(x); }
double Log1p(double x) { return std::log1p(x); }
double Mod(double x, double y) { return std::fmod(x, y); }
double Remainder(double x, double y) { return std::remainder(x, y); }
double Round(double x) { return std::round(x); }
double RoundToEven(double x) { return std::nearbyint(x); }
double Sin(double x) { return std::sin(x); }
double Sinh(double x) { return std::sinh(x); }
double Sqrt(double x) { return std::sqrt(x); }
double Tan(double x) { return std::tan(x); }
double Tanh(double x) { return std::tanh(x); }
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
         double v = lgamma_r(F(c, 0), &sign);
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
