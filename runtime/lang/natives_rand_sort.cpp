// natives_rand_sort.cpp — math/rand's source (Go's generator, rand_source.h; the global one
// seeded from the run's seed so runs repeat) and the slice access behind sort.Slice (what Go
// does with reflectlite).
#include <bit>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

#include "lang/natives.h"
#include "lang/rand_source.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

// The native's view of stdlib's rngSource: one word per field.
static_assert(sizeof(RngSource) == (2 + kRngLen) * sizeof(uint64_t));

OpStatus SourceSeed(NativeCall& c) {
  RngSeed(*reinterpret_cast<RngSource*>(c.args[0]), static_cast<int64_t>(c.args[1]));
  return OpStatus::kDone;
}

OpStatus SourceUint64(NativeCall& c) {
  c.args[0] = RngUint64(*reinterpret_cast<RngSource*>(c.args[0]));
  return OpStatus::kDone;
}

// One ziggurat strip for ExpFloat64/NormFloat64: x = j·w[i], whether |j| < k[i] (the fast,
// usual case), and the strip's f[i] and f[i-1] (float32 values in float64 words, as the VM
// keeps float32).
OpStatus Ziggurat(NativeCall& c, uint64_t i, uint64_t abs_j, double j, const uint32_t* k, const float* w,
                  const float* f) {
  c.args[0] = std::bit_cast<uint64_t>(j * static_cast<double>(w[i]));
  c.args[1] = abs_j < k[i];
  c.args[2] = std::bit_cast<uint64_t>(static_cast<double>(f[i]));
  c.args[3] = std::bit_cast<uint64_t>(i > 0 ? static_cast<double>(f[i - 1]) : 0.0);
  return OpStatus::kDone;
}

OpStatus ExpZig(NativeCall& c) {
  auto j = static_cast<uint32_t>(c.args[0]);
  return Ziggurat(c, j & 0xFF, j, j, kKe, kWe, kFe);
}

OpStatus NormZig(NativeCall& c) {
  auto j = static_cast<int32_t>(c.args[0]);
  uint32_t abs_j = j < 0 ? 0u - static_cast<uint32_t>(j) : static_cast<uint32_t>(j);
  return Ziggurat(c, static_cast<uint64_t>(j & 0x7F), abs_j, j, kKn, kWn, kFn);
}

// The slice inside an interface value (type index + 1, box of ptr/len/cap), or null after
// setting Go's reflect panic for anything else.
const uint64_t* SliceOf(NativeCall& c, const uint64_t* iface, uint16_t* elem_words) {
  if (iface[0] == 0) {
    c.panic = "reflect: call of Swapper on zero Value";
    return nullptr;
  }
  const auto& types = c.vm.program().types;
  const TypeDesc& t = types[iface[0] - 1];
  if (t.kind != TypeDesc::kSlice) {
    static constexpr const char* kKinds[] = {"bool", "int",  "uint", "float64", "string",    "slice",
                                             "struct", "ptr", "chan", "func",   "interface", "map"};
    // reflect's Kind names, by TypeDesc kind (a kind this table does not know prints its type).
    std::string kind = t.kind < std::size(kKinds) ? kKinds[t.kind] : t.name;
    c.panic_text = "reflect: call of Swapper on " + kind + " Value";
    return nullptr;
  }
  *elem_words = std::max<uint16_t>(1, types[t.elem].words);
  return reinterpret_cast<const uint64_t*>(iface[1]);
}

OpStatus LenOf(NativeCall& c) {
  uint16_t w;
  const uint64_t* slice = SliceOf(c, c.args, &w);
  if (slice) c.args[0] = slice[1];
  return OpStatus::kDone;
}

OpStatus SwapAt(NativeCall& c) {
  uint16_t w;
  const uint64_t* slice = SliceOf(c, c.args, &w);
  if (!slice) return OpStatus::kDone;
  uint64_t i = c.args[2], j = c.args[3];
  if (i >= slice[1] || j >= slice[1]) {
    c.panic = "reflect: slice index out of range";
    return OpStatus::kDone;
  }
  uint64_t* data = reinterpret_cast<uint64_t*>(slice[0]);
  for (uint16_t k = 0; k < w; k++) std::swap(data[i * w + k], data[j * w + k]);
  return OpStatus::kDone;
}

}  // namespace

// The math/rand and sort entries of the native table (natives.cpp looks here too).
NativeFn FindRandSortNative(std::string_view name) {
  static const std::pair<std::string_view, NativeFn> kTable[] = {
      {"math/rand.sourceSeed", SourceSeed},
      {"math/rand.sourceUint64", SourceUint64},
      {"math/rand.expZig", ExpZig},
      {"math/rand.normZig", NormZig},
      {"math/rand.runSeed",
       [](NativeCall& c) {
         // The run's seed as it is: the default seed, 1, is the one Go 1.19 seeds its global
         // generator with, so an unseeded program draws gc's numbers.
         c.args[0] = c.sched.config().seed;
         return OpStatus::kDone;
       }},
      {"sort.lenOf", LenOf},
      {"sort.swapAt", SwapAt},
  };
  for (const auto& [n, f] : kTable)
    if (n == name) return f;
  return nullptr;
}

}  // namespace chanscope::lang
