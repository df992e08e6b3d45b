// math_go_trig.cpp — Go's trigonometric and hyperbolic functions (sin.go, tan.go, trig_reduce.go,
// atan.go, asin.go, atan2.go, sinh.go, tanh.go, asinh.go, acosh.go, atanh.go).
#include "lang/math_go.h"

#include <bit>
#include <cmath>

namespace chanscope::lang::gomath {

// --- trigonometry (sin.go, tan.go, trig_reduce.go) ---------------------------------------

// Pi/4 in three parts, for Cody-Waite reduction.
constexpr double kPi4A = 7.85398125648498535156e-1, kPi4B = 3.77489470793079817668e-8,
                 kPi4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;

constexpr double kSinP[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                            -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1};
constexpr double kCosP[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                            2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2};

// Payne-Hanek reduction for huge arguments: the octant j and the angle in it.
static void TrigReduce(double x, uint64_t* j_out, double* z_out) {
  static constexpr uint64_t kMPi4[] = {
      0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
      0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
      0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
      0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757};
  if (x < kPi4) {
    *j_out = 0;
    *z_out = x;
    return;
  }
  uint64_t ix = Word(x);
  int exp = static_cast<int>((ix >> 52) & 0x7FF) - 1023 - 52;
  ix &= ~(uint64_t{0x7FF} << 52);
  ix |= uint64_t{1} << 52;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64, bitshift = static_cast<unsigned>(exp + 61) % 64;
  auto shl = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v << s; };
  auto shr = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v >> s; };
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  using u128 = unsigned __int128;
  uint64_t z2hi = static_cast<uint64_t>((static_cast<u128>(z2) * ix) >> 64);
  u128 z1p = static_cast<u128>(z1) * ix;
  uint64_t z1hi = static_cast<uint64_t>(z1p >> 64), z1lo = static_cast<uint64_t>(z1p);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo;
  uint64_t hi = z0lo + z1hi + carry;
  uint64_t j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = static_cast<unsigned>(std::countl_zero(hi));
  uint64_t e = static_cast<uint64_t>(1023 - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - 52;
  hi |= e << 52;
  double z = Bits(hi);
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  *j_out = j;
  *z_out = z * kPi4;
}

// The octant j (made even) and the reduced angle z of x >= 0, as sin.go computes them.
static void Reduce(double x, uint64_t* j, double* z, bool mod8) {
  if (x >= kReduceThreshold) {
    TrigReduce(x, j, z);
    return;
  }
  *j = static_cast<uint64_t>(x * k4OverPi);
  double y = static_cast<double>(*j);
  if (*j & 1) {
    (*j)++;
    y++;
  }
  if (mod8) *j &= 7;
  *z = ((x - y * kPi4A) - y * kPi4B) - y * kPi4C;
}

static double SinPoly(double z, double zz) {
  return z + z * zz * ((((((kSinP[0] * zz) + kSinP[1]) * zz + kSinP[2]) * zz + kSinP[3]) * zz + kSinP[4]) * zz + kSinP[5]);
}

static double CosPoly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz * ((((((kCosP[0] * zz) + kCosP[1]) * zz + kCosP[2]) * zz + kCosP[3]) * zz + kCosP[4]) * zz + kCosP[5]);
}

double Cos(double x) {
  if (std::isnan(x) || std::isinf(x)) return kNaN;
  bool sign = false;
  x = std::fabs(x);
  uint64_t j;
  double z;
  Reduce(x, &j, &z, true);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? SinPoly(z, zz) : CosPoly(zz);
  return sign ? -y : y;
}

double Sin(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return kNaN;
  bool sign = x < 0;
  x = std::fabs(x);
  uint64_t j;
  double z;
  Reduce(x, &j, &z, true);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? CosPoly(zz) : SinPoly(z, zz);
  return sign ? -y : y;
}

double Tan(double x) {
  constexpr double kP[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  constexpr double kQ[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                           -5.38695755929454629881e7};
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return kNaN;
  bool sign = x < 0;
  x = std::fabs(x);
  uint64_t j;
  double z;
  Reduce(x, &j, &z, false);
  double zz = z * z;
  double y = z;
  if (zz > 1e-14) {
    y = z + z * (zz * (((kP[0] * zz) + kP[1]) * zz + kP[2]) /
                 ((((zz + kQ[1]) * zz + kQ[2]) * zz + kQ[3]) * zz + kQ[4]));
  }
  if ((j & 2) == 2) y = -1 / y;
  return sign ? -y : y;
}

// --- inverse trigonometry (atan.go, asin.go, atan2.go) -------------------------------------

static double Xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

static double Satan(double x) {
  constexpr double kMorebits = 6.123233995736765886130e-17, kTan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return Xatan(x);
  if (x > kTan3pio8) return kPi2 - Xatan(1 / x) + kMorebits;
  return kPi4 + Xatan((x - 1) / (x + 1)) + 0.5 * kMorebits;
}

double Atan(double x) {
  if (x == 0) return x;
  return x > 0 ? Satan(x) : -Satan(-x);
}

double Asin(double x) {
  if (x == 0) return x;
  bool sign = x < 0;
  x = std::fabs(x);
  if (x > 1) return kNaN;
  double temp = std::sqrt(1 - x * x);
  temp = x > 0.7 ? kPi2 - Satan(temp / x) : Satan(x / temp);
  return sign ? -temp : temp;
}

double Acos(double x) { return kPi2 - Asin(x); }

double Atan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return kNaN;
  if (y == 0) return x >= 0 && !std::signbit(x) ? std::copysign(0, y) : std::copysign(kPi, y);
  if (x == 0) return std::copysign(kPi2, y);
  if (std::isinf(x)) {
    if (x > 0) return std::isinf(y) ? std::copysign(kPi4, y) : std::copysign(0, y);
    return std::isinf(y) ? std::copysign(k3Pi4, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) return std::copysign(kPi2, y);
  double q = Atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

// --- hyperbolic functions (sinh.go, tanh.go, asinh.go, acosh.go, atanh.go) -----------------

double Sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                   Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool sign = x < 0;
  x = std::fabs(x);
  double temp;
  if (x > 21) {
    temp = Exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = Exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double Cosh(double x) {
  x = std::fabs(x);
  if (x > 21) return Exp(x) * 0.5;
  double ex = Exp(x);
  return (ex + 1 / ex) * 0.5;
}

double Tanh(double x) {
  constexpr double kP[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  constexpr double kQ[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  constexpr double kMaxLog = 8.8029691931113054295988e+01;
  double z = std::fabs(x);
  if (z > 0.5 * kMaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = Exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((kP[0] * s + kP[1]) * s + kP[2]) / (((s + kQ[0]) * s + kQ[1]) * s + kQ[2]);
}

double Asinh(double x) {
  constexpr double kLn2 = 6.93147180559945286227e-01, kNearZero = 1.0 / (1 << 28), kLarge = 1 << 28;
  if (std::isnan(x) || std::isinf(x)) return x;
  bool sign = x < 0;
  x = std::fabs(x);
  double temp;
  if (x > kLarge) {
    temp = Log(x) + kLn2;
  } else if (x > 2) {
    temp = Log(2 * x + 1 / (std::sqrt(x * x + 1) + x));
  } else if (x < kNearZero) {
    temp = x;
  } else {
    temp = Log1p(x + x * x / (1 + std::sqrt(1 + x * x)));
  }
  return sign ? -temp : temp;
}

double Acosh(double x) {
  constexpr double kLarge = 1 << 28;
  constexpr double kLn2 = 0.693147180559945309417232121458176568075500134360255254120680009;
  if (x < 1 || std::isnan(x)) return kNaN;
  if (x == 1) return 0;
  if (x >= kLarge) return Log(x) + kLn2;
  if (x > 2) return Log(2 * x - 1 / (x + std::sqrt(x * x - 1)));
  double t = x - 1;
  return Log1p(t + std::sqrt(2 * t + t * t));
}

double Atanh(double x) {
  constexpr double kNearZero = 1.0 / (1 << 28);
  if (x < -1 || x > 1 || std::isnan(x)) return kNaN;
  if (x == 1) return kInf;
  if (x == -1) return -kInf;
  bool sign = x < 0;
  x = std::fabs(x);
  double temp;
  if (x < kNearZero) {
    temp = x;
  } else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * Log1p(temp + temp * x / (1 - x));
  } else {
    temp = 0.5 * Log1p((x + x) / (1 - x));
  }
  return sign ? -temp : temp;
}

// Go's exp2 (exp.go): reduction by the nearest integer, then expmulti.

}  // namespace chanscope::lang::gomath
