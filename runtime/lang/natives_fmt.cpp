// natives_fmt.cpp — fmt.Print*, Sprint*, Errorf over interface values (formatted by fmt_verbs,
// calling String and Error methods as Go does), and os.File writes on the standard streams.
#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "lang/fmt_verbs.h"
#include "lang/unicode_class.h"
#include "lang/natives.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;


// Go's exported-name rule, for the fields whose values fmt may call methods on.
bool IsExported(std::string_view name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

// A []byte's bytes: the VM keeps one element per word.
std::string SliceBytes(const uint64_t* slice) {
  std::string bytes(slice[1], '\0');
  const uint64_t* e = reinterpret_cast<const uint64_t*>(slice[0]);
  for (uint64_t i = 0; i < slice[1]; i++) bytes[i] = static_cast<char>(e[i]);
  return bytes;
}

// How fmt prints one operand: Go's printArg, printValue and handleMethods. With a calling
// goroutine (call->thread), values whose method set has Error() string or String() string
// print through that method, at the top level and nested in exported fields, elements,
// keys and interface values, exactly where Go's fmt calls it.
class ValuePrinter {
 public:
  ValuePrinter(const Vm& vm, NativeCall* call) : vm_(vm), prog_(vm.program()), call_(call) {}

  // Errorf's mode: %w accepts an error operand (printed as %v).
  void set_wrap_errors(bool on) { wrap_errors_ = on; }

  // printArg for an interface value (type word, data word) that is not nil.
  void PrintArg(std::string& out, const uint64_t* iface, const fmt::Spec& spec) {
    int32_t type = static_cast<int32_t>(iface[0] - 1);
    const uint64_t* v = InterfaceData(prog_.types[type], iface);
    if (HandleMethods(out, v, type, spec)) return;
    PrintValue(out, v, type, spec, 0, true);
  }

  // printValue: v holds a value of types[type]; can_interface is false below an
  // unexported field (reflect's CanInterface), where fmt calls no methods.
  void PrintValue(std::string& out, const uint64_t* v, int32_t type, const fmt::Spec& spec, int depth,
                  bool can_interface) {
    if (depth > 0 && can_interface && HandleMethods(out, v, type, spec)) return;
    const TypeDesc& t = prog_.types[type];
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
      case TypeDesc::kSlice: return PrintSlice(out, v, t, spec, depth, can_interface);
      case TypeDesc::kArray:
        return PrintElements(out, v, static_cast<uint64_t>(t.length), false, t, spec, depth, can_interface);
      case TypeDesc::kStruct:
        if (spec.sharp_v) out += t.name;
        out += '{';
        for (size_t i = 0; i < t.fields.size(); i++) {
          if (i) out += spec.sharp_v ? ", " : " ";
          if (spec.plus_v || spec.sharp_v) out += t.fields[i].name + ":";
          PrintValue(out, v + t.fields[i].offset, t.fields[i].type, spec, depth + 1,
                     can_interface && IsExported(t.fields[i].name));
        }
        out += '}';
        return;
      case TypeDesc::kPointer: {
        if (spec.sharp_v) return PrintPointerGoSyntax(out, v[0], t);
        // At the top level a pointer to a struct, slice or map prints as &{...}, as Go does.
        int kind = t.elem >= 0 ? prog_.types[t.elem].kind : -1;
        if (depth == 0 && v[0] &&
            (kind == TypeDesc::kStruct || kind == TypeDesc::kSlice || kind == TypeDesc::kMap)) {
          out += '&';
          PrintValue(out, reinterpret_cast<const uint64_t*>(v[0]), t.elem, spec, depth + 1, can_interface);
          return;
        }
        AppendHex(out, v[0]);
        return;
      }
      case TypeDesc::kInterface:
        if (v[0] == 0) {
          out += spec.sharp_v ? t.name + "(nil)" : "<nil>";
          return;
        }
        PrintValue(out, InterfaceData(prog_.types[v[0] - 1], v), static_cast<int32_t>(v[0] - 1), spec, depth + 1,
                   can_interface);
        return;
      case TypeDesc::kMap: return PrintMap(out, v, t, spec, depth, can_interface);
      case TypeDesc::kChan:
      case TypeDesc::kFunc:
        if (spec.sharp_v) return PrintPointerGoSyntax(out, v[0], t);
        AppendHex(out, v[0]);
        return;
    }
  }

  // A pointer, channel, map or func as fmt prints it: its address as the program sees it
  // (the same in every run), or <nil>.
  void AppendHex(std::string& out, uint64_t address) const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(vm_.heap().GoAddress(address)));
    out += address ? buf : "<nil>";
  }

  // %#v of a pointer, channel or func: (*main.T)(nil), (chan int)(0xc000010000).
  void PrintPointerGoSyntax(std::string& out, uint64_t address, const TypeDesc& t) {
    out += "(" + t.name + ")(";
    if (address) AppendHex(out, address);
    else out += "nil";
    out += ')';
  }

 private:
  void PrintSlice(std::string& out, const uint64_t* v, const TypeDesc& t, const fmt::Spec& spec, int depth,
                  bool can_interface) {
    PrintElements(out, reinterpret_cast<const uint64_t*>(v[0]), v[1], v[0] == 0, t, spec, depth, can_interface);
  }

  // The elements of a slice or (inline) of an array: [a b c], or bytes for %s %q %x.
  void PrintElements(std::string& out, const uint64_t* first, uint64_t count, bool nil, const TypeDesc& t,
                     const fmt::Spec& spec, int depth, bool can_interface) {
    const TypeDesc& e = prog_.types[t.elem];
    if (e.kind == TypeDesc::kUint && e.bits == 8) {
      uint64_t slice[2] = {reinterpret_cast<uintptr_t>(first), count};
      fmt::AppendBytes(out, SliceBytes(slice), nil, spec, t.name);
      return;
    }
    if (spec.sharp_v && nil) {
      out += t.name + "(nil)";
      return;
    }
    if (spec.sharp_v) out += t.name + "{";
    else out += '[';
    for (uint64_t i = 0; i < count; i++, first += e.words) {
      if (i) out += spec.sharp_v ? ", " : " ";
      PrintValue(out, first, t.elem, spec, depth + 1, can_interface);
    }
    out += spec.sharp_v ? '}' : ']';
  }

  // map[k1:v1 k2:v2] with the keys sorted, as fmt prints maps.
  void PrintMap(std::string& out, const uint64_t* v, const TypeDesc& t, const fmt::Spec& spec, int depth,
                bool can_interface) {
    auto* m = reinterpret_cast<const VmMap*>(v[0]);
    if (spec.sharp_v && !m) {
      out += t.name + "(nil)";
      return;
    }
    if (spec.sharp_v) out += t.name + "{";
    else out += "map[";
    if (m) {
      std::vector<std::vector<uint64_t>> keys = m->Keys(0);
      std::sort(keys.begin(), keys.end(),
                [&](const auto& a, const auto& b) { return CompareKeys(t.key, a.data(), b.data()) < 0; });
      for (size_t i = 0; i < keys.size(); i++) {
        if (i) out += spec.sharp_v ? ", " : " ";
        PrintValue(out, keys[i].data(), t.key, spec, depth + 1, can_interface);
        out += ':';
        PrintValue(out, m->Find(keys[i].data()), t.elem, spec, depth + 1, can_interface);
      }
    }
    out += spec.sharp_v ? '}' : ']';
  }

  // internal/fmtsort's order for map keys: numbers, strings and bools by value, structs
  // and arrays field by field, interfaces by dynamic type and then value; -1, 0 or 1.
  int CompareKeys(int32_t type, const uint64_t* a, const uint64_t* b) const {
    const TypeDesc& t = prog_.types[type];
    auto order = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
    switch (t.kind) {
      case TypeDesc::kInt: return order(static_cast<int64_t>(a[0]), static_cast<int64_t>(b[0]));
      case TypeDesc::kFloat: return order(std::bit_cast<double>(a[0]), std::bit_cast<double>(b[0]));
      case TypeDesc::kString:
        return order(std::string_view(reinterpret_cast<const char*>(a[0]), a[1]),
                     std::string_view(reinterpret_cast<const char*>(b[0]), b[1]));
      case TypeDesc::kStruct:
        for (const TypeDesc::Field& f : t.fields)
          if (int c = CompareKeys(f.type, a + f.offset, b + f.offset)) return c;
        return 0;
      case TypeDesc::kArray: {
        uint16_t w = prog_.types[t.elem].words;
        for (int64_t i = 0; i < t.length; i++)
          if (int c = CompareKeys(t.elem, a + i * w, b + i * w)) return c;
        return 0;
      }
      case TypeDesc::kInterface: {
        if (a[0] == 0 || b[0] == 0 || a[0] != b[0]) return order(a[0], b[0]);  // nil first
        const TypeDesc& dyn = prog_.types[a[0] - 1];
        return CompareKeys(static_cast<int32_t>(a[0] - 1), InterfaceData(dyn, a), InterfaceData(dyn, b));
      }
      default: return order(a[0], b[0]);  // bools, unsigned integers, pointers, channels
    }
  }

  // Go's handleMethods: true when the value was printed through a method (or %w was
  // reported as bad).
  bool HandleMethods(std::string& out, const uint64_t* v, int32_t type, fmt::Spec spec) {
    if (erroring_) return false;
    const TypeDesc& t = prog_.types[type];
    if (spec.verb == 'w') {
      // %w is only for Errorf, and only with an error operand; then it means %v.
      if (t.error_method < 0 || !wrap_errors_) {
        BadVerb(out, v, type, spec);
        return true;
      }
      spec.verb = 'v';
    }
    if (spec.sharp_v) {
      if (t.go_string_method < 0) return false;
      std::optional<std::string> s = CallMethod(out, v, type, t.go_string_method, "GoString", spec);
      if (s) fmt::AppendPadded(out, *s, spec);
      return true;
    }
    switch (spec.verb) {
      case 'v':
      case 's':
      case 'x':
      case 'X':
      case 'q': break;
      default: return false;
    }
    int16_t method = t.error_method >= 0 ? t.error_method : t.string_method;
    if (method < 0) return false;
    std::optional<std::string> s =
        CallMethod(out, v, type, method, method == t.error_method ? "Error" : "String", spec);
    if (s) fmt::FormatString(out, *s, spec, "string");
    return true;
  }

  // "%!w(type=value)", the value printed with %v and no methods.
  void BadVerb(std::string& out, const uint64_t* v, int32_t type, const fmt::Spec& spec) {
    erroring_ = true;
    fmt::Spec as_v = spec;
    as_v.verb = 'v';
    std::string value;
    PrintValue(value, v, type, as_v, 0, true);
    erroring_ = false;
    fmt::AppendBadVerb(out, spec.verb, prog_.types[type].name, value);
  }

  // Calls the method; its string, or nothing when the call printed Go's panic form
  // instead (or the run ended).
  std::optional<std::string> CallMethod(std::string& out, const uint64_t* v, int32_t type, int16_t index,
                                        std::string_view name, const fmt::Spec& spec) {
    const TypeDesc& t = prog_.types[type];
    if (!call_ || !call_->thread) return std::nullopt;
    const TypeDesc::Method& m = t.methods[index];
    const Function& fn = prog_.functions[m.function];
    // A value method reached through a nil pointer panics in Go's wrapper: fmt prints <nil>.
    const uint64_t* receiver = m.deref ? reinterpret_cast<const uint64_t*>(v[0]) : v;
    if (!receiver) {
      fmt::AppendPadded(out, "<nil>", spec);
      return std::nullopt;
    }
    uint64_t result[2] = {0, 0};
    Thread::NestedResult r = call_->thread->CallFromNative(*call_, m.function, receiver, fn.recv_words, result, 2);
    switch (r.outcome) {
      case Thread::NestedResult::kReturned:
        return std::string(reinterpret_cast<const char*>(result[0]), result[1]);
      case Thread::NestedResult::kStopped: return std::nullopt;
      case Thread::NestedResult::kPanicked: break;
    }
    // Go's catchPanic: a nil pointer receiver prints <nil>; else %!v(PANIC=String method: ...).
    if (t.kind == TypeDesc::kPointer && v[0] == 0) {
      fmt::AppendPadded(out, "<nil>", spec);
      return std::nullopt;
    }
    if (panicking_) {  // the panic's own value panicked while printing: give up, as Go does
      call_->panic_text = "panic in " + std::string(name) + " method while printing a panic value";
      return std::nullopt;
    }
    out += "%!";
    AppendUtf8(out, spec.verb);
    out += "(PANIC=";
    out += name;
    out += " method: ";
    panicking_ = true;
    if (r.panic_value[0]) {
      PrintArg(out, r.panic_value, fmt::Spec{});
    } else {
      out += "<nil>";
    }
    panicking_ = false;
    out += ')';
    return std::nullopt;
  }

  const Vm& vm_;
  const Program& prog_;
  NativeCall* call_;  // null: no methods are called (trace texts, panic messages)
  bool erroring_ = false;   // printing a bad verb's operand: no methods (Go's p.erroring)
  bool panicking_ = false;  // printing a method's panic value (Go's p.panicking)
  bool wrap_errors_ = false;
};

// The ...any operands of one call: a slice of two-word interface values.
class SliceOperands : public fmt::Operands {
 public:
  SliceOperands(const Program& prog, const uint64_t* slice, ValuePrinter& printer)
      : prog_(prog), elems_(reinterpret_cast<const uint64_t*>(slice[0])), n_(slice[1]), printer_(printer) {}

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
    // Errorf wraps the error operands of its %w verbs.
    if (spec.verb == 'w' && prog_.types[e[0] - 1].error_method >= 0) wrapped_.push_back(static_cast<int64_t>(i));
    printer_.PrintArg(out, e, spec);
  }
  const std::vector<int64_t>& wrapped() const { return wrapped_; }

 private:
  const Program& prog_;
  const uint64_t* elems_;  // the slice's backing array (on the heap: nested calls cannot move it)
  uint64_t n_;
  ValuePrinter& printer_;
  std::vector<int64_t> wrapped_;
};

}  // namespace

std::string Vm::FormatValue(int32_t type, const uint64_t* words) const {
  std::string out;
  fmt::Spec spec;
  spec.sharp_v = true;
  ValuePrinter(*this, nullptr).PrintValue(out, words, type, spec, 0, true);
  return out;
}

std::string Vm::PanicText(const uint64_t* iface) const {
  if (iface[0] == 0) return "nil";
  const Program& prog = program_;
  int32_t type = static_cast<int32_t>(iface[0] - 1);
  const TypeDesc& t = prog.types[type];
  const uint64_t* v = InterfaceData(t, iface);
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
      ValuePrinter(*this, nullptr).PrintValue(text, v, type, spec, 0, true);
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
      ValuePrinter(*this, nullptr).PrintValue(text, v, type, spec, 0, true);
      return "(" + t.name + ") " + text;
  }
}

// Registered in natives.cpp's table through these entry points.
namespace {

enum class FmtKind { kPrint, kPrintln, kPrintf, kErrorf };

// Formats the call's operands (after the format string, for Printf) as Go's fmt does;
// wrapped, when given, receives the indexes of Errorf's %w operands.
std::string Format(NativeCall& c, FmtKind kind, std::vector<int64_t>* wrapped = nullptr) {
  bool with_format = kind == FmtKind::kPrintf || kind == FmtKind::kErrorf;
  ValuePrinter printer(c.vm, &c);
  printer.set_wrap_errors(kind == FmtKind::kErrorf);
  SliceOperands ops(c.vm.program(), c.args + (with_format ? 2 : 0), printer);
  std::string out;
  switch (kind) {
    case FmtKind::kPrint: fmt::Print(out, ops); break;
    case FmtKind::kPrintln: fmt::Println(out, ops); break;
    case FmtKind::kPrintf:
    case FmtKind::kErrorf: fmt::Printf(out, ArgString(c.args), ops); break;
  }
  if (wrapped) *wrapped = ops.wrapped();
  return out;
}

// Print-style natives: (n int, err error) with err nil.
OpStatus Output(NativeCall& c, const std::string& text) {
  if (c.sched.finished()) return OpStatus::kDone;  // a String method ended the run
  c.sched.Print(1, text);
  c.args[0] = text.size();
  c.args[1] = c.args[2] = 0;
  return OpStatus::kDone;
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

// fmt.errorf(format, a) (s string, wrapped []int): Errorf's text and the indexes of the
// operands its %w verbs wrap, sorted and without repeats (Go 1.20's wrapErrors).
OpStatus NativeFmtErrorf(NativeCall& c) {
  std::vector<int64_t> wrapped;
  std::string text = Format(c, FmtKind::kErrorf, &wrapped);
  std::sort(wrapped.begin(), wrapped.end());
  wrapped.erase(std::unique(wrapped.begin(), wrapped.end()), wrapped.end());
  ReturnString(c, text);
  uint64_t* ints = wrapped.empty() ? nullptr : c.vm.Alloc(wrapped.size());
  for (size_t i = 0; i < wrapped.size(); i++) ints[i] = static_cast<uint64_t>(wrapped[i]);
  c.args[2] = reinterpret_cast<uintptr_t>(ints);
  c.args[3] = c.args[4] = wrapped.size();
  return OpStatus::kDone;
}

// os.File.Write(b []byte) and WriteString(s string) on the standard streams: (n int, err error).
OpStatus NativeFileWrite(NativeCall& c, std::string_view bytes) {
  int64_t fd = static_cast<int64_t>(*reinterpret_cast<const uint64_t*>(c.args[0]));
  if ((fd == 1 || fd == 2) && !bytes.empty()) c.sched.Print(static_cast<int>(fd), bytes);
  c.args[0] = bytes.size();
  c.args[1] = c.args[2] = 0;
  return OpStatus::kDone;
}
OpStatus NativeOsFileWrite(NativeCall& c) { return NativeFileWrite(c, SliceBytes(c.args + 1)); }
OpStatus NativeOsFileWriteString(NativeCall& c) { return NativeFileWrite(c, ArgString(c.args + 1)); }

}  // namespace chanscope::lang
