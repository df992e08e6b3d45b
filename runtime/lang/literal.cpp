// literal.cpp — decoding literal tokens into values, and the quoting gc uses in messages.
#include "lang/literal.h"

#include <cstdio>
#include <cstdlib>

#include "lang/unicode_class.h"

namespace chanscope::lang {

namespace {

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

std::string WithoutUnderscores(std::string_view raw) {
  std::string s;
  for (char c : raw) {
    if (c != '_') s += c;
  }
  return s;
}

// Decodes one escape starting after the backslash at raw[*i]; advances *i past it.
// Sets *is_byte for \x and octal escapes, which denote bytes rather than code points.
uint32_t DecodeEscape(std::string_view raw, size_t* i, bool* is_byte) {
  *is_byte = false;
  if (*i >= raw.size()) return '\\';
  char c = raw[(*i)++];
  int base = 0, n = 0;
  switch (c) {
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'x': base = 16, n = 2, *is_byte = true; break;
    case 'u': base = 16, n = 4; break;
    case 'U': base = 16, n = 8; break;
    default:
      if (c < '0' || c > '7') return uint8_t(c);  // unknown escape, already reported
      base = 8, n = 3, *is_byte = true, --*i;
  }
  uint32_t x = 0;
  for (; n > 0 && *i < raw.size() && DigitValue(raw[*i]) < base; --n, ++*i) {
    x = x * base + DigitValue(raw[*i]);
  }
  return x;
}

}  // namespace

IntLiteral DecodeIntLiteral(std::string_view raw) {
  std::string s = WithoutUnderscores(raw);
  int base = 10;
  size_t i = 0;
  if (s.size() >= 2 && s[0] == '0') {
    switch (s[1] | 0x20) {
      case 'x': base = 16, i = 2; break;
      case 'o': base = 8, i = 2; break;
      case 'b': base = 2, i = 2; break;
      default: base = 8, i = 1;  // legacy octal 0777
    }
  }
  IntLiteral r;
  for (; i < s.size(); ++i) {
    int d = DigitValue(s[i]);
    if (d >= base) break;
    if (r.value > (UINT64_MAX - uint64_t(d)) / uint64_t(base)) r.overflow = true;
    r.value = r.value * uint64_t(base) + uint64_t(d);
  }
  return r;
}

double DecodeFloatLiteral(std::string_view raw) {
  std::string s = WithoutUnderscores(raw);
  // strtod reads both decimal and C99 hexadecimal floats ("0x1.8p3") like Go.
  return std::strtod(s.c_str(), nullptr);
}

double DecodeImagLiteral(std::string_view raw) {
  if (!raw.empty() && raw.back() == 'i') raw.remove_suffix(1);
  std::string s = WithoutUnderscores(raw);
  bool hex_or_prefixed = s.size() >= 2 && s[0] == '0' &&
                         std::string_view("xXoObB").find(s[1]) != std::string_view::npos;
  if (hex_or_prefixed && s.find_first_of(".pP") == std::string::npos) {
    return double(DecodeIntLiteral(s).value);
  }
  // Decimal, including "0123i" (decimal for backward compatibility) and hex floats.
  return std::strtod(s.c_str(), nullptr);
}

int32_t DecodeRuneLiteral(std::string_view raw) {
  if (raw.size() < 2) return 0;
  size_t i = 1;
  if (raw[i] == '\\') {
    ++i;
    bool is_byte = false;
    return int32_t(DecodeEscape(raw, &i, &is_byte));
  }
  char32_t c = 0;
  DecodeUtf8(raw, i, &c);
  return int32_t(c);
}

std::string DecodeStringLiteral(std::string_view raw) {
  std::string out;
  if (raw.empty()) return out;
  char quote = raw[0];
  size_t end = raw.size() >= 2 && raw.back() == quote ? raw.size() - 1 : raw.size();
  if (quote == '`') {
    for (size_t i = 1; i < end; ++i) {
      if (raw[i] != '\r') out += raw[i];
    }
    return out;
  }
  for (size_t i = 1; i < end;) {
    if (raw[i] != '\\') {
      out += raw[i++];
      continue;
    }
    ++i;
    bool is_byte = false;
    uint32_t v = DecodeEscape(raw.substr(0, end), &i, &is_byte);
    if (is_byte) {
      out += char(uint8_t(v));
    } else {
      AppendUtf8(out, v);
    }
  }
  return out;
}

std::string FormatCodePoint(char32_t c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", unsigned(c));
  std::string s = buf;
  // Go adds the character itself when it is printable.
  if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c <= 0x10FFFF &&
      !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFEFF && c != kRuneError) {
    s += " '";
    AppendUtf8(s, c);
    s += "'";
  }
  return s;
}

std::string QuoteRune(char32_t c) {
  switch (c) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
    default: break;
  }
  char buf[16];
  if (c < 0x20 || c == 0x7F) {
    std::snprintf(buf, sizeof buf, "'\\x%02x'", unsigned(c));
    return buf;
  }
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return "'\\ufffd'";
  std::string s = "'";
  AppendUtf8(s, c);
  return s + "'";
}

}  // namespace chanscope::lang
