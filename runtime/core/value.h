// value.h — the two-word value the kernel carries through channels, pools and maps.
#pragma once

#include <compare>
#include <cstdint>

namespace chanscope::core {

// The kernel never interprets a Value; it copies it. The language layer packs its own
// representation into the two words (a scalar, or a pointer plus a type tag); C++
// programs use the integer helpers. Two words keep every channel operation free of
// heap allocation.
struct Value {
  int64_t word = 0;   // scalar payload, or the first word of the language's value
  uint64_t aux = 0;   // second word: type tag or pointer for the language layer

  static constexpr Value Int(int64_t i) { return Value{i, 0}; }
  constexpr int64_t AsInt() const { return word; }
  friend constexpr auto operator<=>(const Value&, const Value&) = default;
};

// A source position: a static or interned file name and a 1-based line.
struct SrcPos {
  const char* file = nullptr;  // null when unknown
  int32_t line = 0;
};

}  // namespace chanscope::core
