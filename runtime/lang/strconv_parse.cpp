// strconv_parse.cpp — Go's ParseInt, ParseUint, Atoi, ParseFloat and ParseBool (atoi.go, atof.go).
//
// The syntax checks are Go's, ported; float values come from std::from_chars on the text
// without its sign and '_' separators (correctly rounded, as Go's Eisel-Lemire path is).
#include <charconv>
#include <cmath>
#include <limits>

#include "lang/strconv_format.h"

namespace chanscope::lang::strconv {

namespace {

char Lower(char c) { return char(c | ('x' - 'X')); }

NumError Fail(NumErr kind, std::string_view func, std::string_view num, int arg = 0) {
  return NumError{kind, std::string(func), std::string(num), arg};
}

// atoi.go's underscoreOK: '_' only between digits, or between a base prefix and a digit.
bool UnderscoreOk(std::string_view s) {
  char saw = '^';  // ^ start, 0 digit or prefix, _ underscore, ! anything else
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (Lower(s[1]) == 'b' || Lower(s[1]) == 'o' || Lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = Lower(s[1]) == 'x';
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (('0' <= c && c <= '9') || (hex && 'a' <= Lower(c) && Lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

size_t CommonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
  size_t n = std::min(s.size(), prefix.size());
  for (size_t i = 0; i < n; ++i) {
    if (Lower(s[i]) != prefix[i]) return i;
  }
  return n;
}

// atof.go's special: a leading "inf", "infinity" or "nan" (any case), and its length.
bool Special(std::string_view s, double* f, size_t* n) {
  if (s.empty()) return false;
  double sign = 1;
  size_t nsign = 0;
  if (s[0] == '+' || s[0] == '-') {
    sign = s[0] == '-' ? -1 : 1;
    nsign = 1;
    s.remove_prefix(1);
  } else if (Lower(s[0]) == 'n') {
    if (CommonPrefixLenIgnoreCase(s, "nan") != 3) return false;
    *f = std::numeric_limits<double>::quiet_NaN();
    *n = 3;
    return true;
  }
  size_t len = CommonPrefixLenIgnoreCase(s, "infinity");
  if (3 < len && len < 8) len = 3;  // only "inf" of a partial "infinity"
  if (len != 3 && len != 8) return false;
  *f = sign * std::numeric_limits<double>::infinity();
  *n = nsign + len;
  return true;
}

// What atof.go's readFloat learns from a number's text.
struct FloatSyntax {
  bool ok = false;
  size_t end = 0;  // bytes consumed
  bool neg = false, hex = false;
  int dp = 0;            // |value| is 0.ddd × base^dp (base 2 for hex), when nonzero
  std::string mantissa;  // digits, '.', exponent, without sign, prefix or '_' (for from_chars)
};

// Scans the digits of a decimal or hex mantissa; false if there are none.
bool ScanMantissa(std::string_view s, size_t& i, FloatSyntax& f, bool& underscores) {
  bool sawdot = false, sawdigits = false;
  int nd = 0, dp = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      dp = nd;
    } else if ('0' <= c && c <= '9') {
      sawdigits = true;
      if (c == '0' && nd == 0) {
        --dp;  // a leading zero moves the point, not the digits
      } else {
        ++nd;
      }
    } else if (f.hex && 'a' <= Lower(c) && Lower(c) <= 'f') {
      sawdigits = true;
      ++nd;
    } else {
      break;
    }
    f.mantissa += c;
  }
  if (!sawdot) dp = nd;
  f.dp = f.hex ? dp * 4 : dp;
  return sawdigits;
}

FloatSyntax ReadFloat(std::string_view s) {
  FloatSyntax f;
  bool underscores = false;
  size_t i = 0;
  if (i >= s.size()) return f;
  if (s[i] == '+' || s[i] == '-') f.neg = s[i++] == '-';
  if (i + 2 < s.size() && s[i] == '0' && Lower(s[i + 1]) == 'x') {
    f.hex = true;
    i += 2;
  }
  if (!ScanMantissa(s, i, f, underscores)) return f;
  char exp_char = f.hex ? 'p' : 'e';
  if (i < s.size() && Lower(s[i]) == exp_char) {
    f.mantissa += exp_char;
    if (++i >= s.size()) return f;
    int esign = 1;
    if (s[i] == '+' || s[i] == '-') {
      if (s[i] == '-') f.mantissa += '-', esign = -1;
      ++i;
    }
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return f;
    int e = 0;
    for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); ++i) {
      if (s[i] == '_') {
        underscores = true;
        continue;
      }
      f.mantissa += s[i];
      if (e < 10000) e = e * 10 + (s[i] - '0');
    }
    f.dp += e * esign;
  } else if (f.hex) {
    return f;  // hex needs its p exponent
  }
  if (underscores && !UnderscoreOk(s.substr(0, i))) return f;
  f.ok = true;
  f.end = i;
  return f;
}

template <typename T>
bool FromChars(const FloatSyntax& f, T* value) {
  const char* first = f.mantissa.data();
  const char* last = first + f.mantissa.size();
  auto format = f.hex ? std::chars_format::hex : std::chars_format::general;
  return std::from_chars(first, last, *value, format).ec == std::errc{};
}

}  // namespace

std::string NumError::ErrText() const {
  switch (kind) {
    case NumErr::kNone: return "";
    case NumErr::kSyntax: return "invalid syntax";
    case NumErr::kRange: return "value out of range";
    case NumErr::kBase: return "invalid base " + Itoa(arg);
    case NumErr::kBitSize: return "invalid bit size " + Itoa(arg);
  }
  return "";
}

std::string NumError::Error() const {
  return "strconv." + func + ": parsing " + Quote(num) + ": " + ErrText();
}

Parsed<uint64_t> ParseUint(std::string_view s, int base, int bit_size) {
  constexpr std::string_view kFunc = "ParseUint";
  if (s.empty()) return {0, Fail(NumErr::kSyntax, kFunc, s)};
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base == 0) {
    // Look for a 0b, 0o, 0x or (octal) 0 prefix.
    base = 10;
    if (s[0] == '0') {
      char p = s.size() >= 3 ? Lower(s[1]) : 0;
      base = p == 'b' ? 2 : p == 'o' ? 8 : p == 'x' ? 16 : 8;
      s.remove_prefix(base == 8 && p != 'o' ? 1 : 2);
    }
  } else if (base < 2 || base > 36) {
    return {0, Fail(NumErr::kBase, kFunc, s0, base)};
  }
  if (bit_size == 0) {
    bit_size = 64;
  } else if (bit_size < 0 || bit_size > 64) {
    return {0, Fail(NumErr::kBitSize, kFunc, s0, bit_size)};
  }
  const uint64_t cutoff = std::numeric_limits<uint64_t>::max() / uint64_t(base) + 1;
  const uint64_t max_val = bit_size == 64 ? ~uint64_t{0} : (uint64_t{1} << bit_size) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if ('0' <= c && c <= '9') {
      d = c - '0';
    } else if ('a' <= Lower(c) && Lower(c) <= 'z') {
      d = Lower(c) - 'a' + 10;
    } else {
      return {0, Fail(NumErr::kSyntax, kFunc, s0)};
    }
    if (d >= base) return {0, Fail(NumErr::kSyntax, kFunc, s0)};
    if (n >= cutoff) return {max_val, Fail(NumErr::kRange, kFunc, s0)};  // n*base overflows
    n *= uint64_t(base);
    uint64_t n1 = n + uint64_t(d);
    if (n1 < n || n1 > max_val) return {max_val, Fail(NumErr::kRange, kFunc, s0)};
    n = n1;
  }
  if (underscores && !UnderscoreOk(s0)) return {0, Fail(NumErr::kSyntax, kFunc, s0)};
  return {n, {}};
}

Parsed<int64_t> ParseInt(std::string_view s, int base, int bit_size) {
  constexpr std::string_view kFunc = "ParseInt";
  if (s.empty()) return {0, Fail(NumErr::kSyntax, kFunc, s)};
  std::string_view s0 = s;
  bool neg = s[0] == '-';
  if (s[0] == '+' || s[0] == '-') s.remove_prefix(1);
  Parsed<uint64_t> u = ParseUint(s, base, bit_size);
  if (u.err && u.err.kind != NumErr::kRange) {
    u.err.func = kFunc;
    u.err.num = s0;
    return {0, std::move(u.err)};
  }
  if (bit_size == 0) bit_size = 64;
  uint64_t cutoff = uint64_t{1} << (bit_size - 1);
  if (!neg && u.value >= cutoff) return {int64_t(cutoff - 1), Fail(NumErr::kRange, kFunc, s0)};
  if (neg && u.value > cutoff) {
    return {int64_t(uint64_t{0} - cutoff), Fail(NumErr::kRange, kFunc, s0)};
  }
  return {neg ? int64_t(uint64_t{0} - u.value) : int64_t(u.value), {}};
}

Parsed<int64_t> Atoi(std::string_view s) {
  constexpr std::string_view kFunc = "Atoi";
  if (0 < s.size() && s.size() < 19) {
    // Fast path for small integers: optional sign and decimal digits only.
    std::string_view digits = s;
    if (s[0] == '-' || s[0] == '+') {
      digits.remove_prefix(1);
      if (digits.empty()) return {0, Fail(NumErr::kSyntax, kFunc, s)};
    }
    int64_t n = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return {0, Fail(NumErr::kSyntax, kFunc, s)};
      n = n * 10 + (c - '0');
    }
    return {s[0] == '-' ? -n : n, {}};
  }
  Parsed<int64_t> r = ParseInt(s, 10, 0);  // big, invalid or empty
  if (r.err) r.err.func = kFunc;
  return r;
}

Parsed<double> ParseFloat(std::string_view s, int bit_size) {
  constexpr std::string_view kFunc = "ParseFloat";
  double special;
  size_t n;
  if (Special(s, &special, &n)) {
    if (n != s.size()) return {0, Fail(NumErr::kSyntax, kFunc, s)};
    return {special, {}};
  }
  FloatSyntax f = ReadFloat(s);
  if (!f.ok || f.end != s.size()) return {0, Fail(NumErr::kSyntax, kFunc, s)};
  double value;
  bool in_range;
  if (bit_size == 32) {
    float v32;
    in_range = FromChars(f, &v32);
    value = v32;
  } else {
    in_range = FromChars(f, &value);
  }
  double sign = f.neg ? -1.0 : 1.0;
  if (!in_range) {
    // from_chars left value alone: a magnitude of at least 1 overflowed, less underflowed.
    if (f.dp > 0) return {sign * HUGE_VAL, Fail(NumErr::kRange, kFunc, s)};
    return {sign * 0.0, {}};
  }
  return {std::copysign(value, sign), {}};
}

Parsed<bool> ParseBool(std::string_view s) {
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") {
    return {true, {}};
  }
  if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") {
    return {false, {}};
  }
  return {false, Fail(NumErr::kSyntax, "ParseBool", s)};
}

}  // namespace chanscope::lang::strconv
