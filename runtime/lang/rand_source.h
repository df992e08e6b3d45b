// rand_source.h — Go 1.19's math/rand source (rng.go): an additive lagged Fibonacci generator
// whose sequences for every seed are gc's.
#pragma once

#include <cstdint>

namespace chanscope::lang {

constexpr int kRngLen = 607;
constexpr int kRngTap = 273;
extern const int64_t kRngCooked[kRngLen];  // rand_tables.cpp, generated
// The ziggurats of ExpFloat64 (256 strips) and NormFloat64 (128 strips), as Go's exp.go and
// normal.go define them (rand_tables.cpp).
extern const uint32_t kKe[256];
extern const float kWe[256], kFe[256];
extern const uint32_t kKn[128];
extern const float kWn[128], kFn[128];

// The words of stdlib/math_rand.go's rngSource struct: tap, feed, then vec.
struct RngSource {
  int64_t tap;
  int64_t feed;
  int64_t vec[kRngLen];
};

void RngSeed(RngSource& s, int64_t seed);
uint64_t RngUint64(RngSource& s);

}  // namespace chanscope::lang
