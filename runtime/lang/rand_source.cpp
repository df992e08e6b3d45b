// rand_source.cpp — Go's rngSource.Seed and Uint64 (math/rand/rng.go).
#include "lang/rand_source.h"

namespace chanscope::lang {

namespace {

constexpr int32_t kInt32Max = (int64_t{1} << 31) - 1;

// x[n+1] = 48271 * x[n] mod (2**31 - 1), Schrage's way as Go computes it.
int32_t SeedRand(int32_t x) {
  constexpr int32_t A = 48271, Q = 44488, R = 3399;
  int32_t hi = x / Q, lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += kInt32Max;
  return x;
}

}  // namespace

void RngSeed(RngSource& s, int64_t seed) {
  s.tap = 0;
  s.feed = kRngLen - kRngTap;
  seed = seed % kInt32Max;
  if (seed < 0) seed += kInt32Max;
  if (seed == 0) seed = 89482311;
  auto x = static_cast<int32_t>(seed);
  for (int i = -20; i < kRngLen; i++) {
    x = SeedRand(x);
    if (i >= 0) {
      int64_t u = static_cast<int64_t>(x) << 40;
      x = SeedRand(x);
      u ^= static_cast<int64_t>(x) << 20;
      x = SeedRand(x);
      u ^= static_cast<int64_t>(x);
      s.vec[i] = u ^ kRngCooked[i];
    }
  }
}

uint64_t RngUint64(RngSource& s) {
  if (--s.tap < 0) s.tap += kRngLen;
  if (--s.feed < 0) s.feed += kRngLen;
  // Wrapping addition, as Go's int64 arithmetic.
  uint64_t x = static_cast<uint64_t>(s.vec[s.feed]) + static_cast<uint64_t>(s.vec[s.tap]);
  s.vec[s.feed] = static_cast<int64_t>(x);
  return x;
}

}  // namespace chanscope::lang
