// math_go.test.cpp — the ported math functions give gc's bits (values printed by Go 1.19 on amd64).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <iterator>

#include "lang/math_go.h"

namespace gomath = chanscope::lang::gomath;

TEST_CASE("ported math functions match Go 1.19 bit for bit") {
  int sign = 0;
  const double got[] = {gomath::Exp(1),          gomath::Exp(-745.1),    gomath::Log(10),
                        gomath::Pow(2.5, 3.7),   gomath::Sin(1e22),      gomath::Cos(3),
                        gomath::Tan(1),          gomath::Atan2(1, -2),   gomath::Cbrt(10),
                        gomath::Sinh(0.3),       gomath::Gamma(0.5),     gomath::Erf(0.5),
                        gomath::Lgamma(0.3, &sign)};
  const uint64_t want[] = {0x4005BF0A8B145769, 0x0000000000000001, 0x40026BB1BBB55516, 0x403DAC93F32D18DD,
                           0xBFEB453AB76BF398, 0xBFEFAE04BE85E5D2, 0x3FF8EB245CBEE3A5, 0x40056C6E7397F5AE,
                           0x40013C484138704F, 0x3FD37D42AF54B926, 0x3FFC5BF891B4EF6A, 0x3FE0A7EF5C18EDD2,
                           0x3FF188637A6C4196};
  for (size_t i = 0; i < std::size(want); i++) {
    CAPTURE(i);
    CHECK(gomath::Word(got[i]) == want[i]);
  }
  CHECK(sign == 1);
}

TEST_CASE("Go's special cases: Max/Min with NaN and infinities, Modf of infinity, Pow of zero") {
  CHECK(gomath::Max(gomath::kNaN, gomath::kInf) == gomath::kInf);
  CHECK(std::isnan(gomath::Max(gomath::kNaN, 1)));
  CHECK(std::signbit(gomath::Min(0.0, -0.0)));
  double frac;
  CHECK(gomath::Modf(gomath::kInf, &frac) == gomath::kInf);
  CHECK(std::isnan(frac));
  CHECK(gomath::Pow(-0.0, -3) == -gomath::kInf);
  CHECK(gomath::Pow(-8, 1.0 / 3) != gomath::Pow(-8, 1.0 / 3));  // NaN
  CHECK(gomath::Ilogb(0) == INT32_MIN);
  CHECK(gomath::Nextafter(0, -1) == -gomath::Bits(1));
}
