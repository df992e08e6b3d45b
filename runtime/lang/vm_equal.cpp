// vm_equal.cpp — Go's == on values the VM holds by type descriptor (interface values).
#include <cstring>
#include <string>

#include "lang/vm.h"

namespace chanscope::lang {

std::optional<bool> Vm::ValuesEqual(int32_t type, const uint64_t* a, const uint64_t* b,
                                    std::string* why) const {
  const TypeDesc& t = program_.types[type];
  switch (t.kind) {
    case TypeDesc::kBool:
    case TypeDesc::kInt:
    case TypeDesc::kUint:
    case TypeDesc::kPointer:
    case TypeDesc::kChan: return a[0] == b[0];
    case TypeDesc::kFloat: {
      double x, y;
      std::memcpy(&x, a, sizeof x);
      std::memcpy(&y, b, sizeof y);
      return x == y;  // NaN != NaN, -0 == +0
    }
    case TypeDesc::kString:
      return a[1] == b[1] && (a[1] == 0 || std::memcmp(reinterpret_cast<const void*>(a[0]),
                                                       reinterpret_cast<const void*>(b[0]), a[1]) == 0);
    case TypeDesc::kStruct: {
      // Field by field, as Go compares; an uncomparable field panics even after a difference.
      bool equal = true;
      for (const TypeDesc::Field& f : t.fields) {
        std::optional<bool> e = ValuesEqual(f.type, a + f.offset, b + f.offset, why);
        if (!e) return std::nullopt;
        equal = equal && *e;
      }
      return equal;
    }
    case TypeDesc::kInterface: return InterfacesEqual(a, b, why);
    case TypeDesc::kSlice:
    case TypeDesc::kMap:
    case TypeDesc::kFunc: break;
  }
  *why = "runtime error: comparing uncomparable type " + t.name;
  return std::nullopt;
}

std::optional<bool> Vm::InterfacesEqual(const uint64_t* a, const uint64_t* b, std::string* why) const {
  if (a[0] != b[0]) return false;  // different dynamic types (or one nil)
  if (a[0] == 0) return true;
  const TypeDesc& t = program_.types[a[0] - 1];
  return ValuesEqual(static_cast<int32_t>(a[0] - 1), InterfaceData(t, a), InterfaceData(t, b), why);
}

}  // namespace chanscope::lang
