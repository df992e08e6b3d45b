// fmt_verbs.cpp — Go's fmt verbs for bools, integers, floats, strings and byte slices.
//
// A port of Go 1.19's fmt/format.go (padding, integers, %U, %c, %q, floats, strings) and
// the per-kind verb tables of fmt/print.go. Padding counts runes; zero padding goes
// after the sign; a '0' flag with a precision pads integers with spaces.
#include "lang/fmt_verbs.h"

#include "lang/strconv_format.h"
#include "lang/unicode_class.h"

namespace chanscope::lang::fmt {

namespace {

constexpr char kLowerDigits[] = "0123456789abcdefx";
constexpr char kUpperDigits[] = "0123456789ABCDEFX";
constexpr uint64_t kMaxRune = 0x10FFFF;

// utf8.RuneCount: an invalid byte counts as one rune.
int RuneCount(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    char32_t r;
    i += DecodeUtf8(s, i, &r);
  }
  return n;
}

void WritePadding(std::string& out, int n, bool zero) {
  if (n > 0) out.append(size_t(n), zero ? '0' : ' ');
}

// format.go's pad/padString: s padded to the width, on the left unless '-'.
void Pad(std::string& out, std::string_view s, const Spec& f, bool zero) {
  if (f.width <= 0) {
    out += s;
    return;
  }
  int width = f.width - RuneCount(s);
  if (!f.minus) {
    WritePadding(out, width, zero);
    out += s;
  } else {
    out += s;
    WritePadding(out, width, zero);
  }
}

void Pad(std::string& out, std::string_view s, const Spec& f) { Pad(out, s, f, f.zero); }

// format.go's fmtInteger: u in base 2, 8, 10 or 16 with sign, precision, prefixes, padding.
void FmtInteger(std::string& out, uint64_t u, int base, bool is_signed, char32_t verb,
                const char* digits, const Spec& f) {
  bool negative = is_signed && int64_t(u) < 0;
  if (negative) u = uint64_t{0} - u;
  // Two ways to ask for leading zeros: %.3d or %03d; with both, '0' is ignored.
  int prec = 0;
  if (f.precision >= 0) {
    prec = f.precision;
    if (prec == 0 && u == 0) {  // precision 0 and value 0 print nothing but padding
      WritePadding(out, f.width, false);
      return;
    }
  } else if (f.zero && f.width >= 0) {
    prec = f.width;
    if (negative || f.plus || f.space) --prec;  // leave room for the sign
  }
  // Right to left: digits, zeros up to prec, prefix, sign.
  std::string buf(size_t(prec) + 72, '\0');
  size_t i = buf.size();
  do {
    buf[--i] = digits[u % unsigned(base)];
    u /= unsigned(base);
  } while (u != 0);
  while (i > 0 && prec > int(buf.size() - i)) buf[--i] = '0';
  if (f.sharp) {
    if (base == 2) {
      buf[--i] = 'b';
      buf[--i] = '0';
    } else if (base == 8 && buf[i] != '0') {
      buf[--i] = '0';
    } else if (base == 16) {
      buf[--i] = digits[16];
      buf[--i] = '0';
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative) {
    buf[--i] = '-';
  } else if (f.plus) {
    buf[--i] = '+';
  } else if (f.space) {
    buf[--i] = ' ';
  }
  // Zero padding was done above as precision, or is ignored because of one.
  Pad(out, std::string_view(buf).substr(i), f, false);
}

// format.go's fmtUnicode: "U+0078", or with '#' "U+0078 'x'" for a printable rune.
void FmtUnicode(std::string& out, uint64_t u, const Spec& f) {
  int prec = f.precision > 4 ? f.precision : 4;
  std::string hex;
  for (uint64_t v = u; v != 0 || hex.empty(); v >>= 4) hex += kUpperDigits[v & 0xF];
  std::string text = "U+";
  text.append(hex.size() < size_t(prec) ? size_t(prec) - hex.size() : 0, '0');
  text.append(hex.rbegin(), hex.rend());
  if (f.sharp && u <= kMaxRune && strconv::IsPrint(char32_t(u))) {
    text += " '";
    AppendUtf8(text, char32_t(u));
    text += '\'';
  }
  Pad(out, text, f, false);
}

// format.go's fmtC and fmtQc: the rune c itself, or quoted; past U+10FFFF it is U+FFFD.
void FmtC(std::string& out, uint64_t c, const Spec& f) {
  std::string text;
  AppendUtf8(text, c > kMaxRune ? kRuneError : char32_t(c));
  Pad(out, text, f);
}

void FmtQc(std::string& out, uint64_t c, const Spec& f) {
  std::string text;
  strconv::AppendQuoteRune(text, c > kMaxRune ? int32_t(kRuneError) : int32_t(c), f.plus);
  Pad(out, text, f);
}

// format.go's fmtFloat: strconv's text with sign, '#', Inf/NaN and padding rules.
void FmtFloat(std::string& out, double v, int size, char verb, int prec, const Spec& f) {
  if (f.precision >= 0) prec = f.precision;
  // num[0] is the sign, '+' when strconv wrote none.
  std::string num = "+";
  strconv::AppendFloat(num, v, verb, prec, size);
  if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  // Infinities and NaN are not padded with zeros; NaN drops its sign unless asked for.
  if (num[1] == 'I' || num[1] == 'N') {
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
    Pad(out, num, f, false);
    return;
  }
  // '#' forces a decimal point and, for %g and %v, keeps trailing zeros.
  if (f.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
    std::string tail;  // the exponent, e+123 or p-1023
    bool has_point = false, saw_nonzero = false;
    for (size_t i = 1; i < num.size(); ++i) {
      char c = num[i];
      if (c == '.') {
        has_point = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (c != '0') saw_nonzero = true;
      if (saw_nonzero) --digits;  // count significant digits after the first nonzero one
    }
    if (!has_point) {
      if (num.size() == 2 && num[1] == '0') --digits;  // a lone 0 counts once
      num += '.';
    }
    if (digits > 0) num.append(size_t(digits), '0');
    num += tail;
  }
  // Show the sign if asked for or negative; zero padding goes between sign and digits.
  if (f.plus || num[0] != '+') {
    if (f.zero && f.width >= 0 && f.width > int(num.size())) {
      out += num[0];
      WritePadding(out, f.width - int(num.size()), true);
      out.append(num, 1);
      return;
    }
    Pad(out, num, f);
    return;
  }
  Pad(out, std::string_view(num).substr(1), f);
}

// format.go's truncateString: at most precision runes.
std::string_view Truncate(std::string_view s, const Spec& f) {
  if (f.precision < 0) return s;
  size_t i = 0;
  for (int n = f.precision; i < s.size() && n > 0; --n) {
    char32_t r;
    i += DecodeUtf8(s, i, &r);
  }
  return s.substr(0, i);
}

// format.go's fmtSbx: hex of each byte; ' ' separates bytes, '#' adds 0x (to each with ' ').
void FmtSbx(std::string& out, std::string_view s, const char* digits, const Spec& f) {
  int length = int(s.size());
  if (f.precision >= 0 && f.precision < length) length = f.precision;
  int width = 2 * length;
  if (width == 0) {
    if (f.width >= 0) WritePadding(out, f.width, f.zero);
    return;
  }
  if (f.space) {
    if (f.sharp) width *= 2;
    width += length - 1;
  } else if (f.sharp) {
    width += 2;
  }
  if (f.width > width && !f.minus) WritePadding(out, f.width - width, f.zero);
  if (f.sharp) {
    out += '0';
    out += digits[16];
  }
  for (int i = 0; i < length; ++i) {
    if (f.space && i > 0) {
      out += ' ';
      if (f.sharp) {
        out += '0';
        out += digits[16];
      }
    }
    auto c = uint8_t(s[size_t(i)]);
    out += digits[c >> 4];
    out += digits[c & 0xF];
  }
  if (f.width > width && f.minus) WritePadding(out, f.width - width, f.zero);
}

// format.go's fmtQ: "..." (ASCII-only with '+'), or `...` with '#' when possible.
void FmtQ(std::string& out, std::string_view s, const Spec& f) {
  s = Truncate(s, f);
  std::string text;
  if (f.sharp && strconv::CanBackquote(s)) {
    text.reserve(s.size() + 2);
    text += '`';
    text += s;
    text += '`';
  } else {
    strconv::AppendQuote(text, s, f.plus);
  }
  Pad(out, text, f);
}

// print.go's fmt0x64: hex with or without 0x, whatever the '#' flag says.
void Fmt0x64(std::string& out, uint64_t v, bool leading0x, const Spec& f) {
  Spec hex = f;
  hex.sharp = leading0x;
  FmtInteger(out, v, 16, false, 'v', kLowerDigits, hex);
}

// The bad-verb form for one operand, its %v text made by append under the same spec.
template <typename AppendFn>
void FormatOrBadVerb(std::string& out, const Spec& spec, std::string_view type_name,
                     AppendFn append) {
  if (append(out, spec)) return;
  Spec as_v = spec;
  as_v.verb = 'v';
  std::string value_v;
  append(value_v, as_v);
  AppendBadVerb(out, spec.verb, type_name, value_v);
}

}  // namespace

bool AppendBool(std::string& out, bool v, const Spec& spec) {
  if (spec.verb != 't' && spec.verb != 'v') return false;
  Pad(out, v ? "true" : "false", spec);
  return true;
}

bool AppendInteger(std::string& out, uint64_t v, bool is_signed, const Spec& spec) {
  switch (spec.verb) {
    case 'v':
      if (spec.sharp_v && !is_signed) {
        Fmt0x64(out, v, true, spec);
      } else {
        FmtInteger(out, v, 10, is_signed, 'v', kLowerDigits, spec);
      }
      return true;
    case 'd': FmtInteger(out, v, 10, is_signed, 'd', kLowerDigits, spec); return true;
    case 'b': FmtInteger(out, v, 2, is_signed, 'b', kLowerDigits, spec); return true;
    case 'o':
    case 'O': FmtInteger(out, v, 8, is_signed, spec.verb, kLowerDigits, spec); return true;
    case 'x': FmtInteger(out, v, 16, is_signed, 'x', kLowerDigits, spec); return true;
    case 'X': FmtInteger(out, v, 16, is_signed, 'X', kUpperDigits, spec); return true;
    case 'c': FmtC(out, v, spec); return true;
    case 'q': FmtQc(out, v, spec); return true;
    case 'U': FmtUnicode(out, v, spec); return true;
    default: return false;
  }
}

bool AppendFloat(std::string& out, double v, int bit_size, const Spec& spec) {
  switch (spec.verb) {
    case 'v': FmtFloat(out, v, bit_size, 'g', -1, spec); return true;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': FmtFloat(out, v, bit_size, char(spec.verb), -1, spec); return true;
    case 'f':
    case 'e':
    case 'E': FmtFloat(out, v, bit_size, char(spec.verb), 6, spec); return true;
    case 'F': FmtFloat(out, v, bit_size, 'f', 6, spec); return true;
    default: return false;
  }
}

bool AppendString(std::string& out, std::string_view v, const Spec& spec) {
  switch (spec.verb) {
    case 'v':
      if (spec.sharp_v) {
        FmtQ(out, v, spec);
      } else {
        Pad(out, Truncate(v, spec), spec);
      }
      return true;
    case 's': Pad(out, Truncate(v, spec), spec); return true;
    case 'x': FmtSbx(out, v, kLowerDigits, spec); return true;
    case 'X': FmtSbx(out, v, kUpperDigits, spec); return true;
    case 'q': FmtQ(out, v, spec); return true;
    default: return false;
  }
}

void AppendBytes(std::string& out, std::string_view v, bool is_nil, const Spec& spec,
                 std::string_view type_string) {
  switch (spec.verb) {
    case 's':
    case 'x':
    case 'X':
    case 'q': AppendString(out, v, spec); return;
    default: break;
  }
  bool as_v = spec.verb == 'v' || spec.verb == 'd';
  if (as_v && spec.sharp_v) {  // Go syntax: []byte{0x68, 0x69}
    out += type_string;
    if (is_nil) {
      out += "(nil)";
      return;
    }
    out += '{';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i > 0) out += ", ";
      Fmt0x64(out, uint8_t(v[i]), true, spec);
    }
    out += '}';
    return;
  }
  // [104 105]; other verbs apply to each byte as a uint8.
  out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += ' ';
    FormatInteger(out, uint8_t(v[i]), false, spec, "uint8");
  }
  out += ']';
}

void AppendPadded(std::string& out, std::string_view s, const Spec& spec) { Pad(out, s, spec); }

void AppendBadVerb(std::string& out, char32_t verb, std::string_view type_name,
                   std::string_view value_v) {
  out += "%!";
  AppendUtf8(out, verb);
  out += '(';
  if (type_name.empty()) {
    out += "<nil>";
  } else {
    out += type_name;
    out += '=';
    out += value_v;
  }
  out += ')';
}

void FormatBool(std::string& out, bool v, const Spec& spec, std::string_view type_name) {
  FormatOrBadVerb(out, spec, type_name,
                  [&](std::string& o, const Spec& s) { return AppendBool(o, v, s); });
}

void FormatInteger(std::string& out, uint64_t v, bool is_signed, const Spec& spec,
                   std::string_view type_name) {
  FormatOrBadVerb(out, spec, type_name,
                  [&](std::string& o, const Spec& s) { return AppendInteger(o, v, is_signed, s); });
}

void FormatFloat(std::string& out, double v, int bit_size, const Spec& spec,
                 std::string_view type_name) {
  FormatOrBadVerb(out, spec, type_name,
                  [&](std::string& o, const Spec& s) { return AppendFloat(o, v, bit_size, s); });
}

void FormatString(std::string& out, std::string_view v, const Spec& spec,
                  std::string_view type_name) {
  FormatOrBadVerb(out, spec, type_name,
                  [&](std::string& o, const Spec& s) { return AppendString(o, v, s); });
}

}  // namespace chanscope::lang::fmt
