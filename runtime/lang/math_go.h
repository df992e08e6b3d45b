// math_go.h — Go 1.19's math functions ported to C++, so that results match gc's bit for bit
// on amd64: Exp, Log and Hypot from its assembly, the rest from its Go code (FreeBSD's and
// Cephes' algorithms). Go's special cases (NaN, infinities, signed zeros) included.
#pragma once

#include <bit>
#include <cstdint>
#include <limits>

namespace chanscope::lang::gomath {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::bit_cast<double>(uint64_t{0x7FF8000000000001});  // Go's NaN()
inline constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
inline constexpr double kPi2 = 1.57079632679489661923132169163975144209858469968755291048747229;   // Pi/2
inline constexpr double kPi4 = 0.785398163397448309615660845819875721049292349843776455243736148;  // Pi/4
inline constexpr double k3Pi4 = 2.35619449019234492884698253745962716314787704953132936573120844;  // 3*Pi/4
inline constexpr double k4OverPi = 1.27323954473516268615107010698011489627567716592365158998133875;  // 4/Pi

constexpr double Bits(uint64_t b) { return std::bit_cast<double>(b); }
constexpr uint64_t Word(double d) { return std::bit_cast<uint64_t>(d); }

// exp.go, log.go, pow.go and friends (math_go.cpp).
double Exp(double x);
double Exp2(double x);
double Expm1(double x);
double Log(double x);
double Log2(double x);
double Log10(double x);
double Log1p(double x);
double Pow(double x, double y);
double Pow10(int64_t n);
double Cbrt(double x);
double Hypot(double p, double q);
double Frexp(double f, int* exp);
double Modf(double f, double* frac);
double Max(double x, double y);
double Min(double x, double y);
double Nextafter(double x, double y);
int64_t Ilogb(double x);
double Logb(double x);

// Trigonometric and hyperbolic functions (math_go_trig.cpp).
double Sin(double x);
double Cos(double x);
double Tan(double x);
double Asin(double x);
double Acos(double x);
double Atan(double x);
double Atan2(double y, double x);
double Sinh(double x);
double Cosh(double x);
double Tanh(double x);
double Asinh(double x);
double Acosh(double x);
double Atanh(double x);

// Special functions (math_go_special.cpp).
double Gamma(double x);
double Lgamma(double x, int* sign);
double Erf(double x);
double Erfc(double x);

}  // namespace chanscope::lang::gomath
