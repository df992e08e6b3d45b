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

namespace {

void AppendWord(std::string& out, uint64_t w) { out.append(reinterpret_cast<const char*>(&w), sizeof w); }

}  // namespace

void AppendValueKey(const Program& prog, int32_t type, const uint64_t* v, std::string& out) {
  const TypeDesc& t = prog.types[type];
  switch (t.kind) {
    case TypeDesc::kString:
      AppendWord(out, v[1]);
      out.append(reinterpret_cast<const char*>(v[0]), v[1]);
      return;
    case TypeDesc::kFloat:
      AppendWord(out, std::bit_cast<double>(v[0]) == 0 ? 0 : v[0]);  // -0 and +0 are one key
      return;
    case TypeDesc::kInterface: return AppendInterfaceKey(prog, v, out);
    case TypeDesc::kStruct:
      for (const TypeDesc::Field& f : t.fields) AppendValueKey(prog, f.type, v + f.offset, out);
      return;
    case TypeDesc::kArray: {
      uint16_t w = prog.types[t.elem].words;
      for (int64_t i = 0; i < t.length; i++) AppendValueKey(prog, t.elem, v + i * w, out);
      return;
    }
    default:
      for (uint16_t i = 0; i < t.words; i++) AppendWord(out, v[i]);
  }
}

void AppendInterfaceKey(const Program& prog, const uint64_t* iface, std::string& out) {
  AppendWord(out, iface[0]);
  if (iface[0] == 0) return;
  const TypeDesc& t = prog.types[iface[0] - 1];
  const uint64_t* v = t.words == 1 ? &iface[1] : reinterpret_cast<const uint64_t*>(iface[1]);
  AppendValueKey(prog, static_cast<int32_t>(iface[0] - 1), v, out);
}

}  // namespace chanscope::lang
