// math_go.cpp — Go's Exp, Log, Hypot (amd64 assembly), Pow, Cbrt, Exp2, Expm1, Log1p, Frexp, Modf,
// Log2, Log10, Pow10, Max, Min, Nextafter, Ilogb and Logb, with their special cases.
#include "lang/math_go.h"

#include <algorithm>
#include <cmath>

namespace chanscope::lang::gomath {

static bool HaveFma() {
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

// Go's cbrt (cbrt.go, from FreeBSD): a 5-bit guess from the exponent bits, a rational
// step to 23 bits, then one Newton step (error below 0.667 ulps; exact for perfect cubes).
double Cbrt(double x) {
  constexpr uint64_t kB1 = 715094163, kB2 = 696219795;
  constexpr double kC = 5.42857142857142815906e-01, kD = -7.05306122448979611050e-01,
                   kE = 1.41428571428571436819e+00, kF = 1.60714285714285720630e+00,
                   kG = 3.57142857142857150787e-01, kSmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool sign = x < 0;
  x = std::fabs(x);
  double t = Bits(Word(x) / 3 + (kB1 << 32));
  if (x < kSmallestNormal) {
    t = static_cast<double>(uint64_t{1} << 54) * x;
    t = Bits(Word(t) / 3 + (kB2 << 32));
  }
  double r = t * t / x;
  double s = kC + r * t;
  t *= kG + kF / (s + kE + kD / s);
  t = Bits((Word(t) & (uint64_t{0xFFFFFFFFC} << 28)) + (uint64_t{1} << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}


double Exp2(double x) {
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
  constexpr double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                   P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                   P5 = 4.13813679705723846039e-08;
  if (std::isnan(x) || x == kInf) return x;
  if (x == -kInf) return 0;
  if (x > 1.0239999999999999e+03) return kInf;
  if (x < -1.0740e+03) return 0;
  int64_t k = x > 0 ? static_cast<int64_t>(x + 0.5) : x < 0 ? static_cast<int64_t>(x - 0.5) : 0;
  double t = x - static_cast<double>(k);
  double hi = t * kLn2Hi, lo = -t * kLn2Lo;
  double r = hi - lo;
  t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return std::ldexp(y, static_cast<int>(k));
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

static bool IsOddInt(double x) {
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

// 1/Ln2 and 1/Ln10 as Go's constant arithmetic rounds them (once, from the exact values).
constexpr double kLog2E = 1.44269504088896340735992468100189213742664595415298593413544940693;
constexpr double kLog10E = 0.434294481903251827651128918916605082294397005803666566114453783166;

double Log2(double x) {
  int exp;
  double frac = Frexp(x, &exp);
  if (frac == 0.5) return exp - 1;  // exact for powers of two
  return Log(frac) * kLog2E + exp;
}

double Log10(double x) { return Log(x) * kLog10E; }

// Go's log1p (log1p.go, from FreeBSD): log(1+x) accurate for small x.
double Log1p(double x) {
  constexpr double kSqrt2M1 = 4.142135623730950488017e-01, kSqrt2HalfM1 = -2.928932188134524755992e-01;
  constexpr double kSmall = 1.0 / (1 << 29), kTiny = 1.0 / (uint64_t{1} << 54), kTwo53 = 9007199254740992.0;
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
  constexpr double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
                   Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                   Lp7 = 1.479819860511658591e-01;
  if (x < -1 || std::isnan(x)) return kNaN;
  if (x == -1) return -kInf;
  if (x == kInf) return kInf;
  double absx = std::fabs(x);
  double f = 0;
  uint64_t iu = 0;
  int64_t k = 1;
  if (absx < kSqrt2M1) {
    if (absx < kSmall) return absx < kTiny ? x : x - x * x * 0.5;
    if (x > kSqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (absx < kTwo53) {
      u = 1.0 + x;
      iu = Word(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      iu = Word(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffff;
    if (iu < 0x0006a09e667f3bcd) {
      u = Bits(iu | 0x3ff0000000000000);
    } else {
      k++;
      u = Bits(iu | 0x3fe0000000000000);
      iu = (0x0010000000000000 - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double kd = static_cast<double>(k);
  if (iu == 0) {
    if (f == 0) {
      if (k == 0) return 0;
      c += kd * kLn2Lo;
      return kd * kLn2Hi + c;
    }
    double R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return kd * kLn2Hi - ((R - (kd * kLn2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return kd * kLn2Hi - ((hfsq - (s * (hfsq + R) + (kd * kLn2Lo + c))) - f);
}

// Go's expm1 (expm1.go, from FreeBSD): exp(x)-1 accurate for small x.
double Expm1(double x) {
  constexpr double kOthreshold = 7.09782712893383973096e+02, kLn2X56 = 3.88162421113569373274e+01,
                   kLn2HalfX3 = 1.03972077083991796413e+00, kLn2Half = 3.46573590279972654709e-01,
                   kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10,
                   kInvLn2 = 1.44269504088896338700e+00, kTiny = 1.0 / (uint64_t{1} << 54);
  constexpr double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                   Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                   Q5 = -2.01099218183624371326e-07;
  if (x == kInf || std::isnan(x)) return x;
  if (x == -kInf) return -1;
  double absx = std::fabs(x);
  bool sign = x < 0;
  if (absx >= kLn2X56) {
    if (sign) return -1;
    if (absx >= kOthreshold) return kInf;
  }
  double c = 0;
  int64_t k = 0;
  if (absx > kLn2Half) {
    double hi, lo;
    if (absx < kLn2HalfX3) {
      hi = sign ? x + kLn2Hi : x - kLn2Hi;
      lo = sign ? -kLn2Lo : kLn2Lo;
      k = sign ? -1 : 1;
    } else {
      k = static_cast<int64_t>(sign ? kInvLn2 * x - 0.5 : kInvLn2 * x + 0.5);
      double t = static_cast<double>(k);
      hi = x - t * kLn2Hi;
      lo = t * kLn2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < kTiny) {
    return x;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  uint64_t kbits = static_cast<uint64_t>(k) << 52;
  if (k <= -2 || k > 56) {
    double y = 1 - (e - x);
    return Bits(Word(y) + kbits) - 1;
  }
  if (k < 20) {
    t = Bits(0x3ff0000000000000 - (0x20000000000000 >> k));
    double y = t - (e - x);
    return Bits(Word(y) + kbits);
  }
  t = Bits(static_cast<uint64_t>(0x3ff - k) << 52);
  double y = x - (e + t);
  y++;
  return Bits(Word(y) + kbits);
}

}  // namespace chanscope::lang::gomath
