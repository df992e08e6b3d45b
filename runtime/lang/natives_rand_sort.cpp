// natives_rand_sort.cpp — math/rand's source (the kernel's wyrand, seeded from the run's seed so
// runs repeat) and the slice access behind sort.Slice (what Go does with reflectlite).
#include <bit>
#include <cstring>
#include <string>
#include <string_view>

#include "core/rng.h"
#include "lang/natives.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

// A nativeSource's only field holds the generator's state (core::Rng is one word).
static_assert(sizeof(core::Rng) == sizeof(uint64_t));

OpStatus SourceInt63(NativeCall& c) {
  auto* state = reinterpret_cast<uint64_t*>(c.args[0]);
  auto rng = std::bit_cast<core::Rng>(*state);
  uint64_t v = rng.Next() >> 1;
  *state = std::bit_cast<uint64_t>(rng);
  c.args[0] = v;
  return OpStatus::kDone;
}

OpStatus SourceSeed(NativeCall& c) {
  *reinterpret_cast<uint64_t*>(c.args[0]) = std::bit_cast<uint64_t>(core::Rng(c.args[1]));
  return OpStatus::kDone;
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
    c.panic_text = std::string("reflect: call of Swapper on ") + kKinds[t.kind] + " Value";
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
      {"math/rand.sourceInt63", SourceInt63},
      {"math/rand.sourceSeed", SourceSeed},
      {"math/rand.runSeed",
       [](NativeCall& c) {
         c.args[0] = c.sched.config().seed ^ 0x72616e64;  // "rand": a stream apart from the scheduler's
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
