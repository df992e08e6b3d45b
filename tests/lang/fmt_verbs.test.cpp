// fmt_verbs.test.cpp — fmt verbs, Printf and strconv, checked against tables made by real Go.
//
// The tables between BEGIN/END fmt_gen are the output of tests/lang/fmt_gen/main.go
// (Go 1.19's fmt and strconv); tests/lang/fmt_gen/check.sh re-checks or rewrites them.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/fmt_verbs.h"
#include "lang/strconv_format.h"

using namespace std::string_view_literals;
namespace gofmt = chanscope::lang::fmt;
namespace strconv = chanscope::lang::strconv;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One operand as the VM would hold it: a kind, its Go type name and its value.
struct Val {
  enum class Kind { kInt, kUint, kFloat, kString, kBool, kBytes, kNil } kind = Kind::kNil;
  std::string type;   // as %T prints it; empty for a nil interface
  uint64_t bits = 0;  // integers (two's complement) and bools
  double f = 0;
  int float_size = 64;
  std::string s;  // strings and byte slices
  bool nil_slice = false;
};

Val Make(Val::Kind kind, std::string_view type) {
  Val v;
  v.kind = kind;
  v.type = type;
  return v;
}

Val I(int64_t v, std::string_view type = "int") {
  Val val = Make(Val::Kind::kInt, type);
  val.bits = uint64_t(v);
  return val;
}

Val U(uint64_t v, std::string_view type = "uint") {
  Val val = Make(Val::Kind::kUint, type);
  val.bits = v;
  return val;
}

Val F(double v, std::string_view type = "float64") {
  Val val = Make(Val::Kind::kFloat, type);
  val.f = v;
  return val;
}

Val F32(float v, std::string_view type = "float32") {
  Val val = Make(Val::Kind::kFloat, type);
  val.f = v;
  val.float_size = 32;
  return val;
}

Val S(std::string_view v, std::string_view type = "string") {
  Val val = Make(Val::Kind::kString, type);
  val.s = v;
  return val;
}

Val B(bool v, std::string_view type = "bool") {
  Val val = Make(Val::Kind::kBool, type);
  val.bits = v;
  return val;
}

Val Bytes(std::string_view v) {
  Val val = Make(Val::Kind::kBytes, "[]uint8");
  val.s = v;
  return val;
}
Val NilBytes() {
  Val v = Bytes("");
  v.nil_slice = true;
  return v;
}
Val Nil() { return {}; }

// Operands over a vector of Vals: a miniature of what the VM does in printArg.
class VecOperands : public gofmt::Operands {
 public:
  explicit VecOperands(const std::vector<Val>& vals) : vals_(vals) {}

  size_t Count() const override { return vals_.size(); }

  std::optional<int64_t> IntValue(size_t i) const override {
    const Val& v = vals_[i];
    if (v.kind == Val::Kind::kInt) return int64_t(v.bits);
    if (v.kind == Val::Kind::kUint && v.bits <= uint64_t(INT64_MAX)) return int64_t(v.bits);
    return std::nullopt;
  }

  bool IsString(size_t i) const override { return vals_[i].kind == Val::Kind::kString; }

  std::string TypeName(size_t i) const override { return vals_[i].type; }

  void Append(std::string& out, size_t i, const gofmt::Spec& spec) override {
    const Val& v = vals_[i];
    if (v.kind == Val::Kind::kNil) {
      if (spec.verb == 'T' || spec.verb == 'v') {
        gofmt::AppendPadded(out, "<nil>", spec);
      } else {
        gofmt::AppendBadVerb(out, spec.verb, "", "");
      }
      return;
    }
    if (spec.verb == 'T') {
      gofmt::Spec as_s = spec;
      as_s.verb = 's';
      gofmt::AppendString(out, v.type, as_s);
      return;
    }
    switch (v.kind) {
      case Val::Kind::kInt: gofmt::FormatInteger(out, v.bits, true, spec, v.type); break;
      case Val::Kind::kUint: gofmt::FormatInteger(out, v.bits, false, spec, v.type); break;
      case Val::Kind::kFloat: gofmt::FormatFloat(out, v.f, v.float_size, spec, v.type); break;
      case Val::Kind::kString: gofmt::FormatString(out, v.s, spec, v.type); break;
      case Val::Kind::kBool: gofmt::FormatBool(out, v.bits != 0, spec, v.type); break;
      case Val::Kind::kBytes: gofmt::AppendBytes(out, v.s, v.nil_slice, spec); break;
      case Val::Kind::kNil: break;
    }
  }

 private:
  const std::vector<Val>& vals_;
};

struct PrintfCase {
  std::string_view format;
  std::vector<Val> args;
  std::string_view want;
};

struct PrintCase {
  std::vector<Val> args;
  std::string_view want_print, want_println;
};

struct FormatFloatCase {
  double v;
  int bit_size;
  std::string_view want[20];  // fmt e E f g G × prec -1 0 3 20
};

struct QuoteCase {
  std::string_view s, quote, quote_ascii;
  bool can_backquote;
};

struct QuoteRuneCase {
  int32_t r;
  std::string_view quote, quote_ascii;
};

struct UnquoteCase {
  std::string_view s;
  bool ok;
  std::string_view want;
};

struct ParseIntCase {
  std::string_view s;
  int base, bit_size;
  int64_t want;
  std::string_view err;
};

struct ParseUintCase {
  std::string_view s;
  int base, bit_size;
  uint64_t want;
  std::string_view err;
};

struct AtoiCase {
  std::string_view s;
  int64_t want;
  std::string_view err;
};

struct ParseFloatCase {
  std::string_view s;
  int bit_size;
  std::string_view want;  // FormatFloat(value, 'g', -1, 64)
  std::string_view err;
};

struct ParseBoolCase {
  std::string_view s;
  bool want;
  std::string_view err;
};

struct FormatIntCase {
  int64_t v;
  int base;
  std::string_view want;
};

// clang-format off
// BEGIN fmt_gen
// printf: format, operands, Sprintf's result
const PrintfCase kPrintfCases[] = {
{"%v"sv, {I(0)}, "0"sv},
{"%v"sv, {I(42)}, "42"sv},
{"%v"sv, {I(-42)}, "-42"sv},
{"%d"sv, {I(INT64_MIN, "int64")}, "-9223372036854775808"sv},
{"%d"sv, {I(9223372036854775807, "int64")}, "9223372036854775807"sv},
{"%d"sv, {U(18446744073709551615u, "uint64")}, "18446744073709551615"sv},
{"%v"sv, {I(-128, "int8")}, "-128"sv},
{"%v"sv, {U(255u, "uint8")}, "255"sv},
{"%d"sv, {I(-300, "int16")}, "-300"sv},
{"%d"sv, {U(4000000000u, "uint32")}, "4000000000"sv},
{"%5d"sv, {I(42)}, "   42"sv},
{"%-5d|"sv, {I(42)}, "42   |"sv},
{"%05d"sv, {I(42)}, "00042"sv},
{"%05d"sv, {I(-42)}, "-0042"sv},
{"%+d"sv, {I(42)}, "+42"sv},
{"%+d"sv, {I(0)}, "+0"sv},
{"% d"sv, {I(42)}, " 42"sv},
{"% d"sv, {I(-42)}, "-42"sv},
{"%+05d"sv, {I(42)}, "+0042"sv},
{"% 05d"sv, {I(42)}, " 0042"sv},
{"%-05d|"sv, {I(42)}, "42   |"sv},
{"%.3d"sv, {I(7)}, "007"sv},
{"%.3d"sv, {I(-7)}, "-007"sv},
{"%.0d"sv, {I(0)}, ""sv},
{"%5.0d|"sv, {I(0)}, "     |"sv},
{"%-5.0d|"sv, {I(0)}, "     |"sv},
{"%08.3d"sv, {I(7)}, "     007"sv},
{"%8.3d"sv, {I(-7)}, "    -007"sv},
{"%.d"sv, {I(0)}, ""sv},
{"%3d"sv, {I(12345)}, "12345"sv},
{"%b"sv, {I(5)}, "101"sv},
{"%b"sv, {I(-5)}, "-101"sv},
{"%#b"sv, {I(5)}, "0b101"sv},
{"%b"sv, {U(18446744073709551615u, "uint64")}, "1111111111111111111111111111111111111111111111111111111111111111"sv},
{"%b"sv, {I(INT64_MIN, "int64")}, "-1000000000000000000000000000000000000000000000000000000000000000"sv},
{"%o"sv, {I(8)}, "10"sv},
{"%#o"sv, {I(8)}, "010"sv},
{"%#o"sv, {I(0)}, "0"sv},
{"%O"sv, {I(8)}, "0o10"sv},
{"%O"sv, {I(-8)}, "-0o10"sv},
{"%#O"sv, {I(8)}, "0o010"sv},
{"%x"sv, {I(255)}, "ff"sv},
{"%X"sv, {I(255)}, "FF"sv},
{"%#x"sv, {I(255)}, "0xff"sv},
{"%#X"sv, {I(255)}, "0XFF"sv},
{"%x"sv, {I(-255)}, "-ff"sv},
{"%#x"sv, {I(-255)}, "-0xff"sv},
{"%+x"sv, {I(255)}, "+ff"sv},
{"%#08x"sv, {I(255)}, "0x000000ff"sv},
{"%#.4x"sv, {I(255)}, "0x00ff"sv},
{"%x"sv, {I(INT64_MIN, "int64")}, "-8000000000000000"sv},
{"%X"sv, {U(18446744073709551615u, "uint64")}, "FFFFFFFFFFFFFFFF"sv},
{"%#10x|"sv, {I(3054)}, "     0xbee|"sv},
{"%-#10x|"sv, {I(3054)}, "0xbee     |"sv},
{"%c"sv, {I(65)}, "A"sv},
{"%c"sv, {I(128512)}, "😀"sv},
{"%c"sv, {I(-1)}, "\xef\xbf\xbd"sv},
{"%c"sv, {I(1114112)}, "\xef\xbf\xbd"sv},
{"%c"sv, {I(55296)}, "\xef\xbf\xbd"sv},
{"%c"sv, {I(233, "int32")}, "é"sv},
{"%3c|"sv, {I(120, "int32")}, "  x|"sv},
{"%-3c|"sv, {I(26085, "int32")}, "日  |"sv},
{"%03c"sv, {I(120, "int32")}, "00x"sv},
{"%q"sv, {I(97, "int32")}, "'a'"sv},
{"%q"sv, {I(10, "int32")}, "'\\n'"sv},
{"%q"sv, {I(39, "int32")}, "'\\''"sv},
{"%q"sv, {I(34, "int32")}, "'\"'"sv},
{"%q"sv, {I(128512)}, "'😀'"sv},
{"%q"sv, {I(127)}, "'\\x7f'"sv},
{"%q"sv, {I(65279)}, "'\\ufeff'"sv},
{"%q"sv, {I(-1)}, "'\xef\xbf\xbd'"sv},
{"%+q"sv, {I(128512)}, "'\\U0001f600'"sv},
{"%+q"sv, {I(233, "int32")}, "'\\u00e9'"sv},
{"%#q"sv, {I(120, "int32")}, "'x'"sv},
{"%5q|"sv, {I(120, "int32")}, "  'x'|"sv},
{"%U"sv, {I(128512)}, "U+1F600"sv},
{"%U"sv, {I(120, "int32")}, "U+0078"sv},
{"%U"sv, {I(0)}, "U+0000"sv},
{"%U"sv, {I(-1)}, "U+FFFFFFFFFFFFFFFF"sv},
{"%#U"sv, {I(128512)}, "U+1F600 '😀'"sv},
{"%#U"sv, {I(120, "int32")}, "U+0078 'x'"sv},
{"%#U"sv, {I(127)}, "U+007F"sv},
{"%.6U"sv, {I(120, "int32")}, "U+000078"sv},
{"%#.2U"sv, {I(120, "int32")}, "U+0078 'x'"sv},
{"%10U|"sv, {I(120, "int32")}, "    U+0078|"sv},
{"%-10U|"sv, {I(120, "int32")}, "U+0078    |"sv},
{"%010U"sv, {I(120, "int32")}, "    U+0078"sv},
{"%v"sv, {U(7u)}, "7"sv},
{"%#v"sv, {U(255u)}, "0xff"sv},
{"%#v"sv, {U(0u, "uint8")}, "0x0"sv},
{"%#v"sv, {I(-255)}, "-255"sv},
{"%+v"sv, {I(5)}, "5"sv},
{"% v"sv, {I(5)}, " 5"sv},
{"%x"sv, {I(-1, "int32")}, "-1"sv},
{"%d"sv, {I(-1, "int8")}, "-1"sv},
{"%s"sv, {I(5)}, "%!s(int=5)"sv},
{"%z"sv, {I(5)}, "%!z(int=5)"sv},
{"%5z"sv, {I(-5)}, "%!z(int=   -5)"sv},
{"%+e"sv, {I(7)}, "%!e(int=+7)"sv},
{"%#z"sv, {U(10u)}, "%!z(uint=10)"sv},
{"%ä"sv, {I(1)}, "%!ä(int=1)"sv},
{"%t"sv, {U(3u, "uint16")}, "%!t(uint16=3)"sv},
{"%v"sv, {F(0.0)}, "0"sv},
{"%v"sv, {F(-0.0)}, "-0"sv},
{"%v"sv, {F(1.0)}, "1"sv},
{"%v"sv, {F(1.5)}, "1.5"sv},
{"%v"sv, {F(-2.25)}, "-2.25"sv},
{"%v"sv, {F(1e+20)}, "1e+20"sv},
{"%v"sv, {F(1e+21)}, "1e+21"sv},
{"%v"sv, {F(0.0001)}, "0.0001"sv},
{"%v"sv, {F(1e-05)}, "1e-05"sv},
{"%v"sv, {F(0.30000000000000004)}, "0.30000000000000004"sv},
{"%v"sv, {F(0.3333333333333333)}, "0.3333333333333333"sv},
{"%v"sv, {F(1e+06)}, "1e+06"sv},
{"%v"sv, {F(123456.0)}, "123456"sv},
{"%v"sv, {F(1.23456789e+08)}, "1.23456789e+08"sv},
{"%v"sv, {F(100000.0)}, "100000"sv},
{"%v"sv, {F(1.7976931348623157e+308)}, "1.7976931348623157e+308"sv},
{"%v"sv, {F(5e-324)}, "5e-324"sv},
{"%v"sv, {F(kNaN)}, "NaN"sv},
{"%v"sv, {F(kInf)}, "+Inf"sv},
{"%v"sv, {F(-kInf)}, "-Inf"sv},
{"%v"sv, {F32(0.1f)}, "0.1"sv},
{"%v"sv, {F32(1e+20f)}, "1e+20"sv},
{"%v"sv, {F32(1.6777216e+07f)}, "1.6777216e+07"sv},
{"%v"sv, {F32(3.4028235e+38f)}, "3.4028235e+38"sv},
{"%v"sv, {F32(0.33333334f)}, "0.33333334"sv},
{"%v"sv, {F32(-0.5f)}, "-0.5"sv},
{"%v"sv, {F(36.6, "main.Celsius")}, "36.6"sv},
{"%g"sv, {F(1e-07)}, "1e-07"sv},
{"%G"sv, {F(1e-07)}, "1E-07"sv},
{"%g"sv, {F(100000.0)}, "100000"sv},
{"%g"sv, {F(1e+06)}, "1e+06"sv},
{"%e"sv, {F(0.0)}, "0.000000e+00"sv},
{"%e"sv, {F(1234.5678)}, "1.234568e+03"sv},
{"%E"sv, {F(1234.5678)}, "1.234568E+03"sv},
{"%e"sv, {F(1e-300)}, "1.000000e-300"sv},
{"%e"sv, {F(1.7976931348623157e+308)}, "1.797693e+308"sv},
{"%f"sv, {F(0.0)}, "0.000000"sv},
{"%f"sv, {F(1234.5678)}, "1234.567800"sv},
{"%F"sv, {F(1234.5678)}, "1234.567800"sv},
{"%f"sv, {F(1e+21)}, "1000000000000000000000.000000"sv},
{"%f"sv, {F(1e-07)}, "0.000000"sv},
{"%g"sv, {F(0.0)}, "0"sv},
{"%g"sv, {F(-0.0)}, "-0"sv},
{"%.0f"sv, {F(0.5)}, "0"sv},
{"%.0f"sv, {F(1.5)}, "2"sv},
{"%.0f"sv, {F(2.5)}, "2"sv},
{"%.2f"sv, {F(1.005)}, "1.00"sv},
{"%.1f"sv, {F(0.25)}, "0.2"sv},
{"%.3g"sv, {F(1.234567e+06)}, "1.23e+06"sv},
{"%.3g"sv, {F(100.0)}, "100"sv},
{"%.10g"sv, {F(0.3333333333333333)}, "0.3333333333"sv},
{"%.17g"sv, {F(0.1)}, "0.10000000000000001"sv},
{"%.30f"sv, {F(0.1)}, "0.100000000000000005551115123126"sv},
{"%.20e"sv, {F(0.3333333333333333)}, "3.33333333333333314830e-01"sv},
{"%.0e"sv, {F(2.5)}, "2e+00"sv},
{"%.0e"sv, {F(15.0)}, "2e+01"sv},
{"%.3e"sv, {F(0.0)}, "0.000e+00"sv},
{"%.1g"sv, {F(0.05)}, "0.05"sv},
{"%.0g"sv, {F(123.0)}, "1e+02"sv},
{"%.3v"sv, {F(3.14159)}, "3.14"sv},
{"%.2v"sv, {F(1e+10)}, "1e+10"sv},
{"%#g"sv, {F(1.0)}, "1.00000"sv},
{"%#.3g"sv, {F(1.0)}, "1.00"sv},
{"%#g"sv, {F(1e-07)}, "1.00000e-07"sv},
{"%#g"sv, {F(1.23456789e+08)}, "1.23456789e+08"sv},
{"%#e"sv, {F(1.0)}, "1.000000e+00"sv},
{"%#.0e"sv, {F(1.0)}, "1.e+00"sv},
{"%#f"sv, {F(1.0)}, "1.000000"sv},
{"%#.0f"sv, {F(1.0)}, "1."sv},
{"%#.0f"sv, {F(0.0)}, "0."sv},
{"%#v"sv, {F(1.0)}, "1"sv},
{"%#v"sv, {F(1e+21)}, "1e+21"sv},
{"%#v"sv, {F32(0.1f)}, "0.1"sv},
{"%+v"sv, {F(1.5)}, "1.5"sv},
{"%+f"sv, {F(1.5)}, "+1.500000"sv},
{"% f"sv, {F(1.5)}, " 1.500000"sv},
{"% f"sv, {F(-1.5)}, "-1.500000"sv},
{"%+.2e"sv, {F(-1.5)}, "-1.50e+00"sv},
{"%08.3f"sv, {F(-3.14159)}, "-003.142"sv},
{"%08.3f"sv, {F(3.14159)}, "0003.142"sv},
{"%+08.3f"sv, {F(3.14159)}, "+003.142"sv},
{"% 08.3f"sv, {F(3.14159)}, " 003.142"sv},
{"%-8.2f|"sv, {F(3.14159)}, "3.14    |"sv},
{"%8.3e|"sv, {F(31415.9)}, "3.142e+04|"sv},
{"%010.4g"sv, {F(-31415.9)}, "-3.142e+04"sv},
{"%12v|"sv, {F(1e+21)}, "       1e+21|"sv},
{"%-12v|"sv, {F(-0.5)}, "-0.5        |"sv},
{"%+f"sv, {F(kNaN)}, "+NaN"sv},
{"% f"sv, {F(kNaN)}, " NaN"sv},
{"%05f"sv, {F(kNaN)}, "  NaN"sv},
{"%-6f|"sv, {F(kNaN)}, "NaN   |"sv},
{"%+v"sv, {F(kInf)}, "+Inf"sv},
{"%010v"sv, {F(-kInf)}, "      -Inf"sv},
{"%-10f|"sv, {F(kInf)}, "+Inf      |"sv},
{"% f"sv, {F(kInf)}, " Inf"sv},
{"%e"sv, {F32(3.4e+38f)}, "3.400000e+38"sv},
{"%.10f"sv, {F32(0.1f)}, "0.1000000015"sv},
{"%g"sv, {F32(1e-07f)}, "1e-07"sv},
{"%f"sv, {F32(1.6777216e+07f)}, "16777216.000000"sv},
{"%b"sv, {F(1.0)}, "4503599627370496p-52"sv},
{"%b"sv, {F32(1.0f)}, "8388608p-23"sv},
{"%x"sv, {F(1.0)}, "0x1p+00"sv},
{"%X"sv, {F(-3.5)}, "-0X1.CP+01"sv},
{"%.2x"sv, {F(3.14159)}, "0x1.92p+01"sv},
{"%x"sv, {F(0.0)}, "0x0p+00"sv},
{"%#x"sv, {F(1.0)}, "0x1.0000p+00"sv},
{"%x"sv, {F32(0.1f)}, "0x1.99999ap-04"sv},
{"%d"sv, {F(1.5)}, "%!d(float64=1.5)"sv},
{"%s"sv, {F32(2.0f)}, "%!s(float32=2)"sv},
{"%d"sv, {F(36.6, "main.Celsius")}, "%!d(main.Celsius=36.6)"sv},
{"%5d"sv, {F(1.5)}, "%!d(float64=  1.5)"sv},
{"%#z"sv, {F(1.0)}, "%!z(float64=1.00000)"sv},
{"%q"sv, {F(1.0)}, "%!q(float64=1)"sv},
{"%v"sv, {S("hello"sv)}, "hello"sv},
{"%s"sv, {S(""sv)}, ""sv},
{"%s"sv, {S("héllo"sv)}, "héllo"sv},
{"%s"sv, {S("日本語"sv)}, "日本語"sv},
{"%s"sv, {S("😀"sv)}, "😀"sv},
{"%s"sv, {S("\xff\xfe"sv)}, "\xff\xfe"sv},
{"%s"sv, {S("a\x00" "b"sv)}, "a\x00" "b"sv},
{"%5s|"sv, {S("ab"sv)}, "   ab|"sv},
{"%-5s|"sv, {S("ab"sv)}, "ab   |"sv},
{"%05s"sv, {S("ab"sv)}, "000ab"sv},
{"%.2s"sv, {S("héllo"sv)}, "hé"sv},
{"%.0s|"sv, {S("abc"sv)}, "|"sv},
{"%8.3s|"sv, {S("日本語日本"sv)}, "     日本語|"sv},
{"%-8.3s|"sv, {S("日本語日本"sv)}, "日本語     |"sv},
{"%5s|"sv, {S("日本"sv)}, "   日本|"sv},
{"%5s|"sv, {S("\xff\xfe"sv)}, "   \xff\xfe|"sv},
{"%.1s"sv, {S("\xff" "ab"sv)}, "\xff"sv},
{"%2s|"sv, {S("hello"sv)}, "hello|"sv},
{"%q"sv, {S("hello\n"sv)}, "\"hello\\n\""sv},
{"%q"sv, {S("\x00"sv)}, "\"\\x00\""sv},
{"%q"sv, {S("\x7f"sv)}, "\"\\x7f\""sv},
{"%q"sv, {S("日本"sv)}, "\"日本\""sv},
{"%q"sv, {S("\xc2\xad"sv)}, "\"\\u00ad\""sv},
{"%q"sv, {S("\xe2\x80\x8b"sv)}, "\"\\u200b\""sv},
{"%q"sv, {S("😀"sv)}, "\"😀\""sv},
{"%q"sv, {S("\xf3\xa0\x80\x81"sv)}, "\"\\U000e0001\""sv},
{"%q"sv, {S("\xff"sv)}, "\"\\xff\""sv},
{"%q"sv, {S("é\xffé"sv)}, "\"é\\xffé\""sv},
{"%q"sv, {S("a\"b\\c"sv)}, "\"a\\\"b\\\\c\""sv},
{"%q"sv, {S("\x07\x08\x0c\x0d\t\x0b"sv)}, "\"\\a\\b\\f\\r\\t\\v\""sv},
{"%q"sv, {S("\x1b[0m"sv)}, "\"\\x1b[0m\""sv},
{"%q"sv, {S("'"sv)}, "\"'\""sv},
{"%+q"sv, {S("日本"sv)}, "\"\\u65e5\\u672c\""sv},
{"%+q"sv, {S("é"sv)}, "\"\\u00e9\""sv},
{"%+q"sv, {S("😀"sv)}, "\"\\U0001f600\""sv},
{"%+q"sv, {S("\xff"sv)}, "\"\\xff\""sv},
{"%#q"sv, {S("hello"sv)}, "`hello`"sv},
{"%#q"sv, {S("a`b"sv)}, "\"a`b\""sv},
{"%#q"sv, {S("tab\there"sv)}, "`tab\there`"sv},
{"%#q"sv, {S("new\nline"sv)}, "\"new\\nline\""sv},
{"%#q"sv, {S("\xef\xbb\xbfx"sv)}, "\"\\ufeffx\""sv},
{"%#q"sv, {S("\xff"sv)}, "\"\\xff\""sv},
{"%#q"sv, {S("日本"sv)}, "`日本`"sv},
{"%#+q"sv, {S("日本"sv)}, "`日本`"sv},
{"%10q|"sv, {S("日本"sv)}, "      \"日本\"|"sv},
{"%-10q|"sv, {S("é"sv)}, "\"é\"       |"sv},
{"%.2q"sv, {S("日本語"sv)}, "\"日本\""sv},
{"%010q"sv, {S("x"sv)}, "0000000\"x\""sv},
{"%x"sv, {S("hello"sv)}, "68656c6c6f"sv},
{"%X"sv, {S("hello"sv)}, "68656C6C6F"sv},
{"% x"sv, {S("hello"sv)}, "68 65 6c 6c 6f"sv},
{"%#x"sv, {S("hello"sv)}, "0x68656c6c6f"sv},
{"%# x"sv, {S("hello"sv)}, "0x68 0x65 0x6c 0x6c 0x6f"sv},
{"%# X"sv, {S("hi"sv)}, "0X68 0X69"sv},
{"%.2x"sv, {S("hello"sv)}, "6865"sv},
{"%10x|"sv, {S("hi"sv)}, "      6869|"sv},
{"%-10x|"sv, {S("hi"sv)}, "6869      |"sv},
{"%010x"sv, {S("hi"sv)}, "0000006869"sv},
{"%x"sv, {S(""sv)}, ""sv},
{"%5x|"sv, {S(""sv)}, "     |"sv},
{"%x"sv, {S("日"sv)}, "e697a5"sv},
{"% .3X"sv, {S("hello"sv)}, "68 65 6C"sv},
{"%#v"sv, {S("hi"sv)}, "\"hi\""sv},
{"%#v"sv, {S("a`b"sv)}, "\"a`b\""sv},
{"%+v"sv, {S("日本"sv)}, "日本"sv},
{"%d"sv, {S("hi"sv)}, "%!d(string=hi)"sv},
{"%5d"sv, {S("hi"sv)}, "%!d(string=   hi)"sv},
{"%c"sv, {S("x"sv)}, "%!c(string=x)"sv},
{"%t"sv, {S("true"sv)}, "%!t(string=true)"sv},
{"%T"sv, {S("x"sv)}, "string"sv},
{"%8T|"sv, {F(1.0)}, " float64|"sv},
{"%T"sv, {F32(1.0f)}, "float32"sv},
{"%T"sv, {F(1.0, "main.Celsius")}, "main.Celsius"sv},
{"%s"sv, {Bytes("hi"sv)}, "hi"sv},
{"%q"sv, {Bytes("hi\n"sv)}, "\"hi\\n\""sv},
{"%x"sv, {Bytes("hi"sv)}, "6869"sv},
{"% X"sv, {Bytes("hi"sv)}, "68 69"sv},
{"%v"sv, {Bytes("hi"sv)}, "[104 105]"sv},
{"%d"sv, {Bytes("hi"sv)}, "[104 105]"sv},
{"%#v"sv, {Bytes("hi"sv)}, "[]byte{0x68, 0x69}"sv},
{"%v"sv, {NilBytes()}, "[]"sv},
{"%#v"sv, {NilBytes()}, "[]byte(nil)"sv},
{"%s|"sv, {NilBytes()}, "|"sv},
{"%o"sv, {Bytes("hi"sv)}, "[150 151]"sv},
{"%c"sv, {Bytes("hi"sv)}, "[h i]"sv},
{"%z"sv, {Bytes("hi"sv)}, "[%!z(uint8=104) %!z(uint8=105)]"sv},
{"%4v"sv, {Bytes("\x01\x02"sv)}, "[   1    2]"sv},
{"%#v"sv, {Bytes(""sv)}, "[]byte{}"sv},
{"%.1s"sv, {Bytes("hi"sv)}, "h"sv},
{"%v"sv, {B(true)}, "true"sv},
{"%t"sv, {B(false)}, "false"sv},
{"%5t|"sv, {B(true)}, " true|"sv},
{"%-6t|"sv, {B(false)}, "false |"sv},
{"%d"sv, {B(true)}, "%!d(bool=true)"sv},
{"%q"sv, {B(false)}, "%!q(bool=false)"sv},
{"%#v"sv, {B(true)}, "true"sv},
{"%05t"sv, {B(true)}, "0true"sv},
{"%%"sv, {}, "%"sv},
{"100%%"sv, {}, "100%"sv},
{"%d%%"sv, {I(5)}, "5%"sv},
{"%5%"sv, {}, "%"sv},
{"%-5%|"sv, {}, "%|"sv},
{"%[2]d %[1]d"sv, {I(1), I(2)}, "2 1"sv},
{"%[3]d"sv, {I(1), I(2)}, "%!d(BADINDEX)"sv},
{"%[0]d"sv, {I(1)}, "%!d(BADINDEX)"sv},
{"%[x]d"sv, {I(1)}, "%!d(BADINDEX)"sv},
{"%[1]d %d"sv, {I(1), I(2)}, "1 2"sv},
{"%[2]*[1]d|"sv, {I(12), I(5)}, "   12|"sv},
{"%[1]d %[1]x %[1]o"sv, {I(64)}, "64 40 100"sv},
{"%d %d"sv, {I(1)}, "1 %!d(MISSING)"sv},
{"%d"sv, {I(1), I(2)}, "1%!(EXTRA int=2)"sv},
{"%d"sv, {I(1), S("x"sv), Nil()}, "1%!(EXTRA string=x, <nil>)"sv},
{"%s"sv, {S("a"sv), F(1.5), B(true)}, "a%!(EXTRA float64=1.5, bool=true)"sv},
{"%!"sv, {}, "%!!(MISSING)"sv},
{"%"sv, {}, "%!(NOVERB)"sv},
{"abc%"sv, {I(1)}, "abc%!(NOVERB)%!(EXTRA int=1)"sv},
{"%-"sv, {}, "%!(NOVERB)"sv},
{"%*d|"sv, {I(5), I(42)}, "   42|"sv},
{"%-*d|"sv, {I(5), I(42)}, "42   |"sv},
{"%*d|"sv, {I(-5), I(42)}, "42   |"sv},
{"%*d"sv, {S("x"sv), I(42)}, "%!(BADWIDTH)42"sv},
{"%.*d"sv, {I(3), I(7)}, "007"sv},
{"%.*d"sv, {I(-1), I(7)}, "%!(BADPREC)7"sv},
{"%*d"sv, {I(10000000), I(7)}, "%!(BADWIDTH)7"sv},
{"%.*f"sv, {I(2), F(3.141592653589793)}, "3.14"sv},
{"%*.*f|"sv, {I(8), I(2), F(3.141592653589793)}, "    3.14|"sv},
{"%*d"sv, {U(3u, "uint8"), I(7)}, "  7"sv},
{"%*d"sv, {F(1.5), I(7)}, "%!(BADWIDTH)7"sv},
{"%.f"sv, {F(2.5)}, "2"sv},
{"%3[1]d|"sv, {I(7)}, "  7|"sv},
{"%[1]2d"sv, {I(7)}, "%!d(BADINDEX)"sv},
{"%[1].2d"sv, {I(7)}, "%!d(BADINDEX)"sv},
{"%[2]d"sv, {I(1)}, "%!d(BADINDEX)"sv},
{"%[1]d %[3]d"sv, {I(1), I(2)}, "1 %!d(BADINDEX)"sv},
{"%[]d"sv, {I(1)}, "%!d(BADINDEX)"sv},
{"%[1]"sv, {I(1)}, "%!(NOVERB)"sv},
{"%[1"sv, {I(1)}, "%!(NOVERB)"sv},
{"%5."sv, {I(1)}, "%!.(int=    1)"sv},
{"%v %v"sv, {Nil(), Nil()}, "<nil> <nil>"sv},
{"%d"sv, {Nil()}, "%!d(<nil>)"sv},
{"%T"sv, {Nil()}, "<nil>"sv},
{"%5v|"sv, {Nil()}, "<nil>|"sv},
{"%s %d"sv, {S("x"sv)}, "x %!d(MISSING)"sv},
{"%d %s"sv, {S("x"sv), I(1)}, "%!d(string=x) %!s(int=1)"sv},
{"%[2]d %d"sv, {I(1), I(2), I(3)}, "2 3"sv},
{"%v %[1]v %v"sv, {I(1), I(2)}, "1 1 2"sv},
{"%.3[2]d"sv, {I(1), I(2)}, "002"sv},
{"%[2].3d"sv, {I(1), I(2)}, "%!d(BADINDEX)"sv},
{"%.[2]*[1]d|"sv, {I(7), I(4)}, "0007|"sv},
{"%-+ #0d"sv, {I(3)}, "+3"sv},
{"%0-5d|"sv, {I(3)}, "3    |"sv},
{"%+-5d|"sv, {I(3)}, "+3   |"sv},
{"no verbs"sv, {I(1)}, "no verbs%!(EXTRA int=1)"sv},
{"%v%v"sv, {S("a"sv), S("b"sv)}, "ab"sv},
{"%x %X"sv, {I(255), S("hi"sv)}, "ff 6869"sv},
};
// print: operands, Sprint's result, Sprintln's result
const PrintCase kPrintCases[] = {
{{I(1), I(2), S("a"sv), I(3)}, "1 2a3"sv, "1 2 a 3\n"sv},
{{S("a"sv), S("b"sv)}, "ab"sv, "a b\n"sv},
{{F(1.5), B(true), Nil()}, "1.5 true <nil>"sv, "1.5 true <nil>\n"sv},
{{}, ""sv, "\n"sv},
{{F32(0.1f), F(1e+21)}, "0.1 1e+21"sv, "0.1 1e+21\n"sv},
{{S("x"sv), I(1), I(2), S("y"sv)}, "x1 2y"sv, "x 1 2 y\n"sv},
{{Bytes("hi"sv), I(3)}, "[104 105] 3"sv, "[104 105] 3\n"sv},
};
// format_float: value, bit size, then FormatFloat for e E f g G at prec -1, 0, 3, 20
const FormatFloatCase kFormatFloatCases[] = {
{0.0, 64, {"0e+00"sv, "0e+00"sv, "0.000e+00"sv, "0.00000000000000000000e+00"sv, "0E+00"sv, "0E+00"sv, "0.000E+00"sv, "0.00000000000000000000E+00"sv, "0"sv, "0"sv, "0.000"sv, "0.00000000000000000000"sv, "0"sv, "0"sv, "0"sv, "0"sv, "0"sv, "0"sv, "0"sv, "0"sv}},
{-0.0, 64, {"-0e+00"sv, "-0e+00"sv, "-0.000e+00"sv, "-0.00000000000000000000e+00"sv, "-0E+00"sv, "-0E+00"sv, "-0.000E+00"sv, "-0.00000000000000000000E+00"sv, "-0"sv, "-0"sv, "-0.000"sv, "-0.00000000000000000000"sv, "-0"sv, "-0"sv, "-0"sv, "-0"sv, "-0"sv, "-0"sv, "-0"sv, "-0"sv}},
{1.0, 64, {"1e+00"sv, "1e+00"sv, "1.000e+00"sv, "1.00000000000000000000e+00"sv, "1E+00"sv, "1E+00"sv, "1.000E+00"sv, "1.00000000000000000000E+00"sv, "1"sv, "1"sv, "1.000"sv, "1.00000000000000000000"sv, "1"sv, "1"sv, "1"sv, "1"sv, "1"sv, "1"sv, "1"sv, "1"sv}},
{-1.5, 64, {"-1.5e+00"sv, "-2e+00"sv, "-1.500e+00"sv, "-1.50000000000000000000e+00"sv, "-1.5E+00"sv, "-2E+00"sv, "-1.500E+00"sv, "-1.50000000000000000000E+00"sv, "-1.5"sv, "-2"sv, "-1.500"sv, "-1.50000000000000000000"sv, "-1.5"sv, "-2"sv, "-1.5"sv, "-1.5"sv, "-1.5"sv, "-2"sv, "-1.5"sv, "-1.5"sv}},
{0.1, 64, {"1e-01"sv, "1e-01"sv, "1.000e-01"sv, "1.00000000000000005551e-01"sv, "1E-01"sv, "1E-01"sv, "1.000E-01"sv, "1.00000000000000005551E-01"sv, "0.1"sv, "0"sv, "0.100"sv, "0.10000000000000000555"sv, "0.1"sv, "0.1"sv, "0.1"sv, "0.10000000000000000555"sv, "0.1"sv, "0.1"sv, "0.1"sv, "0.10000000000000000555"sv}},
{0.3333333333333333, 64, {"3.333333333333333e-01"sv, "3e-01"sv, "3.333e-01"sv, "3.33333333333333314830e-01"sv, "3.333333333333333E-01"sv, "3E-01"sv, "3.333E-01"sv, "3.33333333333333314830E-01"sv, "0.3333333333333333"sv, "0"sv, "0.333"sv, "0.33333333333333331483"sv, "0.3333333333333333"sv, "0.3"sv, "0.333"sv, "0.33333333333333331483"sv, "0.3333333333333333"sv, "0.3"sv, "0.333"sv, "0.33333333333333331483"sv}},
{2.5, 64, {"2.5e+00"sv, "2e+00"sv, "2.500e+00"sv, "2.50000000000000000000e+00"sv, "2.5E+00"sv, "2E+00"sv, "2.500E+00"sv, "2.50000000000000000000E+00"sv, "2.5"sv, "2"sv, "2.500"sv, "2.50000000000000000000"sv, "2.5"sv, "2"sv, "2.5"sv, "2.5"sv, "2.5"sv, "2"sv, "2.5"sv, "2.5"sv}},
{1e+20, 64, {"1e+20"sv, "1e+20"sv, "1.000e+20"sv, "1.00000000000000000000e+20"sv, "1E+20"sv, "1E+20"sv, "1.000E+20"sv, "1.00000000000000000000E+20"sv, "100000000000000000000"sv, "100000000000000000000"sv, "100000000000000000000.000"sv, "100000000000000000000.00000000000000000000"sv, "1e+20"sv, "1e+20"sv, "1e+20"sv, "1e+20"sv, "1E+20"sv, "1E+20"sv, "1E+20"sv, "1E+20"sv}},
{1e+21, 64, {"1e+21"sv, "1e+21"sv, "1.000e+21"sv, "1.00000000000000000000e+21"sv, "1E+21"sv, "1E+21"sv, "1.000E+21"sv, "1.00000000000000000000E+21"sv, "1000000000000000000000"sv, "1000000000000000000000"sv, "1000000000000000000000.000"sv, "1000000000000000000000.00000000000000000000"sv, "1e+21"sv, "1e+21"sv, "1e+21"sv, "1e+21"sv, "1E+21"sv, "1E+21"sv, "1E+21"sv, "1E+21"sv}},
{1.23456789e+08, 64, {"1.23456789e+08"sv, "1e+08"sv, "1.235e+08"sv, "1.23456789000000000000e+08"sv, "1.23456789E+08"sv, "1E+08"sv, "1.235E+08"sv, "1.23456789000000000000E+08"sv, "123456789"sv, "123456789"sv, "123456789.000"sv, "123456789.00000000000000000000"sv, "1.23456789e+08"sv, "1e+08"sv, "1.23e+08"sv, "123456789"sv, "1.23456789E+08"sv, "1E+08"sv, "1.23E+08"sv, "123456789"sv}},
{1e-07, 64, {"1e-07"sv, "1e-07"sv, "1.000e-07"sv, "9.99999999999999954748e-08"sv, "1E-07"sv, "1E-07"sv, "1.000E-07"sv, "9.99999999999999954748E-08"sv, "0.0000001"sv, "0"sv, "0.000"sv, "0.00000010000000000000"sv, "1e-07"sv, "1e-07"sv, "1e-07"sv, "9.9999999999999995475e-08"sv, "1E-07"sv, "1E-07"sv, "1E-07"sv, "9.9999999999999995475E-08"sv}},
{5e-324, 64, {"5e-324"sv, "5e-324"sv, "4.941e-324"sv, "4.94065645841246544177e-324"sv, "5E-324"sv, "5E-324"sv, "4.941E-324"sv, "4.94065645841246544177E-324"sv, "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005"sv, "0"sv, "0.000"sv, "0.00000000000000000000"sv, "5e-324"sv, "5e-324"sv, "4.94e-324"sv, "4.9406564584124654418e-324"sv, "5E-324"sv, "5E-324"sv, "4.94E-324"sv, "4.9406564584124654418E-324"sv}},
{1.7976931348623157e+308, 64, {"1.7976931348623157e+308"sv, "2e+308"sv, "1.798e+308"sv, "1.79769313486231570815e+308"sv, "1.7976931348623157E+308"sv, "2E+308"sv, "1.798E+308"sv, "1.79769313486231570815E+308"sv, "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"sv, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"sv, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00000000000000000000"sv, "1.7976931348623157e+308"sv, "2e+308"sv, "1.8e+308"sv, "1.7976931348623157081e+308"sv, "1.7976931348623157E+308"sv, "2E+308"sv, "1.8E+308"sv, "1.7976931348623157081E+308"sv}},
{1e+23, 64, {"1e+23"sv, "1e+23"sv, "1.000e+23"sv, "9.99999999999999916114e+22"sv, "1E+23"sv, "1E+23"sv, "1.000E+23"sv, "9.99999999999999916114E+22"sv, "100000000000000000000000"sv, "99999999999999991611392"sv, "99999999999999991611392.000"sv, "99999999999999991611392.00000000000000000000"sv, "1e+23"sv, "1e+23"sv, "1e+23"sv, "9.9999999999999991611e+22"sv, "1E+23"sv, "1E+23"sv, "1E+23"sv, "9.9999999999999991611E+22"sv}},
{9.999999e-05, 64, {"9.999999e-05"sv, "1e-04"sv, "1.000e-04"sv, "9.99999900000000040926e-05"sv, "9.999999E-05"sv, "1E-04"sv, "1.000E-04"sv, "9.99999900000000040926E-05"sv, "0.00009999999"sv, "0"sv, "0.000"sv, "0.00009999999000000000"sv, "9.999999e-05"sv, "0.0001"sv, "0.0001"sv, "9.9999990000000004093e-05"sv, "9.999999E-05"sv, "0.0001"sv, "0.0001"sv, "9.9999990000000004093E-05"sv}},
{kNaN, 64, {"NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv, "NaN"sv}},
{-kInf, 64, {"-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv, "-Inf"sv}},
{0.1, 32, {"1e-01"sv, "1e-01"sv, "1.000e-01"sv, "1.00000001490116119385e-01"sv, "1E-01"sv, "1E-01"sv, "1.000E-01"sv, "1.00000001490116119385E-01"sv, "0.1"sv, "0"sv, "0.100"sv, "0.10000000149011611938"sv, "0.1"sv, "0.1"sv, "0.1"sv, "0.10000000149011611938"sv, "0.1"sv, "0.1"sv, "0.1"sv, "0.10000000149011611938"sv}},
{0.3333333333333333, 32, {"3.3333334e-01"sv, "3e-01"sv, "3.333e-01"sv, "3.33333343267440795898e-01"sv, "3.3333334E-01"sv, "3E-01"sv, "3.333E-01"sv, "3.33333343267440795898E-01"sv, "0.33333334"sv, "0"sv, "0.333"sv, "0.33333334326744079590"sv, "0.33333334"sv, "0.3"sv, "0.333"sv, "0.3333333432674407959"sv, "0.33333334"sv, "0.3"sv, "0.333"sv, "0.3333333432674407959"sv}},
{1e+20, 32, {"1e+20"sv, "1e+20"sv, "1.000e+20"sv, "1.00000002004087734272e+20"sv, "1E+20"sv, "1E+20"sv, "1.000E+20"sv, "1.00000002004087734272E+20"sv, "100000000000000000000"sv, "100000002004087734272"sv, "100000002004087734272.000"sv, "100000002004087734272.00000000000000000000"sv, "1e+20"sv, "1e+20"sv, "1e+20"sv, "1.0000000200408773427e+20"sv, "1E+20"sv, "1E+20"sv, "1E+20"sv, "1.0000000200408773427E+20"sv}},
{1.6777217e+07, 32, {"1.6777216e+07"sv, "2e+07"sv, "1.678e+07"sv, "1.67772160000000000000e+07"sv, "1.6777216E+07"sv, "2E+07"sv, "1.678E+07"sv, "1.67772160000000000000E+07"sv, "16777216"sv, "16777216"sv, "16777216.000"sv, "16777216.00000000000000000000"sv, "1.6777216e+07"sv, "2e+07"sv, "1.68e+07"sv, "16777216"sv, "1.6777216E+07"sv, "2E+07"sv, "1.68E+07"sv, "16777216"sv}},
{3.4028234663852886e+38, 32, {"3.4028235e+38"sv, "3e+38"sv, "3.403e+38"sv, "3.40282346638528859812e+38"sv, "3.4028235E+38"sv, "3E+38"sv, "3.403E+38"sv, "3.40282346638528859812E+38"sv, "340282350000000000000000000000000000000"sv, "340282346638528859811704183484516925440"sv, "340282346638528859811704183484516925440.000"sv, "340282346638528859811704183484516925440.00000000000000000000"sv, "3.4028235e+38"sv, "3e+38"sv, "3.4e+38"sv, "3.4028234663852885981e+38"sv, "3.4028235E+38"sv, "3E+38"sv, "3.4E+38"sv, "3.4028234663852885981E+38"sv}},
{1e-45, 32, {"1e-45"sv, "1e-45"sv, "1.401e-45"sv, "1.40129846432481707092e-45"sv, "1E-45"sv, "1E-45"sv, "1.401E-45"sv, "1.40129846432481707092E-45"sv, "0.000000000000000000000000000000000000000000001"sv, "0"sv, "0.000"sv, "0.00000000000000000000"sv, "1e-45"sv, "1e-45"sv, "1.4e-45"sv, "1.4012984643248170709e-45"sv, "1E-45"sv, "1E-45"sv, "1.4E-45"sv, "1.4012984643248170709E-45"sv}},
{3.4028235e+38, 32, {"3.4028235e+38"sv, "3e+38"sv, "3.403e+38"sv, "3.40282346638528859812e+38"sv, "3.4028235E+38"sv, "3E+38"sv, "3.403E+38"sv, "3.40282346638528859812E+38"sv, "340282350000000000000000000000000000000"sv, "340282346638528859811704183484516925440"sv, "340282346638528859811704183484516925440.000"sv, "340282346638528859811704183484516925440.00000000000000000000"sv, "3.4028235e+38"sv, "3e+38"sv, "3.4e+38"sv, "3.4028234663852885981e+38"sv, "3.4028235E+38"sv, "3E+38"sv, "3.4E+38"sv, "3.4028234663852885981E+38"sv}},
{3.4028236e+38, 32, {"+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv}},
{1e+300, 32, {"+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv, "+Inf"sv}},
};
// quote: s, Quote, QuoteToASCII, CanBackquote
const QuoteCase kQuoteCases[] = {
{""sv, "\"\""sv, "\"\""sv, true},
{"hello"sv, "\"hello\""sv, "\"hello\""sv, true},
{"a\"b"sv, "\"a\\\"b\""sv, "\"a\\\"b\""sv, true},
{"back\\slash"sv, "\"back\\\\slash\""sv, "\"back\\\\slash\""sv, true},
{"tab\t"sv, "\"tab\\t\""sv, "\"tab\\t\""sv, true},
{"\x00\x01\x7f"sv, "\"\\x00\\x01\\x7f\""sv, "\"\\x00\\x01\\x7f\""sv, false},
{"\xff"sv, "\"\\xff\""sv, "\"\\xff\""sv, false},
{"é"sv, "\"é\""sv, "\"\\u00e9\""sv, true},
{"日本語"sv, "\"日本語\""sv, "\"\\u65e5\\u672c\\u8a9e\""sv, true},
{"😀"sv, "\"😀\""sv, "\"\\U0001f600\""sv, true},
{"\xc2\xad"sv, "\"\\u00ad\""sv, "\"\\u00ad\""sv, true},
{"\xe2\x80\xa8"sv, "\"\\u2028\""sv, "\"\\u2028\""sv, true},
{"\xef\xbb\xbf"sv, "\"\\ufeff\""sv, "\"\\ufeff\""sv, false},
{"\xf4\x8f\xbf\xbf"sv, "\"\\U0010ffff\""sv, "\"\\U0010ffff\""sv, true},
{"a`b"sv, "\"a`b\""sv, "\"a`b\""sv, false},
{"\xed\xa0\x80"sv, "\"\\xed\\xa0\\x80\""sv, "\"\\xed\\xa0\\x80\""sv, false},
{"\xf4\x90\x80\x80"sv, "\"\\xf4\\x90\\x80\\x80\""sv, "\"\\xf4\\x90\\x80\\x80\""sv, false},
{"\xcd\xb8"sv, "\"\\u0378\""sv, "\"\\u0378\""sv, true},
{"🇦"sv, "\"🇦\""sv, "\"\\U0001f1e6\""sv, true},
{"̀"sv, "\"̀\""sv, "\"\\u0300\""sv, true},
};
// quote_rune: r, QuoteRune, QuoteRuneToASCII
const QuoteRuneCase kQuoteRuneCases[] = {
{97, "'a'"sv, "'a'"sv},
{39, "'\\''"sv, "'\\''"sv},
{34, "'\"'"sv, "'\"'"sv},
{92, "'\\\\'"sv, "'\\\\'"sv},
{10, "'\\n'"sv, "'\\n'"sv},
{0, "'\\x00'"sv, "'\\x00'"sv},
{127, "'\\x7f'"sv, "'\\x7f'"sv},
{233, "'é'"sv, "'\\u00e9'"sv},
{8232, "'\\u2028'"sv, "'\\u2028'"sv},
{128512, "'😀'"sv, "'\\U0001f600'"sv},
{55296, "'\xef\xbf\xbd'"sv, "'\\ufffd'"sv},
{1114112, "'\xef\xbf\xbd'"sv, "'\\ufffd'"sv},
{-1, "'\xef\xbf\xbd'"sv, "'\\ufffd'"sv},
{65533, "'\xef\xbf\xbd'"sv, "'\\ufffd'"sv},
{1114111, "'\\U0010ffff'"sv, "'\\U0010ffff'"sv},
};
// unquote: s, ok, Unquote's value
const UnquoteCase kUnquoteCases[] = {
{"\"hello\""sv, true, "hello"sv},
{"\"a\\nb\""sv, true, "a\nb"sv},
{"\"\\x41\\u00e9\\U0001F600\""sv, true, "Aé😀"sv},
{"\"\\101\""sv, true, "A"sv},
{"\"\\400\""sv, false, ""sv},
{"'a'"sv, true, "a"sv},
{"'ab'"sv, false, ""sv},
{"''"sv, true, ""sv},
{"`raw\\n`"sv, true, "raw\\n"sv},
{"`a\x0d" "b`"sv, true, "ab"sv},
{"\"unterminated"sv, false, ""sv},
{"\"a\"b\""sv, false, ""sv},
{"\"\\q\""sv, false, ""sv},
{"'\\''"sv, true, "'"sv},
{"\"\\'\""sv, false, ""sv},
{"'\\\"'"sv, false, ""sv},
{"\"\\xff\""sv, true, "\xff"sv},
{"\"\\ud800\""sv, false, ""sv},
{"\"new\nline\""sv, false, ""sv},
{"x"sv, false, ""sv},
{"\"\""sv, true, ""sv},
{"\"\\\""sv, false, ""sv},
{"\"é\""sv, true, "é"sv},
{"'日'"sv, true, "日"sv},
{"'\\u65e5'"sv, true, "日"sv},
};
// parse_int: s, base, bit size, ParseInt's value and error
const ParseIntCase kParseIntCases[] = {
{"42"sv, 10, 64, 42, ""sv},
{"-42"sv, 10, 64, -42, ""sv},
{"+7"sv, 10, 64, 7, ""sv},
{""sv, 10, 64, 0, "strconv.ParseInt: parsing \"\": invalid syntax"sv},
{"-"sv, 10, 64, 0, "strconv.ParseInt: parsing \"-\": invalid syntax"sv},
{"12a"sv, 10, 64, 0, "strconv.ParseInt: parsing \"12a\": invalid syntax"sv},
{"9223372036854775807"sv, 10, 64, 9223372036854775807, ""sv},
{"9223372036854775808"sv, 10, 64, 9223372036854775807, "strconv.ParseInt: parsing \"9223372036854775808\": value out of range"sv},
{"-9223372036854775808"sv, 10, 64, INT64_MIN, ""sv},
{"-9223372036854775809"sv, 10, 64, INT64_MIN, "strconv.ParseInt: parsing \"-9223372036854775809\": value out of range"sv},
{"127"sv, 10, 8, 127, ""sv},
{"128"sv, 10, 8, 127, "strconv.ParseInt: parsing \"128\": value out of range"sv},
{"-129"sv, 10, 8, -128, "strconv.ParseInt: parsing \"-129\": value out of range"sv},
{"ff"sv, 16, 64, 255, ""sv},
{"FF"sv, 16, 64, 255, ""sv},
{"0xff"sv, 0, 64, 255, ""sv},
{"0b101"sv, 0, 64, 5, ""sv},
{"0o17"sv, 0, 64, 15, ""sv},
{"017"sv, 0, 64, 15, ""sv},
{"0"sv, 0, 64, 0, ""sv},
{"1_000"sv, 0, 64, 1000, ""sv},
{"1_000"sv, 10, 64, 0, "strconv.ParseInt: parsing \"1_000\": invalid syntax"sv},
{"_1"sv, 0, 64, 0, "strconv.ParseInt: parsing \"_1\": invalid syntax"sv},
{"0x_1f"sv, 0, 64, 31, ""sv},
{"1__0"sv, 0, 64, 0, "strconv.ParseInt: parsing \"1__0\": invalid syntax"sv},
{"zz"sv, 36, 64, 1295, ""sv},
{"1"sv, 1, 64, 0, "strconv.ParseInt: parsing \"1\": invalid base 1"sv},
{"1"sv, 37, 64, 0, "strconv.ParseInt: parsing \"1\": invalid base 37"sv},
{"1"sv, 10, 65, 0, "strconv.ParseInt: parsing \"1\": invalid bit size 65"sv},
{"-0x10"sv, 0, 32, -16, ""sv},
{"99999999999999999999"sv, 10, 64, 9223372036854775807, "strconv.ParseInt: parsing \"99999999999999999999\": value out of range"sv},
{"0x"sv, 0, 64, 0, "strconv.ParseInt: parsing \"0x\": invalid syntax"sv},
};
// parse_uint: s, base, bit size, ParseUint's value and error
const ParseUintCase kParseUintCases[] = {
{"18446744073709551615"sv, 10, 64, 18446744073709551615u, ""sv},
{"18446744073709551616"sv, 10, 64, 18446744073709551615u, "strconv.ParseUint: parsing \"18446744073709551616\": value out of range"sv},
{"-1"sv, 10, 64, 0u, "strconv.ParseUint: parsing \"-1\": invalid syntax"sv},
{"255"sv, 10, 8, 255u, ""sv},
{"256"sv, 10, 8, 255u, "strconv.ParseUint: parsing \"256\": value out of range"sv},
{"0xFFFF"sv, 0, 16, 65535u, ""sv},
{"1e3"sv, 10, 64, 0u, "strconv.ParseUint: parsing \"1e3\": invalid syntax"sv},
};
// atoi: s, Atoi's value and error
const AtoiCase kAtoiCases[] = {
{"0"sv, 0, ""sv},
{"123"sv, 123, ""sv},
{"-123"sv, -123, ""sv},
{"+5"sv, 5, ""sv},
{""sv, 0, "strconv.Atoi: parsing \"\": invalid syntax"sv},
{"-"sv, 0, "strconv.Atoi: parsing \"-\": invalid syntax"sv},
{"+"sv, 0, "strconv.Atoi: parsing \"+\": invalid syntax"sv},
{"12a"sv, 0, "strconv.Atoi: parsing \"12a\": invalid syntax"sv},
{" 1"sv, 0, "strconv.Atoi: parsing \" 1\": invalid syntax"sv},
{"123456789012345678"sv, 123456789012345678, ""sv},
{"1234567890123456789"sv, 1234567890123456789, ""sv},
{"9223372036854775808"sv, 9223372036854775807, "strconv.Atoi: parsing \"9223372036854775808\": value out of range"sv},
{"-9223372036854775808"sv, INT64_MIN, ""sv},
{"1_000"sv, 0, "strconv.Atoi: parsing \"1_000\": invalid syntax"sv},
{"0x10"sv, 0, "strconv.Atoi: parsing \"0x10\": invalid syntax"sv},
};
// parse_float: s, bit size, FormatFloat(value, 'g', -1, 64), error
const ParseFloatCase kParseFloatCases[] = {
{"1.5"sv, 64, "1.5"sv, ""sv},
{"-0"sv, 64, "-0"sv, ""sv},
{"0.1"sv, 32, "0.10000000149011612"sv, ""sv},
{"1e400"sv, 64, "+Inf"sv, "strconv.ParseFloat: parsing \"1e400\": value out of range"sv},
{"-1e400"sv, 64, "-Inf"sv, "strconv.ParseFloat: parsing \"-1e400\": value out of range"sv},
{"1e-400"sv, 64, "0"sv, ""sv},
{"-1e-400"sv, 64, "-0"sv, ""sv},
{"4e38"sv, 32, "+Inf"sv, "strconv.ParseFloat: parsing \"4e38\": value out of range"sv},
{"1e-50"sv, 32, "0"sv, ""sv},
{"inf"sv, 64, "+Inf"sv, ""sv},
{"-Infinity"sv, 64, "-Inf"sv, ""sv},
{"+INF"sv, 64, "+Inf"sv, ""sv},
{"NaN"sv, 64, "NaN"sv, ""sv},
{"nan"sv, 32, "NaN"sv, ""sv},
{"infinit"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"infinit\": invalid syntax"sv},
{"+nan"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"+nan\": invalid syntax"sv},
{".5"sv, 64, "0.5"sv, ""sv},
{"5."sv, 64, "5"sv, ""sv},
{"1e"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"1e\": invalid syntax"sv},
{"1e+"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"1e+\": invalid syntax"sv},
{"e5"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"e5\": invalid syntax"sv},
{""sv, 64, "0"sv, "strconv.ParseFloat: parsing \"\": invalid syntax"sv},
{"0x1p-2"sv, 64, "0.25"sv, ""sv},
{"0x1.8p3"sv, 64, "12"sv, ""sv},
{"0X.8P1"sv, 64, "1"sv, ""sv},
{"0x1"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"0x1\": invalid syntax"sv},
{"0x1p"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"0x1p\": invalid syntax"sv},
{"1_000.5"sv, 64, "1000.5"sv, ""sv},
{"1__0"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"1__0\": invalid syntax"sv},
{"_1"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"_1\": invalid syntax"sv},
{"0x_1p0"sv, 64, "1"sv, ""sv},
{"1.5e3"sv, 64, "1500"sv, ""sv},
{"1E-3"sv, 64, "0.001"sv, ""sv},
{"123456789012345678901234567890"sv, 64, "1.2345678901234568e+29"sv, ""sv},
{"2.2250738585072011e-308"sv, 64, "2.225073858507201e-308"sv, ""sv},
{"4.9e-324"sv, 64, "5e-324"sv, ""sv},
{"2e-324"sv, 64, "0"sv, ""sv},
{"3e-324"sv, 64, "5e-324"sv, ""sv},
{"0x1p1024"sv, 64, "+Inf"sv, "strconv.ParseFloat: parsing \"0x1p1024\": value out of range"sv},
{"0x1p-1080"sv, 64, "0"sv, ""sv},
{"1.7976931348623157e308"sv, 64, "1.7976931348623157e+308"sv, ""sv},
{"1.7976931348623159e308"sv, 64, "+Inf"sv, "strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range"sv},
{"3.4028235e38"sv, 32, "3.4028234663852886e+38"sv, ""sv},
{"3.4028236e38"sv, 32, "+Inf"sv, "strconv.ParseFloat: parsing \"3.4028236e38\": value out of range"sv},
{"1.0000000596046448"sv, 32, "1.0000001192092896"sv, ""sv},
{" 1"sv, 64, "0"sv, "strconv.ParseFloat: parsing \" 1\": invalid syntax"sv},
{"1 "sv, 64, "0"sv, "strconv.ParseFloat: parsing \"1 \": invalid syntax"sv},
{"1.5.5"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"1.5.5\": invalid syntax"sv},
{"--1"sv, 64, "0"sv, "strconv.ParseFloat: parsing \"--1\": invalid syntax"sv},
{"0.000000000000000000000000000001e30"sv, 64, "1"sv, ""sv},
};
// parse_bool: s, value, error
const ParseBoolCase kParseBoolCases[] = {
{"1"sv, true, ""sv},
{"t"sv, true, ""sv},
{"T"sv, true, ""sv},
{"true"sv, true, ""sv},
{"TRUE"sv, true, ""sv},
{"True"sv, true, ""sv},
{"0"sv, false, ""sv},
{"f"sv, false, ""sv},
{"false"sv, false, ""sv},
{"FALSE"sv, false, ""sv},
{"False"sv, false, ""sv},
{"tRuE"sv, false, "strconv.ParseBool: parsing \"tRuE\": invalid syntax"sv},
{"yes"sv, false, "strconv.ParseBool: parsing \"yes\": invalid syntax"sv},
{""sv, false, "strconv.ParseBool: parsing \"\": invalid syntax"sv},
};
// format_int: value, base, FormatInt
const FormatIntCase kFormatIntCases[] = {
{0, 2, "0"sv},
{0, 8, "0"sv},
{0, 10, "0"sv},
{0, 16, "0"sv},
{0, 36, "0"sv},
{255, 2, "11111111"sv},
{255, 8, "377"sv},
{255, 10, "255"sv},
{255, 16, "ff"sv},
{255, 36, "73"sv},
{-255, 2, "-11111111"sv},
{-255, 8, "-377"sv},
{-255, 10, "-255"sv},
{-255, 16, "-ff"sv},
{-255, 36, "-73"sv},
{INT64_MIN, 2, "-1000000000000000000000000000000000000000000000000000000000000000"sv},
{INT64_MIN, 8, "-1000000000000000000000"sv},
{INT64_MIN, 10, "-9223372036854775808"sv},
{INT64_MIN, 16, "-8000000000000000"sv},
{INT64_MIN, 36, "-1y2p0ij32e8e8"sv},
{9223372036854775807, 2, "111111111111111111111111111111111111111111111111111111111111111"sv},
{9223372036854775807, 8, "777777777777777777777"sv},
{9223372036854775807, 10, "9223372036854775807"sv},
{9223372036854775807, 16, "7fffffffffffffff"sv},
{9223372036854775807, 36, "1y2p0ij32e8e7"sv},
};
// is_print: how many runes strconv.IsPrint accepts, and their FNV-1a hash
constexpr int kPrintableRunes = 143680;
constexpr uint64_t kPrintableHash = 1414830920202640941u;
// END fmt_gen
// clang-format on

template <typename T>
std::string ErrorText(const strconv::Parsed<T>& r) {
  return r.err ? r.err.Error() : std::string();
}

}  // namespace

TEST_CASE("fmt: Printf matches Go for every verb, flag, width and precision") {
  for (const PrintfCase& c : kPrintfCases) {
    VecOperands operands(c.args);
    std::string out;
    gofmt::Printf(out, c.format, operands);
    CHECK_MESSAGE(out == c.want, "format: ", c.format);
  }
}

TEST_CASE("fmt: Print and Println space operands as Go does") {
  for (const PrintCase& c : kPrintCases) {
    VecOperands operands(c.args);
    std::string print, println;
    gofmt::Print(print, operands);
    gofmt::Println(println, operands);
    CHECK(print == c.want_print);
    CHECK(println == c.want_println);
  }
}

TEST_CASE("fmt: scalar functions report bad verbs and take a Spec directly") {
  gofmt::Spec spec;
  spec.verb = 'z';
  std::string out;
  CHECK_FALSE(gofmt::AppendInteger(out, 5, true, spec));
  CHECK_FALSE(gofmt::AppendFloat(out, 1.5, 64, spec));
  CHECK_FALSE(gofmt::AppendString(out, "x", spec));
  CHECK_FALSE(gofmt::AppendBool(out, true, spec));
  CHECK(out.empty());

  gofmt::AppendBadVerb(out, 'd', "", "");
  CHECK(out == "%!d(<nil>)");

  out.clear();
  spec = gofmt::Spec{};
  spec.verb = 'x';
  spec.sharp = true;
  spec.width = 8;
  spec.minus = true;
  CHECK(gofmt::AppendInteger(out, 255, false, spec));
  CHECK(out == "0xff    ");

  out.clear();
  spec = gofmt::Spec{};
  spec.width = 6;
  gofmt::AppendPadded(out, "日本", spec);
  CHECK(out == "    日本");
}

TEST_CASE("strconv: FormatFloat for e E f g G, shortest and fixed, 64 and 32 bits") {
  const char fmts[] = {'e', 'E', 'f', 'g', 'G'};
  const int precs[] = {-1, 0, 3, 20};
  for (const FormatFloatCase& c : kFormatFloatCases) {
    for (int f = 0; f < 5; ++f) {
      for (int p = 0; p < 4; ++p) {
        std::string got = strconv::FormatFloat(c.v, fmts[f], precs[p], c.bit_size);
        CHECK_MESSAGE(got == c.want[f * 4 + p], "value ", c.v, " fmt ", fmts[f], " prec ", precs[p],
                      " bits ", c.bit_size);
      }
    }
  }
  CHECK(strconv::FormatFloat(1.0, 'z', -1, 64) == "%z");
}

TEST_CASE("strconv: Quote, QuoteToASCII, CanBackquote, QuoteRune") {
  for (const QuoteCase& c : kQuoteCases) {
    CHECK(strconv::Quote(c.s) == c.quote);
    CHECK(strconv::QuoteToASCII(c.s) == c.quote_ascii);
    CHECK(strconv::CanBackquote(c.s) == c.can_backquote);
  }
  for (const QuoteRuneCase& c : kQuoteRuneCases) {
    CHECK(strconv::QuoteRune(c.r) == c.quote);
    CHECK(strconv::QuoteRuneToASCII(c.r) == c.quote_ascii);
  }
}

TEST_CASE("strconv: Unquote") {
  for (const UnquoteCase& c : kUnquoteCases) {
    std::string out;
    CHECK_MESSAGE(strconv::Unquote(c.s, &out) == c.ok, "input: ", c.s);
    CHECK(out == c.want);
  }
}

TEST_CASE("strconv: IsPrint accepts exactly Go 1.19's printable runes") {
  int count = 0;
  uint64_t hash = 14695981039346656037u;  // FNV-1a, as fmt_gen computes it
  for (char32_t r = 0; r <= 0x10FFFF; ++r) {
    if (!strconv::IsPrint(r)) continue;
    ++count;
    hash = (hash ^ r) * 1099511628211u;
  }
  CHECK(count == kPrintableRunes);
  CHECK(hash == kPrintableHash);
}

TEST_CASE("strconv: ParseInt, ParseUint and Atoi values and errors") {
  for (const ParseIntCase& c : kParseIntCases) {
    auto r = strconv::ParseInt(c.s, c.base, c.bit_size);
    CHECK_MESSAGE(r.value == c.want, "input: ", c.s);
    CHECK(ErrorText(r) == c.err);
  }
  for (const ParseUintCase& c : kParseUintCases) {
    auto r = strconv::ParseUint(c.s, c.base, c.bit_size);
    CHECK_MESSAGE(r.value == c.want, "input: ", c.s);
    CHECK(ErrorText(r) == c.err);
  }
  for (const AtoiCase& c : kAtoiCases) {
    auto r = strconv::Atoi(c.s);
    CHECK_MESSAGE(r.value == c.want, "input: ", c.s);
    CHECK(ErrorText(r) == c.err);
  }
  auto r = strconv::ParseInt("300", 10, 8);
  CHECK(r.err.kind == strconv::NumErr::kRange);
  CHECK(r.err.func == "ParseInt");
  CHECK(r.err.ErrText() == "value out of range");
}

TEST_CASE("strconv: ParseFloat values and errors") {
  for (const ParseFloatCase& c : kParseFloatCases) {
    auto r = strconv::ParseFloat(c.s, c.bit_size);
    CHECK_MESSAGE(strconv::FormatFloat(r.value, 'g', -1, 64) == c.want, "input: ", c.s);
    CHECK(ErrorText(r) == c.err);
  }
}

TEST_CASE("strconv: ParseBool, FormatInt, Itoa") {
  for (const ParseBoolCase& c : kParseBoolCases) {
    auto r = strconv::ParseBool(c.s);
    CHECK(r.value == c.want);
    CHECK(ErrorText(r) == c.err);
  }
  for (const FormatIntCase& c : kFormatIntCases) {
    CHECK(strconv::FormatInt(c.v, c.base) == c.want);
  }
  CHECK(strconv::Itoa(-7) == "-7");
  CHECK(strconv::FormatUint(UINT64_MAX, 16) == "ffffffffffffffff");
  CHECK(strconv::FormatBool(false) == "false");
}
