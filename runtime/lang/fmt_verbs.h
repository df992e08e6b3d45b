// fmt_verbs.h — Go's fmt for scalar values, and the Printf format-string driver (pure C++).
//
// A port of Go 1.19's fmt/format.go and the scalar half of fmt/print.go: every function
// appends exactly what Go appends, byte for byte. Composite values (structs, slices,
// maps, pointers), %T, Stringer/error methods and panics in them belong to the caller
// (the VM), which reaches them through Operands::Append and formats scalars inside with
// the functions below. Nothing here knows about the VM or the checker.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chanscope::lang::fmt {

// One parsed verb: %[flags][width][.precision]verb.
struct Spec {
  char32_t verb = 'v';  // a rune, as in Go: "%ä" reports "%!ä(...)"
  bool plus = false, minus = false, sharp = false, space = false, zero = false;
  // For 'v', Printf moves '+' and '#' here (%+v field names, %#v Go syntax) and clears
  // plus/sharp, as Go does; for other verbs these stay false.
  bool plus_v = false, sharp_v = false;
  int width = -1, precision = -1;  // -1 when absent; never negative otherwise
};

// --- Scalars -----------------------------------------------------------------------------
// Each appends v formatted under spec and returns true, or appends nothing and returns
// false when spec.verb does not apply to the kind (the caller writes AppendBadVerb).

// %v %t
bool AppendBool(std::string& out, bool v, const Spec& spec);
// v holds the value's bits (int8(-1) is ~0): %v %d %b %o %O %x %X %c %q %U; %#v of an
// unsigned value is 0x-hex. The Go type's size never changes the text.
bool AppendInteger(std::string& out, uint64_t v, bool is_signed, const Spec& spec);
// bit_size 32 for float32 (its shortest digits), 64 for float64:
// %v %g %G %e %E %f %F %b %x %X.
bool AppendFloat(std::string& out, double v, int bit_size, const Spec& spec);
// %v %s %q %x %X (%#v quotes).
bool AppendString(std::string& out, std::string_view v, const Spec& spec);
// A []byte (or other byte slice; type_string is its type as %#v prints it): %s %q %x %X
// as a string, %v %d as [104 105], %#v as []byte{0x68, 0x69}, other verbs element-wise
// as integers ([%!z(uint8=104) ...] for bad ones). Always succeeds.
void AppendBytes(std::string& out, std::string_view v, bool is_nil, const Spec& spec,
                 std::string_view type_string = "[]byte");

// Go's padString: s padded to spec.width counting runes, on the left unless '-', with
// zeros if '0' (for "<nil>" and other texts the caller writes whole).
void AppendPadded(std::string& out, std::string_view s, const Spec& spec);

// --- Go's error texts --------------------------------------------------------------------

// "%!z(int=5)": value_v is the operand formatted under 'v' with the same flags, width and
// precision (spec.verb = 'v', without calling String/Error methods); an empty type_name is
// a nil operand: "%!z(<nil>)".
void AppendBadVerb(std::string& out, char32_t verb, std::string_view type_name,
                   std::string_view value_v);

// The Append* functions for a top-level operand of type type_name (e.g. "int",
// "main.Celsius"), writing the bad-verb form when the verb does not apply.
void FormatBool(std::string& out, bool v, const Spec& spec, std::string_view type_name);
void FormatInteger(std::string& out, uint64_t v, bool is_signed, const Spec& spec,
                   std::string_view type_name);
void FormatFloat(std::string& out, double v, int bit_size, const Spec& spec,
                 std::string_view type_name);
void FormatString(std::string& out, std::string_view v, const Spec& spec,
                  std::string_view type_name);

// --- Printf, Print, Println --------------------------------------------------------------

// The operands of one Printf/Print/Println call, as the VM holds them.
class Operands {
 public:
  virtual ~Operands() = default;
  virtual size_t Count() const = 0;
  // Operand i as a '*' width or precision: its value if its kind is an integer and it fits
  // in an int64, else nullopt (Printf then writes %!(BADWIDTH) or %!(BADPREC)).
  virtual std::optional<int64_t> IntValue(size_t i) const = 0;
  // Whether operand i's kind is string (Print puts no space next to those).
  virtual bool IsString(size_t i) const = 0;
  // Operand i's dynamic type as %T prints it; empty for a nil interface.
  virtual std::string TypeName(size_t i) const = 0;
  // Appends operand i under spec: Go's printArg — %T, methods, composites, bad verbs.
  virtual void Append(std::string& out, size_t i, const Spec& spec) = 0;
};

// Go's Sprintf: literal text, %%, flags, width and precision (numbers or '*'), argument
// indexes (%[2]d), and the error forms %!d(MISSING), %!d(BADINDEX), %!(NOVERB),
// %!(BADWIDTH), %!(BADPREC) and %!(EXTRA type=value, ...).
void Printf(std::string& out, std::string_view format, Operands& operands);
// Go's Sprint: %v of each operand, a space between two operands when neither is a string.
void Print(std::string& out, Operands& operands);
// Go's Sprintln: %v of each operand separated by spaces, then a newline.
void Println(std::string& out, Operands& operands);

}  // namespace chanscope::lang::fmt
