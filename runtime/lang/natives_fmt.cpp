// natives_fmt.cpp — fmt.Print*, Sprint* over interface values, formatted by fmt_verbs.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "lang/fmt_verbs.h"
#include "lang/natives.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

// The words of a value held in an interface: the data word itself for one-word types,
// else the box it points to.
const uint64_t* ValueWords(const TypeDesc& t, const uint64_t* iface) {
  return t.words == 1 ? &iface[1] : reinterpret_cast<const uint64_t*>(iface[1]);
}

void AppendValue(std::string& out, const Program& prog, const uint64_t* v, int32_t type,
                 const fmt::Spec& spec, int depth);

void AppendHex(std::string& out, uint64_t address) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(address));
  out += address ? buf : "<nil>";
}

// The Vm whose natives fmt may call (String methods written in C++); set per call.
thread_local Vm* tls_vm = nullptr;

void AppendValue(std::string& out, const Program& prog, const uint64_t* v, int32_t type,
                 const fmt::Spec& spec, int depth) {
  const TypeDesc& t = prog.types[type];
  if (t.string_native >= 0 && tls_vm && (spec.verb == 'v' || spec.verb == 's') && !spec.sharp_v) {
    // A Stringer implemented natively (time.Duration): print what String returns.
    uint64_t args[3] = {v[0], 0, 0};
    core::Waiter unused;
    NativeCall call{*tls_vm, tls_vm->sched(), args, unused};
    tls_vm->native(static_cast<uint16_t>(t.string_native))(call);
    fmt::FormatString(out, std::string_view(reinterpret_cast<const char*>(args[0]), args[1]), spec, t.name);
    return;
  }
  switch (t.kind) {
    case TypeDesc::kBool: fmt::FormatBool(out, v[0] != 0, spec, t.name); return;
    case TypeDesc::kInt: fmt::FormatInteger(out, v[0], true, spec, t.name); return;
    case TypeDesc::kUint: fmt::FormatInteger(out, v[0], false, spec, t.name); return;
    case TypeDesc::kFloat: {
      double d;
      std::memcpy(&d, v, sizeof d);
      fmt::FormatFloat(out, t.bits == 32 ? static_cast<double>(static_cast<float>(d)) : d, t.bits, spec,
                       t.name);
      return;
    }
    case TypeDesc::kString:
      fmt::FormatString(out, std::string_view(reinterpret_cast<const char*>(v[0]), v[1]), spec, t.name);
      return;
    case TypeDesc::kSlice: {
      const TypeDesc& e = prog.types[t.elem];
      if (e.kind == TypeDesc::kUint && e.bits == 8) {
        // A []byte holds one byte per word: gather them for fmt's byte-slice forms.
        std::string bytes(v[1], '\0');
        for (uint64_t i = 0; i < v[1]; i++) bytes[i] = static_cast<char>(reinterpret_cast<const uint64_t*>(v[0])[i]);
        fmt::AppendBytes(out, bytes, v[0] == 0, spec, t.name);
        return;
      }
      if (spec.sharp_v) out += t.name + "{";
      else out += '[';
      const uint64_t* elem = reinterpret_cast<const uint64_t*>(v[0]);
      for (uint64_t i = 0; i < v[1]; i++, elem += e.words) {
        if (i) out += spec.sharp_v ? ", " : " ";
        AppendValue(out, prog, elem, t.elem, spec, depth + 1);
      }
      out += spec.sharp_v ? '}' : ']';
      return;
    }
    case TypeDesc::kArray: {
      // The elements inline, printed as a slice's are.
      const TypeDesc& e = prog.types[t.elem];
      out += spec.sharp_v ? t.name + "{" : "[";
      for (int64_t i = 0; i < t.length; i++) {
        if (i) out += spec.sharp_v ? ", " : " ";
        AppendValue(out, prog, v + i * e.words, t.elem, spec, depth + 1);
      }
      out += spec.sharp_v ? '}' : ']';
      return;
    }
    case TypeDesc::kStruct:
      if (spec.sharp_v) out += t.name;
      out += '{';
      for (size_t i = 0; i < t.fields.size(); i++) {
        if (i) out += spec.sharp_v ? ", " : " ";
        if (spec.plus_v || spec.sharp_v) out += t.fields[i].name + ":";
        AppendValue(out, prog, v + t.fields[i].offset, t.fields[i].type, spec, depth + 1);
      }
      out += '}';
      return;
    case TypeDesc::kPointer:
      // At the top level a pointer to a struct prints as &{...}, as Go does.
      if (depth == 0 && v[0] && prog.types[t.elem].kind == TypeDesc::kStruct &&
          (spec.verb == 'v')) {
        out += '&';
        AppendValue(out, prog, reinterpret_cast<const uint64_t*>(v[0]), t.elem, spec, depth + 1);
        return;
      }
      AppendHex(out, v[0]);
      return;
    case TypeDesc::kInterface:
      if (v[0] == 0) {
        out += "<nil>";
        return;
      }
      AppendValue(out, prog, ValueWords(prog.types[v[0] - 1], v), static_cast<int32_t>(v[0] - 1), spec,
                  depth);
      return;
    case TypeDesc::kMap: {
      // map[k1:v1 k2:v2] with the keys sorted, as fmt prints maps.
      auto* m = reinterpret_cast<const VmMap*>(v[0]);
      if (spec.sharp_v) out += t.name + "{";
      else out += "map[";
      if (m) {
        std::vector<std::vector<uint64_t>> keys = m->Keys(0);
        const TypeDesc& kt = prog.types[t.key];
        std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
          switch (kt.kind) {
            case TypeDesc::kInt: return static_cast<int64_t>(a[0]) < static_cast<int64_t>(b[0]);
            case TypeDesc::kString:
              return std::string_view(reinterpret_cast<const char*>(a[0]), a[1]) <
                     std::string_view(reinterpret_cast<const char*>(b[0]), b[1]);
            case TypeDesc::kFloat: {
              double x, y;
              std::memcpy(&x, a.data(), 8);
              std::memcpy(&y, b.data(), 8);
              return x < y;
            }
            default: return a < b;
          }
        });
        for (size_t i = 0; i < keys.size(); i++) {
          if (i) out += spec.sharp_v ? ", " : " ";
          AppendValue(out, prog, keys[i].data(), t.key, spec, depth + 1);
          out += ':';
          AppendValue(out, prog, m->Find(keys[i].data()), t.elem, spec, depth + 1);
        }
      }
      out += spec.sharp_v ? '}' : ']';
      return;
    }
    case TypeDesc::kChan:
    case TypeDesc::kFunc:
      AppendHex(out, v[0]);
      return;
  }
}

// The ...any operands of one call: a slice of two-word interface values.
class SliceOperands : public fmt::Operands {
 public:
  SliceOperands(const Program& prog, const uint64_t* slice)
      : prog_(prog), elems_(reinterpret_cast<const uint64_t*>(slice[0])), n_(slice[1]) {}

  size_t Count() const override { return n_; }
  std::optional<int64_t> IntValue(size_t i) const override {
    const uint64_t* e = elems_ + 2 * i;
    if (!e[0]) return std::nullopt;
    const TypeDesc& t = prog_.types[e[0] - 1];
    if (t.kind == TypeDesc::kInt) return static_cast<int64_t>(e[1]);
    if (t.kind == TypeDesc::kUint && e[1] <= INT64_MAX) return static_cast<int64_t>(e[1]);
    return std::nullopt;
  }
  bool IsString(size_t i) const override {
    const uint64_t* e = elems_ + 2 * i;
    return e[0] && prog_.types[e[0] - 1].kind == TypeDesc::kString;
  }
  std::string TypeName(size_t i) const override {
    const uint64_t* e = elems_ + 2 * i;
    return e[0] ? prog_.types[e[0] - 1].name : "";
  }
  void Append(std::string& out, size_t i, const fmt::Spec& spec) override {
    const uint64_t* e = elems_ + 2 * i;
    if (spec.verb == 'T') {
      fmt::AppendPadded(out, e[0] ? prog_.types[e[0] - 1].name : "<nil>", spec);
      return;
    }
    if (!e[0]) {
      if (spec.verb == 'v') {
        fmt::AppendPadded(out, "<nil>", spec);
      } else {
        fmt::AppendBadVerb(out, spec.verb, "", "");
      }
      return;
    }
    int32_t type = static_cast<int32_t>(e[0] - 1);
    AppendValue(out, prog_, ValueWords(prog_.types[type], e), type, spec, 0);
  }

 private:
  const Program& prog_;
  const uint64_t* elems_;
  uint64_t n_;
};

// Print-style natives: (n int, err error) with err nil.
OpStatus Output(NativeCall& c, const std::string& text) {
  c.sched.Print(1, text);
  c.args[0] = text.size();
  c.args[1] = c.args[2] = 0;
  return OpStatus::kDone;
}

}  // namespace

std::string Vm::FormatValue(int32_t type, const uint64_t* words) const {
  tls_vm = const_cast<Vm*>(this);
  std::string out;
  fmt::Spec spec;
  spec.sharp_v = true;
  AppendValue(out, program_, words, type, spec, 0);
  return out;
}

std::string Vm::PanicText(const uint64_t* iface) const {
  tls_vm = const_cast<Vm*>(this);
  if (iface[0] == 0) return "nil";
  const Program& prog = program_;
  int32_t type = static_cast<int32_t>(iface[0] - 1);
  const TypeDesc& t = prog.types[type];
  const uint64_t* v = ValueWords(t, iface);
  std::string text;
  fmt::Spec spec;
  bool predeclared = t.name.find('.') == std::string::npos;
  switch (t.kind) {
    case TypeDesc::kString: {
      std::string_view sv(reinterpret_cast<const char*>(v[0]), v[1]);
      if (predeclared) return std::string(sv);
      spec.verb = 'q';
      fmt::AppendString(text, sv, spec);
      return t.name + "(" + text + ")";
    }
    case TypeDesc::kInt:
    case TypeDesc::kUint:
    case TypeDesc::kBool:
      AppendValue(text, prog, v, type, spec, 0);
      return predeclared ? text : t.name + "(" + text + ")";
    case TypeDesc::kFloat: {
      // print() style for floats, as the runtime prints panic values: +1.500000e+000
      double d;
      std::memcpy(&d, v, sizeof d);
      char buf[64];
      std::snprintf(buf, sizeof buf, "%+.6e", d);
      std::string out = buf;
      size_t e = out.find('e');
      if (e != std::string::npos && out.size() - e == 4) out.insert(e + 2, "0");  // e+000
      return predeclared ? out : t.name + "(" + out + ")";
    }
    default:
      AppendValue(text, prog, v, type, spec, 0);
      return "(" + t.name + ") " + text;
  }
}

// Registered in natives.cpp's table through these entry points.
namespace {

enum class FmtKind { kPrint, kPrintln, kPrintf };

// Formats the call's operands (after the format string, for Printf) as Go's fmt does.
std::string Format(NativeCall& c, FmtKind kind) {
  tls_vm = &c.vm;
  SliceOperands ops(c.vm.program(), c.args + (kind == FmtKind::kPrintf ? 2 : 0));
  std::string out;
  switch (kind) {
    case FmtKind::kPrint: fmt::Print(out, ops); break;
    case FmtKind::kPrintln: fmt::Println(out, ops); break;
    case FmtKind::kPrintf: fmt::Printf(out, ArgString(c.args), ops); break;
  }
  return out;
}

OpStatus Sprint(NativeCall& c, FmtKind kind) {
  ReturnString(c, Format(c, kind));
  return OpStatus::kDone;
}

}  // namespace

OpStatus NativeFmtPrintln(NativeCall& c) { return Output(c, Format(c, FmtKind::kPrintln)); }
OpStatus NativeFmtPrint(NativeCall& c) { return Output(c, Format(c, FmtKind::kPrint)); }
OpStatus NativeFmtPrintf(NativeCall& c) { return Output(c, Format(c, FmtKind::kPrintf)); }
OpStatus NativeFmtSprintln(NativeCall& c) { return Sprint(c, FmtKind::kPrintln); }
OpStatus NativeFmtSprint(NativeCall& c) { return Sprint(c, FmtKind::kPrint); }
OpStatus NativeFmtSprintf(NativeCall& c) { return Sprint(c, FmtKind::kPrintf); }

}  // namespace chanscope::lang
