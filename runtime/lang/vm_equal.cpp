// vm_equal.cpp — Go's == on values whose type is known only at run time (interface values).
#include "lang/vm_equal.h"

#include <bit>
#include <string_view>

namespace chanscope::lang {

bool ValuesEqual(const Program& prog, int32_t type, const uint64_t* a, const uint64_t* b,
                 std::string* uncomparable) {
  const TypeDesc& t = prog.types[type];
  switch (t.kind) {
    case TypeDesc::kFloat:
      return std::bit_cast<double>(a[0]) == std::bit_cast<double>(b[0]);
    case TypeDesc::kString:
      return std::string_view(reinterpret_cast<const char*>(a[0]), a[1]) ==
             std::string_view(reinterpret_cast<const char*>(b[0]), b[1]);
    case TypeDesc::kInterface:
      return InterfacesEqual(prog, a, b, uncomparable);
    case TypeDesc::kStruct:
      for (const TypeDesc::Field& f : t.fields)
        if (!ValuesEqual(prog, f.type, a + f.offset, b + f.offset, uncomparable)) return false;
      return true;
    case TypeDesc::kArray: {
      uint16_t w = prog.types[t.elem].words;
      for (int64_t i = 0; i < t.length; i++)
        if (!ValuesEqual(prog, t.elem, a + i * w, b + i * w, uncomparable)) return false;
      return true;
    }
    case TypeDesc::kSlice:
    case TypeDesc::kMap:
    case TypeDesc::kFunc:
      *uncomparable = t.name;
      return false;
    default:
      return a[0] == b[0];
  }
}

bool InterfacesEqual(const Program& prog, const uint64_t* a, const uint64_t* b,
                     std::string* uncomparable) {
  if (a[0] != b[0]) return false;
  if (a[0] == 0) return true;  // both nil
  const TypeDesc& t = prog.types[a[0] - 1];
  // One-word values sit in the interface itself; bigger ones in a box.
  const uint64_t* x = t.words == 1 ? &a[1] : reinterpret_cast<const uint64_t*>(a[1]);
  const uint64_t* y = t.words == 1 ? &b[1] : reinterpret_cast<const uint64_t*>(b[1]);
  return ValuesEqual(prog, static_cast<int32_t>(a[0] - 1), x, y, uncomparable);
}

}  // namespace chanscope::lang
