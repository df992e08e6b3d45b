// natives_math.cpp — the math natives. Go's special cases throughout; Exp, Log and Hypot are
// ports of Go 1.19's amd64 assembly, the trigonometric, hyperbolic and power functions ports of
// its Go code (sin.go, pow.go, ...), so results match gc's to the bit where programs print them.
// The rest use the C library: exact (Floor, Mod, FMA, ...) or matching Go's on every input
// tested (Log1p, Expm1); Lgamma, Erf and Erfc may differ from Go's in the last bit.
#include <bit>
#include <cmath>
#include <algorithm>
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

// --- trigonometry (sin.go, tan.go, trig_reduce.go) ---------------------------------------

constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
constexpr double kPi2 = 1.57079632679489661923132169163975144209858469968755291048747229;   // Pi/2
constexpr double kPi4 = 0.785398163397448309615660845819875721049292349843776455243736148;  // Pi/4
constexpr double k3Pi4 = 2.35619449019234492884698253745962716314787704953132936573120844;  // 3*Pi/4
constexpr double k4OverPi = 1.27323954473516268615107010698011489627567716592365158998133875;  // 4/Pi
// Pi/4 in three parts, for Cody-Waite reduction.
constexpr double kPi4A = 7.85398125648498535156e-1, kPi4B = 3.77489470793079817668e-8,
                 kPi4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;

constexpr double kSinP[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                            -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1};
constexpr double kCosP[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                            2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2};

// Payne-Hanek reduction for huge arguments: the octant j and the angle in it.
void TrigReduce(double x, uint64_t* j_out, double* z_out) {
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
void Reduce(double x, uint64_t* j, double* z, bool mod8) {
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

double SinPoly(double z, double zz) {
  return z + z * zz * ((((((kSinP[0] * zz) + kSinP[1]) * zz + kSinP[2]) * zz + kSinP[3]) * zz + kSinP[4]) * zz + kSinP[5]);
}

double CosPoly(double zz) {
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

double Xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

double Satan(double x) {
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
    temp = std::log1p(x + x * x / (1 + std::sqrt(1 + x * x)));
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
  return std::log1p(t + std::sqrt(2 * t + t * t));
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
    temp = 0.5 * std::log1p(temp + temp * x / (1 - x));
  } else {
    temp = 0.5 * std::log1p((x + x) / (1 - x));
  }
  return sign ? -temp : temp;
}

// Go's exp2 (exp.go): reduction by the nearest integer, then expmulti.
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


// Go's stirling (gamma.go): Stirling's formula as two factors, to delay overflow.
void Stirling(double x, double* y1_out, double* y2_out) {
  constexpr double kS[] = {7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
                           3.47222221605458667310e-03, 8.33333333333482257126e-02};
  constexpr double kSqrtTwoPi = 2.506628274631000502417, kMaxStirling = 143.01608;
  if (x > 200) {
    *y1_out = kInf;
    *y2_out = 1;
    return;
  }
  double w = 1 / x;
  w = 1 + w * ((((kS[0] * w + kS[1]) * w + kS[2]) * w + kS[3]) * w + kS[4]);
  double y1 = Exp(x), y2 = 1.0;
  if (x > kMaxStirling) {
    double v = Pow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = Pow(x, x - 0.5) / y1;
  }
  *y1_out = y1;
  *y2_out = kSqrtTwoPi * w * y2;
}

// Go's Gamma (gamma.go, from Cephes).
double Gamma(double x) {
  constexpr double kP[] = {1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
                           4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
                           9.99999999999999996796e-01};
  constexpr double kQ[] = {-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
                           1.18139785222060435552e-02,  3.58236398605498653373e-02, -2.34591795718243348568e-01,
                           7.14304917030273074085e-02,  1.00000000000000000320e+00};
  constexpr double kEuler = 0.57721566490153286060651209008240243104215933593992;
  double frac;
  if ((x < 0 && (Modf(x, &frac), frac == 0)) || x == -kInf || std::isnan(x)) return kNaN;
  if (x == kInf) return kInf;
  if (x == 0) return std::signbit(x) ? -kInf : kInf;
  double q = std::fabs(x), p = std::floor(q);
  if (q > 33) {
    double s1, s2;
    if (x >= 0) {
      Stirling(x, &s1, &s2);
      return s1 * s2;
    }
    int signgam = (static_cast<int64_t>(p) & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * Sin(kPi * z);
    if (z == 0) return signgam * kInf;
    Stirling(q, &s1, &s2);
    double absz = std::fabs(z);
    double d = absz * s1 * s2;
    z = std::isinf(d) ? kPi / absz / s1 / s2 : kPi / d;
    return signgam * z;
  }
  double z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  // Near 0 and negative integers: Go's `small` case.
  auto small = [&] { return x == 0 ? kInf : z / ((1 + kEuler * x) * x); };
  while (x < 0) {
    if (x > -1e-09) return small();
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-09) return small();
    z = z / x;
    x = x + 1;
  }
  if (x == 2) return z;
  x = x - 2;
  p = (((((x * kP[0] + kP[1]) * x + kP[2]) * x + kP[3]) * x + kP[4]) * x + kP[5]) * x + kP[6];
  q = ((((((x * kQ[0] + kQ[1]) * x + kQ[2]) * x + kQ[3]) * x + kQ[4]) * x + kQ[5]) * x + kQ[6]) * x + kQ[7];
  return z * p / q;
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
double Ceil(double x) { return std::ceil(x); }
double Copysign(double f, double s) { return std::copysign(f, s); }
double Dim(double x, double y) { return x - y <= 0 ? 0 : x - y; }
double Erf(double x) { return std::erf(x); }
double Erfc(double x) { return std::erfc(x); }
double Expm1(double x) { return std::expm1(x); }
double Floor(double x) { return std::floor(x); }
double Log1p(double x) { return std::log1p(x); }
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
