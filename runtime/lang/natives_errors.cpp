// natives_errors.cpp — the run-time type questions behind errors.Is and errors.As (what Go's
// errors package asks reflectlite): comparability, As's target check and the assignment.
#include <cstring>
#include <string_view>

#include "lang/natives.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

// Whether values of types[t] may be compared with == (no slices, maps or funcs inside).
bool Comparable(const Program& prog, int32_t t) {
  const TypeDesc& d = prog.types[t];
  switch (d.kind) {
    case TypeDesc::kSlice: case TypeDesc::kMap: case TypeDesc::kFunc: return false;
    case TypeDesc::kArray: return Comparable(prog, d.elem);
    case TypeDesc::kStruct:
      for (const TypeDesc::Field& f : d.fields)
        if (!Comparable(prog, f.type)) return false;
      return true;
    default: return true;
  }
}

// Whether types[t]'s method set has every method the interface types[iface] requires.
bool Implements(const Program& prog, int32_t t, int32_t iface) {
  for (uint16_t want : prog.types[iface].interface_methods) {
    bool found = false;
    for (const TypeDesc::Method& m : prog.types[t].methods) found = found || m.name == want;
    if (!found) return false;
  }
  return true;
}

// errors.As's target (an interface holding a pointer): the pointed-to type, or -1 after
// setting Go's panic for a nil target or one that is not a non-nil pointer.
int32_t TargetElem(NativeCall& c, const uint64_t* target) {
  if (target[0] == 0) {
    c.panic = "errors: target cannot be nil";
    return -1;
  }
  const TypeDesc& t = c.vm.program().types[target[0] - 1];
  if (t.kind != TypeDesc::kPointer || target[1] == 0) {
    c.panic = "errors: target must be a non-nil pointer";
    return -1;
  }
  return t.elem;
}

OpStatus IsComparable(NativeCall& c) {
  c.args[0] = c.args[0] != 0 && Comparable(c.vm.program(), static_cast<int32_t>(c.args[0] - 1));
  return OpStatus::kDone;
}

OpStatus CheckAsTarget(NativeCall& c) {
  TargetElem(c, c.args);
  return OpStatus::kDone;
}

// asTarget(err error, target any): when err's dynamic type is assignable to *target's type,
// stores err there (as an interface value, or the concrete value itself) and reports true.
OpStatus AsTarget(NativeCall& c) {
  const uint64_t err[2] = {c.args[0], c.args[1]};
  const uint64_t target[2] = {c.args[2], c.args[3]};
  c.args[0] = 0;
  int32_t elem = TargetElem(c, target);
  if (elem < 0 || err[0] == 0) return OpStatus::kDone;
  const Program& prog = c.vm.program();
  int32_t dynamic = static_cast<int32_t>(err[0] - 1);
  auto* dest = reinterpret_cast<uint64_t*>(target[1]);
  const TypeDesc& want = prog.types[elem];
  if (want.kind == TypeDesc::kInterface) {
    if (!Implements(prog, dynamic, elem)) return OpStatus::kDone;
    dest[0] = err[0];
    dest[1] = err[1];
  } else {
    if (dynamic != elem) return OpStatus::kDone;
    if (want.words == 1) {
      dest[0] = err[1];
    } else {
      std::memcpy(dest, reinterpret_cast<const uint64_t*>(err[1]), want.words * sizeof(uint64_t));
    }
  }
  c.args[0] = 1;
  return OpStatus::kDone;
}

}  // namespace

// The errors entries of the native table (natives.cpp looks here too).
NativeFn FindErrorsNative(std::string_view name) {
  static const std::pair<std::string_view, NativeFn> kTable[] = {
      {"errors.isComparable", IsComparable},
      {"errors.checkAsTarget", CheckAsTarget},
      {"errors.asTarget", AsTarget},
  };
  for (const auto& [n, f] : kTable)
    if (n == name) return f;
  return nullptr;
}

}  // namespace chanscope::lang
