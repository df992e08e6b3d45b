// rng.h — the scheduler's seeded generator (wyrand, as Go's runtime uses).
#pragma once

#include <cstdint>

namespace chanscope::core {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    state_ += 0xa0761d6478bd642fULL;
    __uint128_t m = static_cast<__uint128_t>(state_) * (state_ ^ 0xe7037ed1a0b428dbULL);
    return static_cast<uint64_t>(m >> 64) ^ static_cast<uint64_t>(m);
  }
  // Uniform in [0, n) by multiply-shift, like Go's cheaprandn.
  uint32_t Below(uint32_t n) {
    return static_cast<uint32_t>((static_cast<uint64_t>(static_cast<uint32_t>(Next())) * n) >> 32);
  }

 private:
  uint64_t state_;
};

}  // namespace chanscope::core
