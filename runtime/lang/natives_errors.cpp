// natives_errors.cpp — the run-time type questions of package errors (stdlib/errors.go):
// whether a value's type is comparable, and As's check and assignment of its target.
#include <cstring>
#include <string_view>

#include "lang/natives.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

bool Comparable(const Program& prog, int32_t type) {
  const TypeDesc& t = prog.types[type];
  switch (t.kind) {
    case TypeDesc::kSlice:
    case TypeDesc::kMap:
    case TypeDesc::kFunc: return false;
    case TypeDesc::kArray: return Comparable(prog, t.elem);
    case TypeDesc::kStruct:
      for (const TypeDesc::Field& f : t.fields)
        if (!Comparable(prog, f.type)) return false;
      return true;
    default: return true;
  }
}

// Whether dynamic type `type` has every method interface `iface` names.
bool Implements(const Program& prog, int32_t type, const TypeDesc& iface) {
  for (uint16_t name : iface.interface_methods) {
    bool found = false;
    for (const TypeDesc::Method& m : prog.types[type].methods) found |= m.name == name;
    if (!found) return false;
  }
  return true;
}

// The element type of As's target (a pointer held in an interface value), or -1.
int32_t TargetElem(const Program& prog, const uint64_t* target) {
  if (target[0] == 0) return -1;
  const TypeDesc& t = prog.types[target[0] - 1];
  return t.kind == TypeDesc::kPointer ? t.elem : -1;
}

// isComparable(x any) bool
OpStatus IsComparable(NativeCall& c) {
  c.args[0] = c.args[0] != 0 && Comparable(c.vm.program(), static_cast<int32_t>(c.args[0] - 1));
  return OpStatus::kDone;
}

// checkAsTarget(target any): Go's panics for a target As cannot assign to.
OpStatus CheckAsTarget(NativeCall& c) {
  const Program& prog = c.vm.program();
  if (c.args[0] == 0) {
    c.panic = "errors: target cannot be nil";
    return OpStatus::kDone;
  }
  int32_t elem = TargetElem(prog, c.args);
  if (elem < 0 || c.args[1] == 0) {
    c.panic = "errors: target must be a non-nil pointer";
    return OpStatus::kDone;
  }
  const TypeDesc& e = prog.types[elem];
  if (e.kind != TypeDesc::kInterface && e.error_method < 0) {
    c.panic = "errors: *target must be interface or implement error";
  }
  return OpStatus::kDone;
}

// asTarget(err error, target any) bool: err (args 0-1) stored in *target (args 2-3) when
// its dynamic type is assignable to the target's element type.
OpStatus AsTarget(NativeCall& c) {
  const Program& prog = c.vm.program();
  const uint64_t* err = c.args;
  int32_t elem = TargetElem(prog, c.args + 2);
  auto* dest = reinterpret_cast<uint64_t*>(c.args[3]);
  int32_t dyn = static_cast<int32_t>(err[0]) - 1;
  bool ok = false;
  if (elem >= 0 && dest && dyn >= 0) {
    const TypeDesc& e = prog.types[elem];
    if (e.kind == TypeDesc::kInterface) {
      ok = Implements(prog, dyn, e);
      if (ok) std::memcpy(dest, err, 2 * sizeof(uint64_t));
    } else {
      ok = dyn == elem;
      if (ok) std::memcpy(dest, InterfaceData(e, err), e.words * sizeof(uint64_t));
    }
  }
  c.args[0] = ok;
  return OpStatus::kDone;
}

}  // namespace

NativeFn FindErrorsNative(std::string_view name) {
  if (name == "errors.isComparable") return IsComparable;
  if (name == "errors.checkAsTarget") return CheckAsTarget;
  if (name == "errors.asTarget") return AsTarget;
  return nullptr;
}

}  // namespace chanscope::lang
